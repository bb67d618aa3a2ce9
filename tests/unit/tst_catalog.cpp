#include "catalog/catalog.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ie::catalog;

namespace {
const QString Graph = u"00000003-0000-0000-c000-000000000000"_s;
const QString Exchange = u"00000002-0000-0ff1-ce00-000000000000"_s;
} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void counts();
    void knownPairs_data();
    void knownPairs();
    void guidForms_data();
    void guidForms();
    void ranking_data();
    void ranking();
    void rankOrder();
    void kindFilterAndLimit();
    void twins();
    void sameGuidOnTwoResources();
    void tiers_data();
    void tiers();
    void audience_data();
    void audience();
    void badInput_data();
    void badInput();
    void missingBundle();
    void snapshotMerge();
    void cacheCorruption_data();
    void cacheCorruption();

private:
    Catalog m_catalog;
};

void TestCatalog::initTestCase()
{
    QElapsedTimer t;
    t.start();
    const auto r = m_catalog.loadBundled();
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    qInfo("bundled catalog loaded in %lld ms, %d entries", t.elapsed(), m_catalog.size());
    QVERIFY(m_catalog.isLoaded());
    QCOMPARE(m_catalog.bundledDate(), QDate(2026, 11, 24));
}

void TestCatalog::counts()
{
    // 716 + 2 documented Graph app roles, 542 of other APIs; 807 + 4 Graph scopes, 1,316 others.
    QCOMPARE(m_catalog.countOf(Kind::AppRole), 716 + 2 + 542);
    QCOMPARE(m_catalog.countOf(Kind::Scope), 807 + 4 + 1316);
    QCOMPARE(m_catalog.countOf(Kind::AzureRole), 928 + 18);
    QCOMPARE(m_catalog.countOf(Kind::DirectoryRole), 132);
    QCOMPARE(m_catalog.countOf(Kind::App), 841);
    QCOMPARE(m_catalog.countOf(Kind::TenantAppRole), 0);
    QVERIFY(m_catalog.countOf(Kind::KnownGuid) > 2000);
}

