#pragma once

#include <QAbstractProxyModel>
#include <QHash>
#include <QStringList>

#include <memory>
#include <string>
#include <vector>

namespace ie::models {

class IdentityTreeModel;

// Filter-as-you-type over everything loaded: an identity matches when every word of the filter
// occurs in its name, ids, type or resource (case-insensitive); groups show while they hold a
// match, and say how many of their identities match. Sorting by any column, groups first.
//
// For 100,000 identities each keystroke must stay well under a frame, so this is not a
// QSortFilterProxyModel (whose invalidate() rebuilds a mapping per group through a virtual call,
// an index and a row count per row, and whose recursive filtering visits every row twice): the
// proxy knows the tree's shape and keeps, per group, its rows in sort order and the rows shown.
// A new filter text is matched once per identity into a bitset (while the text only narrows,
// only the previous matches are candidates; a text seen a moment ago, as when erasing, is taken
// from a short history), then every group's shown rows are picked from its sorted rows in one
// pass and signalled as one layout change, which keeps the selection and the expanded groups.
class IdentityFilterModel : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityFilterModel)
public:
    enum Role {
        // Groups: identities below that match the filter (all of them without a filter).
        MatchCountRole = Qt::UserRole + 100,
    };
    Q_ENUM(Role)

    explicit IdentityFilterModel(QObject *parent = nullptr);
    ~IdentityFilterModel() override;
    // Must be an IdentityTreeModel.
    void setSourceModel(QAbstractItemModel *model) override;
    void setFilterText(const QString &text);
    QString filterText() const { return m_words.join(u' '); }
    // Identities that match the filter (all without one).
    int matchCount() const;
    // The predicate itself, for tests and other views.
    // `words` lower-case UTF-8, as Identity::search.
    static bool matches(const QByteArray &searchText, const QList<QByteArray> &words);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

private:
    // A group of the source tree (or its invisible root) and which of its rows show.
    struct Group
    {
        Group *parent = nullptr;
        QModelIndex source; // column 0; invalid for the root
        int sourceRow = -1; // in the parent group
        int proxyRow = -1; // in the parent's shown rows, -1 while hidden
        std::vector<Group *> kidAt; // per source row: the group there, or nullptr
        std::vector<int> identityOf; // per source row: the identity there, or -1
        std::vector<int> order; // every source row, in sort order
        std::vector<int> shown; // proxy row -> source row
        std::vector<int> proxyRowOf; // source row -> proxy row, or -1
        int matched = 0; // identities shown below
    };

    const IdentityTreeModel *tree() const;
    Group *groupAt(const QModelIndex &proxyIndex) const; // the group an index is, or nullptr
    Group *groupOfSource(const QModelIndex &sourceParent) const;
    bool shownAll(const Group *g) const; // g and every ancestor show
    QModelIndex proxyIndexOf(const Group *g) const;
    bool accepts(int identity) const;
    void computeAccept(const QStringList &words);
    void extendAccept();
    void growHaystack();
    bool matchesAt(size_t identity) const;
    // Keeps in `accept` the identities that match every word (all of them with `all`).
    void narrow(std::vector<char> *accept, size_t from, size_t to, bool all) const;
    void resetFromSource();
    void addRows(Group *g, int first, int last);
    void sortGroup(Group *g);
    void rebuild(Group *g);
    void relayout(); // rebuild everything as one layout change
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                       const QList<int> &roles);

    std::unique_ptr<Group> m_root;
    std::vector<std::unique_ptr<Group>> m_groups; // every group but the root
    QHash<const void *, Group *> m_bySourceNode; // source index internalPointer -> group
    QStringList m_words;
    QList<QByteArray> m_needles; // m_words in UTF-8
    // Per identity index: whether it matches m_words.
    std::vector<char> m_accept;
    // Every identity's search text in one buffer, one after the other as they arrive (no
    // 100,000 scattered strings to chase). Identity i's text is at m_off[i], m_len[i] bytes long;
    // a text that changes (ARM) is written over its old place when it fits, else appended.
    std::string m_hay;
    std::vector<size_t> m_off;
    std::vector<quint32> m_len;
    void setText(size_t identity, const QByteArray &text);
    // Per identity, 1024 bits: which bytes its text holds (0-255) and which pairs of adjacent
    // bytes (hashed, 256-1023). A word can only be in a text whose bits cover the word's: most
    // texts are ruled out by a few ANDs, and a one-letter word needs no search at all.
    static constexpr int SignatureWords = 16;
    struct Signature
    {
        quint64 bits[SignatureWords] = {};
    };
    static Signature signatureOf(const char *text, size_t len, bool pairs = true);
    std::vector<Signature> m_signatures;
    // Recent filter texts and their matches (a prefix of the identities), newest last.
    struct Remembered
    {
        QStringList words;
        std::vector<char> accept;
    };
    std::vector<Remembered> m_history;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_resetting = false;
};

} // namespace ie::models
