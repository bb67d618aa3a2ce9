// Management groups against the sandbox: the ARM shapes (list, $expand=children, details.parent),
// 403 AuthorizationFailed for a caller without a role there, the scope picker's levels, role
// assignments created and deleted at a group (the derived name), and the inherited display at
// every subscription below the group.

#include "mintedtokenprovider.h"
#include "sandboxfixture.h"

#include "arm/roleassignmentclient.h"
#include "arm/roleassignmentcreatejob.h"
#include "models/roleassignmentmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using ie::ApiError;
using ie::arm::ScopeHierarchy;
using ie::arm::ScopeNode;

namespace {
const QString VmBatch = u"f4a5b6c7-0003-4d8e-9f0a-b1c2d3e4f5a6"_s; // Reader on Sub only
const QString UnusedUami = u"d2e3f4a5-0003-4b6c-9d7e-8f9a0b1c2d3e"_s; // id-dev-unused, no roles
const QString Sub = u"/subscriptions/2d6a1c8e-4f3b-4a9d-b2e7-5c1f8a3d6e90"_s;
const QString Other = u"/subscriptions/7e4b2a9c-1d5f-4c8e-a3b6-9f0d2e7c1a54"_s;
const QString Kv
        = Sub + u"/resourceGroups/rg-data/providers/Microsoft.KeyVault/vaults/kv-contoso-prod"_s;
const QString Zones = u"/providers/Microsoft.Management/managementGroups/contoso-landing-zones"_s;
const QString Reader = u"acdd72a7-3385-48ef-bd42-f606fba81ae7"_s;
} // namespace

class TestManagementGroups : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void armShapes();
    void forbidden_data();
    void forbidden();
    void pickerLevels();
    void grantRevokeAtGroupIsInherited();

private:
    ie::Result<ie::net::HttpResponse> call(const QByteArray &method, const QString &path,
                                           const QJsonObject &body = {});
    QString root() const;

    std::unique_ptr<ie::test::SandboxFixture> m_sandbox;
    std::unique_ptr<ie::arm::RoleAssignmentClient> m_rbac;
};

void TestManagementGroups::init()
{
    m_sandbox = std::make_unique<ie::test::SandboxFixture>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
    m_rbac = std::make_unique<ie::arm::RoleAssignmentClient>(&m_sandbox->client());
}

void TestManagementGroups::cleanup()
{
    m_sandbox->client().setTokenProvider(&m_sandbox->tokens());
    m_rbac.reset();
    m_sandbox.reset();
}

QString TestManagementGroups::root() const
{
    return ScopeHierarchy::managementGroupScope(m_sandbox->server().tenantId());
}

ie::Result<ie::net::HttpResponse> TestManagementGroups::call(const QByteArray &method,
                                                             const QString &path,
                                                             const QJsonObject &body)
{
    ie::net::HttpRequest req = body.isEmpty()
            ? ie::net::HttpRequest::get(m_sandbox->arm(path))
            : ie::net::HttpRequest::json(method, m_sandbox->arm(path), QJsonDocument(body));
    req.method = method;
    std::optional<ie::Result<ie::net::HttpResponse>> out;
    m_sandbox->client().send(req, this,
                             [&](const ie::Result<ie::net::HttpResponse> &r) { out = r; });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 20000);
    }();
    return out ? *out
               : ie::Result<ie::net::HttpResponse>(
                       ApiError::make(ApiError::Kind::Timeout, u"no answer"_s));
}

