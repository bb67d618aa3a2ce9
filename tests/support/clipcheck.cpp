#include "clipcheck.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QStyleOptionGroupBox>
#include <QTest>
#include <QToolButton>

#include <optional>

using namespace Qt::StringLiterals;

namespace ie::test {

namespace {

QString pathOf(const QWidget *w, const QWidget *root)
{
    QStringList parts;
    for (const QWidget *p = w; p && p != root; p = p->parentWidget()) {
        if (p == w || !p->objectName().isEmpty()) {
            const QString name = p->objectName().isEmpty() ? QString()
                                                           : u" '"_s + p->objectName() + u"'"_s;
            parts.prepend(QString::fromLatin1(p->metaObject()->className()) + name);
        }
    }
    return parts.join(u" > "_s);
}

// The text as drawn: mnemonic ampersands hidden.
QSize textSize(const QWidget *w, const QString &text)
{
    return w->fontMetrics().size(Qt::TextShowMnemonic, text);
}

bool doesNotFit(QSize needed, QSize available)
{
    return needed.width() > available.width() || needed.height() > available.height();
}

std::optional<Clipping> checkLabel(const QLabel *label)
{
    if (label->text().isEmpty() || !label->pixmap().isNull())
        return std::nullopt;
    // QLabel's own measures, as it lays its text out: the minimum width is the whole line
    // (or, word-wrapped, the widest word that cannot be broken); the height is what the text
    // needs at the label's width.
    const QSize available = label->size();
    QSize needed(label->minimumSizeHint().width(),
                 label->wordWrap() ? label->heightForWidth(available.width())
                                   : label->sizeHint().height());
    if (!doesNotFit(needed, available))
        return std::nullopt;
    return Clipping{{}, label->text(), needed, available};
}

std::optional<Clipping> checkButton(const QAbstractButton *button)
{
    if (button->text().isEmpty())
        return std::nullopt;
    QSize needed;
    if (qobject_cast<const QCheckBox *>(button) || qobject_cast<const QRadioButton *>(button)) {
        needed = button->sizeHint(); // indicator, spacing and text; no minimum width
    } else if (const auto *tool = qobject_cast<const QToolButton *>(button)) {
        if (tool->toolButtonStyle() == Qt::ToolButtonIconOnly && !tool->icon().isNull())
            return std::nullopt; // the text is its tooltip
        needed = tool->sizeHint();
    } else {
        // A push button's text and icon inside its frame (its size hint adds margins and a
        // minimum width of its own that say nothing about whether the text fits).
        const QSize text = textSize(button, button->text());
        const int icon = button->icon().isNull() ? 0 : button->iconSize().width() + 4;
        const int frame = button->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr,
                                                       button);
        needed = QSize(text.width() + icon + 2 * frame, text.height());
    }
    if (!doesNotFit(needed, button->size()))
        return std::nullopt;
    return Clipping{{}, button->text(), needed, button->size()};
}

std::optional<Clipping> checkLineEdit(const QLineEdit *edit)
{
    if (!edit->text().isEmpty() || edit->placeholderText().isEmpty())
        return std::nullopt;
    const QMargins margins = edit->textMargins();
    const int frame = edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth)
                                       : 0;
    // QLineEdit keeps 2 px of horizontal margin on each side inside its frame.
    const QSize available(edit->width() - 2 * frame - 4 - margins.left() - margins.right(),
                          edit->height());
    const QSize needed(edit->fontMetrics().horizontalAdvance(edit->placeholderText()),
                       edit->fontMetrics().height());
    if (!doesNotFit(needed, available))
        return std::nullopt;
    return Clipping{{}, edit->placeholderText(), needed, available};
}

std::optional<Clipping> checkGroupBox(const QGroupBox *box)
{
    if (box->title().isEmpty())
        return std::nullopt;
    QStyleOptionGroupBox opt;
    opt.initFrom(box);
    opt.text = box->title();
    opt.lineWidth = 1;
    opt.midLineWidth = 0;
    opt.textAlignment = Qt::Alignment(box->alignment());
    opt.subControls = QStyle::SC_GroupBoxFrame | QStyle::SC_GroupBoxLabel;
    if (box->isCheckable())
        opt.subControls |= QStyle::SC_GroupBoxCheckBox;
    opt.features = box->isFlat() ? QStyleOptionFrame::Flat : QStyleOptionFrame::None;
    const QRect label
            = box->style()->subControlRect(QStyle::CC_GroupBox, &opt, QStyle::SC_GroupBoxLabel, box);
    const QSize needed(label.right() + 1, label.bottom() + 1);
    if (!doesNotFit(needed, box->size()))
        return std::nullopt;
    return Clipping{{}, box->title(), needed, box->size()};
}

std::optional<Clipping> checkComboBox(const QComboBox *combo)
{
    if (combo->isEditable() || combo->currentText().isEmpty())
        return std::nullopt;
    QStyleOptionComboBox opt;
    opt.initFrom(combo);
    opt.editable = false;
    opt.frame = combo->hasFrame();
    opt.subControls = QStyle::SC_All;
    opt.currentText = combo->currentText();
    opt.currentIcon = combo->itemIcon(combo->currentIndex());
    opt.iconSize = combo->iconSize();
    QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &opt,
                                                 QStyle::SC_ComboBoxEditField, combo);
    int width = field.width() - 2; // drawn one pixel in from each side
    if (!opt.currentIcon.isNull())
        width -= opt.iconSize.width() + 4;
    const QSize needed = textSize(combo, combo->currentText());
    const QSize available(width, field.height());
    if (needed.width() <= available.width())
        return std::nullopt;
    return Clipping{{}, combo->currentText(), needed, available};
}

} // namespace

QString Clipping::describe() const
{
    return u"%1: needs %2×%3, has %4×%5: \"%6\""_s.arg(widget)
            .arg(needed.width())
            .arg(needed.height())
            .arg(available.width())
            .arg(available.height())
            .arg(text);
}

QList<Clipping> findClippings(QWidget *root)
{
    QList<Clipping> out;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(root) || w->isWindow())
            continue;
        std::optional<Clipping> c;
        if (const auto *label = qobject_cast<const QLabel *>(w))
            c = checkLabel(label);
        else if (const auto *button = qobject_cast<const QAbstractButton *>(w))
            c = checkButton(button);
        else if (const auto *edit = qobject_cast<const QLineEdit *>(w))
            c = checkLineEdit(edit);
        else if (const auto *box = qobject_cast<const QGroupBox *>(w))
            c = checkGroupBox(box);
        else if (const auto *combo = qobject_cast<const QComboBox *>(w))
            c = checkComboBox(combo);
        if (c) {
            c->widget = pathOf(w, root);
            out.append(*c);
        }
    }
    return out;
}

void showAtSize(QWidget *window, QSize size)
{
    if (size.isValid())
        window->resize(size);
    window->show();
    [[maybe_unused]] const bool exposed = QTest::qWaitForWindowExposed(window);
    // Layouts that depend on heightForWidth settle over a few passes of the event loop.
    for (int i = 0; i < 3; ++i) {
        QApplication::processEvents();
        QTest::qWait(20);
    }
}

QString describe(const QList<Clipping> &clippings)
{
    QStringList lines;
    for (const Clipping &c : clippings)
        lines << c.describe();
    return lines.join(u'\n');
}

void saveShot(QWidget *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("IE_CLIPCHECK_SHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QString file = name;
    file.replace(QRegularExpression(u"[^A-Za-z0-9_.-]+"_s), u"_"_s);
    window->grab().save(QDir(dir).filePath(file + u".png"_s));
}

} // namespace ie::test