void TestCatalog::knownPairs_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("id");

    const struct
    {
        const char *kind, *resource, *name, *id;
    } rows[] = {
            {"app-role", "graph", "User.Read.All", "df021288-bdef-4463-88db-98f22de89214"},
            {"app-role", "graph", "Application.ReadWrite.All",
             "1bfefb4e-e0b5-418b-a88f-73c46d2cc8e9"},
            {"app-role", "graph", "Directory.Read.All", "7ab1d382-f21e-4acd-a863-ba3e13f7da61"},
            {"app-role", "graph", "Mail.Send", "b633e1c5-b582-4048-a93e-9f11b44c7e96"},
            {"app-role", "graph", "Sites.Read.All", "332a536c-c7ef-4017-ab91-336970924f0d"},
            {"app-role", "graph", "Group.ReadWrite.All", "62a82d76-70ea-41e2-9197-370581804d09"},
            {"app-role", "graph", "AppRoleAssignment.ReadWrite.All",
             "06b708a9-e830-4db3-a914-8e69da51d44f"},
            {"app-role", "graph", "RoleManagement.ReadWrite.Directory",
             "9e3f62cf-ca93-4989-b6ce-bf83c28f9fe8"},
            {"app-role", "exchange", "full_access_as_app", "dc890d15-9560-4a4c-9b7f-a736ec74ec40"},
            {"app-role", "exchange", "Exchange.ManageAsApp",
             "dc50a0fb-09a3-484d-be87-e023b12c6440"},
            {"scope", "graph", "User.Read", "e1fe6dd8-ba31-4d61-89e7-88639da4683d"},
            {"scope", "graph", "User.Read.All", "a154be20-db9c-4678-8ab7-66f6cc099a59"},
            {"scope", "graph", "openid", "37f7f235-527c-4136-accd-4a02d197296e"},
            {"scope", "graph", "offline_access", "7427e0e9-2fba-42fe-b0c0-848c9e6a8182"},
            {"scope", "graph", "Mail.Read", "570282fd-fa5c-430d-a7fd-fc8dc98a9dca"},
            {"scope", "graph", "Files.ReadWrite.All", "863451e7-0667-486c-a5d6-d135439485f0"},
            {"azure-role", "", "Owner", "8e3af657-a8ff-443c-a75c-2fe8c4bcb635"},
            {"azure-role", "", "Contributor", "b24988ac-6180-42a0-ab88-20f7382dd24c"},
            {"azure-role", "", "Reader", "acdd72a7-3385-48ef-bd42-f606fba81ae7"},
            {"azure-role", "", "Key Vault Secrets User", "4633458b-17de-408a-b874-0445c86b69e6"},
            {"azure-role", "", "Storage Blob Data Reader", "2a2b9908-6ea1-4ae2-8e65-a410df84e7d1"},
            {"azure-role", "", "User Access Administrator", "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9"},
            {"azure-role", "", "Key Vault Administrator", "00482a5a-887f-4fb3-b363-3b7fe8e74483"},
            {"azure-role", "", "AcrPull", "7f951dda-4ed3-4680-a7ca-43fe172d538d"},
            {"directory-role", "", "Global Administrator", "62e90394-69f5-4237-9190-012177145e10"},
            {"directory-role", "", "Privileged Role Administrator",
             "e8611ab8-c189-46e8-94e1-60213ab1f814"},
            {"directory-role", "", "Application Administrator",
             "9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3"},
            {"directory-role", "", "Global Reader", "f2ef992c-3afb-46b9-b7cf-a126ee74c451"},
            {"directory-role", "", "Directory Readers", "88d8e3e3-8f55-4a1e-953a-9b9898b8876b"},
            {"app", "", "Microsoft Graph", "00000003-0000-0000-c000-000000000000"},
            {"app", "", "Azure Resource Manager", "797f4846-ba00-4fd7-ba43-dac1f8f63013"},
            {"app", "", "Azure Key Vault", "cfa8b339-82a2-471a-a3c9-0fc0be7a4093"},
            {"app", "", "Azure Storage", "e406a681-f3d4-42a8-90b6-c2b029497af1"},
            {"app", "", "Microsoft Azure CLI", "04b07795-8ddb-461a-bbee-02f9e1bf7b46"},
            {"app", "", "Office 365 Exchange Online", "00000002-0000-0ff1-ce00-000000000000"},
    };
    for (const auto &r : rows) {
        const QString resource = QLatin1StringView(r.resource) == "graph"_L1
                ? Graph
                : (QLatin1StringView(r.resource) == "exchange"_L1 ? Exchange : QString());
        QTest::addRow("%s %s", r.kind, r.name)
                << QString::fromLatin1(r.kind) << resource << QString::fromLatin1(r.name)
                << QString::fromLatin1(r.id);
    }
}

void TestCatalog::knownPairs()
{
    QFETCH(QString, kind);
    QFETCH(QString, resource);
    QFETCH(QString, name);
    QFETCH(QString, id);
    const Kind k = *kindFromKey(kind);

    // Name -> GUID: the exact match of that kind is there, ranked Exact.
    const QList<Hit> byName = m_catalog.search(name, {k, 0});
    QVERIFY(!byName.isEmpty());
    bool found = false;
    for (const Hit &h : byName) {
        if (h.entry->id == id && h.entry->resourceAppId == resource) {
            QCOMPARE(h.rank, MatchRank::Exact);
            found = true;
        }
    }
    QVERIFY2(found, qPrintable(name));
    QCOMPARE(byName.first().rank, MatchRank::Exact);

    // GUID -> name: first hit is an exact match with that GUID.
    const QList<Hit> byGuid = m_catalog.search(id);
    QVERIFY(!byGuid.isEmpty());
    QCOMPARE(byGuid.first().rank, MatchRank::Exact);
    QCOMPARE(byGuid.first().entry->id, id);

    // And the keyed lookups.
    EntryPtr e;
    switch (k) {
    case Kind::AppRole:
        e = m_catalog.appRole(resource, id);
        break;
    case Kind::Scope:
        e = m_catalog.scope(resource, id);
        break;
    case Kind::AzureRole:
        e = m_catalog.azureRole(
                u"/subscriptions/x/providers/Microsoft.Authorization/roleDefinitions/"_s + id);
        break;
    case Kind::DirectoryRole:
        e = m_catalog.directoryRole(id.toUpper());
        break;
    case Kind::App:
        e = m_catalog.app(id);
        break;
    default:
        QFAIL("unexpected kind");
    }
    QVERIFY(e);
    QCOMPARE(e->value, name);
    QCOMPARE(e->kind, k);
}

