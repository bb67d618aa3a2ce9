#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace ie::ui {

// Shows how to get a managed identity's token on its own host (the exact requests, to copy),
// when the signed-in tenant is a real one: only that host's endpoint can hand the token out.
class TokenRecipeDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenRecipeDialog)
public:
    TokenRecipeDialog(const QString &identityName, const QString &recipes, QWidget *parent = nullptr);
    QString recipesText() const;

private:
    QPlainTextEdit *m_text;
};

} // namespace ie::ui
