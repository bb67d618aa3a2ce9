// The `need` verb, run as a separate process as scripts run it: text and JSON, stdin, the
// reverse (--role), exit codes (0 all resolved, 3 some not, 2 bad usage) and terminal safety.
// Expected roles are those of tst_actionindex, checked there against the role definitions.

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString Secret = u"Microsoft.KeyVault/vaults/secrets/getSecret/action"_s;
const QString RaWrite = u"Microsoft.Authorization/roleAssignments/write"_s;

ie::test::CommandRun need(const QStringList &args, const QByteArray &stdinText = {})
{
    return ie::test::runCommand(QStringList{u"need"_s} + args, ie::test::cleanEnvironment(),
                                stdinText);
}

QJsonObject jsonOf(const ie::test::CommandRun &r)
{
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(r.out, &e);
    return d.object();
}
} // namespace

class TestNeedCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void text();
    void json();
    void customRole();
    void customFormats_data();
    void customFormats();
    void stdinLines();
    void unknownAndGraph();
    void reverse();
    void reverseJson();
    void exitCodes_data();
    void exitCodes();
    void terminalSafe();
};

void TestNeedCommand::text()
{
    const auto r = need({Secret});
    QCOMPARE(r.exitCode, 0);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.startsWith(Secret + u"  (data action)"_s), r.out.constData());
    // Key Vault Secrets User (2 operations) first, with its GUID and tier mark.
    QVERIFY2(out.contains(u"1. Key Vault Secrets User  4633458b-17de-408a-b874-0445c86b69e6  "
                          "2 operations  [tier 1]"_s),
             r.out.constData());
    QVERIFY(out.indexOf(u"Key Vault Secrets User"_s) < out.indexOf(u"Key Vault Administrator"_s));
    QVERIFY(r.err.isEmpty());
}

void TestNeedCommand::json()
{
    const auto r = need({u"--json"_s, Secret.toUpper()});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = jsonOf(r);
    QCOMPARE(o.value("resolved"_L1).toBool(), true);
    QCOMPARE(o.value("requested"_L1).toInt(), 1);
    const QJsonObject item = o.value("inputs"_L1).toArray().at(0).toObject();
    QCOMPARE(item.value("kind"_L1).toString(), u"azure-action"_s);
    QCOMPARE(item.value("action"_L1).toString(), Secret); // the data's spelling
    QCOMPARE(item.value("plane"_L1).toString(), u"data"_s);
    QCOMPARE(item.value("status"_L1).toString(), u"resolved"_s);
    QCOMPARE(item.value("roleCount"_L1).toInt(), 4);
    const QJsonObject best = item.value("roles"_L1).toArray().at(0).toObject();
    QCOMPARE(best.value("name"_L1).toString(), u"Key Vault Secrets User"_s);
    QCOMPARE(best.value("id"_L1).toString(), u"4633458b-17de-408a-b874-0445c86b69e6"_s);
    QCOMPARE(best.value("operations"_L1).toInt(), 2);
    QCOMPARE(best.value("tier"_L1).toInt(), 1);
    QCOMPARE(best.value("matchedBy"_L1).toString(), Secret);
    QCOMPARE(o.value("covering"_L1).toArray().at(0).toObject().value("name"_L1).toString(),
             u"Key Vault Secrets User"_s);
    QVERIFY(o.value("customRole"_L1).isNull());
    QCOMPARE(o.value("universe"_L1).toObject().value("data"_L1).toInt(), 848);
    // --limit cuts the list, not the count.
    const QJsonObject one = jsonOf(need({u"--json"_s, u"--limit"_s, u"1"_s, Secret}));
    const QJsonObject oneItem = one.value("inputs"_L1).toArray().at(0).toObject();
    QCOMPARE(oneItem.value("roles"_L1).toArray().size(), 1);
    QCOMPARE(oneItem.value("roleCount"_L1).toInt(), 4);
}

