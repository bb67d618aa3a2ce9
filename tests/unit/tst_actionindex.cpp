// The Azure half of "what does it need?": ActionIndex over the bundled built-in role
// definitions. Every expected result was checked by hand against
// resources/catalog/azure-builtin-roles.json; the comment next to it names the role definition
// that makes it so. Operation counts are over the universe of concrete operations the bundled
// roles name (3,172 control-plane, 848 data-plane in the bundle of 2026-08-22) and were
// recomputed independently with a throwaway script over the same JSON.

#include "catalog/actionindex.h"
#include "catalog/catalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ie::catalog;

namespace {

QStringList names(const QList<RoleGrant> &grants, int n = -1)
{
    QStringList out;
    for (const RoleGrant &g : grants) {
        if (n >= 0 && out.size() >= n)
            break;
        out.append(g.role->value);
    }
    return out;
}

const RoleGrant *find(const QList<RoleGrant> &grants, const QString &name)
{
    for (const RoleGrant &g : grants) {
        if (g.role->value == name)
            return &g;
    }
    return nullptr;
}

EntryPtr role(const QString &name, QList<RolePermission> blocks)
{
    auto e = std::make_shared<Entry>();
    e->kind = Kind::AzureRole;
    e->id = QUuid::createUuidV5(QUuid(), name).toString(QUuid::WithoutBraces);
    e->value = name;
    e->displayName = name;
    e->permissions = std::move(blocks);
    return e;
}

} // namespace

class TestActionIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void wildcardMatch_data();
    void wildcardMatch();
    void universe();
    void dataActionRanked();
    void caseInsensitive();
    void wildcardsExpanded();
    void notActionsSubtracted();
    void tierMarks();
    void planesApart();
    void planePrefix();
    void severalSmallestCover();
    void noBuiltInRoleSuggestsCustom();
    void ratioSuggestsCustom();
    void unknownSuggests();
    void invalidInput();
    void blocksEvaluatedApart();
    void reverse();
    void reverseByGuidAndFormer();
    void customRoleExports();

private:
    Catalog m_catalog;
    ActionIndex m_index;
};

void TestActionIndex::initTestCase()
{
    QVERIFY(m_catalog.loadBundled().ok());
    m_index = ActionIndex(m_catalog.entries());
}

void TestActionIndex::wildcardMatch_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("matches");
    const QString secret = u"Microsoft.KeyVault/vaults/secrets/getSecret/action"_s;
    QTest::newRow("star") << u"*"_s << secret << true;
    QTest::newRow("provider star") << u"Microsoft.KeyVault/*"_s << secret << true;
    QTest::newRow("other provider") << u"Microsoft.Storage/*"_s << secret << false;
    QTest::newRow("star read, across segments")
            << u"*/read"_s << u"Microsoft.Storage/storageAccounts/read"_s << true;
    QTest::newRow("star read, not action") << u"*/read"_s << secret << false;
    QTest::newRow("middle star spans segments")
            << u"Microsoft.Authorization/*/Write"_s
            << u"Microsoft.Authorization/roleAssignments/write"_s << true;
    QTest::newRow("blob star")
            << u"Microsoft.Storage/storageAccounts/blobServices/containers/blobs/*"_s
            << u"Microsoft.Storage/storageAccounts/blobServices/containers/blobs/tags/write"_s
            << true;
    QTest::newRow("case") << u"microsoft.keyvault/VAULTS/*"_s << secret << true;
    QTest::newRow("exact") << secret << secret.toUpper() << true;
    QTest::newRow("prefix only") << u"Microsoft.KeyVault/vaults"_s << secret << false;
    QTest::newRow("two stars") << u"Microsoft.*/*/read"_s << u"Microsoft.Web/sites/read"_s << true;
    QTest::newRow("star needs the tail") << u"*/read"_s << u"read"_s << false;
}

void TestActionIndex::wildcardMatch()
{
    QFETCH(QString, pattern);
    QFETCH(QString, action);
    QFETCH(bool, matches);
    QCOMPARE(actionMatches(pattern, action), matches);
}

