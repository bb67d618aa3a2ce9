#include "catalog/lookupcommand.h"

#include "catalog/catalog.h"
#include "catalog/searchindex.h"
#include "catalog/tenantrefresh.h"
#include "cli/cli.h"
#include "core/terminaltext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ie::catalog {

namespace {

// One translation context for the whole file, whether the text is in a member or a free
// function (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ie::catalog::LookupCommand)
};

const QString Verb = u"lookup"_s;

QString rankKey(MatchRank r)
{
    switch (r) {
    case MatchRank::Exact:
        return u"exact"_s;
    case MatchRank::Prefix:
        return u"prefix"_s;
    case MatchRank::Words:
        return u"words"_s;
    case MatchRank::Description:
        return u"description"_s;
    }
    return {};
}

bool isPermission(Kind k)
{
    return k == Kind::AppRole || k == Kind::Scope || k == Kind::TenantAppRole;
}

QString sourceOf(const Entry &e)
{
    if (e.origin == Origin::Live)
        return u"live:"_s + e.tenantId;
    return u"bundled"_s;
}

QJsonObject toJson(const Hit &hit, const QDate &bundledDate)
{
    const Entry &e = *hit.entry;
    QJsonObject o{{"kind"_L1, kindKey(e.kind)},      {"id"_L1, e.id},
                  {"displayName"_L1, e.displayName}, {"description"_L1, e.description},
                  {"source"_L1, sourceOf(e)},        {"match"_L1, rankKey(hit.rank)}};
    if (isPermission(e.kind)) {
        o.insert("value"_L1, e.value);
        o.insert("resourceAppId"_L1, e.resourceAppId);
        o.insert("resourceName"_L1, e.resourceName);
        o.insert("isEnabled"_L1, e.isEnabled);
        if (!e.twinId.isEmpty())
            o.insert("twinId"_L1, e.twinId);
        if (!e.consentType.isEmpty())
            o.insert("adminConsentRequired"_L1, e.consentType == "Admin"_L1);
    } else {
        o.insert("name"_L1, e.value);
    }
    if (e.kind == Kind::AzureRole) {
        o.insert("actions"_L1, QJsonArray::fromStringList(e.actions));
        o.insert("notActions"_L1, QJsonArray::fromStringList(e.notActions));
        o.insert("dataActions"_L1, QJsonArray::fromStringList(e.dataActions));
        o.insert("notDataActions"_L1, QJsonArray::fromStringList(e.notDataActions));
    }
    if (e.kind == Kind::AppRole || e.kind == Kind::AzureRole || e.kind == Kind::DirectoryRole)
        o.insert("tier"_L1, e.tier == Tier::Untiered ? QJsonValue() : QJsonValue(int(e.tier)));
    if (!e.formerNames.isEmpty())
        o.insert("formerNames"_L1, QJsonArray::fromStringList(e.formerNames));
    if (!e.status.isEmpty())
        o.insert("status"_L1, e.status);
    if (e.origin == Origin::Bundled) {
        o.insert("sourceFile"_L1, e.sourceFile);
        o.insert("bundledDate"_L1, bundledDate.toString(Qt::ISODate));
    } else {
        o.insert("fetchedAt"_L1, e.fetchedAt.toUTC().toString(Qt::ISODate));
    }
    if (e.liveState == LiveState::New)
        o.insert("liveState"_L1, u"new"_s);
    else if (e.liveState == LiveState::Gone)
        o.insert("liveState"_L1, u"gone"_s);
    return o;
}

QString oneLine(QString s)
{
    s.replace(u'\n', u' ');
    s.replace(u'\r', u' ');
    s.replace(u'\t', u' ');
    // Tenant data (the live catalog) may hold anything: no escape sequence reaches the terminal.
    return terminalSafe(s);
}

} // namespace

