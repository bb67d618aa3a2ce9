// bench_identity_tree: starts its own sandbox process (`identity-explorer sandbox --size N
// --json`), loads the whole tenant through IdentityLoader into IdentityTreeModel exactly as the
// Identities area does, and filters it keystroke by keystroke through IdentityFilterModel. Prints
// one JSON object: {"firstRowsMs", "fullLoadMs", "maxStallMs", "filterP95Ms", "peakRssMb", "rows",
// ...}.
//   --size N   service principals to add to the sandbox tenant (default 100000)
//   --runs N   loads to time (default 1); the figures are of the median load by fullLoadMs
//   --smoke    a small tenant (2,000), one run: CTest runs this to keep the benchmark working

#include "auth/clientcredentials.h"
#include "cloud/cloud.h"
#include "models/identityfiltermodel.h"
#include "models/identityloader.h"
#include "models/identitytreemodel.h"
#include "net/httpclient.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using ie::models::IdentityLoader;

namespace {

int fail(const QString &text)
{
    std::fprintf(stderr, "bench_identity_tree: %s\n", qPrintable(text));
    return 1;
}

// Peak resident set of this process (VmHWM), in MB.
double peakRssMb()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

struct LoadFigures
{
    double firstRowsMs = -1;
    double fullLoadMs = -1;
    double maxStallMs = 0;
    int rows = 0;
    bool complete = false;
};

LoadFigures loadOnce(ie::net::HttpClient *client, ie::models::IdentityTreeModel *model)
{
    LoadFigures f;
    IdentityLoader loader(client, model);
    QEventLoop loop;
    QElapsedTimer clock;
    // The UI thread's responsiveness: a 5 ms timer and how late it fires.
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(5);
    QElapsedTimer sinceTick;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        const double late = double(sinceTick.nsecsElapsed()) / 1e6 - 5.0;
        f.maxStallMs = std::max(f.maxStallMs, late);
        if (late > 30 && qEnvironmentVariableIsSet("IE_BENCH_VERBOSE"))
            std::fprintf(stderr, "stall %6.1f ms at %7.1f ms, %d rows, state %d\n", late,
                         double(clock.nsecsElapsed()) / 1e6, model->identityCount(),
                         int(loader.state()));
        sinceTick.start();
    });
    // First rows: the first identity (not a group) inserted.
    QObject::connect(model, &QAbstractItemModel::rowsInserted, &loop,
                     [&](const QModelIndex &parent, int first) {
                         if (f.firstRowsMs < 0
                             && !model->index(first, 0, parent)
                                         .data(ie::models::IdentityTreeModel::IsGroupRole)
                                         .toBool())
                             f.firstRowsMs = double(clock.nsecsElapsed()) / 1e6;
                     });
    QObject::connect(&loader, &IdentityLoader::stateChanged, &loop, [&](IdentityLoader::State s) {
        if (s == IdentityLoader::State::Loading)
            return;
        f.fullLoadMs = double(clock.nsecsElapsed()) / 1e6;
        f.complete = s == IdentityLoader::State::Complete;
        if (!f.complete)
            std::fprintf(stderr, "load ended %d: %s\n", int(s),
                         qPrintable(loader.problems().join(u"; "_s)));
        loop.quit();
    });
    QTimer::singleShot(120000, &loop, [&] {
        std::fprintf(stderr, "load timed out\n");
        loop.quit();
    });
    clock.start();
    sinceTick.start();
    tick.start();
    loader.load();
    loop.exec();
    tick.stop();
    f.rows = model->identityCount();
    return f;
}

