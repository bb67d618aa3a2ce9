#pragma once

#include <QFrame>

class QGridLayout;
class QLabel;
class QScrollArea;

namespace ie::models {
class CapabilityModel;
}
namespace ie::permissions {
struct HeldPermission;
}

namespace ie::ui {

// "What it can do": the view of a CapabilityModel at the top of the details pane. A one-line
// verdict in the tier's colour, then one line per thing held, highest tier first (what the holder
// could do in plain words, where the grant comes from), with Revoke next to what can be revoked;
// a kind that could not be read says so. Revoke asks for the review the grant panels use
// (revokeRequested()), nothing is sent from here.
class CapabilityCard : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CapabilityCard)
public:
    explicit CapabilityCard(ie::models::CapabilityModel *model, QWidget *parent = nullptr);
    ~CapabilityCard() override;

    ie::models::CapabilityModel *model() const { return m_model; }
    QString verdictText() const;

Q_SIGNALS:
    void revokeRequested(const ie::permissions::HeldPermission &held);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    ie::models::CapabilityModel *m_model;
    QLabel *m_title;
    QLabel *m_verdict;
    QScrollArea *m_scroll;
    QWidget *m_rows = nullptr;
    QGridLayout *m_grid = nullptr;
};

} // namespace ie::ui
