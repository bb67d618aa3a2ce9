#include "columnwidths.h"

#include <QAbstractItemView>
#include <QHeaderView>

namespace ie::ui::columnwidths {

void ElideMiddleDelegate::initStyleOption(QStyleOptionViewItem *option,
                                          const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->textElideMode = Qt::ElideMiddle;
}

void giveWidthToReadable(QAbstractItemView *view, QHeaderView *header, int readable,
                         const QList<int> &ids, int idChars)
{
    header->setStretchLastSection(false);
    const int idWidth = view->fontMetrics().horizontalAdvance(QString(idChars, u'0'))
            + 2 * view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 12;
    for (const int id : ids) {
        header->moveSection(header->visualIndex(id), header->count() - 1);
        view->setItemDelegateForColumn(id, new ElideMiddleDelegate(view));
        header->setSectionResizeMode(id, QHeaderView::Interactive);
        header->resizeSection(id, idWidth);
    }
    header->setSectionResizeMode(readable, QHeaderView::Stretch);
}

} // namespace ie::ui::columnwidths