void TestCatalog::guidForms_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expectedId");
    QTest::addColumn<int>("rank");

    const QString u = u"df021288-bdef-4463-88db-98f22de89214"_s;
    QTest::newRow("plain") << u << u << int(MatchRank::Exact);
    QTest::newRow("upper") << u.toUpper() << u << int(MatchRank::Exact);
    QTest::newRow("braces") << u'{' + u.toUpper() + u'}' << u << int(MatchRank::Exact);
    QTest::newRow("urn") << u"urn:uuid:"_s + u << u << int(MatchRank::Exact);
    QTest::newRow("urn-upper") << u"URN:UUID:"_s + u.toUpper() << u << int(MatchRank::Exact);
    QTest::newRow("no-dashes") << u"df021288bdef446388db98f22de89214"_s << u
                               << int(MatchRank::Exact);
    QTest::newRow("blanks") << u"  "_s + u + u"\t"_s << u << int(MatchRank::Exact);
    QTest::newRow("quoted") << u'"' + u + u'"' << u << int(MatchRank::Exact);
    QTest::newRow("prefix") << u"df021288-bdef"_s << u << int(MatchRank::Prefix);
    QTest::newRow("prefix-upper") << u"DF021288"_s << u << int(MatchRank::Prefix);
    QTest::newRow("middle") << u"88db-98f22de8"_s << u << int(MatchRank::Words);
    QTest::newRow("tail") << u"98f22de89214"_s << u << int(MatchRank::Words);
}

void TestCatalog::guidForms()
{
    QFETCH(QString, query);
    QFETCH(QString, expectedId);
    QFETCH(int, rank);
    const QList<Hit> hits = m_catalog.search(query);
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().entry->id, expectedId);
    QCOMPARE(int(hits.first().rank), rank);
}

void TestCatalog::ranking_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expectedValue");
    QTest::addColumn<int>("rank");
    QTest::addColumn<int>("maxPosition"); // within the hits of that kind

    QTest::newRow("exact value") << u"User.Read.All"_s << u"app-role"_s << u"User.Read.All"_s
                                 << int(MatchRank::Exact) << 0;
    QTest::newRow("exact, other case") << u"user.read.all"_s << u"app-role"_s << u"User.Read.All"_s
                                       << int(MatchRank::Exact) << 0;
    QTest::newRow("exact display name") << u"Read all users' full profiles"_s << u"app-role"_s
                                        << u"User.Read.All"_s << int(MatchRank::Exact) << 0;
    QTest::newRow("prefix") << u"AppRoleAssignment.Read"_s << u"app-role"_s
                            << u"AppRoleAssignment.ReadWrite.All"_s << int(MatchRank::Prefix) << 0;
    QTest::newRow("display name prefix") << u"read all users"_s << u"app-role"_s
                                         << u"User.Read.All"_s << int(MatchRank::Prefix) << 0;
    QTest::newRow("words any order") << u"user all read"_s << u"app-role"_s << u"User.Read.All"_s
                                     << int(MatchRank::Words) << 2;
    QTest::newRow("words shuffled") << u"all read user"_s << u"app-role"_s << u"User.Read.All"_s
                                    << int(MatchRank::Words) << 2;
    QTest::newRow("keyvault secrets") << u"keyvault secrets"_s << u"azure-role"_s
                                      << u"Key Vault Secrets User"_s << int(MatchRank::Words) << 3;
    QTest::newRow("role name") << u"Key Vault Secrets User"_s << u"azure-role"_s
                               << u"Key Vault Secrets User"_s << int(MatchRank::Exact) << 0;
    QTest::newRow("role prefix") << u"key vault secrets"_s << u"azure-role"_s
                                 << u"Key Vault Secrets Officer"_s << int(MatchRank::Prefix) << 1;
    QTest::newRow("former name") << u"Company Administrator"_s << u"directory-role"_s
                                 << u"Global Administrator"_s << int(MatchRank::Exact) << 0;
    QTest::newRow("description only") << u"full profiles signed-in"_s << u"scope"_s
                                      << u"User.Read.All"_s << int(MatchRank::Description) << 5;
    QTest::newRow("fragment") << u"ManageAsApp"_s << u"app-role"_s << u"Exchange.ManageAsApp"_s
                              << int(MatchRank::Words) << 0;
    QTest::newRow("identifier uri") << u"vault.azure.net"_s << u"app"_s << u"Azure Key Vault"_s
                                    << int(MatchRank::Words) << 0;
}

