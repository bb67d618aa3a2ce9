#include "models/identityfiltermodel.h"
#include "models/identitytreemodel.h"
#include "net/jsonscan.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using ie::models::Identity;
using ie::models::IdentityTreeModel;

namespace {

QJsonObject sp(const QString &id, const QString &name, const QString &type,
               const QStringList &alt = {}, const QString &owner = {})
{
    return QJsonObject{{"id"_L1, id},
                       {"appId"_L1, u"app-"_s + id},
                       {"displayName"_L1, name},
                       {"servicePrincipalType"_L1, type},
                       {"alternativeNames"_L1, QJsonArray::fromStringList(alt)},
                       {"appOwnerOrganizationId"_L1,
                        owner.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(owner)}};
}

const QString Sub = u"/subscriptions/11111111-1111-1111-1111-111111111111"_s;
const QString Vm = Sub + u"/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm1"_s;
const QString Web = Sub + u"/resourceGroups/rg/providers/Microsoft.Web/sites/web1"_s;
const QString Gone = Sub + u"/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/old"_s;
const QString Uami = Sub
        + u"/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id1"_s;
const QString Hidden
        = u"/subscriptions/22222222-2222-2222-2222-222222222222/resourceGroups/x/providers/Microsoft.Web/sites/w"_s;

// `n` identities of every kind, names and ids varied enough for filters to split them.
QJsonArray generatedPage(int n, int offset = 0)
{
    static const QStringList words{u"orders"_s,  u"billing"_s, u"batch"_s, u"web"_s,
                                   u"contoso"_s, u"graph"_s,   u"vault"_s};
    QJsonArray out;
    for (int k = offset; k < offset + n; ++k) {
        const QString id = u"%1-0000-4000-8000-%2"_s.arg(k * 7919 % 100000, 8, 10, QChar(u'0'))
                                   .arg(k, 12, 10, QChar(u'0'));
        const QString name = words[k % words.size()] + u'-' + words[(k / 7) % words.size()] + u'-'
                + QString::number(k);
        switch (k % 4) {
        case 0:
            out.append(sp(id, name, u"ManagedIdentity"_s,
                          {u"isExplicit=False"_s,
                           Sub + u"/resourceGroups/rg/providers/Microsoft.Web/sites/"_s + name}));
            break;
        case 1:
            out.append(sp(id, name, u"ManagedIdentity"_s,
                          {u"isExplicit=True"_s,
                           Sub
                                   + u"/resourceGroups/rg/providers/"
                                     "Microsoft.ManagedIdentity/userAssignedIdentities/"_s
                                   + name}));
            break;
        case 2:
            out.append(sp(id, name, u"Application"_s, {}, u"tenant-self"_s));
            break;
        default:
            out.append(sp(id, name, u"Legacy"_s));
        }
    }
    return out;
}

// Every identity the proxy shows, by object id, sorted.
QStringList shownIds(const QAbstractItemModel &proxy, const QModelIndex &parent = {})
{
    QStringList found;
    for (int r = 0; r < proxy.rowCount(parent); ++r) {
        const QModelIndex i = proxy.index(r, 0, parent);
        if (i.data(IdentityTreeModel::IsGroupRole).toBool())
            found += shownIds(proxy, i);
        else
            found << i.data(IdentityTreeModel::ObjectIdRole).toString();
    }
    if (!parent.isValid())
        found.sort();
    return found;
}

// What the filter should show, straight from the predicate.
QStringList expectedIds(const IdentityTreeModel &model, const QString &text)
{
    QList<QByteArray> words;
    for (const QString &w : text.toLower().split(u' ', Qt::SkipEmptyParts))
        words << w.toUtf8();
    QStringList out;
    for (int i = 0; i < model.identityCount(); ++i) {
        if (ie::models::IdentityFilterModel::matches(model.identityAt(i).search, words))
            out << model.identityAt(i).objectId;
    }
    out.sort();
    return out;
}

QJsonArray samplePage()
{
    return QJsonArray{
            sp(u"a1"_s, u"vm1"_s, u"ManagedIdentity"_s, {u"isExplicit=False"_s, Vm}),
            sp(u"a2"_s, u"web1"_s, u"ManagedIdentity"_s, {u"isExplicit=False"_s, Web}),
            sp(u"a3"_s, u"id1"_s, u"ManagedIdentity"_s, {u"isExplicit=True"_s, Uami}),
            sp(u"a4"_s, u"old"_s, u"ManagedIdentity"_s, {u"isExplicit=False"_s, Gone}),
            sp(u"a5"_s, u"w"_s, u"ManagedIdentity"_s, {u"isExplicit=False"_s, Hidden}),
            sp(u"b1"_s, u"Orders API"_s, u"Application"_s, {}, u"tenant-self"_s),
            sp(u"b2"_s, u"Microsoft Graph"_s, u"Application"_s, {},
               u"f8cdef31-a31e-4b4a-93e4-5f571e91255a"_s),
            sp(u"b3"_s, u"Google"_s, u"SocialIdp"_s),
    };
}

} // namespace

class TestIdentityTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classification_data();
    void classification();
    void groupsCountsAndPages();
    void objectIdsInAnyCase_data();
    void objectIdsInAnyCase();
    void armMergeFlagsOrphansAndAttachments();
    void missingFieldsStillShow();
    void filterMatchesEveryWord_data();
    void filterMatchesEveryWord();
    void typingNarrowsWidensAndClears_data();
    void typingNarrowsWidensAndClears();
    void filterKeepsSelectionAndCounts();
    void rowsArrivingWhileFiltered();
    void armChangesWhatMatches();
    void sortingWithFilter();
    void searchTextIsLowerCaseOfEveryField_data();
    void scannedRowsAsDecodedRows();
    void searchTextIsLowerCaseOfEveryField();
    void tierMarksSignalOnlyWhatChanged();
    void filterTakesTierKeywords();
};

void TestIdentityTreeModel::classification_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("resourceType");
    QTest::newRow("system-vm") << sp(u"x"_s, u"n"_s, u"ManagedIdentity"_s,
                                     {u"isExplicit=False"_s, Vm})
                               << u"system-assigned"_s << u"Microsoft.Compute/virtualMachines"_s;
    QTest::newRow("user-assigned")
            << sp(u"x"_s, u"n"_s, u"ManagedIdentity"_s, {u"isExplicit=True"_s, Uami})
            << u"user-assigned"_s << u"Microsoft.ManagedIdentity/userAssignedIdentities"_s;
    QTest::newRow("user-assigned-by-type")
            << sp(u"x"_s, u"n"_s, u"ManagedIdentity"_s, {Uami}) << u"user-assigned"_s
            << u"Microsoft.ManagedIdentity/userAssignedIdentities"_s;
    QTest::newRow("mi-without-names")
            << sp(u"x"_s, u"n"_s, u"ManagedIdentity"_s) << u"system-assigned"_s << QString();
    QTest::newRow("tenant-app") << sp(u"x"_s, u"n"_s, u"Application"_s, {}, u"some-tenant"_s)
                                << u"application"_s << QString();
    QTest::newRow("microsoft-app")
            << sp(u"x"_s, u"n"_s, u"Application"_s, {}, u"72f988bf-86f1-41af-91ab-2d7cd011db47"_s)
            << u"microsoft"_s << QString();
    QTest::newRow("legacy") << sp(u"x"_s, u"n"_s, u"Legacy"_s) << u"other"_s << QString();
    QTest::newRow("missing-type") << QJsonObject{{"id"_L1, "x"_L1}} << u"other"_s << QString();
}

void TestIdentityTreeModel::classification()
{
    QFETCH(QJsonObject, json);
    const Identity i = IdentityTreeModel::fromGraph(json);
    QTEST(Identity::kindName(i.kind), "kind");
    QTEST(i.resourceType, "resourceType");
}

