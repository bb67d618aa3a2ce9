#include "models/capabilitymodel.h"
#include "permissions/permissionkind.h"
#include "permissions/permissionstore.h"

#include <QAbstractItemModelTester>
#include <QHash>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using ie::catalog::Tier;
using ie::models::CapabilityModel;
using ie::permissions::HeldPermission;
using ie::permissions::Kind;
using ie::permissions::PermissionStore;
using ie::permissions::Source;

namespace {

// A kind whose reads the test answers when it wants to (a read stays pending until then), so
// every state the card can be in is reached in order: still reading, answered, refused, partial.
class ScriptedKind : public ie::permissions::PermissionKind
{
public:
    explicit ScriptedKind(Kind kind) : m_kind(kind)
    {
        setWords({ie::graph::PlannedChange::Action::GrantAppRole,
                  ie::graph::PlannedChange::Action::RevokeAppRole, u"grant"_s, u"revoke"_s});
    }
    Kind kind() const override { return m_kind; }
    void listHeld(const QString &principalId, QObject *, HeldCallback done) override
    {
        m_pending.insert(principalId, std::move(done));
    }
    void listGrantable(const QString &, QObject *, GrantableCallback done) override
    {
        done(QList<ie::permissions::Grantable>{});
    }
    ie::graph::PlannedChange planGrant(const QString &, const QString &,
                                       const ie::permissions::Grantable &,
                                       const QString &) const override
    {
        return {};
    }
    ie::graph::PlannedChange planRevoke(const HeldPermission &held,
                                        const QString &name) const override
    {
        return revokeOf(held, name);
    }
    void run(const QList<ie::graph::PlannedChange> &, QObject *, OutcomeCallback) override { }

    bool answer(const QString &principalId, const ie::Result<QList<HeldPermission>> &held,
                const QStringList &notes = {})
    {
        auto done = m_pending.take(principalId);
        if (!done)
            return false;
        done(held, notes);
        return true;
    }

private:
    Kind m_kind;
    QHash<QString, HeldCallback> m_pending;
};

HeldPermission held(Kind kind, const QString &name, Tier tier, const QString &scope = {},
                    Source source = Source::Direct)
{
    HeldPermission p;
    p.kind = kind;
    p.assignmentId = u"assignment-"_s + name;
    p.principalId = u"p1"_s;
    p.roleId = u"id-"_s + name;
    p.roleName = name;
    p.resourceName = u"Microsoft Graph"_s;
    p.scope = scope;
    p.source = source;
    p.sourceName = source == Source::Group ? u"Ops admins"_s : QString();
    p.tier = tier;
    return p;
}

QList<int> rowTypes(const CapabilityModel &m)
{
    QList<int> out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r).data(CapabilityModel::RowTypeRole).toInt();
    return out;
}

} // namespace

class TestCapabilityModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void readingThenHeldThenRefused();
    void tierZeroWinsOverWhatCouldNotBeRead();
    void partialReadIsSaid();
    void followsOnlyTheSelectedIdentity();

private:
    std::unique_ptr<PermissionStore> m_store;
    std::unique_ptr<ScriptedKind> m_appRoles;
    std::unique_ptr<ScriptedKind> m_azureRoles;
};

void TestCapabilityModel::init()
{
    m_store = std::make_unique<PermissionStore>();
    m_appRoles = std::make_unique<ScriptedKind>(Kind::AppRole);
    m_azureRoles = std::make_unique<ScriptedKind>(Kind::AzureRole);
    m_store->addKind(m_appRoles.get());
    m_store->addKind(m_azureRoles.get());
}

void TestCapabilityModel::readingThenHeldThenRefused()
{
    CapabilityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setStore(m_store.get());
    QCOMPARE(model.rowCount(), 0); // no identity: nothing, not "nothing held"
    QVERIFY(model.verdict().isEmpty());

    model.setPrincipalId(u"p1"_s);
    m_store->ensureLoaded(u"p1"_s);
    const int loading = int(CapabilityModel::RowType::Loading);
    const int heldRow = int(CapabilityModel::RowType::Held);
    const int failedRow = int(CapabilityModel::RowType::Failed);
    QCOMPARE(rowTypes(model), (QList<int>{loading, loading}));
    QCOMPARE(model.verdict(), u"Reading what it holds…"_s);
    QVERIFY(!model.isSettled());

    // App roles answer first: a tier-1 role and an untiered one, highest tier first.
    QVERIFY(m_appRoles->answer(u"p1"_s,
                               QList<HeldPermission>{held(Kind::AppRole, u"User.Read.All"_s,
                                                          Tier::Untiered),
                                                     held(Kind::AppRole, u"Mail.Send"_s,
                                                          Tier::Tier1)}));
    QCOMPARE(rowTypes(model), (QList<int>{heldRow, heldRow, loading}));
    QCOMPARE(model.index(0).data().toString(), u"Mail.Send on Microsoft Graph"_s);
    QCOMPARE(model.index(0).data(CapabilityModel::TierRole).toInt(), int(Tier::Tier1));
    QVERIFY(model.index(0).data(CapabilityModel::RevocableRole).toBool());
    QCOMPARE(model.verdictTier(), 1);
    QCOMPARE(model.verdict(), u"Tier 1: one step from tier 0 through Mail.Send"_s);
    QVERIFY(!model.isSettled());

    // Azure roles are refused: a row of its own first, and the verdict says what is unknown
    // rather than passing tier 1 off as the worst.
    QVERIFY(m_azureRoles->answer(
            u"p1"_s, ie::ApiError::make(ie::ApiError::Kind::Forbidden, u"HTTP 403"_s)));
    QCOMPARE(rowTypes(model), (QList<int>{failedRow, heldRow, heldRow}));
    QVERIFY2(model.verdict().startsWith(u"Could not read "_s), qPrintable(model.verdict()));
    QCOMPARE(model.verdictTier(), -1);
    QVERIFY(model.isSettled());
    QVERIFY(!model.isComplete());
}

