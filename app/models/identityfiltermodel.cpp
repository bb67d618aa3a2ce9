#include "models/identityfiltermodel.h"

#include "models/identitytreemodel.h"

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace ie::models {

namespace {
constexpr size_t HistorySize = 12;
}

IdentityFilterModel::IdentityFilterModel(QObject *parent)
    : QAbstractProxyModel(parent), m_root(std::make_unique<Group>())
{ }

IdentityFilterModel::~IdentityFilterModel() = default;

const IdentityTreeModel *IdentityFilterModel::tree() const
{
    return static_cast<const IdentityTreeModel *>(sourceModel());
}

void IdentityFilterModel::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    if (sourceModel())
        sourceModel()->disconnect(this);
    QAbstractProxyModel::setSourceModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this,
                &IdentityFilterModel::onRowsInserted);
        connect(model, &QAbstractItemModel::dataChanged, this, &IdentityFilterModel::onDataChanged);
        // The tree only appends rows and changes data; anything else it might do is followed
        // by starting over.
        auto begin = [this] {
            if (!m_resetting) {
                m_resetting = true;
                beginResetModel();
            }
        };
        auto end = [this] {
            resetFromSource();
            if (m_resetting) {
                m_resetting = false;
                endResetModel();
            }
        };
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, begin);
        connect(model, &QAbstractItemModel::modelReset, this, end);
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, begin);
        connect(model, &QAbstractItemModel::rowsRemoved, this, end);
        connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, begin);
        connect(model, &QAbstractItemModel::rowsMoved, this, end);
        connect(model, &QAbstractItemModel::columnsAboutToBeInserted, this, begin);
        connect(model, &QAbstractItemModel::columnsInserted, this, end);
        connect(model, &QAbstractItemModel::columnsAboutToBeRemoved, this, begin);
        connect(model, &QAbstractItemModel::columnsRemoved, this, end);
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, begin);
        connect(model, &QAbstractItemModel::layoutChanged, this, end);
    }
    resetFromSource();
    endResetModel();
}

// --- the structure ---------------------------------------------------------------------------

void IdentityFilterModel::resetFromSource()
{
    m_root = std::make_unique<Group>();
    m_groups.clear();
    m_bySourceNode.clear();
    m_history.clear();
    m_accept.clear();
    m_hay.clear();
    m_off.clear();
    m_len.clear();
    m_signatures.clear();
    if (!sourceModel())
        return;
    extendAccept();
    // Breadth first over the groups; their rows are added as the source has them.
    std::vector<Group *> todo{m_root.get()};
    while (!todo.empty()) {
        Group *g = todo.back();
        todo.pop_back();
        const int rows = sourceModel()->rowCount(g->source);
        if (rows > 0)
            addRows(g, 0, rows - 1);
        for (Group *k : g->kidAt) {
            if (k)
                todo.push_back(k);
        }
    }
    for (auto &g : m_groups)
        sortGroup(g.get());
    sortGroup(m_root.get());
    rebuild(m_root.get());
    m_root->proxyRow = 0;
}

// Records source rows [first, last] of `g` (appended at the end of its order, unsorted).
void IdentityFilterModel::addRows(Group *g, int first, int last)
{
    const IdentityTreeModel *m = tree();
    for (int r = first; r <= last; ++r) {
        const QModelIndex s = m->index(r, 0, g->source);
        const int identity = m->identityIndex(s);
        Group *kid = nullptr;
        if (identity < 0) {
            auto owned = std::make_unique<Group>();
            kid = owned.get();
            kid->parent = g;
            kid->source = s;
            kid->sourceRow = r;
            m_bySourceNode.insert(s.internalPointer(), kid);
            m_groups.push_back(std::move(owned));
        }
        g->kidAt.push_back(kid);
        g->identityOf.push_back(identity);
        g->order.push_back(r);
        g->proxyRowOf.push_back(-1);
    }
}