void TestActionIndex::universe()
{
    // 928 built-in roles in the bundle; the 18 removed ones have no permissions and are left out.
    QCOMPARE(m_index.roleCount(), 928);
    // 3,173 distinct strings, one of them "Microsoft.Network/virtualNetworks/read " (with a
    // space, in Azure Resilience Management Drills Target Resource Administrator): trimmed, it
    // is the operation other roles name, so 3,172 operations.
    QCOMPARE(m_index.operationCount(ActionPlane::Control), 3172);
    QCOMPARE(m_index.operationCount(ActionPlane::Data), 848);
    // Owner: actions ["*"], no dataActions: every control-plane operation of the universe.
    QCOMPARE(m_index.operationsOf(m_index.findRole(u"Owner"_s)), 3172);
    // Reader: actions ["*/read"].
    QCOMPARE(m_index.operationsOf(m_index.findRole(u"Reader"_s)), 1087);
}

void TestActionIndex::dataActionRanked()
{
    const ActionResolution r = m_index.resolve(
            ActionQuery::parse(u"Microsoft.KeyVault/vaults/secrets/getSecret/action"_s));
    QCOMPARE(r.status, ActionStatus::Resolved);
    // Named only in dataActions by any role: a data action.
    QCOMPARE(r.plane, ActionPlane::Data);
    QVERIFY(!r.alsoOtherPlane);
    // Key Vault Secrets User: dataActions [secrets/getSecret/action, secrets/readMetadata/action]
    // = 2 operations. Key Vault Certificate User: certificates/read, secrets/getSecret/action,
    // secrets/readMetadata/action, keys/read = 4. Key Vault Secrets Officer: secrets/* (58 with
    // its control-plane actions). Key Vault Administrator: Microsoft.KeyVault/vaults/* data
    // (70). Nothing else grants it: Owner's "*" is control plane only.
    QCOMPARE(names(r.roles),
             (QStringList{u"Key Vault Secrets User"_s, u"Key Vault Certificate User"_s,
                          u"Key Vault Secrets Officer"_s, u"Key Vault Administrator"_s}));
    QCOMPARE(r.roles.at(0).operations, 2);
    QCOMPARE(r.roles.at(0).matchedBy, u"Microsoft.KeyVault/vaults/secrets/getSecret/action"_s);
    QCOMPARE(r.roles.at(1).operations, 4);
    QCOMPARE(r.roles.at(2).operations, 58);
    QCOMPARE(r.roles.at(3).operations, 70);
    QVERIFY(!find(r.roles, u"Owner"_s));
}

void TestActionIndex::caseInsensitive()
{
    const ActionResolution r = m_index.resolve(
            ActionQuery::parse(u"  microsoft.keyvault/VAULTS/secrets/getsecret/ACTION "_s));
    QCOMPARE(r.status, ActionStatus::Resolved);
    // The data's own spelling comes back.
    QCOMPARE(r.action, u"Microsoft.KeyVault/vaults/secrets/getSecret/action"_s);
    QCOMPARE(names(r.roles, 1), QStringList{u"Key Vault Secrets User"_s});
}

void TestActionIndex::wildcardsExpanded()
{
    const ActionResolution r
            = m_index.resolve(ActionQuery::parse(u"Microsoft.KeyVault/vaults/read"_s));
    QCOMPARE(r.status, ActionStatus::Resolved);
    QCOMPARE(r.plane, ActionPlane::Control);
    // Operator Nexus Key Vault Writer Service Role (Preview): actions [vaults/read], dataActions
    // [vaults/secrets/setSecret/action] = 2, the smallest.
    QCOMPARE(names(r.roles, 2),
             (QStringList{u"Operator Nexus Key Vault Writer Service Role (Preview)"_s,
                          u"Key Vault Contributor"_s}));
    // Key Vault Contributor: "Microsoft.KeyVault/*" (minus purge, hsmPools/*, managedHsms/*).
    const RoleGrant *kv = find(r.roles, u"Key Vault Contributor"_s);
    QVERIFY(kv);
    QCOMPARE(kv->matchedBy, u"Microsoft.KeyVault/*"_s);
    QCOMPARE(kv->operations, 62);
    // Reader: "*/read".
    const RoleGrant *reader = find(r.roles, u"Reader"_s);
    QVERIFY(reader);
    QCOMPARE(reader->matchedBy, u"*/read"_s);
    // Owner: "*", the largest.
    QCOMPARE(r.roles.last().role->value, u"Owner"_s);
    QCOMPARE(r.roles.last().matchedBy, u"*"_s);
    QCOMPARE(r.roles.size(), 25);
    // Ranked: never a larger role before a smaller one.
    for (int i = 1; i < r.roles.size(); ++i)
        QVERIFY(r.roles.at(i - 1).operations <= r.roles.at(i).operations);
}

