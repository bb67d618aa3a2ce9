#pragma once

#include <QStyledItemDelegate>

namespace ie::ui {

// Draws the identity tree with an icon per kind (groups as folders; managed identities, this
// tenant's applications, Microsoft's and other service principals each their own), taken from the
// style so that they follow the platform theme. An orphaned identity shows a warning icon. An
// identity that holds anything of tier 0 reads "TIER 0" before its name, bold in the danger
// colour; tier 1 "Tier 1" in the warning colour (IdentityTreeModel::TierRole).
class IdentityItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityItemDelegate)
public:
    explicit IdentityItemDelegate(QObject *parent = nullptr);
    // The icon for a row of IdentityTreeModel (column 0), or a null icon.
    static QIcon iconFor(const QModelIndex &index, const QStyle *style);
    // The word before the name of a tier 0 or tier 1 holder.
    static QString badgeText(int tier);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

public:
    // What a row shows (for tests: the text and colour a user sees).
    void styleOptionFor(QStyleOptionViewItem *option, const QModelIndex &index) const
    {
        initStyleOption(option, index);
    }
};

} // namespace ie::ui
