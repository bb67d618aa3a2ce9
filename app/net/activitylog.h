#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <algorithm>

namespace ie::net {

// What the Activity pane shows: one entry per HTTP attempt, with secrets already redacted.
struct ActivityEntry
{
    QDateTime time;
    QString method;
    QString url; // redacted: no secrets in query strings
    int status = 0; // 0: no HTTP answer
    qint64 durationMs = 0;
    QString requestId;
    QString clientRequestId;
    int attempt = 1;
    QString note; // "retry in 2 s (429)", "cancelled", error summary
};

class ActivityLog : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityLog)
public:
    explicit ActivityLog(QObject *parent = nullptr);
    static constexpr int DefaultCapacity = 5000;
    // Oldest entries are dropped beyond this many.
    void setCapacity(int capacity) { m_capacity = std::max(1, capacity); }
    int capacity() const { return m_capacity; }

    void append(ActivityEntry entry);
    const QList<ActivityEntry> &entries() const { return m_entries; }
    void clear();

Q_SIGNALS:
    void entryAppended(const ie::net::ActivityEntry &entry);
    void entriesDropped(int count); // oldest entries dropped to stay within capacity()
    void cleared();

private:
    QList<ActivityEntry> m_entries;
    int m_capacity = DefaultCapacity;
};

} // namespace ie::net
