#pragma once

#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

class QWidget;

namespace ie::test {

// One text that does not fit its widget: what a person sees cut off.
struct Clipping
{
    QString widget; // class and object name, with the path of named parents
    QString text;   // the text that is cut (placeholder, title, label, button text)
    QSize needed;   // what the text needs, by the widget's font metrics
    QSize available;
    QString describe() const;
};

// Walks every widget under `root` that a person can see (visible, inside the window) and lists
// each text wider or taller than the room its widget gives it, by the widget's own font metrics
// and word wrap: QLabel text, QAbstractButton text (push, tool, check and radio buttons),
// QLineEdit placeholders (while empty), QGroupBox titles and the current text of a QComboBox.
// Lay out and show `root` first (showAtSize does both).
QList<Clipping> findClippings(QWidget *root);

// Shows `window` at `size` on the offscreen platform and lets the layouts settle. An empty
// size keeps the window's own default size (as a dialog opens).
void showAtSize(QWidget *window, QSize size = {});

// "" when nothing is clipped, else one line per clipping (for QVERIFY2).
QString describe(const QList<Clipping> &clippings);

// When IE_CLIPCHECK_SHOTS names a folder, saves a picture of `window` there as NAME.png, to
// look at what the check saw.
void saveShot(QWidget *window, const QString &name);

} // namespace ie::test