void TestIdentityTreeModel::groupsCountsAndPages()
{
    IdentityTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 3); // managed identities, service principals, agents
    QJsonArray page = samplePage();
    model.addServicePrincipals(QJsonArray{page[0], page[1], page[5]});
    model.addServicePrincipals(
            QJsonArray{page[2], page[3], page[4], page[6], page[7], page[0]}); // a repeated row
    QCOMPARE(model.identityCount(), 8);
    QCOMPARE(model.groupIndex(u"managed"_s).data(IdentityTreeModel::CountRole).toInt(), 5);
    QCOMPARE(model.groupIndex(u"system-assigned"_s).data(IdentityTreeModel::CountRole).toInt(), 4);
    QCOMPARE(model.groupIndex(u"user-assigned"_s).data(IdentityTreeModel::CountRole).toInt(), 1);
    QCOMPARE(model.groupIndex(u"principals"_s).data(IdentityTreeModel::CountRole).toInt(), 3);
    const QModelIndex vms
            = model.groupIndex(u"system-assigned/microsoft.compute/virtualmachines"_s);
    QVERIFY(vms.isValid());
    QCOMPARE(model.rowCount(vms), 2);
    QVERIFY(vms.data().toString().contains(u"(2)"_s));
    const QModelIndex web = model.indexOfObjectId(u"a2"_s);
    QCOMPARE(web.parent().data(IdentityTreeModel::GroupKeyRole).toString(),
             u"system-assigned/microsoft.web/sites"_s);
    QCOMPARE(model.index(web.row(), IdentityTreeModel::AppIdColumn, web.parent()).data().toString(),
             u"app-a2"_s);
    model.clear();
    QCOMPARE(model.identityCount(), 0);
    QCOMPARE(model.rowCount(model.groupIndex(u"system-assigned"_s)), 0);
}

void TestIdentityTreeModel::objectIdsInAnyCase_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("again"); // the same object as a later page names it
    QTest::addColumn<bool>("same");
    QTest::newRow("guid, upper case later")
            << u"5d0e3a1c-9b2f-4c6e-8a7d-1f2e3d4c5b6a"_s << u"5D0E3A1C-9B2F-4C6E-8A7D-1F2E3D4C5B6A"_s
            << true;
    QTest::newRow("guid, another") << u"5d0e3a1c-9b2f-4c6e-8a7d-1f2e3d4c5b6a"_s
                                   << u"5d0e3a1c-9b2f-4c6e-8a7d-1f2e3d4c5b6b"_s << false;
    QTest::newRow("text") << u"Not-A-Guid"_s << u"not-a-guid"_s << true;
    QTest::newRow("braced guid is text") << u"{5d0e3a1c-9b2f-4c6e-8a7d-1f2e3d4c5b6a}"_s
                                         << u"5d0e3a1c-9b2f-4c6e-8a7d-1f2e3d4c5b6a"_s << false;
    QTest::newRow("nil guid") << u"00000000-0000-0000-0000-000000000000"_s
                              << u"00000000-0000-0000-0000-000000000000"_s << true;
    QTest::newRow("36 characters, not a guid") << u"zzzzzzzz-0000-0000-0000-000000000000"_s
                                               << u"ZZZZZZZZ-0000-0000-0000-000000000000"_s << true;
}

void TestIdentityTreeModel::objectIdsInAnyCase()
{
    // Found in any case, and a repeated object (as a service may page it twice) is one row.
    QFETCH(QString, id);
    QFETCH(QString, again);
    QFETCH(bool, same);
    IdentityTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.addServicePrincipals(QJsonArray{sp(id, u"first"_s, u"Application"_s)});
    model.addServicePrincipals(QJsonArray{sp(again, u"second"_s, u"Application"_s)});
    QCOMPARE(model.identityCount(), same ? 1 : 2);
    QCOMPARE(model.indexOfObjectId(id).data().toString(), u"first"_s);
    QCOMPARE(model.indexOfObjectId(id.toUpper()).data().toString(), u"first"_s);
    QCOMPARE(model.indexOfObjectId(again).data().toString(), same ? u"first"_s : u"second"_s);
    QVERIFY(!model.indexOfObjectId(u"5d0e3a1c-9b2f-4c6e-8a7d-000000000000"_s).isValid());
}

void TestIdentityTreeModel::missingFieldsStillShow()
{
    IdentityTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.addServicePrincipals(QJsonArray{
            QJsonObject{{"id"_L1, "m1"_L1}}, // nothing but an id
            QJsonObject{{"id"_L1, "m2"_L1},
                        {"servicePrincipalType"_L1, "ManagedIdentity"_L1}}, // no resource
            QJsonObject{{"displayName"_L1, "no id"_L1},
                        {"servicePrincipalType"_L1, "Application"_L1}},
            QJsonValue(42), // not an object at all: nothing to show
    });
    QCOMPARE(model.identityCount(), 3);
    const QModelIndex bare = model.indexOfObjectId(u"m1"_s);
    QVERIFY(bare.isValid());
    QCOMPARE(bare.data().toString(), u"(no display name)"_s);
    QCOMPARE(bare.parent().data(IdentityTreeModel::GroupKeyRole).toString(), u"other"_s);
    const QModelIndex mi = model.indexOfObjectId(u"m2"_s);
    QCOMPARE(mi.parent().data(IdentityTreeModel::GroupKeyRole).toString(),
             u"system-assigned/unknown"_s);
    QCOMPARE(model.groupIndex(u"application"_s).data(IdentityTreeModel::CountRole).toInt(), 1);
    ie::models::ArmSnapshot arm;
    arm.readableSubscriptions = {u"s1"_s};
    model.applyArm(arm); // no resource id: not visible rather than orphaned
    QCOMPARE(model.identity(mi)->arm, Identity::ArmState::NotVisible);
}

