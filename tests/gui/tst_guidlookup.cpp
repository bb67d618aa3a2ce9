#include "catalog/catalog.h"
#include "guidlookupwidget.h"
#include "models/catalogmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QSet>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTextCursor>
#include <QTextLayout>
#include <QTextDocument>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace ie::catalog;
using ie::models::CatalogSearchModel;
using ie::ui::GuidLookupWidget;

class TestGuidLookup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void typeAndRead_data();
    void typeAndRead();
    void everyKeystrokeUpdates();
    void twinWarning();
    void snippetsAndCopy();
    void multiSelectCopiesTable();
    void grantRequested();
    void badInput();
    void guidsDoNotWrap();
    void exactMatchLeads_data();
    void exactMatchLeads();
    void resourceApiShownGuidLast();

private:
    QStringList visibleRows() const;
    QTreeView *results() const { return m_widget->findChild<QTreeView *>(u"results"_s); }
    QLineEdit *search() const { return m_widget->findChild<QLineEdit *>(u"search"_s); }

    Catalog m_catalog;
    GuidLookupWidget *m_widget = nullptr;
};

void TestGuidLookup::initTestCase()
{
    QVERIFY(m_catalog.loadBundled().ok());
}

void TestGuidLookup::init()
{
    m_widget = new GuidLookupWidget(&m_catalog);
    m_widget->resize(1200, 700);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget));
    QVERIFY(results() && search());
}

void TestGuidLookup::cleanup()
{
    delete m_widget;
    m_widget = nullptr;
}

// "group/value/guid" for every hit row, as the tree shows them.
QStringList TestGuidLookup::visibleRows() const
{
    QStringList rows;
    const QAbstractItemModel *model = results()->model();
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        const QString kind = group.data(CatalogSearchModel::KindKeyRole).toString();
        for (int r = 0; r < model->rowCount(group); ++r) {
            const QModelIndex hit = model->index(r, 0, group);
            rows.append(kind + u'/' + hit.data().toString() + u'/'
                        + model->index(r, CatalogSearchModel::IdColumn, group).data().toString());
        }
    }
    return rows;
}

void TestGuidLookup::typeAndRead_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("firstRow");

    QTest::newRow("permission") << u"User.Read.All"_s
                                << u"app-role/User.Read.All/df021288-bdef-4463-88db-98f22de89214"_s;
    QTest::newRow("guid") << u"b24988ac-6180-42a0-ab88-20f7382dd24c"_s
                          << u"azure-role/Contributor/b24988ac-6180-42a0-ab88-20f7382dd24c"_s;
    QTest::newRow("braced upper guid")
            << u"{62E90394-69F5-4237-9190-012177145E10}"_s
            << u"directory-role/Global Administrator/62e90394-69f5-4237-9190-012177145e10"_s;
    QTest::newRow("role name")
            << u"Key Vault Secrets User"_s
            << u"azure-role/Key Vault Secrets User/4633458b-17de-408a-b874-0445c86b69e6"_s;
    QTest::newRow("app") << u"Azure Resource Manager"_s
                         << u"app/Azure Resource Manager/797f4846-ba00-4fd7-ba43-dac1f8f63013"_s;
}

void TestGuidLookup::typeAndRead()
{
    QFETCH(QString, typed);
    QFETCH(QString, firstRow);
    QTest::keyClicks(search(), typed);
    const QStringList rows = visibleRows();
    QVERIFY(!rows.isEmpty());
    QVERIFY2(rows.contains(firstRow), qPrintable(rows.mid(0, 5).join(u"; ")));
    // The best hit is selected and its details are shown.
    QVERIFY(m_widget->currentEntry());
    const auto *details = m_widget->findChild<QTextBrowser *>(u"details"_s);
    QVERIFY(details->toPlainText().contains(m_widget->currentEntry()->id));
    QVERIFY(details->toPlainText().contains(u"Bundled"_s));
    QVERIFY(results()->isExpanded(results()->model()->index(0, 0)));
}

