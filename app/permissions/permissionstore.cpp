#include "permissions/permissionstore.h"

#include "permissions/permissionkind.h"

namespace ie::permissions {

PermissionStore::PermissionStore(QObject *parent) : QObject(parent) { }

PermissionStore::~PermissionStore() = default;

void PermissionStore::addKind(PermissionKind *kind)
{
    m_kinds.append(kind);
}

QList<PermissionKind *> PermissionStore::kinds() const
{
    QList<PermissionKind *> out;
    for (const QPointer<PermissionKind> &k : m_kinds) {
        if (k)
            out.append(k);
    }
    return out;
}

PermissionKind *PermissionStore::kind(Kind kind) const
{
    for (const QPointer<PermissionKind> &k : m_kinds) {
        if (k && k->kind() == kind)
            return k;
    }
    return nullptr;
}

void PermissionStore::ensureLoaded(const QString &principalId, const QList<Kind> &kinds)
{
    if (principalId.isEmpty())
        return;
    const QString key = keyOf(principalId);
    QList<Kind> missing;
    for (PermissionKind *k : this->kinds()) {
        if ((kinds.isEmpty() || kinds.contains(k->kind()))
            && !m_reads.value(key).contains(k->kind()))
            missing.append(k->kind());
    }
    if (!missing.isEmpty())
        refresh(principalId, missing);
}

void PermissionStore::refresh(const QString &principalId, const QList<Kind> &onlyKinds)
{
    if (principalId.isEmpty())
        return;
    const QString key = keyOf(principalId);
    IdentityPermissions &known = m_known[key];
    known.principalId = principalId;
    const quint64 generation = m_generation;
    // Again what was read before (a change refreshes what the views show, not more).
    const QList<Kind> before = m_reads.value(key).keys();
    const QList<Kind> only = !onlyKinds.isEmpty() ? onlyKinds : before;
    for (PermissionKind *k : kinds()) {
        const Kind kind = k->kind();
        if (!only.isEmpty() && !only.contains(kind))
            continue;
        const quint64 read = ++m_nextRead;
        m_reads[key][kind] = read;
        ++m_loading[key];
        k->listHeld(principalId, this,
                    [this, key, kind, read, generation](const Result<QList<HeldPermission>> &r,
                                                        const QStringList &notes) {
                        if (generation != m_generation)
                            return;
                        if (--m_loading[key] <= 0)
                            m_loading.remove(key);
                        if (m_reads.value(key).value(kind) != read)
                            return; // overtaken by a newer read
                        IdentityPermissions &p = m_known[key];
                        KindState state;
                        QList<HeldPermission> kept;
                        for (const HeldPermission &h : std::as_const(p.items)) {
                            if (h.kind != kind || !r)
                                kept.append(h);
                        }
                        if (r) {
                            kept.append(*r);
                            state.loaded = true;
                        } else {
                            state.error = r.error().userMessage();
                        }
                        state.notes = notes;
                        p.items = kept;
                        p.states.insert(kind, state);
                        Q_EMIT changed(p.principalId);
                    });
    }
}

IdentityPermissions PermissionStore::permissions(const QString &principalId) const
{
    IdentityPermissions p = m_known.value(keyOf(principalId));
    if (p.principalId.isEmpty())
        p.principalId = principalId;
    return p;
}

bool PermissionStore::isLoading(const QString &principalId) const
{
    return m_loading.value(keyOf(principalId)) > 0;
}

void PermissionStore::clear()
{
    ++m_generation;
    m_known.clear();
    m_reads.clear();
    m_loading.clear();
}

} // namespace ie::permissions