void TestIdentityTreeModel::armMergeFlagsOrphansAndAttachments()
{
    IdentityTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.addServicePrincipals(samplePage());
    ie::models::ArmSnapshot arm;
    arm.readableSubscriptions = {u"11111111-1111-1111-1111-111111111111"_s};
    for (const QString &r : {Vm, Web, Uami})
        arm.resourceTypes.insert(r.toLower(), r.section(u'/', 6, 7));
    arm.createdAt.insert(Vm.toLower(), u"2024-05-06T07:08:09Z"_s);
    arm.attachedTo.insert(Uami.toLower(), {Vm, Web});
    model.applyArm(arm);
    auto state = [&](const QString &id) {
        return Identity::ArmState(
                model.indexOfObjectId(id).data(IdentityTreeModel::ArmStateRole).toInt());
    };
    QCOMPARE(state(u"a1"_s), Identity::ArmState::Found);
    QCOMPARE(state(u"a4"_s), Identity::ArmState::Orphaned);
    QCOMPARE(state(u"a5"_s), Identity::ArmState::NotVisible);
    QCOMPARE(state(u"b1"_s), Identity::ArmState::Unknown);
    QVERIFY(model.indexOfObjectId(u"a4"_s).data(IdentityTreeModel::OrphanedRole).toBool());
    QCOMPARE(model.indexOfObjectId(u"a3"_s).data(IdentityTreeModel::AttachedToRole).toStringList(),
             (QStringList{Vm, Web}));
    const QModelIndex vm = model.indexOfObjectId(u"a1"_s);
    QCOMPARE(model.index(vm.row(), IdentityTreeModel::CreatedColumn, vm.parent()).data().toString(),
             u"2024-05-06"_s);
    const QModelIndex old = model.indexOfObjectId(u"a4"_s);
    QVERIFY(model.index(old.row(), IdentityTreeModel::TypeColumn, old.parent())
                    .data()
                    .toString()
                    .contains(u"gone"_s));
}

void TestIdentityTreeModel::filterMatchesEveryWord_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("empty") << QString() << QStringList{u"a1"_s, u"a2"_s, u"a3"_s, u"a4"_s,
                                                       u"a5"_s, u"b1"_s, u"b2"_s, u"b3"_s};
    QTest::newRow("name") << u"orders"_s << QStringList{u"b1"_s};
    QTest::newRow("words-any-order-case") << u"GRAPH microsoft"_s << QStringList{u"b2"_s};
    QTest::newRow("object-id") << u"a3"_s << QStringList{u"a3"_s};
    QTest::newRow("app-id") << u"app-b3"_s << QStringList{u"b3"_s};
    QTest::newRow("resource") << u"virtualmachines"_s << QStringList{u"a1"_s, u"a4"_s};
    QTest::newRow("kind") << u"user-assigned"_s << QStringList{u"a3"_s};
    QTest::newRow("nothing") << u"zzz"_s << QStringList{};
}

void TestIdentityTreeModel::filterMatchesEveryWord()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);
    IdentityTreeModel model;
    ie::models::IdentityFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.addServicePrincipals(samplePage());
    proxy.setFilterText(filter);
    QStringList found;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < proxy.rowCount(parent); ++r) {
            const QModelIndex i = proxy.index(r, 0, parent);
            if (i.data(IdentityTreeModel::IsGroupRole).toBool())
                walk(i);
            else
                found << i.data(IdentityTreeModel::ObjectIdRole).toString();
        }
    };
    walk({});
    found.sort();
    QCOMPARE(found, expected);
}