void TestGuidLookup::everyKeystrokeUpdates()
{
    QSignalSpy searched(m_widget->model(), &CatalogSearchModel::searched);
    QTest::keyClicks(search(), u"Mail.Se"_s);
    QCOMPARE(searched.size(), 7);
    QVERIFY(visibleRows().size() > 1);
    QTest::keyClicks(search(), u"nd"_s);
    QCOMPARE(searched.size(), 9);
    QVERIFY(visibleRows().first().startsWith(u"app-role/Mail.Send/"_s));
    QTest::keyClick(search(), Qt::Key_Backspace);
    QCOMPARE(searched.size(), 10);
}

void TestGuidLookup::twinWarning()
{
    QTest::keyClicks(search(), u"User.Read.All"_s);
    auto *warning = m_widget->findChild<QLabel *>(u"twinWarning"_s);
    QVERIFY(warning->isVisible());
    QVERIFY(QString(warning->text()).remove(QChar(0x2060)).contains(u"df021288-bdef-4463-88db-98f22de89214"_s));
    // Both halves are listed as clearly separate, labelled groups.
    const QStringList rows = visibleRows();
    QVERIFY(rows.contains(u"app-role/User.Read.All/df021288-bdef-4463-88db-98f22de89214"_s));
    QVERIFY(rows.contains(u"scope/User.Read.All/a154be20-db9c-4678-8ab7-66f6cc099a59"_s));
    // Following the link shows the twin.
    Q_EMIT warning->linkActivated(u"twin"_s);
    QCOMPARE(m_widget->currentEntry()->id, u"a154be20-db9c-4678-8ab7-66f6cc099a59"_s);
    QVERIFY(warning->isVisible());
    // The list highlights what the pane shows: the delegated row, alone.
    const QModelIndex shown = results()->currentIndex();
    QCOMPARE(shown.data(CatalogSearchModel::IdRole).toString(),
             u"a154be20-db9c-4678-8ab7-66f6cc099a59"_s);
    QCOMPARE(shown.data(CatalogSearchModel::KindKeyRole).toString(), u"scope"_s);
    QVERIFY(results()->selectionModel()->isRowSelected(shown.row(), shown.parent()));
    QCOMPARE(results()->selectionModel()->selectedRows().size(), 1);
    // An application-only permission has no warning.
    search()->clear();
    QTest::keyClicks(search(), u"Application.ReadWrite.OwnedBy"_s);
    QVERIFY(!warning->isVisible());
}

void TestGuidLookup::snippetsAndCopy()
{
    SnippetTarget target;
    target.principalObjectId = u"aaaaaaaa-1111-2222-3333-444444444444"_s;
    m_widget->setSnippetTarget(target);
    QTest::keyClicks(search(), u"Mail.Send"_s);
    auto *tabs = m_widget->findChild<QTabWidget *>(u"snippets"_s);
    QCOMPARE(tabs->count(), 5);
    QStringList titles;
    for (int i = 0; i < tabs->count(); ++i)
        titles.append(tabs->tabText(i));
    QVERIFY(titles.contains(u"Graph REST (curl)"_s));
    QVERIFY(titles.contains(u"Microsoft Graph PowerShell"_s));
    const auto *psPage = tabs->findChild<QWidget *>(u"snippet-powershell"_s);
    QVERIFY(psPage);
    const QString ps = psPage->findChild<QPlainTextEdit *>(u"snippetText"_s)->toPlainText();
    QVERIFY(ps.contains(u"New-MgServicePrincipalAppRoleAssignment"_s));
    QVERIFY(ps.contains(target.principalObjectId));
    QTest::mouseClick(psPage->findChild<QPushButton *>(u"copySnippet"_s), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), ps);

    QTest::mouseClick(m_widget->findChild<QPushButton *>(u"copyGuid"_s), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"b633e1c5-b582-4048-a93e-9f11b44c7e96"_s);
    QTest::mouseClick(m_widget->findChild<QPushButton *>(u"copyValue"_s), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"Mail.Send"_s);

    // An Azure role gets the RBAC snippets.
    search()->clear();
    QTest::keyClicks(search(), u"Reader"_s);
    QVERIFY(tabs->findChild<QWidget *>(u"snippet-az-role"_s));
    QVERIFY(tabs->findChild<QWidget *>(u"snippet-terraform-rbac"_s));
}

