#include "grantdriver.h"

#include "approlespanel.h"
#include "grantreviewdialog.h"
#include "grantwidget.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

namespace ie::test {

bool grantAppRoleThroughPanel(ie::ui::GrantWidget *grant, const QString &objectId,
                              const QString &displayName, const QString &resourceAppId,
                              const QString &role)
{
    // QTRY_* and QVERIFY return from a void function: the steps run in one, and the test's
    // failure state says whether they all passed.
    [&] {
        ie::ui::AppRolesPanel *panel = grant->appRoles();
        grant->setIdentity(objectId, displayName);
        auto *resource = panel->findChild<QComboBox *>(u"resource"_s);
        QVERIFY(resource);
        QTRY_VERIFY_WITH_TIMEOUT(resource->count() > 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 20000);
        QVERIFY(panel->selectResource(resourceAppId));
        QTest::keyClicks(panel->findChild<QLineEdit *>(u"roleFilter"_s), role);
        QVERIFY(panel->checkRole(role));
        QTest::mouseClick(panel->findChild<QPushButton *>(u"grant"_s), Qt::LeftButton);
        ie::ui::GrantReviewDialog *review = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((review = panel->findChild<ie::ui::GrantReviewDialog *>())
                                         && review->isVisible(),
                                 10000);
        QTest::mouseClick(review->findChild<QPushButton *>(u"run"_s), Qt::LeftButton);
    }();
    return !QTest::currentTestFailed();
}

} // namespace ie::test