void TestIdentityTreeModel::typingNarrowsWidensAndClears_data()
{
    // Each keystroke of a session, as the line edit sends them.
    QTest::addColumn<QStringList>("texts");
    auto typed = [](const QString &word) {
        QStringList out;
        for (int n = 1; n <= word.size(); ++n)
            out << word.left(n);
        return out;
    };
    auto erased = [](const QString &word) {
        QStringList out;
        for (int n = int(word.size()) - 1; n >= 0; --n)
            out << word.left(n);
        return out;
    };
    QTest::newRow("type-and-erase") << typed(u"orders-b"_s) + erased(u"orders-b"_s);
    QTest::newRow("second-word") << typed(u"web batch"_s) + erased(u"web batch"_s);
    QTest::newRow("words-reordered") << QStringList{u"batch"_s, u"batch web"_s, u"web batch"_s,
                                                    u"web"_s,   u"web b"_s,     u"b web"_s};
    QTest::newRow("object-id") << typed(u"0000-4000-8000-0000000001"_s);
    QTest::newRow("edit-in-the-middle")
            << QStringList{u"contoso-vault"_s, u"contoso-vaul"_s, u"contoso-ault"_s,
                           u"contoso-vault"_s, u"contoso-billing"_s};
    QTest::newRow("kind-then-name") << typed(u"user-assigned graph"_s);
    QTest::newRow("clear-and-again")
            << QStringList{u"graph"_s, QString(), u"graph"_s, u"graph "_s, u" graph"_s, u"GRAPH"_s};
    QTest::newRow("nothing-then-widen") << QStringList{u"zz"_s, u"z"_s, QString(), u"zq"_s};
}

void TestIdentityTreeModel::typingNarrowsWidensAndClears()
{
    QFETCH(QStringList, texts);
    IdentityTreeModel model;
    model.addServicePrincipals(generatedPage(400));
    ie::models::IdentityFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    for (const QString &text : std::as_const(texts)) {
        proxy.setFilterText(text);
        const QStringList want = expectedIds(model, text);
        QCOMPARE(shownIds(proxy), want);
        QCOMPARE(proxy.matchCount(), int(want.size()));
        // The same text on a fresh proxy: no history, no narrowing.
        ie::models::IdentityFilterModel fresh;
        fresh.setSourceModel(&model);
        fresh.setFilterText(text);
        QCOMPARE(shownIds(fresh), want);
    }
}

void TestIdentityTreeModel::filterKeepsSelectionAndCounts()
{
    IdentityTreeModel model;
    model.addServicePrincipals(samplePage());
    ie::models::IdentityFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QPersistentModelIndex selected = proxy.mapFromSource(model.indexOfObjectId(u"a4"_s));
    const QPersistentModelIndex vms = proxy.mapFromSource(
            model.groupIndex(u"system-assigned/microsoft.compute/virtualmachines"_s));
    QVERIFY(selected.isValid() && vms.isValid());
    proxy.setFilterText(u"virtualmachines"_s);
    QVERIFY(selected.isValid());
    QCOMPARE(selected.data(IdentityTreeModel::ObjectIdRole).toString(), u"a4"_s);
    QCOMPARE(selected.parent(), QModelIndex(vms));
    // Counts: of what matches, of all.
    const QModelIndex managed = proxy.mapFromSource(model.groupIndex(u"managed"_s));
    QCOMPARE(managed.data(ie::models::IdentityFilterModel::MatchCountRole).toInt(), 2);
    QCOMPARE(managed.data(IdentityTreeModel::CountRole).toInt(), 5);
    QVERIFY2(managed.data().toString().contains(u"2 of 5"_s),
             qPrintable(managed.data().toString()));
    // A group without a match hides; the selection that no longer matches goes.
    QVERIFY(!proxy.mapFromSource(model.groupIndex(u"principals"_s)).isValid());
    proxy.setFilterText(u"virtualmachines/vm1"_s);
    QVERIFY(!selected.isValid());
    QCOMPARE(shownIds(proxy), QStringList{u"a1"_s});
    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), 3);
    QCOMPARE(proxy.matchCount(), 8);
    QVERIFY(proxy.mapFromSource(model.groupIndex(u"principals"_s))
                    .data()
                    .toString()
                    .endsWith(u"(3)"_s));
}

