#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace ie::models {

// Filter-as-you-type over everything loaded: an identity matches when every word of the filter
// occurs in its name, ids, type or resource (case-insensitive); groups show while they hold a
// match. Sorting by any column, groups first.
class IdentityFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityFilterModel)
public:
    explicit IdentityFilterModel(QObject *parent = nullptr);
    void setFilterText(const QString &text);
    QString filterText() const { return m_words.join(u' '); }
    // The predicate itself, for tests and other views.
    static bool matches(const QString &searchText, const QStringList &words);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
};

} // namespace ie::models