void TestCatalog::ranking()
{
    QFETCH(QString, query);
    QFETCH(QString, kind);
    QFETCH(QString, expectedValue);
    QFETCH(int, rank);
    QFETCH(int, maxPosition);
    const QList<Hit> hits = m_catalog.search(query, {kindFromKey(kind), 0});
    int pos = -1;
    for (int i = 0; i < hits.size(); ++i) {
        if (hits[i].entry->value == expectedValue) {
            pos = i;
            break;
        }
    }
    QVERIFY2(pos >= 0, qPrintable(u"%1 not found for %2"_s.arg(expectedValue, query)));
    QCOMPARE(int(hits[pos].rank), rank);
    QVERIFY2(pos <= maxPosition, qPrintable(u"position %1"_s.arg(pos)));
}

void TestCatalog::rankOrder()
{
    // "reader": the role "Reader" (exact) before "Reader and Data Access" (prefix) before
    // "Storage Blob Data Reader" (words) before description-only matches.
    const QList<Hit> hits = m_catalog.search(u"reader"_s);
    QVERIFY(hits.size() > 10);
    QCOMPARE(hits.first().rank, MatchRank::Exact);
    for (int i = 1; i < hits.size(); ++i)
        QVERIFY(int(hits[i - 1].rank) <= int(hits[i].rank));
    QStringList exact;
    for (const Hit &h : hits) {
        if (h.rank == MatchRank::Exact)
            exact.append(kindKey(h.entry->kind) + u':' + h.entry->value);
    }
    QVERIFY2(exact.contains(u"azure-role:Reader"_s), qPrintable(exact.join(u", ")));
    bool sawPrefix = false, sawWords = false, sawDesc = false;
    for (const Hit &h : hits) {
        sawPrefix |= h.rank == MatchRank::Prefix;
        sawWords |= h.rank == MatchRank::Words;
        sawDesc |= h.rank == MatchRank::Description;
    }
    QVERIFY(sawPrefix && sawWords && sawDesc);
}

void TestCatalog::kindFilterAndLimit()
{
    const QList<Hit> all = m_catalog.search(u"read"_s);
    const QList<Hit> limited = m_catalog.search(u"read"_s, {std::nullopt, 7});
    QCOMPARE(limited.size(), 7);
    for (int i = 0; i < 7; ++i)
        QCOMPARE(limited[i].entry, all[i].entry);
    const QList<Hit> roles = m_catalog.search(u"read"_s, {Kind::AzureRole, 0});
    QVERIFY(!roles.isEmpty());
    for (const Hit &h : roles)
        QCOMPARE(h.entry->kind, Kind::AzureRole);
}

void TestCatalog::twins()
{
    const QList<Hit> hits = m_catalog.search(u"User.Read.All"_s);
    QVERIFY(hits.size() >= 2);
    // Both halves are exact, clearly separate results.
    EntryPtr role, scope;
    for (const Hit &h : hits) {
        if (h.rank != MatchRank::Exact || h.entry->resourceAppId != Graph)
            continue;
        if (h.entry->kind == Kind::AppRole)
            role = h.entry;
        if (h.entry->kind == Kind::Scope)
            scope = h.entry;
    }
    QVERIFY(role && scope);
    QCOMPARE(role->id, u"df021288-bdef-4463-88db-98f22de89214"_s);
    QCOMPARE(scope->id, u"a154be20-db9c-4678-8ab7-66f6cc099a59"_s);
    QCOMPARE(role->twinId, scope->id);
    QCOMPARE(scope->twinId, role->id);
    QCOMPARE(m_catalog.twinOf(*scope), role);
    QCOMPARE(m_catalog.twinOf(*role), scope);

    // User.Export.All: the one value with the same GUID for both.
    const EntryPtr exportRole = m_catalog.appRole(Graph, u"405a51b5-8d8d-430b-9842-8be4b0e9f324"_s);
    QVERIFY(exportRole);
    QCOMPARE(exportRole->twinId, exportRole->id);
    QCOMPARE(m_catalog.byId(exportRole->id).size(), 2);

    // Application-only: no twin.
    const EntryPtr noTwin
            = m_catalog.permissionByValue(Kind::AppRole, Graph, u"Application.ReadWrite.OwnedBy"_s);
    QVERIFY(noTwin);
    QVERIFY(noTwin->twinId.isEmpty());
    QVERIFY(!m_catalog.twinOf(*noTwin));
}