void TestNeedCommand::customRole()
{
    // No built-in role writes role assignments and reads Key Vault secrets.
    const auto r = need({u"--json"_s, u"--scope"_s, u"/subscriptions/1111/resourceGroups/rg"_s,
                         u"--name"_s, u"App deployer"_s, RaWrite, Secret});
    QCOMPARE(r.exitCode, 0); // both resolved; only no single role covers them
    const QJsonObject o = jsonOf(r);
    QCOMPARE(o.value("requested"_L1).toInt(), 2);
    QVERIFY(o.value("covering"_L1).toArray().isEmpty());
    const QJsonObject custom = o.value("customRole"_L1).toObject();
    QCOMPARE(custom.value("reason"_L1).toString(), u"none"_s);
    const QJsonObject def = custom.value("definition"_L1).toObject();
    QCOMPARE(def.value("Name"_L1).toString(), u"App deployer"_s);
    QCOMPARE(def.value("Actions"_L1).toArray(), QJsonArray{RaWrite});
    QCOMPARE(def.value("DataActions"_L1).toArray(), QJsonArray{Secret});
    QCOMPARE(def.value("AssignableScopes"_L1).toArray(),
             QJsonArray{u"/subscriptions/1111/resourceGroups/rg"_s});
    QVERIFY(custom.value("az"_L1).toString().contains(u"az role definition create"_s));
    QVERIFY(custom.value("bicep"_L1).toString().contains(u"roleDefinitions@2022-04-01"_s));
    QVERIFY(custom.value("terraform"_L1).toString().contains(u"azurerm_role_definition"_s));

    // Text: says so, then the JSON definition.
    const auto t = need({RaWrite, Secret});
    QCOMPARE(t.exitCode, 0);
    QVERIFY2(t.out.contains("No built-in role grants all 2 operations."), t.out.constData());
    QVERIFY(t.out.contains("\"AssignableScopes\": [\n        \"/subscriptions/{subscriptionId}\""));

    // The ratio: one VM start, the smallest role naming it grants 55 operations.
    const auto ratio = need({u"Microsoft.Compute/virtualMachines/start/action"_s});
    QCOMPARE(ratio.exitCode, 0);
    QVERIFY2(ratio.out.contains("grants 55 operations for 1 asked"), ratio.out.constData());
    QVERIFY(!need({u"--ratio"_s, u"60"_s, u"Microsoft.Compute/virtualMachines/start/action"_s})
                     .out.contains("custom role"));
}

void TestNeedCommand::customFormats_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("marker");
    QTest::newRow("json") << u"json"_s << QByteArray("\"IsCustom\": true");
    QTest::newRow("az") << u"az"_s << QByteArray("az role definition create --role-definition @");
    QTest::newRow("bicep") << u"bicep"_s << QByteArray("type: 'CustomRole'");
    QTest::newRow("terraform") << u"terraform"_s
                               << QByteArray("resource \"azurerm_role_definition\" \"custom\"");
}

void TestNeedCommand::customFormats()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, marker);
    const auto r = need({u"--custom-format"_s, format, RaWrite, Secret});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(marker), r.out.constData());
}

void TestNeedCommand::stdinLines()
{
    // One per line; blank lines and comments skipped; "-" mixed with arguments.
    const auto r
            = need({u"--json"_s, u"-"_s, RaWrite},
                   "# blob access\n"
                   "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read\n"
                   "\n"
                   "  Microsoft.Storage/storageAccounts/blobServices/containers/blobs/write  \n");
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = jsonOf(r);
    const QJsonArray items = o.value("inputs"_L1).toArray();
    QCOMPARE(items.size(), 3);
    QCOMPARE(items.at(2).toObject().value("action"_L1).toString(), RaWrite);
    QCOMPARE(o.value("requested"_L1).toInt(), 3);
    // Blob read + write without the role assignment: CosmosDB Fleet Analytics Storage Data
    // Writer (6 operations) covers both.
    const auto blobs
            = need({u"--json"_s, u"-"_s},
                   "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read\n"
                   "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/write\n");
    QCOMPARE(jsonOf(blobs)
                     .value("covering"_L1)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value("name"_L1)
                     .toString(),
             u"CosmosDB Fleet Analytics Storage Data Writer"_s);
}

void TestNeedCommand::unknownAndGraph()
{
    const auto r = need({u"--json"_s, u"Microsoft.KeyVault/vaults/secrets/getSecrt/action"_s,
                         u"GET /users/{id}/messages"_s, Secret});
    QCOMPARE(r.exitCode, 3);
    const QJsonArray items = jsonOf(r).value("inputs"_L1).toArray();
    const QJsonObject typo = items.at(0).toObject();
    QCOMPARE(typo.value("status"_L1).toString(), u"unknown"_s);
    QCOMPARE(typo.value("suggestions"_L1).toArray().at(0).toString(), Secret);
    const QJsonObject graph = items.at(1).toObject();
    QCOMPARE(graph.value("kind"_L1).toString(), u"graph-call"_s);
    QCOMPARE(graph.value("status"_L1).toString(), u"unsupported"_s);
    // The batch still answers the one it knows.
    QCOMPARE(items.at(2).toObject().value("status"_L1).toString(), u"resolved"_s);

    const auto t = need({u"Microsoft.KeyVault/vaults/secrets/getSecrt/action"_s});
    QCOMPARE(t.exitCode, 3);
    QVERIFY2(t.out.contains("Did you mean: " + Secret.toUtf8()), t.out.constData());
    QVERIFY2(t.err.contains("1 input not resolved"), t.err.constData());
}

