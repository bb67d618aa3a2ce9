#include "models/heldchange.h"

namespace ie::models {

void HeldExpectation::expect(const QSet<QString> &added, const QSet<QString> &removed)
{
    for (const QString &id : added) {
        m_removed.remove(id.toLower());
        m_added.insert(id.toLower());
    }
    for (const QString &id : removed) {
        m_added.remove(id.toLower());
        m_removed.insert(id.toLower());
    }
}

void HeldExpectation::clear()
{
    m_added.clear();
    m_removed.clear();
}

bool HeldExpectation::metBy(const QStringList &ids)
{
    if (isEmpty())
        return true;
    QSet<QString> listed;
    for (const QString &id : ids)
        listed.insert(id.toLower());
    for (const QString &id : std::as_const(m_added)) {
        if (!listed.contains(id))
            return false;
    }
    for (const QString &id : std::as_const(m_removed)) {
        if (listed.contains(id))
            return false;
    }
    clear();
    return true;
}

} // namespace ie::models
