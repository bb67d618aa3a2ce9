#include "arm/scopehierarchy.h"

using namespace Qt::StringLiterals;

namespace ie::arm {

QString ScopeHierarchy::managementGroupScope(const QString &name)
{
    return QLatin1StringView(ManagementGroupPrefix) + name;
}

bool ScopeHierarchy::isManagementGroup(const QString &scope)
{
    return !managementGroupName(scope).isEmpty();
}

QString ScopeHierarchy::managementGroupName(const QString &scope)
{
    const QLatin1StringView prefix(ManagementGroupPrefix);
    if (!scope.startsWith(prefix, Qt::CaseInsensitive))
        return {};
    const QString rest = scope.mid(prefix.size());
    // Only the group itself: a path below it (".../providers/...") is not a group scope.
    if (rest.isEmpty() || rest.contains(u'/'))
        return {};
    return rest;
}

QString ScopeHierarchy::subscriptionOf(const QString &scope)
{
    if (!scope.startsWith("/subscriptions/"_L1, Qt::CaseInsensitive))
        return {};
    return scope.section(u'/', 0, 2);
}

void ScopeHierarchy::setParent(const QString &child, const QString &parent)
{
    if (child.isEmpty() || parent.isEmpty() || child.compare(parent, Qt::CaseInsensitive) == 0)
        return;
    m_parent.insert(child.toLower(), parent);
}

QString ScopeHierarchy::parentOf(const QString &scope) const
{
    return m_parent.value(scope.toLower());
}

void ScopeHierarchy::merge(const ScopeHierarchy &other)
{
    for (auto it = other.m_parent.cbegin(); it != other.m_parent.cend(); ++it)
        m_parent.insert(it.key(), it.value());
}

bool ScopeHierarchy::covers(const QString &ancestor, const QString &scope) const
{
    if (ancestor.isEmpty() || scope.isEmpty())
        return false;
    if (ancestor == "/"_L1 || scope.compare(ancestor, Qt::CaseInsensitive) == 0
        || scope.startsWith(ancestor + u'/', Qt::CaseInsensitive))
        return true;
    if (!isManagementGroup(ancestor))
        return false;
    // Up from the subscription (or the group itself) through the groups; a cycle in bad data
    // ends after as many steps as there are links.
    QString at = isManagementGroup(scope) ? scope : subscriptionOf(scope);
    for (qsizetype steps = 0; !at.isEmpty() && steps <= m_parent.size(); ++steps) {
        at = parentOf(at);
        if (at.compare(ancestor, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace ie::arm