void TestManagementGroups::armShapes()
{
    const QString tenant = m_sandbox->server().tenantId();
    // The list (GET /providers/Microsoft.Management/managementGroups?api-version=2020-05-01).
    auto list = call("GET",
                     u"/providers/Microsoft.Management/managementGroups?api-version=2020-05-01"_s);
    QVERIFY2(list.ok(), qPrintable(list.ok() ? QString() : list.error().summary()));
    const QJsonArray groups = list->json.object().value("value"_L1).toArray();
    QCOMPARE(groups.size(), 2);
    const QJsonObject first = groups[0].toObject();
    QCOMPARE(first.value("name"_L1).toString(), tenant); // the root group is named after the tenant
    QCOMPARE(first.value("id"_L1).toString(), root());
    QCOMPARE(first.value("type"_L1).toString(), u"Microsoft.Management/managementGroups"_s);
    QCOMPARE(first.value("properties"_L1).toObject().value("tenantId"_L1).toString(), tenant);
    QCOMPARE(first.value("properties"_L1).toObject().value("displayName"_L1).toString(),
             u"Tenant Root Group"_s);
    // Paged with nextLink.
    auto paged = call(
            "GET",
            u"/providers/Microsoft.Management/managementGroups?api-version=2020-05-01&$top=1"_s);
    QVERIFY(paged.ok());
    QCOMPARE(paged->json.object().value("value"_L1).toArray().size(), 1);
    QVERIFY(paged->json.object().value("nextLink"_L1).toString().contains(u"$skiptoken="_s));

    // One group with its children and its parent.
    auto zones = call("GET", Zones + u"?api-version=2020-05-01&$expand=children"_s);
    QVERIFY(zones.ok());
    const QJsonObject props = zones->json.object().value("properties"_L1).toObject();
    QCOMPARE(props.value("details"_L1)
                     .toObject()
                     .value("parent"_L1)
                     .toObject()
                     .value("id"_L1)
                     .toString(),
             root());
    const QJsonArray children = props.value("children"_L1).toArray();
    QCOMPARE(children.size(), 2);
    for (const QJsonValue &c : children) {
        QCOMPARE(c.toObject().value("type"_L1).toString(), u"/subscriptions"_s);
        QVERIFY(c.toObject().value("id"_L1).toString().startsWith(u"/subscriptions/"_s));
    }
    auto top = call("GET", root() + u"?api-version=2020-05-01&$expand=children"_s);
    QVERIFY(top.ok());
    const QJsonArray rootChildren
            = top->json.object().value("properties"_L1).toObject().value("children"_L1).toArray();
    QCOMPARE(rootChildren.size(), 1);
    QCOMPARE(rootChildren[0].toObject().value("id"_L1).toString(), Zones);
    QVERIFY(!top->json.object()
                     .value("properties"_L1)
                     .toObject()
                     .value("details"_L1)
                     .toObject()
                     .contains("parent"_L1));

    // No api-version: ARM's 400.
    auto bare = call("GET", Zones);
    QVERIFY(!bare.ok());
    QCOMPARE(bare.error().httpStatus, 400);
    QCOMPARE(bare.error().code, u"MissingApiVersionParameter"_s);
}

void TestManagementGroups::forbidden_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("asVm"); // with the token of vm-batch-01 (Reader on one subscription)
    QTest::addColumn<QString>("action");
    QTest::newRow("read a group") << QByteArray("GET") << Zones + u"?api-version=2020-05-01"_s
                                  << true << u"Microsoft.Management/managementGroups/read"_s;
    QTest::newRow("assignments at a group") << QByteArray("GET")
                                            << Zones
                    + u"/providers/Microsoft.Authorization/roleAssignments?api-version=2022-04-01&$filter=principalId eq '%1'"_s
                              .arg(VmBatch) << true
                                            << u"Microsoft.Authorization/roleAssignments/read"_s;
    QTest::newRow("create at a group")
            << QByteArray("PUT")
            << Zones
                    + u"/providers/Microsoft.Authorization/roleAssignments/%1?api-version=2022-04-01"_s
                              .arg(ie::arm::RoleAssignmentClient::assignmentName(Zones, UnusedUami,
                                                                                 Reader))
            << true << u"Microsoft.Authorization/roleAssignments/write"_s;
    QTest::newRow("a group that does not exist")
            << QByteArray("GET")
            << u"/providers/Microsoft.Management/managementGroups/nope?api-version=2020-05-01"_s
            << false << u"Microsoft.Management/managementGroups/read"_s;
}