void TestNeedCommand::reverse()
{
    const auto r = need({u"--role"_s, u"Key Vault Contributor"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("Key Vault Contributor  f25e0fa2-a7c8-4377-a976-54943a77a395"));
    QVERIFY2(r.out.contains("  Microsoft.KeyVault  (16 known operations)\n"
                            "    + Microsoft.KeyVault/*\n"
                            "    - Microsoft.KeyVault/locations/deletedVaults/purge/action"),
             r.out.constData());
    QVERIFY(!r.out.contains("Data actions"));
    // Data actions apart.
    const auto user = need({u"--role"_s, u"4633458b-17de-408a-b874-0445c86b69e6"_s, u"--expand"_s});
    QCOMPARE(user.exitCode, 0);
    QVERIFY(!user.out.contains("Actions (control plane)"));
    QVERIFY2(user.out.contains("Data actions, by provider:\n  Microsoft.KeyVault  (2 known "
                               "operations)\n"),
             user.out.constData());
    QVERIFY(user.out.contains("      Microsoft.KeyVault/vaults/secrets/readMetadata/action\n"));
    // Unknown role: exit 3 with near names.
    const auto none = need({u"--role"_s, u"Key Vault Secret User"_s});
    QCOMPARE(none.exitCode, 3);
    QVERIFY2(none.err.contains("did you mean: ") && none.err.contains("Key Vault Secrets User"),
             none.err.constData());
}

void TestNeedCommand::reverseJson()
{
    const auto r = need({u"--json"_s, u"--role"_s, u"key vault contributor"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = jsonOf(r);
    QCOMPARE(o.value("role"_L1).toObject().value("operations"_L1).toInt(), 62);
    QCOMPARE(o.value("role"_L1).toObject().value("tier"_L1).toInt(), 1);
    const QJsonArray control = o.value("control"_L1).toArray();
    QCOMPARE(control.size(), 5);
    const QJsonObject kv = control.at(2).toObject();
    QCOMPARE(kv.value("provider"_L1).toString(), u"Microsoft.KeyVault"_s);
    QCOMPARE(kv.value("notPatterns"_L1).toArray().size(), 3);
    QCOMPARE(kv.value("operationCount"_L1).toInt(), 16);
    QVERIFY(!kv.contains("operations"_L1)); // only with --expand
    QVERIFY(o.value("data"_L1).toArray().isEmpty());
}

void TestNeedCommand::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::newRow("resolved") << QStringList{Secret} << 0;
    QTest::newRow("nothing") << QStringList{} << 2;
    QTest::newRow("bad option") << QStringList{u"--nope"_s, Secret} << 2;
    QTest::newRow("bad limit") << QStringList{u"--limit"_s, u"x"_s, Secret} << 2;
    QTest::newRow("bad ratio") << QStringList{u"--ratio"_s, u"0"_s, Secret} << 2;
    QTest::newRow("bad format") << QStringList{u"--custom-format"_s, u"arm"_s, Secret} << 2;
    QTest::newRow("role and actions") << QStringList{u"--role"_s, u"Reader"_s, Secret} << 2;
    QTest::newRow("wildcard") << QStringList{u"Microsoft.KeyVault/*"_s} << 3;
    QTest::newRow("not an operation") << QStringList{u"getSecret"_s} << 3;
    QTest::newRow("unknown role") << QStringList{u"--role"_s, u"Nobody"_s} << 3;
    QTest::newRow("one of two unknown")
            << QStringList{Secret, u"Microsoft.Nothing/nowhere/read"_s} << 3;
}

void TestNeedCommand::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    const auto r = need(args);
    QCOMPARE(r.exitCode, code);
    if (code == 2)
        QVERIFY2(r.err.startsWith("identity-explorer need: "), r.err.constData());
}

void TestNeedCommand::terminalSafe()
{
    // An escape sequence in the input (from a pasted file) never reaches the terminal.
    const auto r = need({u"-"_s}, "Microsoft.KeyVault/\x1b[2Jvaults/read\n");
    QCOMPARE(r.exitCode, 3);
    QVERIFY(!r.out.contains('\x1b'));
    QVERIFY2(r.out.contains("\\u001b[2J"), r.out.constData());
}

QTEST_GUILESS_MAIN(TestNeedCommand)
#include "tst_needcommand.moc"