void TestActionIndex::notActionsSubtracted()
{
    // Key Vault Contributor: actions "Microsoft.KeyVault/*", notActions
    // "Microsoft.KeyVault/locations/deletedVaults/purge/action": not granted. Contributor:
    // "*" minus nothing KeyVault: granted. Key Vault Purge Operator names it (49 operations).
    const ActionResolution purge = m_index.resolve(
            ActionQuery::parse(u"Microsoft.KeyVault/locations/deletedVaults/purge/action"_s));
    QCOMPARE(purge.status, ActionStatus::Resolved);
    QVERIFY(!find(purge.roles, u"Key Vault Contributor"_s));
    QVERIFY(find(purge.roles, u"Contributor"_s));
    QCOMPARE(names(purge.roles),
             (QStringList{u"Key Vault Purge Operator"_s, u"Azure AI Administrator"_s,
                          u"Contributor"_s, u"Owner"_s}));
    QCOMPARE(purge.roles.at(0).operations, 49);

    // Contributor: notActions "Microsoft.Authorization/*/Write" takes role assignments away
    // (a '*' across one segment, another case). 28 roles grant it; the smallest are DevCenter
    // Owner and Key Vault Data Access Administrator (44 each, ties by name).
    const ActionResolution write = m_index.resolve(
            ActionQuery::parse(u"Microsoft.Authorization/roleAssignments/write"_s));
    QCOMPARE(write.status, ActionStatus::Resolved);
    QVERIFY(!find(write.roles, u"Contributor"_s));
    QCOMPARE(write.roles.size(), 28);
    QCOMPARE(names(write.roles, 2),
             (QStringList{u"DevCenter Owner"_s, u"Key Vault Data Access Administrator"_s}));
    QCOMPARE(write.roles.at(0).operations, 44);
    // Key Vault Data Access Administrator grants it under an ABAC condition (which roles it may
    // assign).
    QVERIFY(find(write.roles, u"Key Vault Data Access Administrator"_s)->conditional);
    QVERIFY(!find(write.roles, u"Owner"_s)->conditional);
}

void TestActionIndex::tierMarks()
{
    const ActionResolution write = m_index.resolve(
            ActionQuery::parse(u"Microsoft.Authorization/roleAssignments/write"_s));
    // privilege-tiers.json: Owner, User Access Administrator, Role Based Access Control
    // Administrator are tier 0.
    for (const QString &n : {u"Owner"_s, u"User Access Administrator"_s,
                             u"Role Based Access Control Administrator"_s}) {
        const RoleGrant *g = find(write.roles, n);
        QVERIFY2(g, qPrintable(n));
        QCOMPARE(g->role->tier, Tier::Tier0);
    }
    // Key Vault Secrets User is tier 1 there.
    const ActionResolution secret = m_index.resolve(
            ActionQuery::parse(u"Microsoft.KeyVault/vaults/secrets/getSecret/action"_s));
    QCOMPARE(secret.roles.at(0).role->tier, Tier::Tier1);
}

void TestActionIndex::planesApart()
{
    // Storage Blob Data Reader: blobs/read is a dataAction; the control-plane actions are
    // containers/read and generateUserDelegationKey/action: 3 operations.
    const QString blobRead
            = u"Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read"_s;
    const ActionResolution data = m_index.resolve(ActionQuery::parse(blobRead));
    QCOMPARE(data.plane, ActionPlane::Data);
    QCOMPARE(names(data.roles, 1), QStringList{u"Storage Blob Data Reader"_s});
    QCOMPARE(data.roles.at(0).operations, 3);
    QVERIFY(!find(data.roles, u"Owner"_s)); // "*" is an action, not a dataAction
    QVERIFY(!find(data.roles, u"Reader"_s)); // "*/read" likewise
    QCOMPARE(data.roles.size(), 15);

    // Asked as a control-plane action the same string is unknown there, and Owner's "*" would
    // match it: nothing is mixed up.
    const ActionResolution control = m_index.resolve(ActionQuery::parse(u"control:"_s + blobRead));
    QCOMPARE(control.plane, ActionPlane::Control);
    QCOMPARE(control.status, ActionStatus::Unknown);
    QVERIFY(find(control.roles, u"Owner"_s));
    QVERIFY(!find(control.roles, u"Storage Blob Data Reader"_s));
}

