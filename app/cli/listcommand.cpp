#include "cli/listcommand.h"

#include "cli/cli.h"
#include "core/jsonstream.h"
#include "core/tablecell.h"
#include "models/identityloader.h"
#include "models/identitytreemodel.h"
#include "net/httpclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using ie::models::Identity;
using ie::models::IdentityLoader;
using ie::models::IdentityTreeModel;

namespace ie::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ie::cli::ListCommand)
};

const QString Verb = u"list"_s;

bool isManaged(const Identity &i)
{
    return i.kind == Identity::Kind::SystemAssigned || i.kind == Identity::Kind::UserAssigned;
}

// A system-assigned identity's backing resource; the resources a user-assigned one is attached to.
QStringList resourcesOf(const Identity &i)
{
    if (i.kind == Identity::Kind::UserAssigned)
        return i.attachedTo;
    if (i.kind == Identity::Kind::SystemAssigned && !i.resourceId.isEmpty())
        return {i.resourceId};
    return {};
}

// The identities in the tree's order: groups as shown, rows in the order they arrived.
QList<const Identity *> inTreeOrder(const IdentityTreeModel &model, const QModelIndex &parent = {})
{
    QList<const Identity *> out;
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex i = model.index(r, 0, parent);
        if (const Identity *identity = model.identity(i))
            out.append(identity);
        else
            out += inTreeOrder(model, i);
    }
    return out;
}

void printText(const QList<const Identity *> &rows)
{
    const QString header[] = {u"KIND"_s, u"OBJECT-ID"_s, u"APP-ID"_s, u"NAME"_s, u"RESOURCE"_s};
    qsizetype width[4] = {header[0].size(), 36, 36, header[3].size()};
    for (const Identity *i : rows) {
        width[0] = std::max(width[0], Identity::kindName(i->kind).size());
        width[1] = std::max(width[1], i->objectId.size());
        width[2] = std::max(width[2], i->appId.size());
        width[3] = std::max(width[3], std::min<qsizetype>(escapedCell(i->displayName).size(), 64));
    }
    auto line = [&](const QString &a, const QString &b, const QString &c, const QString &d,
                    const QString &e) {
        out() << a.leftJustified(width[0]) << "  " << b.leftJustified(width[1]) << "  "
              << c.leftJustified(width[2]) << "  " << d.leftJustified(width[3]) << "  " << e;
        out() << '\n';
    };
    line(header[0], header[1], header[2], header[3], header[4]);
    for (const Identity *i : rows) {
        // Cells escaped: a displayName with a tab, a newline or ESC cannot forge a row.
        QStringList resources = resourcesOf(*i);
        for (QString &r : resources)
            r = escapedCell(r);
        QString resource = resources.join(u',');
        if (i->orphaned())
            resource += resource.isEmpty() ? u"(orphaned)"_s : u" (orphaned)"_s;
        line(Identity::kindName(i->kind), i->objectId.isEmpty() ? u"-"_s : escapedCell(i->objectId),
             i->appId.isEmpty() ? u"-"_s : escapedCell(i->appId),
             i->displayName.isEmpty() ? u"-"_s : escapedCell(i->displayName),
             resource.isEmpty() ? u"-"_s : resource);
    }
    out().flush();
}

// `armKnown` false: the subscriptions could not be listed, so a user-assigned identity's
// resources are unknown (null), not none. Streamed row by row (100,000 rows never make a document
// in memory), the same bytes as QJsonDocument's indented format: keys in QJsonObject's order.
// `blueprints`: an agent identity's object id (lower case) -> its agentIdentityBlueprintId (the
// blueprint's appId); `blueprintsKnown` false: they could not be read, so null, not absent.
void printJson(const QList<const Identity *> &rows, bool armKnown,
               const QHash<QString, QString> &blueprints, bool blueprintsKnown)
{
    out().flush();
    JsonStreamWriter w(stdout);
    w.beginArray();
    for (const Identity *i : rows) {
        w.beginObject();
        if (i->kind == Identity::Kind::AgentIdentity) {
            w.key("agentIdentityBlueprintId"_L1);
            const auto b = blueprints.constFind(i->objectId.toLower());
            if (!blueprintsKnown || b == blueprints.cend())
                w.null();
            else
                w.string(*b);
        }
        w.key("appId"_L1);
        w.string(i->appId);
        w.key("displayName"_L1);
        w.string(i->displayName);
        if (isManaged(*i) && !i->resourceId.isEmpty()) {
            w.key("identityResourceId"_L1); // the ARM id Graph names
            w.string(i->resourceId);
        }
        w.key("kind"_L1);
        w.string(Identity::kindName(i->kind));
        w.key("objectId"_L1);
        w.string(i->objectId);
        w.key("orphaned"_L1);
        w.boolean(i->orphaned());
        w.key("resourceIds"_L1);
        if (!armKnown && i->kind == Identity::Kind::UserAssigned)
            w.null();
        else
            w.stringArray(resourcesOf(*i));
        w.endObject();
    }
    w.endArray();
    w.finish();
}

} // namespace