void IdentityFilterModel::sortGroup(Group *g)
{
    std::vector<int> &o = g->order;
    if (m_sortColumn < 0) {
        std::sort(o.begin(), o.end());
        return;
    }
    // Keys once per row: comparing through data() would ask the model 2 n log n times.
    std::vector<QString> keys(g->kidAt.size());
    for (size_t r = 0; r < keys.size(); ++r) {
        if (!g->kidAt[r])
            keys[r] = sourceModel()
                              ->index(int(r), m_sortColumn, g->source)
                              .data(Qt::DisplayRole)
                              .toString();
    }
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    std::stable_sort(o.begin(), o.end(), [&](int a, int b) {
        const bool ga = g->kidAt[size_t(a)], gb = g->kidAt[size_t(b)];
        if (ga || gb) // groups first, in the tree's order
            return ga && gb ? a < b : ga;
        const int c = keys[size_t(a)].compare(keys[size_t(b)], Qt::CaseInsensitive);
        if (c == 0)
            return a < b;
        return descending ? c > 0 : c < 0;
    });
}

// Picks the rows `g` shows from its sorted rows, its groups' first.
void IdentityFilterModel::rebuild(Group *g)
{
    const bool filtering = !m_words.isEmpty();
    g->shown.clear();
    std::fill(g->proxyRowOf.begin(), g->proxyRowOf.end(), -1);
    g->matched = 0;
    for (int r : g->order) {
        bool visible;
        if (Group *k = g->kidAt[size_t(r)]) {
            rebuild(k);
            g->matched += k->matched;
            visible = !filtering || k->matched > 0;
            k->proxyRow = visible ? int(g->shown.size()) : -1;
        } else {
            visible = accepts(g->identityOf[size_t(r)]);
            g->matched += visible;
        }
        if (visible) {
            g->proxyRowOf[size_t(r)] = int(g->shown.size());
            g->shown.push_back(r);
        }
    }
}

void IdentityFilterModel::relayout()
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    const QModelIndexList from = persistentIndexList();
    QModelIndexList sources;
    sources.reserve(from.size());
    for (const QModelIndex &p : from)
        sources.append(mapToSource(p));
    rebuild(m_root.get());
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &s : std::as_const(sources))
        to.append(mapFromSource(s));
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
}

bool IdentityFilterModel::shownAll(const Group *g) const
{
    for (; g && g != m_root.get(); g = g->parent) {
        if (g->proxyRow < 0)
            return false;
    }
    return true;
}

void IdentityFilterModel::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (m_resetting)
        return;
    Group *g = groupOfSource(parent);
    if (!g || first != int(g->kidAt.size())) { // not an append: start over
        beginResetModel();
        resetFromSource();
        endResetModel();
        return;
    }
    addRows(g, first, last);
    extendAccept();
    // The common case, rows appended to a group that shows in tree order: one insert.
    if (m_sortColumn < 0 && shownAll(g)) {
        const bool filtering = !m_words.isEmpty();
        std::vector<int> visible;
        int matched = 0;
        for (int r = first; r <= last; ++r) {
            if (g->kidAt[size_t(r)]) {
                // A new group is empty (its rows come in an insert of their own).
                if (!filtering)
                    visible.push_back(r);
            } else if (accepts(g->identityOf[size_t(r)])) {
                visible.push_back(r);
                ++matched;
            }
        }
        if (!visible.empty()) {
            const int at = int(g->shown.size());
            beginInsertRows(proxyIndexOf(g), at, at + int(visible.size()) - 1);
            for (int r : visible) {
                g->proxyRowOf[size_t(r)] = int(g->shown.size());
                if (Group *k = g->kidAt[size_t(r)])
                    k->proxyRow = int(g->shown.size());
                g->shown.push_back(r);
            }
            endInsertRows();
        }
        for (Group *a = g; a; a = a->parent)
            a->matched += matched;
        return;
    }
    // Sorted, or into a group hidden by the filter: the rows take their places in one layout
    // change.
    if (m_sortColumn >= 0)
        sortGroup(g);
    relayout();
}