void TestManagementGroups::forbidden()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(bool, asVm);
    QFETCH(QString, action);
    ie::test::MintedTokenProvider vm(&m_sandbox->server(), VmBatch);
    if (asVm)
        m_sandbox->client().setTokenProvider(&vm);
    const QJsonObject body = method == "PUT"
            ? QJsonObject{{"properties"_L1,
                           QJsonObject{{"roleDefinitionId"_L1,
                                        u"/providers/Microsoft.Authorization/roleDefinitions/"_s
                                                + Reader},
                                       {"principalId"_L1, UnusedUami},
                                       {"principalType"_L1, u"ServicePrincipal"_s}}}}
            : QJsonObject{};
    auto r = call(method, path, body);
    m_sandbox->client().setTokenProvider(&m_sandbox->tokens());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().httpStatus, 403);
    QCOMPARE(r.error().code, u"AuthorizationFailed"_s);
    QVERIFY2(r.error().message.contains(action), qPrintable(r.error().message));
    // The list of groups is not an error: it holds the groups the caller can read, here none.
    if (asVm) {
        m_sandbox->client().setTokenProvider(&vm);
        auto list = call(
                "GET",
                u"/providers/Microsoft.Management/managementGroups?api-version=2020-05-01"_s);
        m_sandbox->client().setTokenProvider(&m_sandbox->tokens());
        QVERIFY(list.ok());
        QVERIFY(list->json.object().value("value"_L1).toArray().isEmpty());
    }
}

void TestManagementGroups::pickerLevels()
{
    auto levels = [this](const QString &parent) {
        std::optional<ie::Result<QList<ScopeNode>>> out;
        m_rbac->listScopes(parent, this, [&](const ie::Result<QList<ScopeNode>> &r) { out = r; });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 20000);
        }();
        return out
                ? *out
                : ie::Result<QList<ScopeNode>>(ApiError::make(ApiError::Kind::Timeout, u"none"_s));
    };
    const auto top = levels({});
    QVERIFY(top.ok());
    QCOMPARE(top->size(), 4); // two subscriptions, then the root group and the landing zones
    QCOMPARE(top->at(0).level, ScopeNode::Level::Subscription);
    QCOMPARE(top->at(2).level, ScopeNode::Level::ManagementGroup);
    QCOMPARE(top->at(2).id, root());
    QCOMPARE(top->at(2).name, u"Tenant Root Group"_s);
    const auto underRoot = levels(root());
    QVERIFY(underRoot.ok());
    QCOMPARE(underRoot->size(), 1);
    QCOMPARE(underRoot->at(0).id, Zones);
    QCOMPARE(underRoot->at(0).level, ScopeNode::Level::ManagementGroup);
    QCOMPARE(underRoot->at(0).name, u"Contoso Landing Zones"_s);
    const auto underZones = levels(Zones);
    QVERIFY(underZones.ok());
    QCOMPARE(underZones->size(), 2);
    QCOMPARE(underZones->at(0).level, ScopeNode::Level::Subscription);
    QCOMPARE(underZones->at(0).name, u"Contoso Production"_s);

    // Someone who can read no group sees the subscriptions only.
    ie::test::MintedTokenProvider vm(&m_sandbox->server(), VmBatch);
    m_sandbox->client().setTokenProvider(&vm);
    const auto vmTop = levels({});
    m_sandbox->client().setTokenProvider(&m_sandbox->tokens());
    QVERIFY(vmTop.ok());
    for (const ScopeNode &n : *vmTop)
        QCOMPARE(n.level, ScopeNode::Level::Subscription);
}

