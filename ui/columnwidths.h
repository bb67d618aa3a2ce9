#pragma once

#include <QList>
#include <QStyledItemDelegate>

class QAbstractItemView;
class QHeaderView;

namespace ie::ui {

// Tables give their width to what a person reads; ids go last, elided in the middle so that
// their start and their end stay readable.
namespace columnwidths {

// Draws its column's text elided in the middle ("f4a5b6c7-00…e4f5a6").
class ElideMiddleDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    // Public so that a test can see what is drawn.
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

// On `view` (its model set) with `header`: `readable` takes the width that is left, the columns
// in `ids` move to the end in that order, each `idChars` digits wide, elided in the middle.
void giveWidthToReadable(QAbstractItemView *view, QHeaderView *header, int readable,
                         const QList<int> &ids, int idChars);

} // namespace columnwidths
} // namespace ie::ui