void IdentityFilterModel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                        const QList<int> &roles)
{
    if (m_resetting || !topLeft.isValid())
        return;
    Group *g = groupOfSource(topLeft.parent());
    if (!g)
        return;
    // An identity's search text may have changed (ARM adds resources and "orphaned").
    bool changed = false;
    for (int r = topLeft.row(); r <= bottomRight.row(); ++r) {
        const int i = r < int(g->identityOf.size()) ? g->identityOf[size_t(r)] : -1;
        if (i < 0 || size_t(i) >= m_accept.size())
            continue;
        setText(size_t(i), tree()->identityAt(i).search);
        const char now = m_words.isEmpty() || matchesAt(size_t(i));
        changed = changed || now != m_accept[size_t(i)];
        m_accept[size_t(i)] = now;
    }
    m_history.clear(); // their matches may be out of date now
    const bool resort = m_sortColumn >= 0 && topLeft.column() <= m_sortColumn
            && m_sortColumn <= bottomRight.column()
            && (roles.isEmpty() || roles.contains(Qt::DisplayRole));
    if (changed || resort) {
        if (resort)
            sortGroup(g);
        relayout();
    }
    // Forward what shows, as one range of proxy rows.
    if (!shownAll(g))
        return;
    int lo = -1, hi = -1;
    for (int r = topLeft.row(); r <= bottomRight.row() && r < int(g->proxyRowOf.size()); ++r) {
        const int p = g->proxyRowOf[size_t(r)];
        if (p < 0)
            continue;
        lo = lo < 0 ? p : std::min(lo, p);
        hi = std::max(hi, p);
    }
    if (lo >= 0)
        Q_EMIT dataChanged(createIndex(lo, topLeft.column(), g),
                           createIndex(hi, bottomRight.column(), g), roles);
}

// --- the filter ------------------------------------------------------------------------------

bool IdentityFilterModel::accepts(int identity) const
{
    if (m_words.isEmpty())
        return true;
    return identity >= 0 && size_t(identity) < m_accept.size() && m_accept[size_t(identity)];
}

// m_accept for identities added since it was computed.
void IdentityFilterModel::extendAccept()
{
    growHaystack();
    const size_t n = m_off.size();
    const size_t from = m_accept.size();
    if (n <= from)
        return;
    m_accept.resize(n);
    for (size_t i = from; i < n; ++i)
        m_accept[i] = m_words.isEmpty() || matchesAt(i);
}

// Appends the identities added since (and starts over when texts changed).
// Appends the identities added since.
void IdentityFilterModel::growHaystack()
{
    const IdentityTreeModel *m = tree();
    const size_t n = m ? size_t(m->identityCount()) : 0;
    for (size_t i = m_off.size(); i < n; ++i)
        setText(i, m->identityAt(int(i)).search);
}

void IdentityFilterModel::setText(size_t i, const QByteArray &text)
{
    const size_t len = size_t(text.size());
    if (i == m_off.size()) {
        m_off.push_back(m_hay.size());
        m_len.push_back(0);
        m_signatures.emplace_back();
        m_hay.append(text.constData(), len);
    } else if (i < m_off.size()) {
        if (len <= m_len[i]) { // fits where it was (m_len says where it ends now)
            std::copy(text.cbegin(), text.cend(), m_hay.begin() + qsizetype(m_off[i]));
        } else {
            m_off[i] = m_hay.size();
            m_hay.append(text.constData(), len);
        }
    } else {
        return; // not in order: growHaystack() adds it
    }
    m_len[i] = quint32(len);
    m_signatures[i] = signatureOf(text.constData(), len);
}

bool IdentityFilterModel::matchesAt(size_t i) const
{
    const char *text = m_hay.data() + m_off[i];
    const size_t len = m_len[i];
    for (const QByteArray &w : m_needles) {
        if (!::memmem(text, len, w.constData(), size_t(w.size())))
            return false;
    }
    return true;
}