void TestManagementGroups::grantRevokeAtGroupIsInherited()
{
    auto *job = m_rbac->create(Zones, Reader, UnusedUami);
    QSignalSpy done(job, &ie::arm::RoleAssignmentCreateJob::finished);
    ie::Result<ie::arm::CreateOutcome> result(ApiError::make(ApiError::Kind::Timeout, u"none"_s));
    connect(job, &ie::arm::RoleAssignmentCreateJob::finished, this,
            [&] { result = job->result(); });
    QVERIFY(done.wait(20000));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().summary()));
    QCOMPARE(result->status, ie::arm::CreateOutcome::Status::Created);
    const QString name = ie::arm::RoleAssignmentClient::assignmentName(Zones, UnusedUami, Reader);
    QCOMPARE(result->assignment.name, name);
    QCOMPARE(result->assignment.scope, Zones);
    QCOMPARE(result->assignment.id,
             Zones + u"/providers/Microsoft.Authorization/roleAssignments/"_s + name);

    // The group's assignment gives the identity the role in every subscription below it: ARM
    // now lets it read there.
    ie::test::MintedTokenProvider asIdentity(&m_sandbox->server(), UnusedUami);
    m_sandbox->client().setTokenProvider(&asIdentity);
    auto rgs = call("GET", Other + u"/resourcegroups?api-version=2021-04-01"_s);
    m_sandbox->client().setTokenProvider(&m_sandbox->tokens());
    QVERIFY2(rgs.ok(), qPrintable(rgs.ok() ? QString() : rgs.error().summary()));

    // Listed once (the group's list and both subscriptions' lists all name it), with the tree.
    std::optional<ie::Result<ie::arm::AssignmentList>> list;
    m_rbac->listAssignments(UnusedUami, this, [&](const auto &r) { list = r; });
    QTRY_VERIFY_WITH_TIMEOUT(list.has_value(), 20000);
    QVERIFY(list->ok());
    QVERIFY2(list->value().warnings.isEmpty(), qPrintable(list->value().warnings.join(u'\n')));
    QCOMPARE(list->value().items.size(), 1);
    QCOMPARE(list->value().items[0].scope, Zones);
    QVERIFY(list->value().hierarchy.covers(Zones, Sub));
    QVERIFY(list->value().hierarchy.covers(root(), Kv));

    ie::models::RoleAssignmentModel model(nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHierarchy(list->value().hierarchy);
    model.setAssignments(list->value().items, {{Reader, u"Reader"_s}});
    const QModelIndex row = model.index(0, ie::models::RoleAssignmentModel::Inherited);
    QCOMPARE(model.index(0, ie::models::RoleAssignmentModel::Level).data().toString(),
             u"Management group"_s);
    for (const QString &viewed : {Sub, Other, Kv}) {
        model.setViewedScope(viewed);
        QVERIFY2(row.data(ie::models::RoleAssignmentModel::InheritedRole).toBool(),
                 qPrintable(viewed));
    }
    model.setViewedScope(Zones);
    QVERIFY(!row.data(ie::models::RoleAssignmentModel::InheritedRole).toBool());
    model.setViewedScope(root());
    QVERIFY(!row.data(ie::models::RoleAssignmentModel::InheritedRole).toBool());

    // A retried create finds it: no second assignment.
    auto *again = m_rbac->create(Zones, Reader, UnusedUami);
    QSignalSpy againDone(again, &ie::arm::RoleAssignmentCreateJob::finished);
    QVERIFY(againDone.wait(20000));

    std::optional<ie::Result<QString>> removed;
    m_rbac->remove(result->assignment.id, this, [&](const ie::Result<QString> &r) { removed = r; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20000);
    QVERIFY(removed->ok());
    list.reset();
    m_rbac->listAssignments(UnusedUami, this, [&](const auto &r) { list = r; });
    QTRY_VERIFY_WITH_TIMEOUT(list.has_value(), 20000);
    QVERIFY(list->ok());
    QVERIFY(list->value().items.isEmpty());
    m_sandbox->client().setTokenProvider(&asIdentity);
    rgs = call("GET", Other + u"/resourcegroups?api-version=2021-04-01"_s);
    m_sandbox->client().setTokenProvider(&m_sandbox->tokens());
    QVERIFY(!rgs.ok());
    QCOMPARE(rgs.error().httpStatus, 403);
}

QTEST_GUILESS_MAIN(TestManagementGroups)
#include "tst_managementgroups.moc"
