// Microsoft Entra Agent ID in the core (docs/agents.md): the Graph v1.0 reference's example
// responses (tests/data/agents) parse, and what an agent inherits from its blueprint follows the
// blueprint's inheritable permissions over its principal's admin consent.

#include "permissions/agentinheritance.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ie::permissions;

class TestAgentInheritance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void agentIdentityExample();
    void mixedPageKeepsAgentsOnly();
    void inheritablePermissionsExample();
    void sponsorsExample();
    void inherited_data();
    void inherited();
    void otherBlueprintInheritsNothing();
    void keys();

private:
    static QJsonObject fixture(const QString &name)
    {
        QFile f(ie::test::testDataDir() + u"/agents/"_s + name);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", qPrintable(name));
        return QJsonDocument::fromJson(f.readAll()).object();
    }
    static AgentBlueprintInfo exampleBlueprint()
    {
        AgentBlueprintInfo b;
        b.id = u"bc057821-f236-49d6-9f2c-1ebf43e9437a"_s;
        b.appId = u"00001111-aaaa-2222-bbbb-3333cccc4444"_s;
        b.displayName = u"My Agent Blueprint"_s;
        b.inheritable = parseInheritablePermissions(
                fixture(u"inheritablepermissions-list.json"_s).value("value"_L1).toArray());
        return b;
    }
};

void TestAgentInheritance::agentIdentityExample()
{
    const auto agents = parseAgentIdentities(fixture(u"agentidentity-list.json"_s).value("value"_L1).toArray());
    QCOMPARE(agents.size(), 1);
    QCOMPARE(agents[0].id, u"1b7313c4-05d0-4a08-88e3-7b76c003a0a2"_s);
    QCOMPARE(agents[0].displayName, u"My Agent Identity"_s);
    QCOMPARE(agents[0].blueprintAppId, u"00001111-aaaa-2222-bbbb-3333cccc4444"_s);
    QCOMPARE(agents[0].createdByAppId, u"00001111-aaaa-2222-bbbb-3333cccc4444"_s);
}

void TestAgentInheritance::mixedPageKeepsAgentsOnly()
{
    QJsonArray page = fixture(u"agentidentityblueprintprincipal-list.json"_s).value("value"_L1).toArray();
    QJsonObject agent = fixture(u"agentidentity-list.json"_s).value("value"_L1)[0].toObject();
    agent.insert("@odata.type"_L1, "#microsoft.graph.agentIdentity"_L1);
    page.append(agent);
    const auto agents = parseAgentIdentities(page);
    QCOMPARE(agents.size(), 1);
    QCOMPARE(agents[0].id, agent.value("id"_L1).toString());
}

void TestAgentInheritance::inheritablePermissionsExample()
{
    const auto rules = exampleBlueprint().inheritable;
    QCOMPARE(rules.size(), 3);
    QCOMPARE(rules[0].pattern, InheritableScopes::Pattern::Enumerated);
    QCOMPARE(rules[0].scopes, (QStringList{u"User.Read"_s, u"Mail.Read"_s}));
    QCOMPARE(rules[1].pattern, InheritableScopes::Pattern::AllAllowed);
    QCOMPARE(rules[1].resourceAppId, u"00000003-0000-0ff1-ce00-000000000000"_s);
    QCOMPARE(rules[2].pattern, InheritableScopes::Pattern::None);
}

void TestAgentInheritance::sponsorsExample()
{
    // A directoryObject without a name: its id stands for it.
    QCOMPARE(parseSponsors(fixture(u"agentidentity-list-sponsors.json"_s).value("value"_L1).toArray()),
             QStringList{u"a6c034b8-621b-dee3-6abb-52cbce801fe9"_s});
    const QJsonArray users{QJsonObject{{"displayName"_L1, "Megan Bowen"_L1}},
                           QJsonObject{{"userPrincipalName"_L1, "lidia@contoso.onmicrosoft.com"_L1}}};
    QCOMPARE(parseSponsors(users), (QStringList{u"Megan Bowen"_s, u"lidia@contoso.onmicrosoft.com"_s}));
}

