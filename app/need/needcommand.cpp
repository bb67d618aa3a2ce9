#include "need/needcommand.h"

#include "catalog/actionindex.h"
#include "catalog/catalog.h"
#include "cli/cli.h"
#include "core/terminaltext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace ie::catalog;

namespace ie::need {

namespace {

// One translation context for the whole file (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ie::need::NeedCommand)
};

const QString Verb = u"need"_s;
constexpr qsizetype MaxStdin = 4 * 1024 * 1024;
constexpr int MaxInputs = 10000;

QString safe(const QString &s)
{
    return terminalSafe(s, 400);
}

QJsonValue tierJson(Tier t)
{
    return t == Tier::Untiered ? QJsonValue() : QJsonValue(int(t));
}

QString tierMark(Tier t)
{
    if (t == Tier::Untiered)
        return {};
    //: A privilege tier mark after a role name; tier 0 is the most dangerous
    return Tr::tr("tier %1").arg(int(t));
}

QJsonObject grantJson(const RoleGrant &g)
{
    QJsonObject o{{"name"_L1, g.role->value},
                  {"id"_L1, g.role->id},
                  {"operations"_L1, g.operations},
                  {"tier"_L1, tierJson(g.role->tier)},
                  {"conditional"_L1, g.conditional}};
    if (!g.matchedBy.isEmpty())
        o.insert("matchedBy"_L1, g.matchedBy);
    return o;
}

QJsonArray grantsJson(const QList<RoleGrant> &grants, int limit)
{
    QJsonArray a;
    for (const RoleGrant &g : grants) {
        if (limit > 0 && a.size() >= limit)
            break;
        a.append(grantJson(g));
    }
    return a;
}

QString grantLine(int rank, const RoleGrant &g)
{
    QString line = u"  %1. %2  %3  "_s.arg(rank).arg(safe(g.role->value), g.role->id)
            + Tr::tr("%n operation(s)", nullptr, g.operations);
    const QString tier = tierMark(g.role->tier);
    if (!tier.isEmpty())
        line += u"  ["_s + tier + u']';
    if (g.conditional)
        line += u"  "_s + Tr::tr("(under an ABAC condition)");
    if (!g.matchedBy.isEmpty())
        line += u"  "_s + Tr::tr("via %1").arg(safe(g.matchedBy));
    return line;
}

QString planeTitle(ActionPlane p)
{
    return p == ActionPlane::Data ? Tr::tr("data action") : Tr::tr("control-plane action");
}

// Inputs of --role and of the reverse lookup.
int runReverse(const ActionIndex &index, const Catalog &catalog, const QString &which, bool json,
               bool expand)
{
    const EntryPtr role = index.findRole(which);
    if (!role) {
        QStringList near;
        for (const Hit &h : catalog.search(which, {Kind::AzureRole, 5}))
            near.append(safe(h.entry->value));
        QString msg = Tr::tr("no built-in Azure role \"%1\"").arg(safe(which));
        if (!near.isEmpty())
            msg += u"; "_s + Tr::tr("did you mean: %1").arg(near.join(u", "_s));
        return cli::fail(Verb, msg, 3);
    }
    const RoleContents c = index.contents(role);
    if (json) {
        auto groups = [expand](const QList<ProviderGrants> &list) {
            QJsonArray a;
            for (const ProviderGrants &g : list) {
                QJsonObject o{{"provider"_L1, g.provider},
                              {"patterns"_L1, QJsonArray::fromStringList(g.patterns)},
                              {"notPatterns"_L1, QJsonArray::fromStringList(g.notPatterns)},
                              {"operationCount"_L1, int(g.operations.size())}};
                if (expand)
                    o.insert("operations"_L1, QJsonArray::fromStringList(g.operations));
                a.append(o);
            }
            return a;
        };
        const QJsonObject root{{"role"_L1,
                                QJsonObject{{"name"_L1, role->value},
                                            {"id"_L1, role->id},
                                            {"description"_L1, role->description},
                                            {"tier"_L1, tierJson(role->tier)},
                                            {"operations"_L1, c.operations}}},
                               {"control"_L1, groups(c.control)},
                               {"data"_L1, groups(c.data)},
                               {"conditions"_L1, QJsonArray::fromStringList(c.conditions)}};
        cli::out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        cli::out().flush();
        return 0;
    }
    QTextStream &out = cli::out();
    out << safe(role->value) << u"  "_s << role->id;
    if (!tierMark(role->tier).isEmpty())
        out << u"  ["_s << tierMark(role->tier) << u']';
    out << '\n';
    if (!role->description.isEmpty())
        out << safe(role->description) << '\n';
    out << Tr::tr("Grants %n known operation(s).", nullptr, c.operations) << '\n';
    auto print = [&](const QString &title, const QList<ProviderGrants> &list,
                     const QString &notLabel) {
        if (list.isEmpty())
            return;
        out << '\n' << title << '\n';
        for (const ProviderGrants &g : list) {
            out << u"  "_s << safe(g.provider) << u"  ("_s
                << Tr::tr("%n known operation(s)", nullptr, int(g.operations.size())) << u")\n"_s;
            for (const QString &p : g.patterns)
                out << u"    + "_s << safe(p) << '\n';
            for (const QString &p : g.notPatterns)
                out << u"    - "_s << safe(p) << u"  ("_s << notLabel << u")\n"_s;
            if (expand) {
                for (const QString &op : g.operations)
                    out << u"      "_s << safe(op) << '\n';
            }
        }
    };
    print(Tr::tr("Actions (control plane), by provider:"), c.control, u"notActions"_s);
    print(Tr::tr("Data actions, by provider:"), c.data, u"notDataActions"_s);
    for (const QString &cond : c.conditions)
        out << '\n' << Tr::tr("Condition: %1").arg(safe(cond)) << '\n';
    out.flush();
    return 0;
}

} // namespace