void TestIdentityTreeModel::rowsArrivingWhileFiltered()
{
    IdentityTreeModel model;
    ie::models::IdentityFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setFilterText(u"batch"_s);
    QCOMPARE(proxy.rowCount(), 0);
    // Pages as the loader adds them, some in slices.
    const QJsonArray first = generatedPage(250);
    model.addServicePrincipals(first, 0, 100);
    model.addServicePrincipals(first, 100, 250);
    QCOMPARE(shownIds(proxy), expectedIds(model, u"batch"_s));
    proxy.setFilterText(u"batch web"_s);
    model.addServicePrincipals(generatedPage(250, 250));
    QCOMPARE(shownIds(proxy), expectedIds(model, u"batch web"_s));
    proxy.setFilterText(u"batch"_s); // from the history: still right for the rows added since
    QCOMPARE(shownIds(proxy), expectedIds(model, u"batch"_s));
    proxy.setFilterText(QString());
    QCOMPARE(int(shownIds(proxy).size()), 500);
    model.clear();
    QCOMPARE(proxy.matchCount(), 0);
    model.addServicePrincipals(samplePage());
    QCOMPARE(proxy.matchCount(), 8);
}

void TestIdentityTreeModel::armChangesWhatMatches()
{
    IdentityTreeModel model;
    model.addServicePrincipals(samplePage());
    ie::models::IdentityFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setFilterText(u"orphaned"_s);
    QCOMPARE(shownIds(proxy), QStringList());
    ie::models::ArmSnapshot arm;
    arm.readableSubscriptions = {u"11111111-1111-1111-1111-111111111111"_s};
    for (const QString &r : {Vm, Web, Uami})
        arm.resourceTypes.insert(r.toLower(), r.section(u'/', 6, 7));
    arm.attachedTo.insert(Uami.toLower(), {Vm});
    model.applyArm(arm, 0, 4);
    model.applyArm(arm, 4, model.identityCount());
    QCOMPARE(shownIds(proxy), QStringList{u"a4"_s});
    // The attached resource is searchable now too.
    proxy.setFilterText(u"user-assigned vm1"_s);
    QCOMPARE(shownIds(proxy), QStringList{u"a3"_s});
}

void TestIdentityTreeModel::searchTextIsLowerCaseOfEveryField_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");
    QTest::newRow("ASCII") << u"Orders API"_s << u"Application"_s;
    QTest::newRow("umlauts") << u"\u00c4RGER \u00dcber-App"_s << u"Application"_s;
    QTest::newRow("Greek and emoji") << u"\u03a9MEGA \U0001F600 Dienst"_s << u"ManagedIdentity"_s;
    QTest::newRow("empty") << QString() << u"SocialIdp"_s;
}

// The filter's text: every field lower-cased, as QString::toLower() does it, joined by spaces;
// with ARM merged, also the attached resources and "orphaned".
void TestIdentityTreeModel::searchTextIsLowerCaseOfEveryField()
{
    QFETCH(QString, name);
    QFETCH(QString, type);
    IdentityTreeModel model;
    const QString id = u"D2E3F4A5-0001-4B6C-9D7E-8F9A0B1C2D3E"_s;
    const QStringList alt = type == "ManagedIdentity"_L1 ? QStringList{u"isExplicit=True"_s, Uami}
                                                         : QStringList();
    model.addServicePrincipals(QJsonArray{sp(id, name, type, alt)});
    const ie::models::Identity &i = model.identityAt(0);
    auto expected = [&](const QString &tail) {
        return (i.displayName + u' ' + i.objectId + u' ' + i.appId + u' ' + i.servicePrincipalType
                + u' ' + ie::models::Identity::kindName(i.kind) + u' ' + i.resourceId + tail)
                .toLower()
                .toUtf8();
    };
    QCOMPARE(i.search, expected(QString()));
    if (type != "ManagedIdentity"_L1)
        return;
    ie::models::ArmSnapshot arm;
    arm.readableSubscriptions = {u"11111111-1111-1111-1111-111111111111"_s};
    arm.resourceTypes.insert(Uami.toLower(), u"Microsoft.ManagedIdentity/userAssignedIdentities"_s);
    arm.attachedTo.insert(Uami.toLower(), {Vm, u"/subscriptions/X/\u00c4"_s});
    model.applyArm(arm);
    QCOMPARE(model.identityAt(0).search, expected(u' ' + Vm + u" /subscriptions/X/\u00c4"_s));
}

