#include "reservedspace.h"

#include <QLabel>
#include <QScrollArea>

namespace ie::ui::reservedspace {

QWidget *lines(QLabel *label, int lines, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setObjectName(label->objectName() + QLatin1String("Area"));
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setWidgetResizable(true);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    area->setWidget(label);
    const QMargins m = label->contentsMargins();
    area->setFixedHeight(label->fontMetrics().lineSpacing() * lines + 2 * label->margin() + m.top()
                         + m.bottom() + 2);
    area->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    return area;
}

void keepWhenHidden(QWidget *widget)
{
    QSizePolicy p = widget->sizePolicy();
    p.setRetainSizeWhenHidden(true);
    widget->setSizePolicy(p);
}

} // namespace ie::ui::reservedspace
