#include "net/activitylog.h"

namespace ie::net {

ActivityLog::ActivityLog(QObject *parent) : QObject(parent) { }

void ActivityLog::append(ActivityEntry entry)
{
    m_entries.append(std::move(entry));
    Q_EMIT entryAppended(m_entries.constLast());
    if (m_entries.size() > m_capacity) {
        const int drop = int(m_entries.size()) - m_capacity;
        m_entries.remove(0, drop);
        Q_EMIT entriesDropped(drop);
    }
}

void ActivityLog::clear()
{
    m_entries.clear();
    Q_EMIT cleared();
}

} // namespace ie::net
