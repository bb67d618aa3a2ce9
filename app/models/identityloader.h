#pragma once

#include "core/result.h"
#include "models/identitytreemodel.h"
#include "net/jsonscan.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <deque>
#include <memory>

namespace ie::net {
class HttpClient;
class PageJob;
} // namespace ie::net

namespace ie::models {

// Fills an IdentityTreeModel from Graph (every service principal, page by page, rows shown as
// they arrive) and ARM (subscriptions, then each subscription's resources, for the managed
// identities' backing and attached resources). ARM failures are reported per subscription and
// skipped: the tree still works from Graph alone. A Graph page that fails for good leaves the
// loaded rows and the state Incomplete; retry() continues from that page.
class IdentityLoader : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityLoader)
public:
    enum class State { Idle, Loading, Complete, Incomplete, Cancelled };
    Q_ENUM(State)

    IdentityLoader(ie::net::HttpClient *client, IdentityTreeModel *model,
                   QObject *parent = nullptr);
    ~IdentityLoader() override;

    State state() const { return m_state; }
    // What went wrong, one line each (a failed page, an unreadable subscription).
    QStringList problems() const;
    std::optional<ApiError> graphError() const { return m_graphError; }
    // Graph $top per page (1..999; default 999, the most Graph gives).
    void setPageSize(int size) { m_pageSize = qBound(1, size, 999); }
    bool armDone() const { return m_armPending == 0 && m_armStarted; }
    // Whether the subscriptions could not be listed at all: then no managed identity's resources
    // are known (a user-assigned one would read as attached to nothing).
    bool armUnavailable() const { return m_armUnavailable; }
    // Whether the model holds the answer of search() (only the matches, not the whole tenant),
    // and for which words; load() ends it.
    bool isSearchResult() const { return !m_searchTerm.isEmpty(); }
    QString searchTerm() const { return m_searchTerm; }

public Q_SLOTS:
    void load(); // everything, from the start
    // Server-side search (Graph $search on displayName, ConsistencyLevel: eventual): the model
    // then holds only the matches. For tenants too big to load whole.
    void search(const QString &text);
    void retry();
    void cancel();

Q_SIGNALS:
    void stateChanged(ie::models::IdentityLoader::State state);
    void progress(int identities);
    // A lasting problem (a failed page, an unreadable subscription): also in problems().
    void problem(const QString &text);
    // Transient news for a status line (a throttled request that will be retried).
    void notice(const QString &text);

private:
    // By value: retry() passes members that startGraph() resets.
    void startGraph(QUrl url, QList<QPair<QByteArray, QByteArray>> headers);
    void startArm();
    void loadSubscription(const QString &subscriptionId);
    void armFinishedOne();
    void maybeFinish();
    void drain();
    void setState(State s);
    QString graphSelect() const;

    QPointer<ie::net::HttpClient> m_client;
    QPointer<IdentityTreeModel> m_model;
    QPointer<ie::net::PageJob> m_graph;
    QList<QPointer<ie::net::PageJob>> m_armJobs;
    QList<QPair<QByteArray, QByteArray>> m_graphHeaders;
    ArmSnapshot m_arm;
    QUrl m_resume;
    QString m_searchTerm; // what search() asked for; empty after load()
    QString m_graphProblem; // the failed Graph page, cleared by retry()
    QStringList m_armProblems;
    std::optional<ApiError> m_graphError;
    State m_state = State::Idle;
    bool m_graphDone = false;
    bool m_armStarted = false;
    bool m_armUnavailable = false;
    int m_armPending = 0;
    int m_pageSize = 999;
    int m_armApplied = 0; // identities [0, m_armApplied) have the ARM data merged
    quint64 m_generation = 0;
    // A page received, not yet all in the model: its bytes and where reading stands.
    struct ScannedPage
    {
        ScannedPage(const QByteArray &bytes, qsizetype valueBegin, qsizetype valueEnd);
        QByteArray body;
        ie::net::json::Cursor cursor; // inside body's "value" array
    };
    std::deque<std::unique_ptr<ScannedPage>> m_queue;
    QTimer m_drainTimer;
};

} // namespace ie::models
