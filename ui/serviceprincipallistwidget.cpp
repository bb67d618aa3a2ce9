#include "serviceprincipallistwidget.h"

#include "models/serviceprincipallistmodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using ie::models::ServicePrincipalListModel;

namespace ie::ui {

ServicePrincipalListWidget::ServicePrincipalListWidget(ie::net::HttpClient *client, QWidget *parent)
    : QWidget(parent),
      m_model(new ServicePrincipalListModel(client, this)),
      m_filter(new QSortFilterProxyModel(this)),
      m_filterEdit(new QLineEdit(this)),
      m_list(new QListView(this)),
      m_state(new QLabel(this)),
      m_retry(new QPushButton(tr("&Retry"), this)),
      m_cancel(new QPushButton(tr("&Cancel"), this)),
      m_details(new QTextBrowser(this))
{
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(ServicePrincipalListModel::SearchTextRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filterEdit->setObjectName(u"filter"_s);
    m_filterEdit->setPlaceholderText(tr("Filter by name, object id, app id, type or resource"));
    m_filterEdit->setClearButtonEnabled(true);
    m_list->setObjectName(u"identities"_s);
    m_list->setModel(m_filter);
    m_list->setUniformItemSizes(true);
    m_state->setObjectName(u"loadState"_s);
    m_details->setObjectName(u"details"_s);
    m_details->setOpenExternalLinks(false);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filterEdit);
    leftLayout->addWidget(m_list);
    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_state, 1);
    stateRow->addWidget(m_retry);
    stateRow->addWidget(m_cancel);
    leftLayout->addLayout(stateRow);

    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(m_details);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_retry, &QPushButton::clicked, m_model, &ServicePrincipalListModel::retry);
    connect(m_cancel, &QPushButton::clicked, m_model, &ServicePrincipalListModel::cancel);
    connect(m_model, &ServicePrincipalListModel::stateChanged, this, &ServicePrincipalListWidget::updateState);
    connect(m_model, &ServicePrincipalListModel::progress, this, &ServicePrincipalListWidget::updateState);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ServicePrincipalListWidget::showCurrent);
    updateState();
    m_details->setHtml(tr("<p>Select an identity to see its ids.</p>"));
}

ServicePrincipalListWidget::~ServicePrincipalListWidget() = default;

void ServicePrincipalListWidget::setFilterText(const QString &text)
{
    m_filterEdit->setText(text);
}

void ServicePrincipalListWidget::reload()
{
    m_model->reload();
}

void ServicePrincipalListWidget::updateState()
{
    const int rows = m_model->rowCount();
    QString text;
    switch (m_model->state()) {
    case ServicePrincipalListModel::State::Idle:
        text = tr("Not loaded.");
        break;
    case ServicePrincipalListModel::State::Loading:
        text = tr("Loading… %n service principal(s) so far.", nullptr, rows);
        break;
    case ServicePrincipalListModel::State::Complete:
        text = tr("%n service principal(s).", nullptr, rows);
        break;
    case ServicePrincipalListModel::State::Cancelled:
        text = tr("Loading cancelled: the list is incomplete (%n loaded).", nullptr, rows);
        break;
    case ServicePrincipalListModel::State::Incomplete:
        text = tr("The list is incomplete (%n loaded): %1", nullptr, rows)
                       .arg(m_model->lastError() ? m_model->lastError()->userMessage() : QString());
        break;
    }
    m_state->setText(text);
    m_state->setWordWrap(true);
    m_retry->setVisible(m_model->state() == ServicePrincipalListModel::State::Incomplete);
    m_cancel->setVisible(m_model->state() == ServicePrincipalListModel::State::Loading);
    Q_EMIT statusMessage(text);
}

void ServicePrincipalListWidget::showCurrent()
{
    const QModelIndex i = m_list->currentIndex();
    if (!i.isValid())
        return;
    const QString kind = i.data(ServicePrincipalListModel::KindRole).toString();
    QString kindText;
    if (kind == "system-assigned"_L1)
        kindText = tr("System-assigned managed identity");
    else if (kind == "user-assigned"_L1)
        kindText = tr("User-assigned managed identity");
    else if (kind == "microsoft"_L1)
        kindText = tr("Microsoft first-party application");
    else if (kind == "application"_L1)
        kindText = tr("Application of this tenant");
    else
        kindText = tr("Other service principal (%1)").arg(i.data(ServicePrincipalListModel::TypeRole).toString());
    QString html = u"<h3>%1</h3><p>%2</p><table cellpadding='3'>"_s.arg(
            i.data(Qt::DisplayRole).toString().toHtmlEscaped(), kindText.toHtmlEscaped());
    auto row = [&html](const QString &label, const QString &value, const QString &note) {
        html += u"<tr><td><b>%1</b></td><td><tt>%2</tt></td></tr><tr><td></td><td><small>%3</small></td></tr>"_s
                        .arg(label.toHtmlEscaped(), value.toHtmlEscaped(), note.toHtmlEscaped());
    };
    row(tr("Object (principal) id"), i.data(ServicePrincipalListModel::ObjectIdRole).toString(),
        tr("The portal's \"Object (principal) ID\", ARM's principalId, Graph's id: what role "
           "assignments and appRoleAssignments name."));
    row(tr("App (client) id"), i.data(ServicePrincipalListModel::AppIdRole).toString(),
        tr("The portal's \"Application ID\", a managed identity's client_id: what code asks a "
           "token for."));
    const QString resource = i.data(ServicePrincipalListModel::ResourceIdRole).toString();
    if (!resource.isEmpty())
        row(tr("Resource"), resource, tr("The ARM resource this identity belongs to."));
    html += u"</table>"_s;
    m_details->setHtml(html);
}

} // namespace ie::ui
