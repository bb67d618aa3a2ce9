#include "tokenrecipedialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ie::ui {

TokenRecipeDialog::TokenRecipeDialog(const QString &identityName, const QString &recipes,
                                     QWidget *parent)
    : QDialog(parent), m_text(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Token of %1").arg(identityName));
    auto *why = new QLabel(
            tr("A managed identity's token comes only from the endpoint on its own host, and this "
               "machine is not that host. Run one of these there, then paste the answer into the "
               "token inspector (it reads the JSON as it comes)."),
            this);
    why->setObjectName(u"why"_s);
    why->setWordWrap(true);
    m_text->setObjectName(u"recipes"_s);
    m_text->setReadOnly(true);
    m_text->setPlainText(recipes);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy all"), QDialogButtonBox::ActionRole);
    copy->setObjectName(u"copy"_s);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_text->toPlainText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(why);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(820, 420);
}

QString TokenRecipeDialog::recipesText() const
{
    return m_text->toPlainText();
}

} // namespace ie::ui
