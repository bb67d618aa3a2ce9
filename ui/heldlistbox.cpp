#include "heldlistbox.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ie::ui {

HeldListBox HeldListBox::create(QWidget *parent, const QString &title, QAbstractItemModel *model,
                                const QString &reloadText, const QString &removeText,
                                const QString &removeName)
{
    HeldListBox b;
    b.box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(b.box);
    b.table = new QTableView(b.box);
    b.table->setObjectName(u"held"_s);
    b.table->setModel(model);
    b.table->setSelectionBehavior(QAbstractItemView::SelectRows);
    b.table->horizontalHeader()->setStretchLastSection(true);
    b.table->verticalHeader()->hide();
    layout->addWidget(b.table);
    auto *buttons = new QHBoxLayout;
    b.reload = new QPushButton(reloadText, b.box);
    b.remove = new QPushButton(removeText, b.box);
    b.remove->setObjectName(removeName);
    buttons->addWidget(b.reload);
    buttons->addStretch();
    buttons->addWidget(b.remove);
    layout->addLayout(buttons);
    return b;
}

} // namespace ie::ui