int runLookup(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Tr::tr("Look up a permission, role or app by name, words or GUID."));
    parser.addPositionalArgument(u"query"_s, Tr::tr("Value, name, words or (partial) GUID."),
                                 u"QUERY..."_s);
    const QCommandLineOption kindOption(
            u"kind"_s,
            Tr::tr("Only results of this kind: app-role, scope, azure-role, "
                   "directory-role, app, tenant-app-role, known-guid."),
            Tr::tr("kind"));
    const QCommandLineOption jsonOption(u"json"_s, Tr::tr("Print a JSON array."));
    const QCommandLineOption limitOption(
            u"limit"_s, Tr::tr("At most N results (default 25; 0 for all)."), u"N"_s, u"25"_s);
    const QCommandLineOption tenantOption(
            u"tenant"_s,
            Tr::tr("Also search this tenant's cached live catalog (from the last refresh)."),
            Tr::tr("tenant-id"));
    const QCommandLineOption langOption(u"lang"_s, Tr::tr("User interface language."),
                                        Tr::tr("language"));
    const QCommandLineOption helpOption(QStringList{u"h"_s, u"help"_s}, Tr::tr("Show this help."));
    parser.addOption(kindOption);
    parser.addOption(jsonOption);
    parser.addOption(limitOption);
    parser.addOption(tenantOption);
    parser.addOption(langOption);
    parser.addOption(helpOption);

    if (!parser.parse(QStringList{u"identity-explorer lookup"_s} + args))
        return cli::fail(Verb, parser.errorText(), 2);
    if (parser.isSet(helpOption)) {
        cli::out() << cli::helpText(parser, u"lookup"_s);
        cli::out().flush();
        return 0;
    }

    std::optional<Kind> kind;
    if (parser.isSet(kindOption)) {
        kind = kindFromKey(parser.value(kindOption));
        if (!kind)
            return cli::fail(Verb, Tr::tr("unknown kind \"%1\"").arg(parser.value(kindOption)), 2);
    }
    constexpr qint64 MaxLimit = 1000000;
    const std::optional<qint64> limitValue
            = cli::numberInRange(parser.value(limitOption), 0, MaxLimit);
    if (!limitValue)
        return cli::fail(Verb,
                         cli::rangeMessage(u"--limit"_s, 0, MaxLimit, parser.value(limitOption)),
                         2);
    const int limit = int(*limitValue);
    const QString query = parser.positionalArguments().join(u' ');
    if (SearchIndex::cleanQuery(query).isEmpty())
        return cli::fail(Verb, Tr::tr("nothing to look up: give a name, words or a GUID"), 2);

    Catalog catalog;
    if (const auto r = catalog.loadBundled(); !r)
        return cli::fail(Verb, r.error().message, 1);
    if (parser.isSet(tenantOption)) {
        // A missing or corrupt cache is worth a warning, not a failure: the bundle still answers.
        if (auto cached = tenantcache::load(parser.value(tenantOption)); cached)
            catalog.setTenantSnapshot(*cached);
        else
            cli::err() << Tr::tr("warning: %1").arg(cached.error().message) << Qt::endl;
    }

    const QList<Hit> hits = catalog.search(query, {kind, limit});
    if (parser.isSet(jsonOption)) {
        QJsonArray list;
        for (const Hit &h : hits)
            list.append(toJson(h, catalog.bundledDate()));
        cli::out() << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        cli::out().flush();
    } else {
        // One twin note per name, after the list: the application permission's id on each
        // API that has the twin (one id may serve several APIs), not one note per match.
        QStringList twinNames;
        QHash<QString, QList<std::pair<QString, QStringList>>> twinIds; // name -> (id, APIs)
        for (const Hit &h : hits) {
            const Entry &e = *h.entry;
            QString name = e.value.isEmpty() ? e.displayName : e.value;
            if (isPermission(e.kind) && e.resourceAppId != QLatin1StringView(Catalog::GraphAppId))
                name += u" ("_s + e.resourceName + u')';
            QString line = kindKey(e.kind) + u"  "_s + oneLine(e.id) + u"  "_s + oneLine(name);
            const QString desc = oneLine(e.description.isEmpty() ? e.displayName : e.description);
            if (!desc.isEmpty() && desc != name)
                line += u"  \u2014 "_s + desc;
            cli::out() << line << '\n';
            if ((e.kind == Kind::Scope || e.kind == Kind::AppRole) && !e.twinId.isEmpty()
                && e.twinId != e.id) {
                if (!twinIds.contains(e.value))
                    twinNames << e.value;
                auto &ids = twinIds[e.value];
                const QString appId = e.kind == Kind::AppRole ? e.id : e.twinId;
                auto it = std::find_if(ids.begin(), ids.end(),
                                       [&appId](const auto &p) { return p.first == appId; });
                if (it == ids.end())
                    it = ids.insert(ids.end(), {appId, {}});
                if (!it->second.contains(e.resourceName))
                    it->second << e.resourceName;
            }
        }
        for (const QString &value : std::as_const(twinNames)) {
            const auto &ids = twinIds.value(value);
            QStringList parts;
            for (const auto &[id, apis] : ids)
                parts << (ids.size() == 1 ? oneLine(id)
                                          : u"%1: %2"_s.arg(oneLine(apis.join(u", "_s)),
                                                            oneLine(id)));
            cli::err() << Tr::tr("note: %1 is both an application permission and a delegated "
                                 "permission with different ids; an appRoleAssignment needs the "
                                 "application permission's id (%2).")
                                  .arg(oneLine(value), parts.join(u"; "_s))
                       << '\n';
        }
        cli::out().flush();
        cli::err().flush();
    }
    if (hits.isEmpty())
        return cli::fail(Verb, Tr::tr("no match for \"%1\"").arg(SearchIndex::cleanQuery(query)),
                         1);
    return 0;
}

} // namespace ie::catalog