void TestActionIndex::planePrefix()
{
    // Named both as an action and as a dataAction: "auto" takes the control plane and says so.
    // Control: Azure API Center Compliance Manager (2 operations) names it in actions; data:
    // Azure API Center Data Reader (3) names it in dataActions.
    const QString both = u"Microsoft.ApiCenter/services/workspaces/apis/versions/definitions/"
                         "exportSpecification/action"_s;
    const ActionResolution c = m_index.resolve(ActionQuery::parse(both));
    QCOMPARE(c.plane, ActionPlane::Control);
    QVERIFY(c.alsoOtherPlane);
    QCOMPARE(names(c.roles, 1), QStringList{u"Azure API Center Compliance Manager"_s});
    const ActionResolution d = m_index.resolve(ActionQuery::parse(u"data:"_s + both));
    QCOMPARE(d.plane, ActionPlane::Data);
    QVERIFY(d.alsoOtherPlane);
    QCOMPARE(names(d.roles, 1), QStringList{u"Azure API Center Data Reader"_s});
    QCOMPARE(d.roles.at(0).operations, 3);
}

void TestActionIndex::severalSmallestCover()
{
    // blobs/read + blobs/write: CosmosDB Fleet Analytics Storage Data Writer (dataActions
    // blobs/delete, read, write, add/action + containers/write, read = 6) is smaller than
    // Storage Blob Data Contributor (9) and Storage Blob Data Owner (13).
    const CoverResult c = m_index.cover(
            {ActionQuery::parse(
                     u"Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read"_s),
             ActionQuery::parse(
                     u"Microsoft.Storage/storageAccounts/blobServices/containers/blobs/write"_s),
             // the same again, other case: counted once
             ActionQuery::parse(
                     u"microsoft.storage/storageaccounts/blobservices/containers/blobs/READ"_s)});
    QVERIFY(c.allResolved());
    QCOMPARE(c.requested, 2);
    QCOMPARE(names(c.covering, 3),
             (QStringList{u"CosmosDB Fleet Analytics Storage Data Writer"_s,
                          u"Storage Blob Data Contributor"_s, u"Storage Blob Data Owner"_s}));
    QCOMPARE(c.covering.at(0).operations, 6);
    QVERIFY(!c.customSuggested); // 6 <= 50 * 2
    // Storage Blob Data Reader grants only one of the two.
    QVERIFY(!find(c.covering, u"Storage Blob Data Reader"_s));
}

void TestActionIndex::noBuiltInRoleSuggestsCustom()
{
    // A role assignment write (control plane: 28 roles, Owner, User Access Administrator, Key
    // Vault Data Access Administrator, ...) and a Key Vault secret read (data plane: only Key
    // Vault Secrets User, Certificate User, Secrets Officer and Administrator, whose actions
    // have no roleAssignments/write; Key Vault Data Access Administrator has no dataActions):
    // no built-in role does both.
    const CoverResult c = m_index.cover(
            {ActionQuery::parse(u"Microsoft.Authorization/roleAssignments/write"_s),
             ActionQuery::parse(u"Microsoft.KeyVault/vaults/secrets/getSecret/action"_s)},
            {50, u"/subscriptions/0000/resourceGroups/rg"_s, {}});
    QVERIFY(c.allResolved());
    QVERIFY(c.covering.isEmpty());
    QVERIFY(c.customSuggested);
    QCOMPARE(c.customReason, u"none"_s);
    QCOMPARE(c.custom.actions, QStringList{u"Microsoft.Authorization/roleAssignments/write"_s});
    QCOMPARE(c.custom.dataActions,
             QStringList{u"Microsoft.KeyVault/vaults/secrets/getSecret/action"_s});
    QCOMPARE(c.custom.assignableScopes, QStringList{u"/subscriptions/0000/resourceGroups/rg"_s});
}

