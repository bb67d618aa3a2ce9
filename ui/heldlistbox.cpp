#include "heldlistbox.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
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

bool HeldListBox::hasSelection(const QTableView *table)
{
    return table && table->selectionModel() && table->selectionModel()->hasSelection();
}

void HeldListBox::onSelectionChange(QTableView *table, QObject *context,
                                    const std::function<void()> &update)
{
    QObject::connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, context,
                     update);
    QObject::connect(table->model(), &QAbstractItemModel::modelReset, context, update);
    QObject::connect(table->model(), &QAbstractItemModel::rowsRemoved, context, update);
}

} // namespace ie::ui
