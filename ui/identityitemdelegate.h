#pragma once

#include <QStyledItemDelegate>

namespace ie::ui {

// Draws the identity tree with an icon per kind (groups as folders; managed identities, this
// tenant's applications, Microsoft's and other service principals each their own), taken from the
// style so that they follow the platform theme. An orphaned identity shows a warning icon.
class IdentityItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityItemDelegate)
public:
    explicit IdentityItemDelegate(QObject *parent = nullptr);
    // The icon for a row of IdentityTreeModel (column 0), or a null icon.
    static QIcon iconFor(const QModelIndex &index, const QStyle *style);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace ie::ui