void TestActionIndex::ratioSuggestsCustom()
{
    // Microsoft.Compute/virtualMachines/start/action: the smallest role naming it is Desktop
    // Virtualization Power On Contributor with 55 operations, more than 50 x 1.
    const CoverResult c = m_index.cover(
            {ActionQuery::parse(u"Microsoft.Compute/virtualMachines/start/action"_s)});
    QCOMPARE(names(c.covering, 1), QStringList{u"Desktop Virtualization Power On Contributor"_s});
    QCOMPARE(c.covering.at(0).operations, 55);
    QVERIFY(c.customSuggested);
    QCOMPARE(c.customReason, u"ratio"_s);
    QCOMPARE(c.custom.actions, QStringList{u"Microsoft.Compute/virtualMachines/start/action"_s});
    QCOMPARE(c.custom.assignableScopes, QStringList{u"/subscriptions/{subscriptionId}"_s});
    // With a larger ratio the built-in role is close enough.
    CoverOptions wide;
    wide.maxRatio = 60;
    QVERIFY(!m_index.cover({ActionQuery::parse(
                                   u"Microsoft.Compute/virtualMachines/start/action"_s)},
                           wide)
                     .customSuggested);
    // The single-secret case: Key Vault Secrets User (2 operations) is close.
    QVERIFY(!m_index.cover({ActionQuery::parse(
                                   u"Microsoft.KeyVault/vaults/secrets/getSecret/action"_s)})
                     .customSuggested);
}

void TestActionIndex::unknownSuggests()
{
    // A typo of getSecret: no role names it; the real operation is the nearest, and its plane
    // (data) is taken, so only data-plane wildcards are tried: Key Vault Secrets Officer's
    // dataActions "Microsoft.KeyVault/vaults/secrets/*" would match it if it existed.
    const ActionResolution r = m_index.resolve(
            ActionQuery::parse(u"Microsoft.KeyVault/vaults/secrets/getSecrt/action"_s));
    QCOMPARE(r.status, ActionStatus::Unknown);
    QVERIFY(!r.resolved());
    QCOMPARE(r.suggestions.value(0), u"Microsoft.KeyVault/vaults/secrets/getSecret/action"_s);
    QCOMPARE(r.plane, ActionPlane::Data);
    QVERIFY(find(r.roles, u"Key Vault Secrets Officer"_s));
    QVERIFY(!find(r.roles, u"Key Vault Secrets User"_s)); // names only the two exact operations

    // A half-typed operation: the completions come first, shortest first.
    const QStringList s = m_index.suggestions(u"Microsoft.KeyVault/vaults/secrets/get"_s, 3);
    QCOMPARE(s.value(0), u"Microsoft.KeyVault/vaults/secrets/getSecret/action"_s);

    // Nothing near: no suggestion rather than noise.
    QVERIFY(m_index.suggestions(u"zzzzzzzz"_s).isEmpty());

    // A batch with an unknown one still covers the known ones.
    const CoverResult c = m_index.cover(
            {ActionQuery::parse(u"Microsoft.KeyVault/vaults/secrets/getSecret/action"_s),
             ActionQuery::parse(u"Microsoft.Nothing/nowhere/read"_s)});
    QVERIFY(!c.allResolved());
    QCOMPARE(c.requested, 1);
    QCOMPARE(names(c.covering, 1), QStringList{u"Key Vault Secrets User"_s});
    QCOMPARE(c.actions.at(1).status, ActionStatus::Unknown);
}

void TestActionIndex::invalidInput()
{
    QCOMPARE(m_index.resolve(ActionQuery::parse(u"   "_s)).status, ActionStatus::Invalid);
    QCOMPARE(m_index.resolve(ActionQuery::parse(u"Microsoft.KeyVault/*"_s)).status,
             ActionStatus::Invalid);
    QCOMPARE(m_index.resolve(ActionQuery::parse(u"data:"_s)).status, ActionStatus::Invalid);
    // No provider/type form: not an operation (else Owner's "*" would match any word).
    QCOMPARE(m_index.resolve(ActionQuery::parse(u"getSecret"_s)).status, ActionStatus::Invalid);
}