// Touches what an expanded tree view maps: every group's rows. A group holds either groups or
// identities, so looking at its first child tells which (as a view asks only what it shows).
int visibleRows(const QAbstractItemModel &m, const QModelIndex &parent, int depth)
{
    const int rows = m.rowCount(parent);
    int n = rows;
    if (depth > 0 && rows > 0
        && m.data(m.index(0, 0, parent), ie::models::IdentityTreeModel::IsGroupRole).toBool()) {
        for (int r = 0; r < rows; ++r)
            n += visibleRows(m, m.index(r, 0, parent), depth - 1);
    }
    return n;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool smoke = args.contains(u"--smoke"_s);
    int size = smoke ? 2000 : 100000;
    int runs = 1;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == "--size"_L1)
            size = args[i + 1].toInt();
        else if (args[i] == "--runs"_L1)
            runs = std::max(1, args[i + 1].toInt());
    }

    // The sandbox in its own process, as the issue asks: its work does not count as ours.
    QProcess sandbox;
    sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sandbox.start(ie::test::executable(),
                  {u"sandbox"_s, u"--json"_s, u"--size"_s, QString::number(size)});
    if (!sandbox.waitForStarted(20000))
        return fail(u"cannot start %1: %2"_s.arg(ie::test::executable(), sandbox.errorString()));
    auto stop = [&] {
        sandbox.terminate();
        if (!sandbox.waitForFinished(10000))
            sandbox.kill();
    };
    QElapsedTimer started;
    started.start();
    while (!sandbox.canReadLine() && started.elapsed() < 120000
           && sandbox.state() == QProcess::Running)
        sandbox.waitForReadyRead(1000);
    const QJsonObject line = QJsonDocument::fromJson(sandbox.readLine()).object();
    const double sandboxStartMs = double(started.elapsed());
    if (line.isEmpty()) {
        stop();
        return fail(u"the sandbox printed no JSON line"_s);
    }
    QFile cfg(line.value("cloudConfig"_L1).toString());
    if (!cfg.open(QIODevice::ReadOnly)) {
        stop();
        return fail(u"cannot read %1"_s.arg(cfg.fileName()));
    }
    const auto cloud = ie::Cloud::fromCloudConfig(cfg.readAll(), u"BenchSandbox"_s);
    if (!cloud) {
        stop();
        return fail(cloud.error().summary());
    }

    ie::net::HttpClient client;
    client.setCloud(*cloud);
    ie::auth::ClientCredentialsProvider tokens(&client, line.value("tenantId"_L1).toString(),
                                               line.value("clientId"_L1).toString(),
                                               line.value("clientSecret"_L1).toString());
    client.setTokenProvider(&tokens);

    ie::models::IdentityTreeModel model;
    std::vector<LoadFigures> loads;
    for (int r = 0; r < (smoke ? 1 : runs); ++r) {
        loads.push_back(loadOnce(&client, &model));
        if (!loads.back().complete) {
            stop();
            return fail(u"the load did not complete"_s);
        }
    }
    std::sort(loads.begin(), loads.end(), [](const LoadFigures &a, const LoadFigures &b) {
        return a.fullLoadMs < b.fullLoadMs;
    });
    const LoadFigures median = loads[loads.size() / 2];

    // Filter as typed, keystroke by keystroke, then erased again.
    ie::models::IdentityFilterModel filter;
    filter.setSourceModel(&model);
    visibleRows(filter, {}, 3);
    const QStringList typed{u"vm-batch"_s,      u"contoso orders"_s,
                            u"f4a5b6c7-0003"_s, u"microsoft.web/sites"_s,
                            u"user-assigned"_s, u"zzzz"_s};
    std::vector<double> times;
    QElapsedTimer t;
    qint64 shown = 0;
    for (const QString &word : typed) {
        for (int n = 1; n <= word.size(); ++n) {
            t.start();
            filter.setFilterText(word.left(n));
            const double set = double(t.nsecsElapsed()) / 1e6;
            const int rows = visibleRows(filter, {}, 3);
            shown += rows;
            times.push_back(double(t.nsecsElapsed()) / 1e6);
            if (qEnvironmentVariableIsSet("IE_BENCH_VERBOSE"))
                std::fprintf(stderr, "filter %-22s %7.2f ms (matching %5.2f ms), %d rows\n",
                             qPrintable(word.left(n)), times.back(), set, rows);
        }
        t.start();
        filter.setFilterText(QString());
        visibleRows(filter, {}, 3);
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    const double p95 = times[std::min(times.size() - 1, size_t(double(times.size()) * 0.95))];

    QJsonArray allLoads;
    for (const LoadFigures &l : loads)
        allLoads.append(l.fullLoadMs);
    const QJsonObject out{{"firstRowsMs"_L1, median.firstRowsMs},
                          {"fullLoadMs"_L1, median.fullLoadMs},
                          {"maxStallMs"_L1, median.maxStallMs},
                          {"filterP95Ms"_L1, p95},
                          {"filterMaxMs"_L1, times.back()},
                          {"peakRssMb"_L1, peakRssMb()},
                          {"rows"_L1, median.rows},
                          {"loadsMs"_L1, allLoads},
                          {"sandboxStartMs"_L1, sandboxStartMs},
                          {"size"_L1, size},
                          {"smoke"_L1, smoke}};
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    stop();
    if (shown < 0)
        return 1;
    return median.rows >= size ? 0 : fail(u"only %1 of %2 rows"_s.arg(median.rows).arg(size));
}