IdentityFilterModel::Signature IdentityFilterModel::signatureOf(const char *text, size_t len,
                                                                bool pairs)
{
    Signature sig;
    auto set = [&sig](unsigned bit) {
        sig.bits[bit >> 6] |= quint64(1) << (bit & 63);
    };
    for (size_t k = 0; k < len; ++k) {
        const auto c = static_cast<unsigned char>(text[k]);
        set(c);
        if (pairs && k + 1 < len)
            set(256
                + ((c * 0x9E3779B1u) ^ (static_cast<unsigned char>(text[k + 1]) * 0x85EBCA77u))
                        % 768u);
    }
    return sig;
}

void IdentityFilterModel::narrow(std::vector<char> *accept, size_t from, size_t to, bool all) const
{
    // What every word needs, and whether the bits alone decide (one-letter words).
    Signature need;
    bool exact = true;
    for (const QByteArray &w : m_needles) {
        const Signature s = signatureOf(w.constData(), size_t(w.size()));
        for (int k = 0; k < SignatureWords; ++k)
            need.bits[k] |= s.bits[k];
        exact = exact && w.size() == 1;
    }
    // Only the words of the signature a short filter sets (a few of sixteen) need a look.
    int used[SignatureWords];
    int nUsed = 0;
    for (int k = 0; k < SignatureWords; ++k) {
        if (need.bits[k])
            used[nUsed++] = k;
    }
    char *out = accept->data();
    const Signature *sigs = m_signatures.data();
    for (size_t i = from; i < to; ++i) {
        if (!all && !out[i])
            continue;
        const quint64 *b = sigs[i].bits;
        bool ok = true;
        for (int u = 0; u < nUsed && ok; ++u)
            ok = (b[used[u]] & need.bits[used[u]]) == need.bits[used[u]];
        out[i] = ok && (exact || matchesAt(i));
    }
}

void IdentityFilterModel::computeAccept(const QStringList &words)
{
    growHaystack();
    const size_t n = m_off.size();
    // Remember the matches being replaced, for erasing back to them.
    if (!m_words.isEmpty()) {
        std::erase_if(m_history, [&](const Remembered &r) { return r.words == m_words; });
        if (m_history.size() >= HistorySize)
            m_history.erase(m_history.begin());
        m_history.push_back({m_words, m_accept});
    }
    // Whether every word of `old` lies within a word of `words`: then only old matches can match.
    auto narrows = [&words](const QStringList &old) {
        for (const QString &o : old) {
            bool within = false;
            for (const QString &w : words)
                within = within || w.contains(o);
            if (!within)
                return false;
        }
        return true;
    };
    const bool narrowing = !m_words.isEmpty() && narrows(m_words);
    // Else the closest text seen before that the new one narrows (erasing: the very text).
    const Remembered *base = nullptr;
    if (!narrowing) {
        for (auto it = m_history.crbegin(); it != m_history.crend() && !base; ++it) {
            if (narrows(it->words))
                base = &*it;
        }
    }
    m_words = words;
    m_needles.clear();
    for (const QString &w : words)
        m_needles.append(w.toUtf8());
    if (words.isEmpty()) {
        m_accept.assign(n, 1);
        return;
    }
    std::vector<char> accept;
    if (narrowing)
        accept = std::move(m_accept);
    else if (base)
        accept = base->accept;
    const size_t known = std::min(n, accept.size());
    accept.resize(n);
    if (!narrowing && !base)
        narrow(&accept, 0, n, true); // a fresh text (a first letter): every identity
    else if (!(base && base->words == words))
        narrow(&accept, 0, known, false); // only the previous matches
    // Identities added since the remembered matches were made.
    if (narrowing || base)
        narrow(&accept, known, n, true);
    m_accept = std::move(accept);
}

void IdentityFilterModel::setFilterText(const QString &text)
{
    const QStringList words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    computeAccept(words);
    relayout();
}