void TestCatalog::sameGuidOnTwoResources()
{
    // Mail.Read on Graph and on Exchange Online share a GUID: the key is (resourceAppId, id).
    const QString id = u"810c84a8-4a9e-49e6-bf7d-12d183f40d01"_s;
    const EntryPtr graph = m_catalog.appRole(Graph, id);
    const EntryPtr exo = m_catalog.appRole(Exchange, id);
    QVERIFY(graph && exo);
    QVERIFY(graph != exo);
    QCOMPARE(graph->resourceName, u"Microsoft Graph"_s);
    QCOMPARE(exo->resourceName, u"Office 365 Exchange Online"_s);
    QVERIFY(m_catalog.byId(id).size() >= 2);
    QVERIFY(!m_catalog.appRole(u"11111111-1111-1111-1111-111111111111"_s, id));
}

void TestCatalog::tiers_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("tier");

    QTest::newRow("Application.ReadWrite.All")
            << u"app-role"_s << Graph << u"1bfefb4e-e0b5-418b-a88f-73c46d2cc8e9"_s << 0;
    QTest::newRow("RoleManagement.ReadWrite.Directory")
            << u"app-role"_s << Graph << u"9e3f62cf-ca93-4989-b6ce-bf83c28f9fe8"_s << 0;
    QTest::newRow("Global Administrator")
            << u"directory-role"_s << QString() << u"62e90394-69f5-4237-9190-012177145e10"_s << 0;
    QTest::newRow("Owner") << u"azure-role"_s << QString()
                           << u"8e3af657-a8ff-443c-a75c-2fe8c4bcb635"_s << 0;
    QTest::newRow("same GUID on Exchange is untiered")
            << u"app-role"_s << Exchange << u"810c84a8-4a9e-49e6-bf7d-12d183f40d01"_s << -1;
    QTest::newRow("scope untiered")
            << u"scope"_s << Graph << u"a154be20-db9c-4678-8ab7-66f6cc099a59"_s << -1;
    QTest::newRow("unknown") << u"azure-role"_s << QString()
                             << u"11111111-1111-1111-1111-111111111111"_s << -1;
}

void TestCatalog::tiers()
{
    QFETCH(QString, kind);
    QFETCH(QString, resource);
    QFETCH(QString, id);
    QFETCH(int, tier);
    const Kind k = *kindFromKey(kind);
    QCOMPARE(int(m_catalog.tierFor(k, resource, id)), tier);
    for (const EntryPtr &e : m_catalog.byId(id)) {
        if (e->kind == k && e->resourceAppId == resource)
            QCOMPARE(int(e->tier), tier);
    }
}

void TestCatalog::audience_data()
{
    QTest::addColumn<QString>("aud");
    QTest::addColumn<QString>("appId");
    QTest::newRow("graph uri") << u"https://graph.microsoft.com"_s << Graph;
    QTest::newRow("graph uri slash") << u"https://graph.microsoft.com/"_s << Graph;
    QTest::newRow("graph default") << u"https://graph.microsoft.com/.default"_s << Graph;
    QTest::newRow("graph appId") << Graph.toUpper() << Graph;
    QTest::newRow("arm") << u"https://management.azure.com/"_s
                         << u"797f4846-ba00-4fd7-ba43-dac1f8f63013"_s;
    QTest::newRow("arm core") << u"https://management.core.windows.net/"_s
                              << u"797f4846-ba00-4fd7-ba43-dac1f8f63013"_s;
    QTest::newRow("vault") << u"https://vault.azure.net"_s
                           << u"cfa8b339-82a2-471a-a3c9-0fc0be7a4093"_s;
    QTest::newRow("unknown") << u"https://example.com"_s << QString();
}