void TestCapabilityModel::tierZeroWinsOverWhatCouldNotBeRead()
{
    CapabilityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setStore(m_store.get());
    model.setPrincipalId(u"p1"_s);
    m_store->ensureLoaded(u"p1"_s);
    QVERIFY(m_appRoles->answer(
            u"p1"_s, ie::ApiError::make(ie::ApiError::Kind::Forbidden, u"HTTP 403"_s)));
    QVERIFY(m_azureRoles->answer(
            u"p1"_s,
            QList<HeldPermission>{
                    held(Kind::AzureRole, u"Owner"_s, Tier::Tier0, u"/subscriptions/s"_s),
                    held(Kind::AzureRole, u"Reader"_s, Tier::Untiered, u"/subscriptions/s"_s,
                         Source::Group)}));
    QCOMPARE(model.verdictTier(), 0);
    QCOMPARE(model.verdict(),
             u"Tier 0: can take over every resource at /subscriptions/s through Owner"_s);
    // What it holds through a group is the group's to revoke, not here.
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex i = model.index(r);
        if (i.data().toString().startsWith(u"Reader"_s)) {
            QVERIFY(!i.data(CapabilityModel::RevocableRole).toBool());
            QVERIFY2(i.data(CapabilityModel::SourceRole).toString().contains(u"Ops admins"_s),
                     qPrintable(i.data(CapabilityModel::SourceRole).toString()));
        }
    }
}

void TestCapabilityModel::partialReadIsSaid()
{
    CapabilityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setStore(m_store.get());
    model.setPrincipalId(u"p1"_s);
    m_store->ensureLoaded(u"p1"_s);
    QVERIFY(m_appRoles->answer(u"p1"_s, QList<HeldPermission>{}));
    QVERIFY(m_azureRoles->answer(u"p1"_s, QList<HeldPermission>{},
                                 {u"subscription Dev could not be read (403)"_s}));
    QCOMPARE(rowTypes(model), QList<int>{int(CapabilityModel::RowType::Note)});
    QVERIFY(model.index(0).data().toString().contains(u"Dev could not be read"_s));
    QVERIFY2(model.verdict().startsWith(u"Nothing tier 0 or tier 1 in what could be read"_s),
             qPrintable(model.verdict()));
    QVERIFY(model.isSettled());

    // Nothing at all, everything read: the plain verdict.
    m_store->refresh(u"p1"_s);
    QVERIFY(m_appRoles->answer(u"p1"_s, QList<HeldPermission>{}));
    QVERIFY(m_azureRoles->answer(u"p1"_s, QList<HeldPermission>{}));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.verdict(), u"Nothing tier 0 or tier 1"_s);
    QVERIFY(model.isComplete());
}

void TestCapabilityModel::followsOnlyTheSelectedIdentity()
{
    CapabilityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setStore(m_store.get());
    model.setPrincipalId(u"p1"_s);
    m_store->ensureLoaded(u"p1"_s);
    m_store->ensureLoaded(u"p2"_s);
    model.setPrincipalId(u"p2"_s);
    QSignalSpy updated(&model, &CapabilityModel::updated);
    // p1's answers arrive after p2 was selected: p2's card does not change.
    QVERIFY(m_appRoles->answer(
            u"p1"_s, QList<HeldPermission>{held(Kind::AppRole, u"RoleManagement.ReadWrite.Directory"_s,
                                                Tier::Tier0)}));
    QCOMPARE(updated.size(), 0);
    QCOMPARE(model.verdict(), u"Reading what it holds…"_s);
    QVERIFY(m_appRoles->answer(u"p2"_s, QList<HeldPermission>{}));
    QCOMPARE(updated.size(), 1);
    // Back to p1: what the store learned meanwhile shows at once.
    model.setPrincipalId(u"P1"_s);
    QCOMPARE(model.verdictTier(), 0);
}

QTEST_GUILESS_MAIN(TestCapabilityModel)
#include "tst_capabilitymodel.moc"