int IdentityFilterModel::matchCount() const
{
    return m_root->matched;
}

bool IdentityFilterModel::matches(const QByteArray &searchText, const QList<QByteArray> &words)
{
    for (const QByteArray &w : words) {
        if (!::memmem(searchText.constData(), size_t(searchText.size()), w.constData(),
                      size_t(w.size())))
            return false;
    }
    return true;
}

// --- QAbstractItemModel ----------------------------------------------------------------------

IdentityFilterModel::Group *IdentityFilterModel::groupAt(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid())
        return m_root.get();
    if (proxyIndex.column() != 0)
        return nullptr;
    const auto *owner = static_cast<const Group *>(proxyIndex.internalPointer());
    return owner->kidAt[size_t(owner->shown[size_t(proxyIndex.row())])];
}

IdentityFilterModel::Group *IdentityFilterModel::groupOfSource(
        const QModelIndex &sourceParent) const
{
    if (!sourceParent.isValid())
        return m_root.get();
    return m_bySourceNode.value(sourceParent.internalPointer());
}

QModelIndex IdentityFilterModel::proxyIndexOf(const Group *g) const
{
    if (!g || g == m_root.get() || g->proxyRow < 0)
        return {};
    return createIndex(g->proxyRow, 0, g->parent);
}

QModelIndex IdentityFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    const Group *p = groupAt(parent);
    if (!p || row < 0 || size_t(row) >= p->shown.size() || column < 0
        || column >= columnCount(parent))
        return {};
    return createIndex(row, column, p);
}

QModelIndex IdentityFilterModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return proxyIndexOf(static_cast<const Group *>(child.internalPointer()));
}

QModelIndex IdentityFilterModel::sibling(int row, int column, const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const auto *owner = static_cast<const Group *>(index.internalPointer());
    if (row < 0 || size_t(row) >= owner->shown.size() || column < 0
        || column >= IdentityTreeModel::ColumnCount)
        return {};
    return createIndex(row, column, owner);
}

int IdentityFilterModel::rowCount(const QModelIndex &parent) const
{
    const Group *g = groupAt(parent);
    return g ? int(g->shown.size()) : 0;
}

int IdentityFilterModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return sourceModel() ? IdentityTreeModel::ColumnCount : 0;
}

bool IdentityFilterModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QModelIndex IdentityFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel())
        return {};
    const auto *owner = static_cast<const Group *>(proxyIndex.internalPointer());
    if (size_t(proxyIndex.row()) >= owner->shown.size())
        return {};
    return sourceModel()->index(owner->shown[size_t(proxyIndex.row())], proxyIndex.column(),
                                owner->source);
}

QModelIndex IdentityFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel())
        return {};
    const Group *g = groupOfSource(sourceIndex.parent());
    if (!g || !shownAll(g) || size_t(sourceIndex.row()) >= g->proxyRowOf.size())
        return {};
    const int row = g->proxyRowOf[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column(), g);
}

QVariant IdentityFilterModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == MatchCountRole || (role == Qt::DisplayRole && index.column() == 0)) {
        if (const Group *g = groupAt(index)) {
            if (role == MatchCountRole)
                return g->matched;
            if (!m_words.isEmpty()) {
                const QModelIndex s = mapToSource(index);
                return tr("%1 (%2 of %3)")
                        .arg(s.data(IdentityTreeModel::GroupTitleRole).toString())
                        .arg(g->matched)
                        .arg(s.data(IdentityTreeModel::CountRole).toInt());
            }
        }
    }
    return QAbstractProxyModel::data(index, role);
}

QVariant IdentityFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return sourceModel() ? sourceModel()->headerData(section, orientation, role) : QVariant();
}

void IdentityFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column >= IdentityTreeModel::ColumnCount)
        column = -1;
    if (column == m_sortColumn && (column < 0 || order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    for (auto &g : m_groups)
        sortGroup(g.get());
    sortGroup(m_root.get());
    relayout();
}

} // namespace ie::models
