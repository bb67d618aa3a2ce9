#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

#include <vector>

namespace ie::models {

class IdentityTreeModel;

// Filter-as-you-type over everything loaded: an identity matches when every word of the filter
// occurs in its name, ids, type or resource (case-insensitive); groups show while they hold a
// match. Sorting by any column, groups first.
//
// For 100,000 identities each keystroke must stay under a frame: the matches are computed once
// per filter text straight over the model's identities (and, while the text only narrows, only
// over the previous matches), so that the proxy's per-row check is a lookup.
class IdentityFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityFilterModel)
public:
    explicit IdentityFilterModel(QObject *parent = nullptr);
    // Must be an IdentityTreeModel.
    void setSourceModel(QAbstractItemModel *model) override;
    void setFilterText(const QString &text);
    QString filterText() const { return m_words.join(u' '); }
    // The predicate itself, for tests and other views.
    // `words` lower-case UTF-8, as Identity::search.
    static bool matches(const QByteArray &searchText, const QList<QByteArray> &words);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    const IdentityTreeModel *tree() const;
    void refresh(const QModelIndex &topLeft, const QModelIndex &bottomRight);

    QStringList m_words;
    QList<QByteArray> m_needles; // m_words in UTF-8
    // Per identity index: whether it matches m_words (identities added since are checked as
    // they come).
    std::vector<char> m_accept;
};

} // namespace ie::models
