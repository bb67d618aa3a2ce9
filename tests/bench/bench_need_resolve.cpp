// bench_need_resolve: "what does it need?" over the whole bundled role data. Times the build of
// the action index (what the GUI does off its thread after every catalog change), then the
// resolution of every known operation of both planes (what a keystroke costs once an operation
// is typed in full), of every prefix of a few operations as they are typed (unknown until the
// last keystroke: the suggestions are the expensive part), of typos, and of covers of several
// operations. Prints one JSON object: {"buildMs", "resolveP50Ms", "resolveP95Ms", ...}.
// --smoke runs briefly. Nothing here is asserted.

#include "catalog/actionindex.h"
#include "catalog/catalog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace ie::catalog;

namespace {

struct Figures
{
    double p50 = 0, p95 = 0, max = 0;
    qint64 count = 0;
};

Figures figures(std::vector<double> times)
{
    Figures f;
    if (times.empty())
        return f;
    std::sort(times.begin(), times.end());
    f.p50 = times[times.size() / 2];
    f.p95 = times[std::min(times.size() - 1, size_t(double(times.size()) * 0.95))];
    f.max = times.back();
    f.count = qint64(times.size());
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool smoke = app.arguments().contains(u"--smoke"_s);

    Catalog catalog;
    if (const auto r = catalog.loadBundled(); !r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
        return 1;
    }
    const QList<EntryPtr> entries = catalog.entries();

    QElapsedTimer t;
    std::vector<double> builds;
    ActionIndex index;
    for (int i = 0; i < (smoke ? 1 : 5); ++i) {
        t.start();
        ActionIndex built(entries);
        builds.push_back(double(t.nsecsElapsed()) / 1e6);
        index = std::move(built);
    }
    const Figures build = figures(builds);

    // Every known operation, in its own plane (data ones with the data: prefix, as the resolver
    // would also find them without).
    const QStringList control = index.operations(ActionPlane::Control);
    const QStringList data = index.operations(ActionPlane::Data);
    std::vector<double> known;
    qint64 grants = 0;
    const int step = smoke ? 50 : 1;
    for (int i = 0; i < control.size(); i += step) {
        t.start();
        grants += index.resolve({control.at(i), ActionPlane::Control}).roles.size();
        known.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    for (int i = 0; i < data.size(); i += step) {
        t.start();
        grants += index.resolve({data.at(i), ActionPlane::Data}).roles.size();
        known.push_back(double(t.nsecsElapsed()) / 1e6);
    }

    // As typed, keystroke by keystroke (every prefix is unknown until the whole is in).
    const QStringList typedFull{u"Microsoft.KeyVault/vaults/secrets/getSecret/action"_s,
                                u"Microsoft.Storage/storageAccounts/blobServices/containers/"
                                "blobs/read"_s,
                                u"Microsoft.Authorization/roleAssignments/write"_s,
                                u"Microsoft.Compute/virtualMachines/start/action"_s};
    std::vector<double> typed;
    for (const QString &full : typedFull) {
        for (qsizetype n = 1; n <= full.size(); n += smoke ? 10 : 1) {
            t.start();
            index.resolve(ActionQuery::parse(full.left(n)));
            typed.push_back(double(t.nsecsElapsed()) / 1e6);
        }
    }

    // Typos: a letter dropped from known operations.
    std::vector<double> typos;
    for (int i = 0; i < control.size(); i += smoke ? 500 : 25) {
        QString s = control.at(i);
        s.remove(s.size() / 2, 1);
        t.start();
        index.resolve(ActionQuery::parse(s));
        typos.push_back(double(t.nsecsElapsed()) / 1e6);
    }

    // Several at once: windows of 5 and 20 consecutive operations.
    std::vector<double> covers;
    for (int width : {5, 20}) {
        for (int i = 0; i + width <= control.size(); i += smoke ? 1000 : 100) {
            QList<ActionQuery> q;
            for (int k = 0; k < width; ++k)
                q.append({control.at(i + k), ActionPlane::Control});
            t.start();
            index.cover(q);
            covers.push_back(double(t.nsecsElapsed()) / 1e6);
        }
    }

    const Figures k = figures(known), ty = figures(typed), tp = figures(typos),
                  cv = figures(covers);
    const QJsonObject out{{"roles"_L1, index.roleCount()},
                          {"controlOperations"_L1, index.operationCount(ActionPlane::Control)},
                          {"dataOperations"_L1, index.operationCount(ActionPlane::Data)},
                          {"buildMs"_L1, build.p50},
                          {"buildMaxMs"_L1, build.max},
                          {"resolveP50Ms"_L1, k.p50},
                          {"resolveP95Ms"_L1, k.p95},
                          {"resolveMaxMs"_L1, k.max},
                          {"resolves"_L1, k.count},
                          {"typedP50Ms"_L1, ty.p50},
                          {"typedP95Ms"_L1, ty.p95},
                          {"typedMaxMs"_L1, ty.max},
                          {"typoP95Ms"_L1, tp.p95},
                          {"typoMaxMs"_L1, tp.max},
                          {"coverP95Ms"_L1, cv.p95},
                          {"coverMaxMs"_L1, cv.max},
                          {"grants"_L1, grants},
                          {"smoke"_L1, smoke}};
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return 0;
}
