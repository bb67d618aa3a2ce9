#pragma once

#include "arm/rbactypes.h"
#include "core/result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace ie::net {
class HttpClient;
class HttpJob;
} // namespace ie::net

namespace ie::arm {

struct CreateOutcome
{
    enum class Status { Created, AlreadyExists };
    Status status = Status::Created;
    RoleAssignment assignment; // Created: as ARM returned it
    QString requestId;
    int attempts = 1;
};

// Creates one role assignment. ARM answers PrincipalNotFound for an identity created moments ago
// (the directory has not replicated it yet): then the job waits and tries again with backoff,
// telling the UI how long it waits, for up to about two minutes. RoleAssignmentExists means the
// role is already granted (under another name): that is success, not an error. Finishes once.
class RoleAssignmentCreateJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoleAssignmentCreateJob)
public:
    using Delays = QList<std::chrono::milliseconds>;
    // 5, 10, 20, 30, 30, 30 s: about two minutes in all.
    static Delays defaultDelays();

    ~RoleAssignmentCreateJob() override;

    // Tests make the waits short; set before the first retry.
    void setDelays(const Delays &delays) { m_delays = delays; }
    void setTickInterval(std::chrono::milliseconds tick) { m_tick = tick; }

    QString scope() const { return m_scope; }
    QString roleDefinitionGuid() const { return m_role; }
    QString principalId() const { return m_principal; }
    QString name() const { return m_name; }
    const Result<CreateOutcome> &result() const { return m_result; }
    bool isFinished() const { return m_finished; }

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    // ARM does not know the principal yet: the next attempt (number `attempt`) starts in `delayMs`.
    void waitingForReplication(int attempt, qint64 delayMs);
    // Once per tick while waiting: what is left of the wait.
    void countdown(qint64 remainingMs);
    void finished();

private:
    friend class RoleAssignmentClient;
    RoleAssignmentCreateJob(ie::net::HttpClient *client, QString scope, QString roleGuid,
                            QString principalId, QString name);
    void start();
    void attempt();
    void finish(Result<CreateOutcome> result);

    QPointer<ie::net::HttpClient> m_client;
    QPointer<ie::net::HttpJob> m_current;
    QString m_scope;
    QString m_role;
    QString m_principal;
    QString m_name;
    Delays m_delays;
    std::chrono::milliseconds m_tick{1000};
    QTimer m_tickTimer;
    QElapsedTimer m_waited;
    qint64 m_waitMs = 0;
    int m_attempts = 0;
    bool m_finished = false;
    Result<CreateOutcome> m_result;
};

} // namespace ie::arm