void TestCatalog::audience()
{
    QFETCH(QString, aud);
    QFETCH(QString, appId);
    const EntryPtr e = m_catalog.appByAudience(aud);
    if (appId.isEmpty()) {
        QVERIFY(!e);
    } else {
        QVERIFY(e);
        QCOMPARE(e->id, appId);
    }
}

void TestCatalog::badInput_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("expectHits");

    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blanks") << u"   \t  "_s << false;
    QTest::newRow("control only") << QString::fromUtf16(u"\u0001\u0002\u0007\u001b\u007f") << false;
    QTest::newRow("nul") << QString(3, QChar(0)) << false;
    QTest::newRow("10000 chars") << QString(10000, u'x') << false;
    // Cut to the first 256 characters; the repeated words count once.
    QTest::newRow("10000 char paste of a name")
            << QString(u"User.Read.All "_s).repeated(700) << true;
    QTest::newRow("control around value")
            << QString::fromUtf16(u"\u0002User.Read.All\u0003") << true;
    QTest::newRow("newline inside") << u"User.Read.All\n"_s << true;
    QTest::newRow("zero width") << QString::fromUtf16(u"User.Read.All\u200b") << true;
    QTest::newRow("emoji") << QString::fromUtf16(u"\U0001F600") << false;
    QTest::newRow("lone surrogate") << QString(1, QChar(0xd800)) << false;
    QTest::newRow("regex chars") << u".*[(?"_s << false;
    QTest::newRow("bad guid") << u"df021288-zzzz-4463"_s << false;
}

void TestCatalog::badInput()
{
    QFETCH(QString, query);
    QFETCH(bool, expectHits);
    QElapsedTimer t;
    t.start();
    const QList<Hit> hits = m_catalog.search(query);
    QVERIFY2(t.elapsed() < 200, "a bad query must not be slow");
    QCOMPARE(!hits.isEmpty(), expectHits);
    if (expectHits)
        QCOMPARE(hits.first().entry->value, u"User.Read.All"_s);
}

void TestCatalog::missingBundle()
{
    Catalog c;
    const auto r = c.loadBundled(u"/nonexistent/catalog"_s);
    QVERIFY(!r.ok());
    QVERIFY(!r.error().message.isEmpty());
    QVERIFY(!c.isLoaded());
    QVERIFY(c.search(u"User.Read.All"_s).isEmpty());
}

