#include "capabilitycard.h"

#include "tierstyle.h"

#include "catalog/catalogentry.h"
#include "models/capabilitymodel.h"
#include "permissions/heldpermission.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ie::ui {

using ie::models::CapabilityModel;

CapabilityCard::CapabilityCard(CapabilityModel *model, QWidget *parent)
    : QFrame(parent), m_model(model), m_title(new QLabel(this)), m_verdict(new QLabel(this)),
      m_scroll(new QScrollArea(this))
{
    setObjectName(u"capabilityCard"_s);
    setFrameShape(QFrame::StyledPanel);
    m_title->setObjectName(u"cardTitle"_s);
    m_verdict->setObjectName(u"verdict"_s);
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_scroll->setObjectName(u"cardRows"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_verdict);
    layout->addWidget(m_scroll, 1);
    connect(m_model, &CapabilityModel::updated, this, &CapabilityCard::rebuild);
    rebuild();
}

CapabilityCard::~CapabilityCard() = default;

QString CapabilityCard::verdictText() const
{
    return m_verdict->text();
}

void CapabilityCard::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        rebuild();
}

void CapabilityCard::rebuild()
{
    //: Title of the card at the top of an identity's details
    m_title->setText(u"<b>%1</b>"_s.arg(tr("What it can do").toHtmlEscaped()));
    const bool none = m_model->principalId().isEmpty();
    setVisible(!none);
    const int tier = m_model->verdictTier();
    const QColor colour = tier == 0 ? tierstyle::danger(palette())
            : tier == 1             ? tierstyle::warning(palette())
                                    : palette().color(QPalette::WindowText);
    m_verdict->setText(u"<b style='color:%1'>%2</b>"_s.arg(
            colour.name(), m_model->verdict().toHtmlEscaped()));

    // The rows are widgets of their own (text that wraps, a button): made again from the model.
    if (QWidget *old = m_scroll->takeWidget())
        old->deleteLater(); // a button of it may be what asked for this
    m_rows = new QWidget;
    m_rows->setObjectName(u"cardRowsBody"_s);
    m_grid = new QGridLayout(m_rows);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(0, 1);
    using Type = CapabilityModel::RowType;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex i = m_model->index(r);
        const auto type = Type(i.data(CapabilityModel::RowTypeRole).toInt());
        QString html;
        if (type == Type::Held) {
            const auto t = ie::catalog::Tier(i.data(CapabilityModel::TierRole).toInt());
            QString tag;
            if (t != ie::catalog::Tier::Untiered) {
                const QColor c = t == ie::catalog::Tier::Tier0 ? tierstyle::danger(palette())
                        : t == ie::catalog::Tier::Tier1       ? tierstyle::warning(palette())
                                                              : colour;
                const QString title = t == ie::catalog::Tier::Tier0
                        ? ie::catalog::tierTitle(t).toUpper()
                        : ie::catalog::tierTitle(t);
                tag = u"<b style='color:%1'>%2</b> "_s.arg(c.name(), title.toHtmlEscaped());
            }
            html = u"%1<b>%2</b><br>%3<br><small>%4</small>"_s.arg(
                    tag, i.data().toString().toHtmlEscaped(),
                    i.data(CapabilityModel::WhatRole).toString().toHtmlEscaped(),
                    i.data(CapabilityModel::SourceRole).toString().toHtmlEscaped());
        } else if (type == Type::Failed) {
            html = u"<b style='color:%1'>%2</b>"_s.arg(tierstyle::danger(palette()).name(),
                                                      i.data().toString().toHtmlEscaped());
        } else {
            html = u"<i>%1</i>"_s.arg(i.data().toString().toHtmlEscaped());
        }
        auto *label = new QLabel(html, m_rows);
        label->setObjectName(u"cardLine"_s);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setToolTip(i.data(Qt::ToolTipRole).toString());
        m_grid->addWidget(label, r, 0);
        if (i.data(CapabilityModel::RevocableRole).toBool()) {
            auto *revoke = new QPushButton(tr("Revoke…"), m_rows);
            revoke->setObjectName(u"cardRevoke"_s);
            revoke->setProperty("assignmentId", i.data(CapabilityModel::AssignmentIdRole));
            revoke->setToolTip(tr("Review the revoke of %1, as the grant panel shows it, before "
                                  "anything is sent.")
                                       .arg(i.data().toString()));
            const ie::permissions::HeldPermission held = m_model->permission(r);
            connect(revoke, &QPushButton::clicked, this,
                    [this, held] { Q_EMIT revokeRequested(held); });
            m_grid->addWidget(revoke, r, 1, Qt::AlignTop);
        }
    }
    m_grid->setRowStretch(m_model->rowCount(), 1);
    m_scroll->setWidget(m_rows);
}

} // namespace ie::ui