void TestAgentInheritance::inherited_data()
{
    QTest::addColumn<QString>("resourceAppId");
    QTest::addColumn<QString>("consentType");
    QTest::addColumn<QString>("granted");
    QTest::addColumn<QStringList>("inherited");
    const QString graph = u"00000003-0000-0000-c000-000000000000"_s;
    QTest::newRow("enumerated") << graph << u"AllPrincipals"_s << u"User.Read Mail.Read Calendars.Read"_s
                                << QStringList{u"User.Read"_s, u"Mail.Read"_s};
    QTest::newRow("enumerated-case") << graph << u"AllPrincipals"_s << u"user.read"_s
                                     << QStringList{u"user.read"_s};
    QTest::newRow("all-allowed") << u"00000003-0000-0ff1-ce00-000000000000"_s << u"AllPrincipals"_s
                                 << u"Sites.Read.All AllSites.Read"_s
                                 << QStringList{u"Sites.Read.All"_s, u"AllSites.Read"_s};
    QTest::newRow("none") << u"a4294fb4-199a-45eb-b2bb-405ae558f61a"_s << u"AllPrincipals"_s << u"x"_s
                          << QStringList{};
    QTest::newRow("not-configured") << u"797f4846-ba00-4fd7-ba43-dac1f8f63013"_s << u"AllPrincipals"_s
                                    << u"user_impersonation"_s << QStringList{};
    QTest::newRow("one-user-consent") << graph << u"Principal"_s << u"User.Read"_s << QStringList{};
}

void TestAgentInheritance::inherited()
{
    QFETCH(QString, resourceAppId);
    QFETCH(QString, consentType);
    QFETCH(QString, granted);
    QFETCH(QStringList, inherited);
    const auto agent = parseAgentIdentities(fixture(u"agentidentity-list.json"_s).value("value"_L1).toArray()).first();
    BlueprintGrant g;
    g.id = u"grant-1"_s;
    g.resourceId = u"6f1e2d3c-0001-4b5a-9c8d-7e6f5a4b3c2d"_s;
    g.resourceAppId = resourceAppId;
    g.resourceName = u"Resource"_s;
    g.consentType = consentType;
    g.scopes = granted.split(u' ');
    const auto held = inheritedFromBlueprint(agent, exampleBlueprint(), {g});
    QStringList names;
    for (const HeldPermission &p : held) {
        names.append(p.roleName);
        QCOMPARE(p.kind, Kind::DelegatedGrant); // the blueprint's grant, one scope a row
        QCOMPARE(p.source, Source::Blueprint);
        QCOMPARE(p.sourceName, u"My Agent Blueprint"_s);
        QCOMPARE(p.principalId, agent.id);
        QCOMPARE(p.resourceAppId, resourceAppId);
        QCOMPARE(p.assignmentId, u"grant-1"_s);
    }
    QCOMPARE(names, inherited);
}

void TestAgentInheritance::otherBlueprintInheritsNothing()
{
    auto agent = parseAgentIdentities(fixture(u"agentidentity-list.json"_s).value("value"_L1).toArray()).first();
    agent.blueprintAppId = u"99999999-aaaa-2222-bbbb-3333cccc4444"_s;
    BlueprintGrant g;
    g.resourceAppId = u"00000003-0000-0000-c000-000000000000"_s;
    g.consentType = u"AllPrincipals"_s;
    g.scopes = {u"User.Read"_s};
    QVERIFY(inheritedFromBlueprint(agent, exampleBlueprint(), {g}).isEmpty());
}

void TestAgentInheritance::keys()
{
    QCOMPARE(kindKey(Kind::DelegatedGrant), u"delegated-grant"_s);
    QCOMPARE(sourceKey(Source::Blueprint), u"blueprint"_s);
}

QTEST_GUILESS_MAIN(TestAgentInheritance)
#include "tst_agentinheritance.moc"
