#include "catalog/actionindex.h"

#include "catalog/catalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <bit>

using namespace Qt::StringLiterals;

namespace ie::catalog {

QString planeKey(ActionPlane plane)
{
    switch (plane) {
    case ActionPlane::Auto:
        return u"auto"_s;
    case ActionPlane::Control:
        return u"control"_s;
    case ActionPlane::Data:
        return u"data"_s;
    }
    return {};
}

QString statusKey(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Resolved:
        return u"resolved"_s;
    case ActionStatus::Unknown:
        return u"unknown"_s;
    case ActionStatus::NoRole:
        return u"no-role"_s;
    case ActionStatus::Invalid:
        return u"invalid"_s;
    }
    return {};
}

namespace {

// The same match on text already in lower case: no case folding per character (the index
// lowers every pattern and operation once).
bool globLower(QStringView pattern, QStringView action)
{
    qsizetype p = 0, a = 0, star = -1, mark = 0;
    while (a < action.size()) {
        if (p < pattern.size() && pattern.at(p) == u'*') {
            star = p++;
            mark = a;
        } else if (p < pattern.size() && pattern.at(p) == action.at(a)) {
            ++p;
            ++a;
        } else if (star >= 0) {
            p = star + 1;
            a = ++mark;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern.at(p) == u'*')
        ++p;
    return p == pattern.size();
}

QStringList loweredList(const QStringList &list)
{
    QStringList out;
    out.reserve(list.size());
    for (const QString &s : list)
        out.append(s.trimmed().toLower());
    return out;
}

QString providerKey(const QString &lower)
{
    return lower.section(u'/', 0, 0);
}

} // namespace

bool actionMatches(QStringView pattern, QStringView action)
{
    // The classic greedy glob with one backtrack point: linear in practice, no recursion.
    qsizetype p = 0, a = 0, star = -1, mark = 0;
    while (a < action.size()) {
        if (p < pattern.size() && pattern.at(p) == u'*') {
            star = p++;
            mark = a;
        } else if (p < pattern.size()
                   && pattern.at(p).toCaseFolded() == action.at(a).toCaseFolded()) {
            ++p;
            ++a;
        } else if (star >= 0) {
            p = star + 1;
            a = ++mark;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern.at(p) == u'*')
        ++p;
    return p == pattern.size();
}

ActionQuery ActionQuery::parse(const QString &text)
{
    ActionQuery q;
    QString t = text.trimmed();
    if (t.startsWith("data:"_L1, Qt::CaseInsensitive)) {
        q.plane = ActionPlane::Data;
        t = t.mid(5).trimmed();
    } else if (t.startsWith("control:"_L1, Qt::CaseInsensitive)) {
        q.plane = ActionPlane::Control;
        t = t.mid(8).trimmed();
    }
    q.action = t;
    return q;
}

bool CoverResult::allResolved() const
{
    return std::all_of(actions.cbegin(), actions.cend(),
                       [](const ActionResolution &r) { return r.resolved(); });
}

// --- building ------------------------------------------------------------------------------

QList<RolePermission> ActionIndex::blocksOf(const Entry &role)
{
    if (!role.permissions.isEmpty())
        return role.permissions;
    // Entries that carry only the flat lists (a tenant's custom role from the cache) are one block.
    return {RolePermission{role.actions, role.notActions, role.dataActions, role.notDataActions,
                           role.condition}};
}

ActionIndex::ActionIndex(const QList<EntryPtr> &entries)
{
    QList<EntryPtr> roles;
    for (const EntryPtr &e : entries) {
        if (e && e->kind == Kind::AzureRole && !e->customRole && e->origin == Origin::Bundled
            && e->status != "removed"_L1)
            roles.append(e);
    }
    // The universe: every concrete string any role names, per plane.
    // Names are trimmed: one built-in role says "Microsoft.Network/virtualNetworks/read " and
    // means the operation without the space.
    auto addOp = [this](const QString &raw, ActionPlane plane) {
        const QString name = raw.trimmed();
        if (name.contains(u'*') || name.isEmpty())
            return;
        QHash<QString, int> &index = plane == ActionPlane::Data ? m_data : m_control;
        const QString lower = name.toLower();
        if (index.contains(lower))
            return;
        index.insert(lower, int(m_ops.size()));
        m_ops.push_back({name, lower, plane});
    };
    for (const EntryPtr &r : std::as_const(roles)) {
        for (const RolePermission &b : blocksOf(*r)) {
            for (const QString &a : b.actions)
                addOp(a, ActionPlane::Control);
            for (const QString &a : b.notActions)
                addOp(a, ActionPlane::Control);
            for (const QString &a : b.dataActions)
                addOp(a, ActionPlane::Data);
            for (const QString &a : b.notDataActions)
                addOp(a, ActionPlane::Data);
        }
    }

    const size_t words = (m_ops.size() + 63) / 64;
    m_roles.reserve(size_t(roles.size()));
    for (const EntryPtr &r : std::as_const(roles)) {
        RoleBits rb;
        rb.role = r;
        rb.blocks = blocksOf(*r);
        for (const RolePermission &b : std::as_const(rb.blocks))
            rb.lowered.append({loweredList(b.actions), loweredList(b.notActions),
                               loweredList(b.dataActions), loweredList(b.notDataActions),
                               b.condition});
        rb.granted.assign(words, 0);
        rb.unconditional.assign(words, 0);
        for (const RolePermission &b : std::as_const(rb.blocks)) {
            Bits allowed(words, 0), denied(words, 0);
            auto orInto = [this](Bits &into, const QStringList &patterns, ActionPlane plane) {
                for (const QString &p : patterns) {
                    const Bits &bits = patternBits(p, plane);
                    for (size_t w = 0; w < into.size(); ++w)
                        into[w] |= bits[w];
                }
            };
            orInto(allowed, b.actions, ActionPlane::Control);
            orInto(allowed, b.dataActions, ActionPlane::Data);
            orInto(denied, b.notActions, ActionPlane::Control);
            orInto(denied, b.notDataActions, ActionPlane::Data);
            for (size_t w = 0; w < words; ++w) {
                const quint64 g = allowed[w] & ~denied[w];
                rb.granted[w] |= g;
                if (b.condition.isEmpty())
                    rb.unconditional[w] |= g;
            }
        }
        for (quint64 w : rb.granted)
            rb.count += std::popcount(w);
        const int at = int(m_roles.size());
        m_roleById.insert(r->id, at);
        m_roleByName.insert(r->value.toLower(), at);
        for (const QString &former : r->formerNames)
            m_roleByName.insert(former.toLower(), at); // current names win: inserted below again
        m_roles.push_back(std::move(rb));
    }
    for (int i = 0; i < int(m_roles.size()); ++i)
        m_roleByName.insert(m_roles[size_t(i)].role->value.toLower(), i);
    for (int i = 0; i < int(m_ops.size()); ++i)
        m_byProvider[providerKey(m_ops[size_t(i)].lower)].push_back(i);
    m_patternCache.clear(); // only needed while building
    m_patternCache.squeeze();
}

const ActionIndex::Bits &ActionIndex::patternBits(const QString &pattern, ActionPlane plane)
{
    const QString lower = pattern.trimmed().toLower();
    const QString key = (plane == ActionPlane::Data ? u"d|"_s : u"c|"_s) + lower;
    auto it = m_patternCache.find(key);
    if (it != m_patternCache.end())
        return *it;
    Bits bits((m_ops.size() + 63) / 64, 0);
    if (!lower.contains(u'*')) {
        const int i = indexOf(lower, plane);
        if (i >= 0)
            bits[size_t(i) >> 6] |= quint64(1) << (i & 63);
    } else {
        for (size_t i = 0; i < m_ops.size(); ++i) {
            if (m_ops[i].plane == plane && globLower(lower, m_ops[i].lower))
                bits[i >> 6] |= quint64(1) << (i & 63);
        }
    }
    return *m_patternCache.insert(key, std::move(bits));
}

int ActionIndex::indexOf(const QString &lower, ActionPlane plane) const
{
    const QHash<QString, int> &index = plane == ActionPlane::Data ? m_data : m_control;
    return index.value(lower, -1);
}

int ActionIndex::operationCount(ActionPlane plane) const
{
    switch (plane) {
    case ActionPlane::Control:
        return int(m_control.size());
    case ActionPlane::Data:
        return int(m_data.size());
    case ActionPlane::Auto:
        break;
    }
    return int(m_ops.size());
}

QStringList ActionIndex::operations(ActionPlane plane) const
{
    QStringList out;
    for (const Operation &o : m_ops) {
        if (plane == ActionPlane::Auto || o.plane == plane)
            out.append(o.name);
    }
    return out;
}

// --- resolving -----------------------------------------------------------------------------

bool ActionIndex::grantsByPattern(const RoleBits &role, const QString &lower, ActionPlane plane,
                                  QString *matchedBy, bool *conditional)
{
    bool granted = false, unconditional = false;
    QString by;
    for (qsizetype i = 0; i < role.lowered.size(); ++i) {
        const RolePermission &b = role.lowered.at(i);
        const bool data = plane == ActionPlane::Data;
        const QStringList &allow = data ? b.dataActions : b.actions;
        const QStringList &deny = data ? b.notDataActions : b.notActions;
        const auto hit = std::find_if(allow.cbegin(), allow.cend(),
                                      [&](const QString &p) { return globLower(p, lower); });
        if (hit == allow.cend())
            continue;
        if (std::any_of(deny.cbegin(), deny.cend(),
                        [&](const QString &p) { return globLower(p, lower); }))
            continue;
        // Prefer naming the pattern of an unconditional block.
        if (!granted || (b.condition.isEmpty() && !unconditional)) {
            const RolePermission &written = role.blocks.at(i);
            by = (data ? written.dataActions : written.actions).at(hit - allow.cbegin());
        }
        granted = true;
        unconditional = unconditional || b.condition.isEmpty();
    }
    if (granted) {
        if (matchedBy)
            *matchedBy = by;
        if (conditional)
            *conditional = !unconditional;
    }
    return granted;
}

QList<RoleGrant> ActionIndex::rank(QList<RoleGrant> grants) const
{
    std::sort(grants.begin(), grants.end(), [](const RoleGrant &a, const RoleGrant &b) {
        if (a.operations != b.operations)
            return a.operations < b.operations;
        const int c = a.role->value.compare(b.role->value, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.role->id < b.role->id;
    });
    return grants;
}

ActionResolution ActionIndex::resolve(const ActionQuery &query) const
{
    ActionResolution r;
    r.input = query.action;
    r.action = query.action.trimmed();
    // An operation is "Provider/resourceType/.../verb": without a '/' it is none.
    if (r.action.isEmpty() || r.action.contains(u'*') || !r.action.contains(u'/')
        || r.action.startsWith(u'/')) {
        r.status = ActionStatus::Invalid;
        return r;
    }
    const QString lower = r.action.toLower();
    const int inControl = indexOf(lower, ActionPlane::Control);
    const int inData = indexOf(lower, ActionPlane::Data);
    ActionPlane plane = query.plane;
    if (plane == ActionPlane::Auto) {
        if (inControl >= 0)
            plane = ActionPlane::Control;
        else if (inData >= 0)
            plane = ActionPlane::Data;
    }
    const int op = plane == ActionPlane::Data ? inData
            : plane == ActionPlane::Control   ? inControl
                                              : -1;
    if (op < 0)
        r.suggestions = suggestions(r.action);
    if (plane == ActionPlane::Auto) {
        // Unknown: take the plane of the nearest known operation (a mistyped blob data action
        // is still a data action), else the control plane.
        plane = ActionPlane::Control;
        if (!r.suggestions.isEmpty()) {
            const QString best = r.suggestions.first().toLower();
            if (indexOf(best, ActionPlane::Control) < 0 && indexOf(best, ActionPlane::Data) >= 0)
                plane = ActionPlane::Data;
        }
    }
    r.plane = plane;
    r.alsoOtherPlane = plane == ActionPlane::Data ? inControl >= 0 : inData >= 0;
    if (op >= 0)
        r.action = m_ops[size_t(op)].name;

    QList<RoleGrant> grants;
    for (const RoleBits &rb : m_roles) {
        RoleGrant g;
        if (op >= 0) {
            if (!test(rb.granted, op))
                continue;
            g.conditional = !test(rb.unconditional, op);
            grantsByPattern(rb, lower, plane, &g.matchedBy, nullptr);
        } else if (!grantsByPattern(rb, lower, plane, &g.matchedBy, &g.conditional)) {
            continue;
        }
        g.role = rb.role;
        g.operations = rb.count;
        grants.append(std::move(g));
    }
    r.roles = rank(std::move(grants));
    if (op < 0)
        r.status = ActionStatus::Unknown;
    else
        r.status = r.roles.isEmpty() ? ActionStatus::NoRole : ActionStatus::Resolved;
    return r;
}

CoverResult ActionIndex::cover(const QList<ActionQuery> &queries, const CoverOptions &options) const
{
    CoverResult c;
    QList<std::pair<int, const ActionResolution *>> known; // op index, its resolution
    QSet<int> seen;
    for (const ActionQuery &q : queries)
        c.actions.append(resolve(q));
    for (const ActionResolution &r : std::as_const(c.actions)) {
        if (r.status != ActionStatus::Resolved && r.status != ActionStatus::NoRole)
            continue;
        const int op = indexOf(r.action.toLower(), r.plane);
        if (op < 0 || seen.contains(op))
            continue;
        seen.insert(op);
        known.append({op, &r});
    }
    c.requested = int(known.size());
    if (known.isEmpty())
        return c;

    QList<RoleGrant> covering;
    for (const RoleBits &rb : m_roles) {
        bool all = true, conditional = false;
        for (const auto &[op, r] : std::as_const(known)) {
            if (!test(rb.granted, op)) {
                all = false;
                break;
            }
            conditional = conditional || !test(rb.unconditional, op);
        }
        if (!all)
            continue;
        RoleGrant g;
        g.role = rb.role;
        g.operations = rb.count;
        g.conditional = conditional;
        if (known.size() == 1)
            grantsByPattern(rb, known.first().second->action.toLower(), known.first().second->plane,
                            &g.matchedBy, nullptr);
        covering.append(std::move(g));
    }
    c.covering = rank(std::move(covering));
    if (c.covering.isEmpty()) {
        c.customSuggested = true;
        c.customReason = u"none"_s;
    } else if (c.covering.first().operations > qint64(options.maxRatio) * c.requested) {
        c.customSuggested = true;
        c.customReason = u"ratio"_s;
    }
    if (c.customSuggested) {
        CustomRoleDefinition &d = c.custom;
        QStringList all;
        for (const auto &[op, r] : std::as_const(known)) {
            (r->plane == ActionPlane::Data ? d.dataActions : d.actions).append(r->action);
            all.append(r->action);
        }
        d.name = options.customRoleName;
        if (d.name.isEmpty()) {
            // A short name from the first operation: "Least privilege: Microsoft.KeyVault
            // vaults/secrets/getSecret/action (+2)".
            d.name = u"Least privilege: "_s + all.first();
            if (all.size() > 1)
                d.name += u" (+%1)"_s.arg(all.size() - 1);
        }
        d.description = u"Grants only: "_s + all.join(u", "_s);
        d.assignableScopes
                = {options.scope.isEmpty() ? u"/subscriptions/{subscriptionId}"_s : options.scope};
    }
    return c;
}

namespace {

int editDistance(QStringView a, QStringView b, int bound)
{
    // Two rows; gives up (returns bound + 1) once a whole row exceeds `bound`.
    if (std::abs(int(a.size()) - int(b.size())) > bound)
        return bound + 1;
    // Reused rows: this runs for hundreds of operations on every keystroke.
    thread_local std::vector<int> prev, cur;
    prev.resize(size_t(b.size()) + 1);
    cur.resize(size_t(b.size()) + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        prev[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        int rowMin = cur[0];
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            cur[size_t(j)] = std::min(
                    {prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1, prev[size_t(j - 1)] + cost});
            rowMin = std::min(rowMin, cur[size_t(j)]);
        }
        if (rowMin > bound)
            return bound + 1;
        std::swap(prev, cur);
    }
    return prev[size_t(b.size())];
}

qsizetype sharedPrefix(QStringView a, QStringView b)
{
    qsizetype n = 0;
    while (n < a.size() && n < b.size() && a.at(n) == b.at(n))
        ++n;
    return n;
}

} // namespace

QStringList ActionIndex::suggestions(const QString &text, int max) const
{
    const QString lower = text.trimmed().toLower();
    if (lower.isEmpty() || max <= 0)
        return {};
    struct Candidate
    {
        int score;
        qsizetype prefix;
        const Operation *op;
    };
    std::vector<Candidate> found;
    // Completions of what was typed come first.
    for (const Operation &o : m_ops) {
        if (o.lower.startsWith(lower) && o.lower != lower)
            found.push_back({int(o.lower.size() - lower.size()) - 100000, lower.size(), &o});
    }
    if (int(found.size()) < max) {
        // Then near misses: the edit distance, bounded by a third of the text so that nothing
        // unrelated is offered.
        // Only the operations of the typed provider are compared, or of the providers nearest
        // to a mistyped one: what keeps this within a keystroke's time.
        const int bound = std::max(2, int(lower.size()) / 3);
        const QString provider = providerKey(lower);
        std::vector<const std::vector<int> *> lists;
        if (const auto it = m_byProvider.constFind(provider); it != m_byProvider.cend()) {
            lists.push_back(&*it);
        } else {
            const int providerBound = std::max(2, int(provider.size()) / 3);
            for (auto it = m_byProvider.cbegin(); it != m_byProvider.cend(); ++it) {
                if (editDistance(provider, it.key(), providerBound) <= providerBound)
                    lists.push_back(&*it);
            }
        }
        for (const std::vector<int> *list : lists) {
            for (int i : *list) {
                const Operation &o = m_ops[size_t(i)];
                if (o.lower.startsWith(lower))
                    continue;
                const int d = editDistance(lower, o.lower, bound);
                if (d <= bound)
                    found.push_back({d, sharedPrefix(lower, o.lower), &o});
            }
        }
    }
    std::sort(found.begin(), found.end(), [](const Candidate &a, const Candidate &b) {
        if (a.score != b.score)
            return a.score < b.score;
        if (a.prefix != b.prefix)
            return a.prefix > b.prefix;
        return a.op->lower < b.op->lower;
    });
    QStringList out;
    QSet<QString> names;
    for (const Candidate &c : found) {
        if (names.contains(c.op->lower))
            continue; // the same string in both planes
        names.insert(c.op->lower);
        out.append(c.op->name);
        if (out.size() >= max)
            break;
    }
    return out;
}

// --- the reverse ---------------------------------------------------------------------------

EntryPtr ActionIndex::findRole(const QString &nameOrId) const
{
    const QString text = nameOrId.trimmed();
    const QString last = text.section(u'/', -1, -1, QString::SectionSkipEmpty);
    const QString guid = Catalog::normalizeGuid(last);
    if (!guid.isEmpty()) {
        const int i = m_roleById.value(guid, -1);
        return i >= 0 ? m_roles[size_t(i)].role : nullptr;
    }
    const int i = m_roleByName.value(text.toLower(), -1);
    return i >= 0 ? m_roles[size_t(i)].role : nullptr;
}

int ActionIndex::operationsOf(const EntryPtr &role) const
{
    if (!role)
        return -1;
    const int i = m_roleById.value(role->id, -1);
    return i >= 0 ? m_roles[size_t(i)].count : -1;
}

RoleContents ActionIndex::contents(const EntryPtr &role) const
{
    RoleContents c;
    const int at = role ? m_roleById.value(role->id, -1) : -1;
    if (at < 0)
        return c;
    const RoleBits &rb = m_roles[size_t(at)];
    c.role = rb.role;
    c.operations = rb.count;
    auto providerOf = [](const QString &s) {
        const QString p = s.section(u'/', 0, 0);
        return p.contains(u'*') ? u"*"_s : p;
    };
    // Grouped case-insensitively, shown with the first spelling met; providers sorted by name.
    auto group = [&](ActionPlane plane) {
        QMap<QString, ProviderGrants> byKey;
        auto slot = [&](const QString &s) -> ProviderGrants & {
            const QString p = providerOf(s);
            ProviderGrants &g = byKey[p.toLower()];
            if (g.provider.isEmpty())
                g.provider = p;
            return g;
        };
        for (const RolePermission &b : std::as_const(rb.blocks)) {
            for (const QString &a : plane == ActionPlane::Data ? b.dataActions : b.actions)
                slot(a).patterns.append(a);
            for (const QString &a : plane == ActionPlane::Data ? b.notDataActions : b.notActions)
                slot(a).notPatterns.append(a);
        }
        for (size_t i = 0; i < m_ops.size(); ++i) {
            if (m_ops[i].plane == plane && test(rb.granted, int(i)))
                slot(m_ops[i].name).operations.append(m_ops[i].name);
        }
        QList<ProviderGrants> out;
        for (ProviderGrants &g : byKey) {
            g.patterns.removeDuplicates();
            g.notPatterns.removeDuplicates();
            std::sort(g.operations.begin(), g.operations.end(),
                      [](const QString &a, const QString &b) {
                          return a.compare(b, Qt::CaseInsensitive) < 0;
                      });
            out.append(std::move(g));
        }
        return out;
    };
    c.control = group(ActionPlane::Control);
    c.data = group(ActionPlane::Data);
    for (const RolePermission &b : std::as_const(rb.blocks)) {
        if (!b.condition.isEmpty())
            c.conditions.append(b.condition);
    }
    return c;
}

// --- custom role exports -------------------------------------------------------------------

QByteArray CustomRoleDefinition::toJson() const
{
    // The shape of `az role definition create --role-definition` (and New-AzRoleDefinition).
    QJsonObject o{{"Name"_L1, name},
                  {"IsCustom"_L1, true},
                  {"Description"_L1, description},
                  {"Actions"_L1, QJsonArray::fromStringList(actions)},
                  {"NotActions"_L1, QJsonArray()},
                  {"DataActions"_L1, QJsonArray::fromStringList(dataActions)},
                  {"NotDataActions"_L1, QJsonArray()},
                  {"AssignableScopes"_L1, QJsonArray::fromStringList(assignableScopes)}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QString CustomRoleDefinition::azCli() const
{
    // A quoted here-document: the shell expands nothing inside.
    return u"cat > custom-role.json <<'JSON'\n"_s + QString::fromUtf8(toJson())
            + u"JSON\n"
              "# Replace {subscriptionId} in AssignableScopes first.\n"
              "az role definition create --role-definition @custom-role.json\n"_s;
}

namespace {

QString bicepString(const QString &s)
{
    QString out = s;
    out.replace(u'\\', u"\\\\"_s);
    out.replace(u'\'', u"\\'"_s);
    out.replace(u"${"_s, u"\\${"_s);
    out.replace(u'\n', u"\\n"_s);
    out.replace(u'\r', u"\\r"_s);
    out.replace(u'\t', u"\\t"_s);
    return u'\'' + out + u'\'';
}

QString hclString(const QString &s)
{
    QString out = s;
    out.replace(u'\\', u"\\\\"_s);
    out.replace(u'"', u"\\\""_s);
    out.replace(u"${"_s, u"$${"_s);
    out.replace(u"%{"_s, u"%%{"_s);
    out.replace(u'\n', u"\\n"_s);
    out.replace(u'\r', u"\\r"_s);
    out.replace(u'\t', u"\\t"_s);
    return u'"' + out + u'"';
}

bool placeholderScope(const QString &scope)
{
    return scope.contains(u"{subscriptionId}"_s);
}

} // namespace

QString CustomRoleDefinition::bicep() const
{
    auto list = [](const QStringList &items, const QString &indent) {
        if (items.isEmpty())
            return u"[]"_s;
        QString out = u"[\n"_s;
        for (const QString &i : items)
            out += indent + u"  "_s + bicepString(i) + u'\n';
        return out + indent + u']';
    };
    QStringList scopes;
    for (const QString &s : assignableScopes)
        scopes.append(placeholderScope(s) ? u"subscription().id"_s : bicepString(s));
    QString scopeList = u"[\n"_s;
    for (const QString &s : std::as_const(scopes))
        scopeList += u"      "_s + s + u'\n';
    scopeList += u"    ]"_s;
    return u"// az deployment sub create --location <location> --template-file custom-role.bicep\n"
           "targetScope = 'subscription'\n\n"
           "resource customRole 'Microsoft.Authorization/roleDefinitions@2022-04-01' = {\n"
           "  name: guid(subscription().id, %1)\n"
           "  properties: {\n"
           "    roleName: %1\n"
           "    description: %2\n"
           "    type: 'CustomRole'\n"
           "    permissions: [\n"
           "      {\n"
           "        actions: %3\n"
           "        notActions: []\n"
           "        dataActions: %4\n"
           "        notDataActions: []\n"
           "      }\n"
           "    ]\n"
           "    assignableScopes: %5\n"
           "  }\n"
           "}\n"_s.arg(bicepString(name), bicepString(description), list(actions, u"        "_s),
                       list(dataActions, u"        "_s), scopeList);
}

QString CustomRoleDefinition::terraform() const
{
    auto list = [](const QStringList &items) {
        QStringList quoted;
        for (const QString &i : items)
            quoted.append(hclString(i));
        return u'[' + quoted.join(u", "_s) + u']';
    };
    const bool placeholder
            = std::any_of(assignableScopes.cbegin(), assignableScopes.cend(), placeholderScope);
    QStringList scopes;
    for (const QString &s : assignableScopes)
        scopes.append(placeholderScope(s) ? u"data.azurerm_subscription.current.id"_s
                                          : hclString(s));
    const QString first = scopes.value(0, u"data.azurerm_subscription.current.id"_s);
    QString out;
    if (placeholder)
        out += u"data \"azurerm_subscription\" \"current\" {}\n\n"_s;
    out += u"resource \"azurerm_role_definition\" \"custom\" {\n"
           "  name        = %1\n"
           "  scope       = %2\n"
           "  description = %3\n\n"
           "  permissions {\n"
           "    actions          = %4\n"
           "    not_actions      = []\n"
           "    data_actions     = %5\n"
           "    not_data_actions = []\n"
           "  }\n\n"
           "  assignable_scopes = [%6]\n"
           "}\n"_s.arg(hclString(name), first, hclString(description), list(actions),
                       list(dataActions), scopes.join(u", "_s));
    return out;
}

} // namespace ie::catalog