void TestActionIndex::blocksEvaluatedApart()
{
    // ARM evaluates each permission block on its own: a notAction of one block takes nothing
    // from another block. (No bundled role has such a pair today, so the roles are made up.)
    const QString write = u"Contoso.Widgets/widgets/write"_s;
    const QString read = u"Contoso.Widgets/widgets/read"_s;
    const EntryPtr split = role(u"Split"_s,
                                {RolePermission{{u"Contoso.Widgets/*"_s}, {write}, {}, {}, {}},
                                 RolePermission{{write}, {}, {}, {}, u"@Resource[x] == 'y'"_s}});
    const EntryPtr readOnly = role(u"Read only"_s, {RolePermission{{read}, {}, {}, {}, {}}});
    ActionIndex index({split, readOnly});
    QCOMPARE(index.operationCount(), 2);
    const ActionResolution w = index.resolve(ActionQuery::parse(write));
    QCOMPARE(names(w.roles), QStringList{u"Split"_s});
    QVERIFY(w.roles.at(0).conditional); // only the conditional block grants it
    QCOMPARE(w.roles.at(0).matchedBy, write);
    const ActionResolution r = index.resolve(ActionQuery::parse(read));
    // "Read only" grants 1 operation, "Split" 2 (read by its wildcard, write by its second
    // block): "Read only" first.
    QCOMPARE(names(r.roles), (QStringList{u"Read only"_s, u"Split"_s}));
    QVERIFY(!r.roles.at(1).conditional);
    // A known operation no role grants: no built-in role, custom role suggested.
    const EntryPtr denyAll = role(u"Deny"_s, {RolePermission{{}, {read}, {}, {}, {}}});
    ActionIndex none({denyAll});
    QCOMPARE(none.resolve(ActionQuery::parse(read)).status, ActionStatus::NoRole);
    const CoverResult c = none.cover({ActionQuery::parse(read)});
    QVERIFY(c.customSuggested);
    QCOMPARE(c.custom.actions, QStringList{read});
}

void TestActionIndex::reverse()
{
    // Key Vault Secrets User: no actions, dataActions getSecret/action and readMetadata/action.
    const RoleContents c = m_index.contents(m_index.findRole(u"key vault secrets user"_s));
    QVERIFY(c.role);
    QCOMPARE(c.role->id, u"4633458b-17de-408a-b874-0445c86b69e6"_s);
    QCOMPARE(c.operations, 2);
    QVERIFY(c.control.isEmpty());
    QCOMPARE(c.data.size(), 1);
    QCOMPARE(c.data.at(0).provider, u"Microsoft.KeyVault"_s);
    QCOMPARE(c.data.at(0).operations,
             (QStringList{u"Microsoft.KeyVault/vaults/secrets/getSecret/action"_s,
                          u"Microsoft.KeyVault/vaults/secrets/readMetadata/action"_s}));

    // Key Vault Contributor: actions over Microsoft.Authorization, Microsoft.Insights,
    // Microsoft.KeyVault, Microsoft.Resources, Microsoft.Support; notActions purge,
    // hsmPools/*, managedHsms/* in the Microsoft.KeyVault group.
    const RoleContents kv = m_index.contents(m_index.findRole(u"Key Vault Contributor"_s));
    QStringList providers;
    for (const ProviderGrants &g : kv.control)
        providers.append(g.provider);
    QCOMPARE(providers,
             (QStringList{u"Microsoft.Authorization"_s, u"Microsoft.Insights"_s,
                          u"Microsoft.KeyVault"_s, u"Microsoft.Resources"_s,
                          u"Microsoft.Support"_s}));
    const ProviderGrants &kvGroup = kv.control.at(2);
    QCOMPARE(kvGroup.patterns, QStringList{u"Microsoft.KeyVault/*"_s});
    QCOMPARE(kvGroup.notPatterns,
             (QStringList{u"Microsoft.KeyVault/locations/deletedVaults/purge/action"_s,
                          u"Microsoft.KeyVault/hsmPools/*"_s,
                          u"Microsoft.KeyVault/managedHsms/*"_s}));
    QVERIFY(kvGroup.operations.contains(u"Microsoft.KeyVault/vaults/read"_s));
    QVERIFY(!kvGroup.operations.contains(
            u"Microsoft.KeyVault/locations/deletedVaults/purge/action"_s));
    int sum = 0;
    for (const ProviderGrants &g : kv.control)
        sum += int(g.operations.size());
    QCOMPARE(sum, kv.operations);
    QCOMPARE(kv.operations, 62);

    // Reader: "*/read" is its own group "*"; the operations it reaches sit under their providers.
    const RoleContents reader = m_index.contents(m_index.findRole(u"Reader"_s));
    QCOMPARE(reader.control.at(0).provider, u"*"_s);
    QCOMPARE(reader.control.at(0).patterns, QStringList{u"*/read"_s});
    QVERIFY(reader.control.at(0).operations.isEmpty());
    QVERIFY(reader.control.size() > 100);

    QVERIFY(!m_index.findRole(u"No Such Role"_s));
}