void TestGuidLookup::multiSelectCopiesTable()
{
    QTest::keyClicks(search(), u"User.Read.All"_s);
    QTreeView *view = results();
    const QAbstractItemModel *model = view->model();
    view->selectionModel()->clearSelection();
    const QModelIndex role = model->index(0, 0, model->index(0, 0));
    const QModelIndex scope = model->index(0, 0, model->index(1, 0));
    view->selectionModel()->select(role, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->selectionModel()->select(scope, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->setFocus();
    QTest::keySequence(view, QKeySequence::Copy);
    const QStringList lines = QGuiApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0].split(u'\t').size(), 5);
    QVERIFY(lines[1].startsWith(
            u"app-role\tdf021288-bdef-4463-88db-98f22de89214\tUser.Read.All\t"_s));
    QVERIFY(lines[2].startsWith(u"scope\ta154be20-db9c-4678-8ab7-66f6cc099a59\tUser.Read.All\t"_s));
}

void TestGuidLookup::grantRequested()
{
    QSignalSpy spy(m_widget, &GuidLookupWidget::grantRequested);
    QTest::keyClicks(search(), u"df021288-bdef-4463-88db-98f22de89214"_s);
    auto *grant = m_widget->findChild<QPushButton *>(u"grant"_s);
    QVERIFY(grant->isEnabled());
    QTest::mouseClick(grant, Qt::LeftButton);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy[0][0].toString(), u"app-role"_s);
    QCOMPARE(spy[0][1].toString(), QString::fromLatin1(Catalog::GraphAppId));
    QCOMPARE(spy[0][2].toString(), u"df021288-bdef-4463-88db-98f22de89214"_s);
    // A delegated permission cannot be granted to an identity.
    search()->clear();
    QTest::keyClicks(search(), u"a154be20-db9c-4678-8ab7-66f6cc099a59"_s);
    QVERIFY(!grant->isEnabled());
}

void TestGuidLookup::badInput()
{
    search()->setText(QString(10000, u'x'));
    QVERIFY(visibleRows().isEmpty());
    QVERIFY(!m_widget->currentEntry());
    search()->setText(QString::fromUtf16(u"\u0001\u0002\u0003"));
    QVERIFY(visibleRows().isEmpty());
    search()->clear();
    QVERIFY(visibleRows().isEmpty());
    QVERIFY(m_widget->findChild<QLabel *>(u"status"_s)->text().contains(u"Type to search"_s));
}

// In a narrow details pane a GUID stays on one line: never broken at a dash.
void TestGuidLookup::guidsDoNotWrap()
{
    m_widget->resize(560, 700);
    QTest::keyClicks(search(), u"User.Read.All"_s);
    QVERIFY(m_widget->currentEntry());
    auto *details = m_widget->findChild<QTextBrowser *>(u"details"_s);
    QTest::qWait(50);
    QTextDocument *doc = details->document();
    doc->setTextWidth(details->viewport()->width());
    QVERIFY(details->viewport()->width() < 300);
    for (const QString &guid : {m_widget->currentEntry()->id,
                                m_widget->currentEntry()->resourceAppId}) {
        const QTextCursor found = doc->find(guid);
        QVERIFY2(!found.isNull(), qPrintable(guid));
        const QTextBlock block = found.block();
        QTextLayout *layout = block.layout();
        QVERIFY(layout && layout->lineCount() > 0);
        const int first = layout->lineForTextPosition(found.selectionStart() - block.position())
                                  .lineNumber();
        const int last = layout->lineForTextPosition(found.selectionEnd() - 1 - block.position())
                                 .lineNumber();
        QVERIFY2(first == last, qPrintable(u"%1 spans lines %2-%3"_s.arg(guid).arg(first).arg(last)));
    }
    // The twin warning above the details too.
    auto *warning = m_widget->findChild<QLabel *>(u"twinWarning"_s);
    QVERIFY(warning->isVisible());
    QTextDocument label;
    label.setDefaultFont(warning->font());
    label.setHtml(warning->text());
    // What it reads, without the invisible joiners.
    QVERIFY(label.toPlainText().remove(QChar(0x2060)).contains(u"df021288-bdef-4463-88db-98f22de89214"_s));
    for (int width = 300; width <= 700; width += 10) { // wider than a GUID
        label.setTextWidth(width);
        (void)label.size(); // lays the text out
        const QTextCursor start = label.find(u"df021288"_s);
        const QTextCursor end = label.find(u"98f22de89214"_s);
        QVERIFY(!start.isNull() && !end.isNull() && start.block() == end.block());
        QTextLayout *layout = start.block().layout();
        QVERIFY2(layout->lineForTextPosition(start.selectionStart() - start.block().position())
                                 .lineNumber()
                         == layout->lineForTextPosition(end.selectionEnd() - 1
                                                        - end.block().position())
                                    .lineNumber(),
                 qPrintable(u"broken at width %1"_s.arg(width)));
    }
}

