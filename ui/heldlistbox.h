#pragma once

#include <QString>

#include <functional>

class QAbstractItemModel;
class QGroupBox;
class QObject;
class QPushButton;
class QTableView;
class QWidget;

namespace ie::ui {

// The "what the identity holds" box both grant panels show: a row-selecting table over `model`
// with Reload on the left and the panel's remove action on the right. Texts come translated
// from the panel that shows them.
struct HeldListBox
{
    QGroupBox *box = nullptr;
    QTableView *table = nullptr; // object name "held"
    QPushButton *reload = nullptr;
    QPushButton *remove = nullptr; // object name `removeName`

    static HeldListBox create(QWidget *parent, const QString &title, QAbstractItemModel *model,
                              const QString &reloadText, const QString &removeText,
                              const QString &removeName);
    // Whether rows are selected in `table`: the remove action acts on them only.
    static bool hasSelection(const QTableView *table);
    // Calls `update` (in `context`) whenever what is selected may have changed: a click, a
    // reset of the model (which drops the selection without a word).
    static void onSelectionChange(QTableView *table, QObject *context,
                                  const std::function<void()> &update);
};

} // namespace ie::ui