InputKind classifyInput(const QString &text)
{
    const QString t = text.trimmed();
    static const QRegularExpression method(u"^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\\s+\\S"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    // An ARM resource id starts with '/' too, but is no Graph call.
    if (t.startsWith("/subscriptions/"_L1, Qt::CaseInsensitive)
        || t.startsWith("/providers/"_L1, Qt::CaseInsensitive))
        return InputKind::AzureAction;
    if (t.startsWith(u'/') || t.startsWith("http://"_L1, Qt::CaseInsensitive)
        || t.startsWith("https://"_L1, Qt::CaseInsensitive) || method.match(t).hasMatch())
        return InputKind::GraphCall;
    return InputKind::AzureAction;
}

QString inputKindKey(InputKind kind)
{
    return kind == InputKind::GraphCall ? u"graph-call"_s : u"azure-action"_s;
}

int runNeed(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Tr::tr("Which built-in Azure role grants these operations with the fewest other "
                   "rights, offline. Prefix an operation with data: or control: to pick its "
                   "plane; \"-\" reads operations from stdin, one per line."));
    parser.addPositionalArgument(u"action"_s,
                                 Tr::tr("Azure operations, e.g. "
                                        "Microsoft.KeyVault/vaults/secrets/getSecret/action."),
                                 u"ACTION..."_s);
    const QCommandLineOption jsonOption(u"json"_s, Tr::tr("Print JSON."));
    const QCommandLineOption roleOption(
            u"role"_s, Tr::tr("Instead: what this built-in role grants, by provider."),
            Tr::tr("name-or-guid"));
    const QCommandLineOption expandOption(
            u"expand"_s, Tr::tr("With --role: list every known operation the role grants."));
    const QCommandLineOption limitOption(
            u"limit"_s, Tr::tr("At most N roles per operation (default 10; 0 for all)."), u"N"_s,
            u"10"_s);
    const QCommandLineOption scopeOption(
            u"scope"_s,
            Tr::tr("The assignable scope of a suggested custom role (default "
                   "/subscriptions/{subscriptionId})."),
            Tr::tr("scope"));
    const QCommandLineOption nameOption(u"name"_s, Tr::tr("The name of a suggested custom role."),
                                        Tr::tr("name"));
    const QCommandLineOption ratioOption(
            u"ratio"_s,
            Tr::tr("Suggest a custom role when the smallest covering role grants more than N "
                   "times the operations asked for (default 50)."),
            u"N"_s, u"50"_s);
    const QCommandLineOption formatOption(
            u"custom-format"_s,
            Tr::tr("How a suggested custom role is printed: json, az, bicep or terraform "
                   "(default json; --json output has all four)."),
            Tr::tr("format"), u"json"_s);
    const QCommandLineOption langOption(u"lang"_s, Tr::tr("User interface language."),
                                        Tr::tr("language"));
    const QCommandLineOption helpOption(QStringList{u"h"_s, u"help"_s}, Tr::tr("Show this help."));
    parser.addOptions({jsonOption, roleOption, expandOption, limitOption, scopeOption, nameOption,
                       ratioOption, formatOption, langOption, helpOption});

    if (!parser.parse(QStringList{u"identity-explorer need"_s} + args))
        return cli::fail(Verb, parser.errorText(), 2);
    if (parser.isSet(helpOption)) {
        cli::out() << cli::helpText(parser, Verb);
        cli::out().flush();
        return 0;
    }
    const bool json = parser.isSet(jsonOption);
    const auto limit = cli::numberInRange(parser.value(limitOption), 0, 100000);
    if (!limit)
        return cli::fail(Verb,
                         cli::rangeMessage(u"--limit"_s, 0, 100000, parser.value(limitOption)), 2);
    const auto ratio = cli::numberInRange(parser.value(ratioOption), 1, 1000000);
    if (!ratio)
        return cli::fail(Verb,
                         cli::rangeMessage(u"--ratio"_s, 1, 1000000, parser.value(ratioOption)), 2);
    const QString format = parser.value(formatOption).toLower();
    if (!QStringList{u"json"_s, u"az"_s, u"bicep"_s, u"terraform"_s}.contains(format))
        return cli::fail(Verb,
                         Tr::tr("--custom-format takes json, az, bicep or terraform, not \"%1\"")
                                 .arg(safe(parser.value(formatOption))),
                         2);

    // The inputs: arguments, "-" for stdin (one per line; blank lines and # comments skipped).
    QStringList inputs;
    bool stdinRead = false;
    for (const QString &a : parser.positionalArguments()) {
        if (a != "-"_L1) {
            inputs.append(a);
            continue;
        }
        if (stdinRead)
            continue;
        stdinRead = true;
        const QByteArray data = cli::readStdin(MaxStdin + 1);
        if (data.size() > MaxStdin)
            return cli::fail(Verb, Tr::tr("stdin is larger than %1 MiB").arg(MaxStdin >> 20), 2);
        for (const QString &line : QString::fromUtf8(data).split(u'\n')) {
            const QString t = line.trimmed();
            if (!t.isEmpty() && !t.startsWith(u'#'))
                inputs.append(t);
        }
    }
    if (inputs.size() > MaxInputs)
        return cli::fail(Verb, Tr::tr("at most %1 operations at once").arg(MaxInputs), 2);
    if (parser.isSet(roleOption) && !parser.positionalArguments().isEmpty())
        return cli::fail(Verb, Tr::tr("give either --role or operations, not both"), 2);
    if (!parser.isSet(roleOption) && inputs.isEmpty())
        return cli::fail(Verb,
                         Tr::tr("nothing to resolve: give Azure operations, \"-\" for stdin, "
                                "or --role"),
                         2);

    Catalog catalog;
    if (const auto r = catalog.loadBundled(); !r)
        return cli::fail(Verb, r.error().message, 1);
    const ActionIndex index(catalog.entries());

    if (parser.isSet(roleOption))
        return runReverse(index, catalog, parser.value(roleOption), json,
                          parser.isSet(expandOption));

    // Azure operations go to the resolver; other kinds are reported as not resolved.
    QList<ActionQuery> queries;
    QList<int> graphInputs;
    for (int i = 0; i < inputs.size(); ++i) {
        if (classifyInput(inputs.at(i)) == InputKind::GraphCall)
            graphInputs.append(i);
        else
            queries.append(ActionQuery::parse(inputs.at(i)));
    }
    CoverOptions options;
    options.maxRatio = int(*ratio);
    options.scope = parser.value(scopeOption).trimmed();
    options.customRoleName = parser.value(nameOption).trimmed();
    const CoverResult c = index.cover(queries, options);
    const bool allResolved = c.allResolved() && graphInputs.isEmpty();
    const QString graphReason
            = Tr::tr("Microsoft Graph calls are not resolved yet: Microsoft's Graph permissions "
                     "map is not bundled.");

    if (json) {
        QJsonArray items;
        int q = 0;
        for (int i = 0; i < inputs.size(); ++i) {
            if (graphInputs.contains(i)) {
                items.append(QJsonObject{{"input"_L1, inputs.at(i)},
                                         {"kind"_L1, inputKindKey(InputKind::GraphCall)},
                                         {"status"_L1, u"unsupported"_s},
                                         {"message"_L1, graphReason}});
                continue;
            }
            const ActionResolution &r = c.actions.at(q++);
            items.append(
                    QJsonObject{{"input"_L1, inputs.at(i)},
                                {"kind"_L1, inputKindKey(InputKind::AzureAction)},
                                {"action"_L1, r.action},
                                {"plane"_L1, planeKey(r.plane)},
                                {"alsoOtherPlane"_L1, r.alsoOtherPlane},
                                {"status"_L1, statusKey(r.status)},
                                {"roleCount"_L1, int(r.roles.size())},
                                {"roles"_L1, grantsJson(r.roles, int(*limit))},
                                {"suggestions"_L1, QJsonArray::fromStringList(r.suggestions)}});
        }
        QJsonObject root{
                {"inputs"_L1, items},
                {"resolved"_L1, allResolved},
                {"requested"_L1, c.requested},
                {"covering"_L1, grantsJson(c.covering, int(*limit))},
                {"universe"_L1,
                 QJsonObject{{"control"_L1, index.operationCount(ActionPlane::Control)},
                             {"data"_L1, index.operationCount(ActionPlane::Data)},
                             {"roles"_L1, index.roleCount()},
                             {"bundledDate"_L1, catalog.bundledDate().toString(Qt::ISODate)}}}};
        if (c.customSuggested) {
            root.insert("customRole"_L1,
                        QJsonObject{{"reason"_L1, c.customReason},
                                    {"definition"_L1,
                                     QJsonDocument::fromJson(c.custom.toJson()).object()},
                                    {"az"_L1, c.custom.azCli()},
                                    {"bicep"_L1, c.custom.bicep()},
                                    {"terraform"_L1, c.custom.terraform()}});
        } else {
            root.insert("customRole"_L1, QJsonValue::Null);
        }
        cli::out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        cli::out().flush();
        return allResolved ? 0 : 3;
    }

    QTextStream &out = cli::out();
    int q = 0;
    for (int i = 0; i < inputs.size(); ++i) {
        if (i > 0)
            out << '\n';
        if (graphInputs.contains(i)) {
            out << safe(inputs.at(i)) << '\n' << u"  "_s << graphReason << '\n';
            continue;
        }
        const ActionResolution &r = c.actions.at(q++);
        if (r.status == ActionStatus::Invalid) {
            out << safe(inputs.at(i)) << '\n'
                << u"  "_s
                << Tr::tr("Not an operation: give one concrete operation such as "
                          "Microsoft.Storage/storageAccounts/read, without wildcards.")
                << '\n';
            continue;
        }
        out << safe(r.action) << u"  ("_s << planeTitle(r.plane) << u")\n"_s;
        if (r.alsoOtherPlane)
            out << u"  "_s
                << (r.plane == ActionPlane::Data
                            ? Tr::tr("Also a control-plane action; prefix it with control: for "
                                     "that.")
                            : Tr::tr("Also a data action; prefix it with data: for that."))
                << '\n';
        if (r.status == ActionStatus::Unknown) {
            out << u"  "_s
                << Tr::tr("Unknown: no built-in role names this operation (Azure's full "
                          "operation list is not bundled; it may still exist).")
                << '\n';
            if (!r.suggestions.isEmpty()) {
                QStringList s;
                for (const QString &x : r.suggestions)
                    s.append(safe(x));
                out << u"  "_s << Tr::tr("Did you mean: %1").arg(s.join(u", "_s)) << '\n';
            }
            if (!r.roles.isEmpty())
                out << u"  "_s
                    << Tr::tr("If it exists, %n role(s) would grant it by wildcard, the smallest "
                              "being %1.",
                              nullptr, int(r.roles.size()))
                                .arg(safe(r.roles.first().role->value))
                    << '\n';
            continue;
        }
        if (r.status == ActionStatus::NoRole) {
            out << u"  "_s << Tr::tr("No built-in role grants it.") << '\n';
            continue;
        }
        int n = 0;
        for (const RoleGrant &g : r.roles) {
            if (*limit > 0 && n >= *limit) {
                out << u"  "_s
                    << Tr::tr("… and %n more (--limit 0 shows all)", nullptr,
                              int(r.roles.size()) - n)
                    << '\n';
                break;
            }
            out << grantLine(++n, g) << '\n';
        }
    }
    if (c.requested > 1) {
        out << '\n';
        if (c.covering.isEmpty()) {
            out << Tr::tr("No built-in role grants all %n operation(s).", nullptr, c.requested)
                << '\n';
        } else {
            out << Tr::tr("The smallest built-in role that grants all %n operation(s):", nullptr,
                          c.requested)
                << '\n'
                << grantLine(1, c.covering.first()) << '\n';
            for (int k = 1; k < c.covering.size() && k < 3; ++k)
                out << grantLine(k + 1, c.covering.at(k)) << '\n';
        }
    }
    if (c.customSuggested) {
        out << '\n';
        if (c.customReason == "ratio"_L1)
            out << Tr::tr("The smallest covering role grants %1 operations for %n asked: a "
                          "custom role with exactly these is closer.",
                          nullptr, c.requested)
                            .arg(c.covering.first().operations)
                << '\n';
        else
            out << Tr::tr("A custom role with exactly these operations:") << '\n';
        const QString text = format == "az"_L1 ? c.custom.azCli()
                : format == "bicep"_L1         ? c.custom.bicep()
                : format == "terraform"_L1     ? c.custom.terraform()
                                               : QString::fromUtf8(c.custom.toJson());
        // Built from the data and what was asked; made terminal-safe line by line.
        for (const QString &line : text.split(u'\n'))
            out << terminalSafe(line) << '\n';
    }
    out.flush();
    if (!allResolved) {
        const int failed
                = int(std::count_if(c.actions.cbegin(), c.actions.cend(),
                                    [](const ActionResolution &r) { return !r.resolved(); }))
                + int(graphInputs.size());
        cli::err() << u"identity-explorer need: "_s
                   << Tr::tr("%n input(s) not resolved", nullptr, failed) << Qt::endl;
    }
    return allResolved ? 0 : 3;
}

} // namespace ie::need