void TestGuidLookup::exactMatchLeads_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("firstRow");
    // "Reader" is the Azure role; app roles that only contain the word come after it.
    QTest::newRow("Reader") << u"Reader"_s
                            << u"azure-role/Reader/acdd72a7-3385-48ef-bd42-f606fba81ae7"_s;
    QTest::newRow("reader") << u"reader"_s
                            << u"azure-role/Reader/acdd72a7-3385-48ef-bd42-f606fba81ae7"_s;
    // User.Read.All before IdentityRiskyUser.Read.All.
    QTest::newRow("User.Read.All")
            << u"User.Read.All"_s << u"app-role/User.Read.All/df021288-bdef-4463-88db-98f22de89214"_s;
    QTest::newRow("Global Administrator")
            << u"Global Administrator"_s
            << u"directory-role/Global Administrator/62e90394-69f5-4237-9190-012177145e10"_s;
}

// The first row of the list is the exact match, whichever kind it is, and it is the one selected.
void TestGuidLookup::exactMatchLeads()
{
    QFETCH(QString, typed);
    QFETCH(QString, firstRow);
    QTest::keyClicks(search(), typed);
    const QStringList rows = visibleRows();
    QVERIFY(!rows.isEmpty());
    QCOMPARE(rows.first(), firstRow);
    QCOMPARE(results()->currentIndex(), results()->model()->index(0, 0, results()->model()->index(0, 0)));
}

// The Resource API column is on screen (one name is a permission of many APIs) and the GUID,
// whole, is the last column.
void TestGuidLookup::resourceApiShownGuidLast()
{
    m_widget->resize(1400, 800);
    QTest::keyClicks(search(), u"User.Read.All"_s);
    QTreeView *view = results();
    QHeaderView *header = view->header();
    QCOMPARE(header->visualIndex(CatalogSearchModel::IdColumn), header->count() - 1);
    QCOMPARE(header->visualIndex(CatalogSearchModel::NameColumn), 0);
    QCOMPARE(view->model()->headerData(CatalogSearchModel::ResourceColumn, Qt::Horizontal)
                     .toString(),
             u"Resource API"_s);
    QTest::qWait(20);
    for (const int column : {int(CatalogSearchModel::ResourceColumn),
                             int(CatalogSearchModel::DescriptionColumn),
                             int(CatalogSearchModel::IdColumn)}) {
        QVERIFY2(header->sectionViewportPosition(column) >= 0
                         && header->sectionViewportPosition(column) + header->sectionSize(column)
                                 <= view->viewport()->width(),
                 qPrintable(u"column %1 at %2+%3 of %4"_s.arg(column)
                                    .arg(header->sectionViewportPosition(column))
                                    .arg(header->sectionSize(column))
                                    .arg(view->viewport()->width())));
    }
    const QString guid = u"df021288-bdef-4463-88db-98f22de89214"_s;
    QVERIFY(header->sectionSize(CatalogSearchModel::IdColumn)
            > view->fontMetrics().horizontalAdvance(guid));
    // Two rows of one GUID read apart by their API.
    const QAbstractItemModel *model = view->model();
    const QModelIndex group = model->index(0, 0);
    QStringList apis;
    for (int r = 0; r < model->rowCount(group); ++r) {
        if (model->index(r, CatalogSearchModel::IdColumn, group).data().toString() == guid)
            apis.append(model->index(r, CatalogSearchModel::ResourceColumn, group).data().toString());
    }
    QVERIFY2(apis.size() >= 2, qPrintable(apis.join(u", ")));
    QCOMPARE(apis.first(), u"Microsoft Graph"_s);
    QCOMPARE(QSet<QString>(apis.begin(), apis.end()).size(), apis.size());
}

QTEST_MAIN(TestGuidLookup)
#include "tst_guidlookup.moc"
