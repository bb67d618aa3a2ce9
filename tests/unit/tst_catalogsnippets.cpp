#include "catalog/catalog.h"
#include "catalog/snippets.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ie::catalog;

class TestCatalogSnippets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void snippets_data();
    void snippets();
    void placeholders();
    void realIds();
    void noSnippets_data();
    void noSnippets();

private:
    Catalog m_catalog;
};

void TestCatalogSnippets::initTestCase()
{
    QVERIFY(m_catalog.loadBundled().ok());
}

void TestCatalogSnippets::snippets_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("snippet");
    QTest::addColumn<QStringList>("mustContain");

    const QString p = u"11111111-2222-3333-4444-555555555555"_s;
    const QString userReadAll = u"df021288-bdef-4463-88db-98f22de89214"_s;
    const QString kvsu = u"4633458b-17de-408a-b874-0445c86b69e6"_s;
    const QString ga = u"62e90394-69f5-4237-9190-012177145e10"_s;
    QTest::newRow("curl") << u"app-role"_s << userReadAll << u"curl"_s
                          << QStringList{u"curl -sS -X POST"_s,
                                         u"https://graph.microsoft.com/v1.0/servicePrincipals/"_s
                                                 + p + u"/appRoleAssignments"_s,
                                         u"\\\"appRoleId\\\": \\\""_s + userReadAll, p};
    QTest::newRow("az rest") << u"app-role"_s << userReadAll << u"az-rest"_s
                             << QStringList{u"az rest --method POST"_s, userReadAll, p};
    QTest::newRow("powershell") << u"app-role"_s << userReadAll << u"powershell"_s
                                << QStringList{u"New-MgServicePrincipalAppRoleAssignment"_s,
                                               u"-AppRoleId \""_s + userReadAll + u'"',
                                               u"-PrincipalId \""_s + p + u'"'};
    QTest::newRow("bicep") << u"app-role"_s << userReadAll << u"bicep"_s
                           << QStringList{u"extension microsoftGraphV1"_s,
                                          u"'Microsoft.Graph/appRoleAssignedTo@v1.0'"_s,
                                          u"appRoleId: '"_s + userReadAll + u'\''};
    QTest::newRow("terraform") << u"app-role"_s << userReadAll << u"terraform"_s
                               << QStringList{u"resource \"azuread_app_role_assignment\""_s,
                                              u"app_role_id         = \""_s + userReadAll,
                                              u"principal_object_id = \""_s + p};
    QTest::newRow("az role") << u"azure-role"_s << kvsu << u"az-role"_s
                             << QStringList{u"az role assignment create"_s,
                                            u"--role \""_s + kvsu + u'"',
                                            u"--assignee-object-id \""_s + p + u'"',
                                            u"--scope \"/subscriptions/s1/resourceGroups/rg\""_s};
    QTest::newRow("azurerm")
            << u"azure-role"_s << kvsu << u"terraform-rbac"_s
            << QStringList{u"resource \"azurerm_role_assignment\""_s,
                           u"/subscriptions/s1/providers/Microsoft.Authorization/roleDefinitions/"_s
                                   + kvsu,
                           u"principal_id       = \""_s + p};
    QTest::newRow("directory role")
            << u"directory-role"_s << ga << u"az-rest"_s
            << QStringList{u"/v1.0/roleManagement/directory/roleAssignments"_s, ga, p};
}

void TestCatalogSnippets::snippets()
{
    QFETCH(QString, kind);
    QFETCH(QString, id);
    QFETCH(QString, snippet);
    QFETCH(QStringList, mustContain);
    EntryPtr e = kind == "app-role"_L1
            ? m_catalog.appRole(QLatin1StringView(Catalog::GraphAppId), id)
            : (kind == "azure-role"_L1 ? m_catalog.azureRole(id) : m_catalog.directoryRole(id));
    QVERIFY(e);
    SnippetTarget t;
    t.principalObjectId = u"11111111-2222-3333-4444-555555555555"_s;
    t.scope = u"/subscriptions/s1/resourceGroups/rg"_s;
    const QList<Snippet> all = snippetsFor(*e, t);
    const auto it = std::find_if(all.begin(), all.end(),
                                 [&](const Snippet &s) { return s.id == snippet; });
    QVERIFY2(it != all.end(), qPrintable(snippet));
    QVERIFY(!it->title.isEmpty());
    for (const QString &m : std::as_const(mustContain))
        QVERIFY2(it->text.contains(m), qPrintable(m + u"\n---\n"_s + it->text));
    QVERIFY(!it->text.contains(u"<principal-object-id>"_s));
    QVERIFY(!it->text.contains(u"%1"_s));
}

void TestCatalogSnippets::placeholders()
{
    const EntryPtr e = m_catalog.permissionByValue(
            Kind::AppRole, QLatin1StringView(Catalog::GraphAppId), u"Mail.Send"_s);
    QVERIFY(e);
    const QList<Snippet> all = snippetsFor(*e);
    QCOMPARE(all.size(), 5);
    for (const Snippet &s : all) {
        QVERIFY2(s.text.contains(u"<principal-object-id>"_s), qPrintable(s.id));
        // The resource is looked up by appId where the tenant's object id is unknown.
        QVERIFY2(s.text.contains(QLatin1StringView(Catalog::GraphAppId)), qPrintable(s.id));
    }
    const EntryPtr role = m_catalog.azureRole(u"acdd72a7-3385-48ef-bd42-f606fba81ae7"_s);
    for (const Snippet &s : snippetsFor(*role))
        QVERIFY(s.text.contains(u"<principal-object-id>"_s));
}

void TestCatalogSnippets::realIds()
{
    const EntryPtr e = m_catalog.appRole(QLatin1StringView(Catalog::GraphAppId),
                                         u"df021288-bdef-4463-88db-98f22de89214"_s);
    SnippetTarget t;
    t.principalObjectId = u"aaaaaaaa-0000-0000-0000-000000000001"_s;
    t.resourceObjectId = u"bbbbbbbb-0000-0000-0000-000000000002"_s;
    t.graphUrl = u"https://graph.microsoft.us/"_s;
    for (const Snippet &s : snippetsFor(*e, t)) {
        QVERIFY2(s.text.contains(t.resourceObjectId), qPrintable(s.id));
        QVERIFY2(!s.text.contains(u"az ad sp show"_s), qPrintable(s.id));
        QVERIFY2(!s.text.contains(u"data.azuread_service_principal"_s), qPrintable(s.id));
        if (s.id == "curl"_L1 || s.id == "az-rest"_L1)
            QVERIFY(s.text.contains(u"https://graph.microsoft.us/v1.0/"_s));
    }
}

void TestCatalogSnippets::noSnippets_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("scope") << u"a154be20-db9c-4678-8ab7-66f6cc099a59"_s;
    QTest::newRow("app") << u"00000003-0000-0000-c000-000000000000"_s;
}

void TestCatalogSnippets::noSnippets()
{
    QFETCH(QString, query);
    const QList<Hit> hits = m_catalog.search(query);
    QVERIFY(!hits.isEmpty());
    QVERIFY(snippetsFor(*hits.first().entry).isEmpty());
}

QTEST_GUILESS_MAIN(TestCatalogSnippets)
#include "tst_catalogsnippets.moc"