// A page read by the document-free reader (what IdentityLoader does) gives the very rows the
// decoded page gives, odd fields included.
void TestIdentityTreeModel::scannedRowsAsDecodedRows()
{
    QJsonArray page = generatedPage(40);
    for (const QJsonValue &v : samplePage())
        page.append(v);
    page.append(QJsonObject{{"id"_L1, "c1"_L1}, {"appDisplayName"_L1, "From appDisplayName"_L1},
                            {"servicePrincipalType"_L1, "Application"_L1}});
    page.append(QJsonObject{{"id"_L1, 5}, {"displayName"_L1, QJsonArray{1}},
                            {"servicePrincipalType"_L1, "managedidentity"_L1},
                            {"alternativeNames"_L1, QJsonObject{{"x"_L1, 1}}}});
    page.append(QJsonObject{{"id"_L1, "c3"_L1}, {"displayName"_L1, u"Gr\u00fc\u00dfe \"\\ \n"_s},
                            {"servicePrincipalType"_L1, "ManagedIdentity"_L1},
                            {"alternativeNames"_L1, QJsonArray{7, "isExplicit=true"_L1, Uami}},
                            {"unknownField"_L1, QJsonObject{{"deep"_L1, QJsonArray{QJsonObject{}}}}}});
    page.append(42); // not an object: skipped by both
    page.append(QJsonObject{{"id"_L1, "A1"_L1}, {"displayName"_L1, "same id, other case"_L1}});
    const QByteArray bytes = QJsonDocument(page).toJson(QJsonDocument::Compact);
    IdentityTreeModel decoded;
    decoded.addServicePrincipals(QJsonDocument::fromJson(bytes).array());
    IdentityTreeModel scanned;
    ie::net::json::Cursor c(bytes);
    QVERIFY(c.beginArray());
    QList<ie::models::Identity> rows;
    int objects = 0;
    while (c.nextElement()) {
        ie::models::GraphServicePrincipal sp;
        if (IdentityTreeModel::readServicePrincipal(c, &sp)) {
            rows.append(IdentityTreeModel::fromFields(sp));
            ++objects;
        }
    }
    QVERIFY(!c.failed());
    QCOMPARE(objects, int(page.size()) - 1);
    scanned.addIdentities(rows);
    QAbstractItemModelTester tester(&scanned, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(scanned.identityCount(), decoded.identityCount());
    for (int i = 0; i < decoded.identityCount(); ++i) {
        const ie::models::Identity &a = decoded.identityAt(i);
        const ie::models::Identity &b = scanned.identityAt(i);
        QCOMPARE(b.objectId, a.objectId);
        QCOMPARE(b.appId, a.appId);
        QCOMPARE(b.displayName, a.displayName);
        QCOMPARE(b.servicePrincipalType, a.servicePrincipalType);
        QCOMPARE(int(b.kind), int(a.kind));
        QCOMPARE(b.resourceId, a.resourceId);
        QCOMPARE(b.resourceType, a.resourceType);
        QCOMPARE(b.search, a.search);
        QCOMPARE(scanned.indexOfObjectId(b.objectId).isValid(), decoded.indexOfObjectId(a.objectId).isValid());
    }
    QCOMPARE(scanned.rowCount(scanned.groupIndex(u"system-assigned"_s)),
             decoded.rowCount(decoded.groupIndex(u"system-assigned"_s)));
}

void TestIdentityTreeModel::sortingWithFilter()
{
    IdentityTreeModel model;
    model.addServicePrincipals(generatedPage(60));
    ie::models::IdentityFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.sort(IdentityTreeModel::NameColumn, Qt::DescendingOrder);
    const QModelIndex apps = proxy.mapFromSource(model.groupIndex(u"application"_s));
    auto names = [&](const QModelIndex &group) {
        QStringList out;
        for (int r = 0; r < proxy.rowCount(group); ++r)
            out << proxy.index(r, 0, group).data().toString();
        return out;
    };
    QStringList all = names(apps);
    QCOMPARE(all.size(), 15);
    QStringList want = all;
    std::sort(want.begin(), want.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) > 0;
    });
    QCOMPARE(all, want);
    proxy.setFilterText(u"web"_s);
    const QStringList filtered = names(proxy.mapFromSource(model.groupIndex(u"application"_s)));
    QVERIFY(!filtered.isEmpty() && filtered.size() < all.size());
    for (int k = 1; k < filtered.size(); ++k)
        QVERIFY(filtered[k - 1].compare(filtered[k], Qt::CaseInsensitive) >= 0);
    // Rows arriving into a sorted group take their places.
    model.addServicePrincipals(generatedPage(20, 60));
    const QStringList more = names(proxy.mapFromSource(model.groupIndex(u"application"_s)));
    QVERIFY(more.size() > filtered.size());
    for (int k = 1; k < more.size(); ++k)
        QVERIFY(more[k - 1].compare(more[k], Qt::CaseInsensitive) >= 0);
    QCOMPARE(shownIds(proxy), expectedIds(model, u"web"_s));
    // Groups stay first and in the tree's order.
    proxy.setFilterText(QString());
    QCOMPARE(proxy.index(0, 0).data(IdentityTreeModel::GroupKeyRole).toString(), u"managed"_s);
}