int runList(const QStringList &args, const Connector &defaultConnection)
{
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr("List every managed identity and service principal, as the "
                                       "identity tree shows them, from Microsoft Graph and Azure "
                                       "Resource Manager."));
    const QCommandLineOption managed(u"managed"_s, Tr::tr("Only managed identities."));
    const QCommandLineOption json(u"json"_s, Tr::tr("Print a JSON array instead of text."));
    p.addOptions({managed, json});
    int code = 0;
    const std::optional<CredentialOptions> options = parseVerbArguments(p, Verb, args, &code);
    if (!options)
        return code;

    ie::net::HttpClient client;
    // Deliberately never freed: the process ends right after printing, and freeing 100,000 rows
    // one by one would only delay that exit (by about a tenth of a second).
    IdentityTreeModel &model = *new IdentityTreeModel;
    IdentityLoader loader(&client, &model);
    QObject::connect(&loader, &IdentityLoader::stateChanged, &loader, [&](IdentityLoader::State s) {
        if (s == IdentityLoader::State::Loading)
            return;
        for (const QString &problem : loader.problems())
            err() << "identity-explorer list: " << problem << Qt::endl;
        if (s != IdentityLoader::State::Complete && model.identityCount() == 0) {
            code = 1;
            QCoreApplication::exit(code);
            return;
        }
        QList<const Identity *> rows = inTreeOrder(model);
        if (p.isSet(managed))
            rows.removeIf([](const Identity *i) { return !isManaged(*i); });
        const auto print = [&, s, rows](const QHash<QString, QString> &blueprints,
                                        bool blueprintsKnown) {
            if (p.isSet(json))
                printJson(rows, !loader.armUnavailable(), blueprints, blueprintsKnown);
            else
                printText(rows);
            if (s == IdentityLoader::State::Complete && loader.armUnavailable()) {
                // Graph is whole, but no resource of any managed identity is known.
                code = 3;
                err() << "identity-explorer list: "
                      << Tr::tr("The list is incomplete: the managed identities' resources are "
                                "unknown.")
                      << Qt::endl;
            }
            if (s != IdentityLoader::State::Complete) {
                // Never a partial list as if it were whole.
                code = 3;
                err() << "identity-explorer list: "
                      << Tr::tr("The list is incomplete: %n identities were read before loading "
                                "stopped.",
                                nullptr, model.identityCount())
                      << Qt::endl;
            }
            QCoreApplication::exit(code);
        };
        const bool agents = std::any_of(rows.cbegin(), rows.cend(), [](const Identity *i) {
            return i->kind == Identity::Kind::AgentIdentity;
        });
        if (!p.isSet(json) || !agents) {
            print({}, true);
            return;
        }
        // Each agent identity's blueprint, from the agent identity list (the tree's listing is of
        // the base type, where agentIdentityBlueprintId cannot be selected):
        // https://learn.microsoft.com/graph/api/agentidentity-list?view=graph-rest-1.0
        QUrl url(client.cloud().graphUrl.toString()
                 + u"/v1.0/servicePrincipals/microsoft.graph.agentIdentity"_s);
        url.setQuery(u"$select=id,agentIdentityBlueprintId&$top=999"_s);
        auto *pages = client.getPages(ie::net::HttpRequest::get(url));
        auto blueprints = std::make_shared<QHash<QString, QString>>();
        QObject::connect(pages, &ie::net::PageJob::pageArrived, pages,
                         [blueprints](const QJsonArray &items, const QJsonObject &) {
                             for (const QJsonValue &v : items) {
                                 const QJsonObject o = v.toObject();
                                 blueprints->insert(o.value("id"_L1).toString().toLower(),
                                                    o.value("agentIdentityBlueprintId"_L1).toString());
                             }
                         });
        QObject::connect(pages, &ie::net::PageJob::finished, pages, [&, pages, blueprints, print] {
            const bool ok = pages->result().ok();
            if (!ok)
                err() << "identity-explorer list: "
                      << Tr::tr("The agent identities' blueprints could not be read (null in the "
                                "output): %1")
                                 .arg(pages->result().error().userMessage())
                      << Qt::endl;
            print(*blueprints, ok);
        });
    });
    return execConnected(Verb, *options, client, defaultConnection, [&] { loader.load(); });
}

} // namespace ie::cli