void TestCatalog::snapshotMerge()
{
    Catalog c;
    QVERIFY(c.loadBundled().ok());
    QSignalSpy changed(&c, &Catalog::changed);

    TenantSnapshot s;
    s.tenantId = u"aaaaaaaa-0000-0000-0000-000000000001"_s;
    s.fetchedAt = QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
    s.refreshedResources = {Graph};
    s.resourceObjectIds.insert(Graph, u"5b1a3c4e-0000-0000-0000-00000000000a"_s);
    // The tenant's Graph has User.Read.All but not Mail.Send, and a brand-new permission.
    Entry keep;
    keep.kind = Kind::AppRole;
    keep.id = u"df021288-bdef-4463-88db-98f22de89214"_s;
    keep.value = u"User.Read.All"_s;
    keep.displayName = u"Read all users' full profiles"_s;
    keep.resourceAppId = Graph;
    keep.resourceName = u"Microsoft Graph"_s;
    Entry fresh = keep;
    fresh.id = u"0badc0de-0000-4000-8000-000000000001"_s;
    fresh.value = u"Brand.New.All"_s;
    fresh.displayName = u"A brand new permission"_s;
    Entry own;
    own.kind = Kind::TenantAppRole;
    own.id = u"0badc0de-0000-4000-8000-000000000002"_s;
    own.value = u"Orders.Read"_s;
    own.displayName = u"Read orders"_s;
    own.resourceAppId = u"0badc0de-0000-4000-8000-0000000000aa"_s;
    own.resourceName = u"Contoso Orders API"_s;
    Entry custom;
    custom.kind = Kind::AzureRole;
    custom.id = u"0badc0de-0000-4000-8000-000000000003"_s;
    custom.value = u"Contoso Operator"_s;
    custom.displayName = custom.value;
    custom.customRole = true;
    custom.actions = {u"Microsoft.Compute/virtualMachines/start/action"_s};
    s.entries = {keep, fresh, own, custom};

    // Round trip through the cache format first.
    const auto parsed = TenantSnapshot::fromJson(s.toJson());
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->entries.size(), 4);
    QCOMPARE(parsed->resourceObjectIds.value(Graph), s.resourceObjectIds.value(Graph));
    c.setTenantSnapshot(*parsed);
    QCOMPARE(changed.size(), 1);

    const EntryPtr kept = c.appRole(Graph, keep.id);
    QVERIFY(kept);
    QCOMPARE(kept->liveState, LiveState::Confirmed);
    QCOMPARE(kept->origin, Origin::Bundled);
    const EntryPtr gone = c.permissionByValue(Kind::AppRole, Graph, u"Mail.Send"_s);
    QVERIFY(gone);
    QCOMPARE(gone->liveState, LiveState::Gone);
    const EntryPtr added = c.appRole(Graph, fresh.id);
    QVERIFY(added);
    QCOMPARE(added->liveState, LiveState::New);
    QCOMPARE(added->origin, Origin::Live);
    QCOMPARE(added->tenantId, s.tenantId);
    // The tenant's Graph lacks the delegated User.Read.All too; Exchange was not refreshed.
    QCOMPARE(c.scope(Graph, u"a154be20-db9c-4678-8ab7-66f6cc099a59"_s)->liveState, LiveState::Gone);
    QCOMPARE(c.appRole(Exchange, u"810c84a8-4a9e-49e6-bf7d-12d183f40d01"_s)->liveState,
             LiveState::Unknown);
    // Tenant app roles and custom roles are searchable.
    const QList<Hit> orders = c.search(u"orders read"_s);
    QVERIFY(!orders.isEmpty());
    QCOMPARE(orders.first().entry->kind, Kind::TenantAppRole);
    QCOMPARE(c.appRole(own.resourceAppId, own.id)->value, u"Orders.Read"_s);
    QVERIFY(c.azureRole(custom.id)->customRole);
    QCOMPARE(c.resourceObjectId(Graph.toUpper()), u"5b1a3c4e-0000-0000-0000-00000000000a"_s);

    c.clearTenantSnapshot();
    QCOMPARE(changed.size(), 2);
    QVERIFY(!c.appRole(Graph, fresh.id));
    QCOMPARE(c.permissionByValue(Kind::AppRole, Graph, u"Mail.Send"_s)->liveState,
             LiveState::Unknown);
}

void TestCatalog::cacheCorruption_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("garbage") << QByteArray("\x00\x01garbage", 9);
    QTest::newRow("truncated") << QByteArray(R"({"format":1,"tenantId":"t","fetchedAt":"2026-11-)");
    QTest::newRow("array") << QByteArray("[1,2,3]");
    QTest::newRow("wrong format") << QByteArray(R"({"format":99,"tenantId":"t","entries":[]})");
    QTest::newRow("no tenant") << QByteArray(
            R"({"format":1,"fetchedAt":"2026-11-24T12:00:00Z","entries":[]})");
    QTest::newRow("bad date") << QByteArray(
            R"({"format":1,"tenantId":"t","fetchedAt":"yesterday","entries":[]})");
    QTest::newRow("entries not array") << QByteArray(
            R"({"format":1,"tenantId":"t","fetchedAt":"2026-11-24T12:00:00Z","entries":{}})");
    QTest::newRow("bad kind") << QByteArray(
            R"({"format":1,"tenantId":"t","fetchedAt":"2026-11-24T12:00:00Z","entries":[{"kind":"bogus","id":"df021288-bdef-4463-88db-98f22de89214"}]})");
    QTest::newRow("bad id") << QByteArray(
            R"({"format":1,"tenantId":"t","fetchedAt":"2026-11-24T12:00:00Z","entries":[{"kind":"app-role","id":"not-a-guid"}]})");
}

void TestCatalog::cacheCorruption()
{
    QFETCH(QByteArray, json);
    const auto r = TenantSnapshot::fromJson(json);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ie::ApiError::Kind::Parse);
    QVERIFY(!r.error().message.isEmpty());
    // The bundled catalog is untouched.
    QCOMPARE(m_catalog.search(u"User.Read.All"_s).first().entry->id,
             u"df021288-bdef-4463-88db-98f22de89214"_s);
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