void TestIdentityTreeModel::tierMarksSignalOnlyWhatChanged()
{
    IdentityTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.addServicePrincipals(samplePage());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QModelIndex vm = model.indexOfObjectId(u"a1"_s);
    const QModelIndex app = model.indexOfObjectId(u"b1"_s);
    QCOMPARE(vm.data(IdentityTreeModel::TierRole).toInt(), -1);

    ie::models::TierMark zero{0, {u"Owner at /subscriptions/s"_s}};
    model.setTierMarks({{u"a1"_s, zero}, {u"b1"_s, {1, {u"Reader at /"_s}}}});
    QCOMPARE(changed.size(), 2);
    QCOMPARE(vm.data(IdentityTreeModel::TierRole).toInt(), 0);
    QCOMPARE(vm.data(IdentityTreeModel::TierReasonsRole).toStringList(), zero.reasons);
    QCOMPARE(vm.data(Qt::ToolTipRole).toString(),
             u"vm1\nTier 0: it can take over the tenant through Owner at /subscriptions/s"_s);
    QCOMPARE(app.data(IdentityTreeModel::TierRole).toInt(), 1);
    QCOMPARE(model.tierMark(u"A1"_s), zero); // object ids in any case

    // The same marks again: nothing to repaint. One dropped: only that row.
    changed.clear();
    model.setTierMarks({{u"a1"_s, zero}, {u"b1"_s, {1, {u"Reader at /"_s}}}});
    QCOMPARE(changed.size(), 0);
    model.setTierMarks({{u"a1"_s, zero}});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>(), app);
    QCOMPARE(app.data(IdentityTreeModel::TierRole).toInt(), -1);
    // Groups carry no tier; a cleared model forgets the marks.
    QVERIFY(!model.groupIndex(u"managed"_s).data(IdentityTreeModel::TierRole).isValid());
    model.clear();
    QCOMPARE(model.tierMark(u"a1"_s).tier, -1);
}

// "tier0" and "tier1" in the filter show the identities marked so, and follow the marks (a
// grant that makes an identity tier 0 shows it under "tier0" at once; ARM's later data keeps it).
void TestIdentityTreeModel::filterTakesTierKeywords()
{
    IdentityTreeModel model;
    ie::models::IdentityFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    model.addServicePrincipals(samplePage());
    proxy.setFilterText(u"tier0"_s);
    QCOMPARE(proxy.matchCount(), 0);

    model.setTierMarks({{u"a1"_s, {0, {u"Owner at /subscriptions/s"_s}}},
                        {u"b1"_s, {1, {u"Reader at /"_s}}}});
    QCOMPARE(shownIds(proxy), QStringList{u"a1"_s});
    proxy.setFilterText(u"tier1"_s);
    QCOMPARE(shownIds(proxy), QStringList{u"b1"_s});
    // With other words: every word must match.
    proxy.setFilterText(u"tier1 nomatch"_s);
    QCOMPARE(proxy.matchCount(), 0);

    // The mark moves: the filter follows without being typed again.
    proxy.setFilterText(u"tier0"_s);
    model.setTierMarks({{u"b1"_s, {0, {u"AppRoleAssignment.ReadWrite.All"_s}}}});
    QCOMPARE(shownIds(proxy), QStringList{u"b1"_s});
    // ARM's data rebuilds the search text; the keyword stays.
    ie::models::ArmSnapshot arm;
    model.applyArm(arm, 0, model.identityCount());
    QCOMPARE(shownIds(proxy), QStringList{u"b1"_s});
    model.setTierMarks({});
    QCOMPARE(proxy.matchCount(), 0);
}

QTEST_GUILESS_MAIN(TestIdentityTreeModel)
#include "tst_identitytreemodel.moc"