void TestActionIndex::reverseByGuidAndFormer()
{
    // The GUID, braced and upper case, and the full ARM id.
    QCOMPARE(m_index.findRole(u"{4633458B-17DE-408A-B874-0445C86B69E6}"_s)->value,
             u"Key Vault Secrets User"_s);
    QCOMPARE(m_index.findRole(u"/subscriptions/x/providers/Microsoft.Authorization/"
                              "roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7"_s)
                     ->value,
             u"Reader"_s);
    // PROVENANCE.md: "Foundry User" was "Azure AI User".
    const EntryPtr foundry = m_index.findRole(u"Azure AI User"_s);
    QVERIFY(foundry);
    QCOMPARE(foundry->value, u"Foundry User"_s);
    // A removed role is not in the index.
    QVERIFY(m_index.findRole(u"Savings plan Administrator"_s) == nullptr);
}

void TestActionIndex::customRoleExports()
{
    CustomRoleDefinition d;
    d.name = u"Blob 'reader' \"x\" ${y}"_s;
    d.description = u"Grants only: a"_s;
    d.actions = {u"Microsoft.Storage/storageAccounts/read"_s};
    d.dataActions = {u"Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read"_s};
    d.assignableScopes = {u"/subscriptions/{subscriptionId}"_s};

    // The az role definition create shape.
    const QJsonObject o = QJsonDocument::fromJson(d.toJson()).object();
    QCOMPARE(o.value("Name"_L1).toString(), d.name);
    QCOMPARE(o.value("IsCustom"_L1).toBool(), true);
    QCOMPARE(o.value("Actions"_L1).toArray().size(), 1);
    QCOMPARE(o.value("DataActions"_L1).toArray().at(0).toString(), d.dataActions.at(0));
    QCOMPARE(o.value("NotActions"_L1).toArray().size(), 0);
    QCOMPARE(o.value("AssignableScopes"_L1).toArray().at(0).toString(), d.assignableScopes.at(0));

    const QString az = d.azCli();
    QVERIFY(az.contains(u"az role definition create --role-definition @custom-role.json"_s));
    QVERIFY(az.contains(u"<<'JSON'"_s));

    const QString bicep = d.bicep();
    QVERIFY(bicep.contains(u"'Microsoft.Authorization/roleDefinitions@2022-04-01'"_s));
    QVERIFY(bicep.contains(u"roleName: 'Blob \\'reader\\' \"x\" \\${y}'"_s));
    QVERIFY(bicep.contains(u"type: 'CustomRole'"_s));
    QVERIFY(bicep.contains(u"subscription().id\n"_s)); // the placeholder scope
    QVERIFY(bicep.contains(
            u"'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read'"_s));

    const QString tf = d.terraform();
    QVERIFY(tf.contains(u"resource \"azurerm_role_definition\" \"custom\""_s));
    QVERIFY(tf.contains(u"name        = \"Blob 'reader' \\\"x\\\" $${y}\""_s));
    QVERIFY(tf.contains(u"data_actions     = [\"Microsoft.Storage/storageAccounts/blobServices/"
                        "containers/blobs/read\"]"_s));
    QVERIFY(tf.contains(u"assignable_scopes = [data.azurerm_subscription.current.id]"_s));

    d.assignableScopes = {u"/subscriptions/1111/resourceGroups/rg"_s};
    QVERIFY(d.terraform().contains(u"scope       = \"/subscriptions/1111/resourceGroups/rg\""_s));
    QVERIFY(!d.terraform().contains(u"data \"azurerm_subscription\""_s));
    QVERIFY(d.bicep().contains(u"'/subscriptions/1111/resourceGroups/rg'"_s));
}

QTEST_GUILESS_MAIN(TestActionIndex)
#include "tst_actionindex.moc"
