#include "identitieswidget.h"

#include "capabilitycard.h"
#include "columnwidths.h"
#include "federation/ficplan.h"
#include "graph/agentdetailsjob.h"
#include "identityitemdelegate.h"

#include "models/capabilitymodel.h"
#include "models/heldchange.h"
#include "models/identitydetailsloader.h"
#include "models/identityfiltermodel.h"
#include "models/identityloader.h"
#include "models/identitytierscan.h"
#include "models/identitytreemodel.h"
#include "permissions/permissionstore.h"
#include "net/httpclient.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using ie::models::Identity;
using ie::models::IdentityLoader;
using ie::models::IdentityTreeModel;

namespace ie::ui {

IdentitiesWidget::IdentitiesWidget(ie::net::HttpClient *client, QWidget *parent)
    : QWidget(parent), m_client(client), m_model(new IdentityTreeModel(this)),
      m_filter(new ie::models::IdentityFilterModel(this)),
      m_loader(new IdentityLoader(client, m_model, this)), m_filterEdit(new QLineEdit(this)),
      m_searchButton(new QPushButton(tr("Search &tenant"), this)),
      m_columns(new QCheckBox(tr("C&olumns"), this)), m_tree(new QTreeView(this)),
      m_state(new QLabel(this)), m_searchBar(new QFrame(this)),
      m_searchText(new QLabel(m_searchBar)),
      m_showAll(new QPushButton(tr("Show &all"), m_searchBar)),
      m_retry(new QPushButton(tr("&Retry"), this)), m_cancel(new QPushButton(tr("&Cancel"), this)),
      m_details(new QTextBrowser(this)),
      m_copyObjectId(new QPushButton(tr("Copy &object id"), this)),
      m_copyAppId(new QPushButton(tr("Copy &app id"), this)),
      m_openPortal(new QPushButton(tr("Open in Azure &portal"), this)),
      m_grant(new QPushButton(tr("&Grant…"), this)),
      m_inspectToken(new QPushButton(tr("Inspect &token"), this)),
      m_detailsLoader(new ie::models::IdentityDetailsLoader(client, this)),
      m_tierScan(new ie::models::IdentityTierScan(client, this)),
      m_capabilities(new ie::models::CapabilityModel(this)),
      m_card(new CapabilityCard(m_capabilities, this))
{
    m_filter->setSourceModel(m_model);
    m_filterEdit->setObjectName(u"filter"_s);
    m_filterEdit->setPlaceholderText(tr("Filter by name, object id, app id, type or resource"));
    m_filterEdit->setToolTip(tr("Every word must match. \"tier0\" or \"tier1\" shows the identities "
                                "that hold something of that tier; \"orphaned\" those whose "
                                "resource is gone."));
    m_filterEdit->setClearButtonEnabled(true);
    m_searchButton->setObjectName(u"searchTenant"_s);
    m_columns->setObjectName(u"columns"_s);
    m_openPortal->setObjectName(u"openPortal"_s);
    m_searchButton->setToolTip(tr("Ask Graph for the service principals whose display name starts "
                                  "with these words, for tenants too big to load whole."));
    m_tree->setObjectName(u"identities"_s);
    m_tree->setModel(m_filter);
    m_tree->setItemDelegate(new IdentityItemDelegate(m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(-1, Qt::AscendingOrder);
    // The Columns view: names take the width; the full ids go last, elided in the middle.
    columnwidths::giveWidthToReadable(m_tree, m_tree->header(), IdentityTreeModel::NameColumn,
                                      {IdentityTreeModel::AppIdColumn,
                                       IdentityTreeModel::ObjectIdColumn},
                                      12);
    m_state->setObjectName(u"loadState"_s);
    m_state->setWordWrap(true);
    m_details->setObjectName(u"details"_s);
    m_details->setOpenLinks(false);
    m_retry->setObjectName(u"retry"_s);
    m_cancel->setObjectName(u"cancel"_s);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterEdit, 1);
    filterRow->addWidget(m_searchButton);
    filterRow->addWidget(m_columns);
    leftLayout->addLayout(filterRow);
    m_searchBar->setObjectName(u"searchBar"_s);
    m_searchBar->setFrameShape(QFrame::StyledPanel);
    m_searchBar->setAutoFillBackground(true);
    m_searchBar->setBackgroundRole(QPalette::AlternateBase);
    m_searchText->setObjectName(u"searchBarText"_s);
    m_searchText->setWordWrap(true);
    m_showAll->setObjectName(u"showAll"_s);
    m_showAll->setToolTip(tr("Load every service principal of the tenant again."));
    auto *searchRow = new QHBoxLayout(m_searchBar);
    searchRow->setContentsMargins(6, 3, 6, 3);
    searchRow->addWidget(m_searchText, 1);
    searchRow->addWidget(m_showAll);
    m_searchBar->hide();
    leftLayout->addWidget(m_searchBar);
    m_noMatch = new QLabel(left);
    m_noMatch->setObjectName(u"noMatch"_s);
    m_noMatch->setWordWrap(true);
    m_noMatch->hide();
    leftLayout->addWidget(m_noMatch);
    leftLayout->addWidget(m_tree, 1);
    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_state, 1);
    stateRow->addWidget(m_retry);
    stateRow->addWidget(m_cancel);
    leftLayout->addLayout(stateRow);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    // "What it can do" on top, the ids and credentials below; the user sets the share.
    auto *rightSplit = new QSplitter(Qt::Vertical, right);
    rightSplit->setObjectName(u"detailsSplit"_s);
    rightSplit->setChildrenCollapsible(false);
    rightSplit->addWidget(m_card);
    rightSplit->addWidget(m_details);
    rightSplit->setStretchFactor(0, 1);
    rightSplit->setStretchFactor(1, 1);
    rightLayout->addWidget(rightSplit, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_copyObjectId);
    actions->addWidget(m_copyAppId);
    actions->addWidget(m_openPortal);
    actions->addWidget(m_grant);
    actions->addWidget(m_inspectToken);
    actions->addStretch();
    rightLayout->addLayout(actions);

    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        const bool wasFiltered = !m_filter->filterText().isEmpty();
        if (!wasFiltered && !text.trimmed().isEmpty())
            m_expandedBeforeFilter = expandedGroupKeys({});
        m_filter->setFilterText(text);
        const bool filtered = !m_filter->filterText().isEmpty();
        // Open the groups that hold matches (not expandAll(), which walks every row).
        if (filtered) {
            expandGroups({});
        } else if (m_loader->isSearchResult()) {
            // Clearing the words of a tenant search asks for the whole tenant again: the tree
            // must not pass off the matches (and empty groups) as everything.
            reload();
        } else if (wasFiltered) {
            // Back to the whole list as it was: the groups that were open, the selection shown.
            expandGroupKeys(m_expandedBeforeFilter, {});
            if (m_tree->currentIndex().isValid())
                m_tree->scrollTo(m_tree->currentIndex());
        }
        const bool none = filtered && m_model->identityCount() > 0 && m_filter->matchCount() == 0;
        m_noMatch->setText(none ? tr("No identity matches “%1”. Esc clears the filter; Search "
                                     "tenant looks beyond the identities loaded here.")
                                          .arg(text.trimmed())
                                : QString());
        m_noMatch->setVisible(none);
    });
    // Esc in the filter clears it (and the tree comes back as it was).
    auto *clearFilter = new QShortcut(QKeySequence(Qt::Key_Escape), m_filterEdit);
    clearFilter->setContext(Qt::WidgetShortcut);
    connect(clearFilter, &QShortcut::activated, m_filterEdit, &QLineEdit::clear);
    connect(m_showAll, &QPushButton::clicked, this, [this] {
        const QSignalBlocker block(m_filterEdit);
        m_filterEdit->clear();
        m_filter->setFilterText({});
        reload();
    });
    connect(m_filterEdit, &QLineEdit::returnPressed, m_searchButton, &QPushButton::click);
    connect(m_searchButton, &QPushButton::clicked, this,
            [this] { m_loader->search(m_filterEdit->text()); });
    connect(m_columns, &QCheckBox::toggled, this, &IdentitiesWidget::setColumnView);
    connect(m_retry, &QPushButton::clicked, m_loader, &IdentityLoader::retry);
    connect(m_cancel, &QPushButton::clicked, m_loader, &IdentityLoader::cancel);
    connect(m_loader, &IdentityLoader::stateChanged, this, &IdentitiesWidget::updateState);
    connect(m_loader, &IdentityLoader::progress, this, &IdentitiesWidget::updateState);
    connect(m_loader, &IdentityLoader::problem, this, &IdentitiesWidget::statusMessage);
    connect(m_loader, &IdentityLoader::notice, this, [this](const QString &text) {
        m_notice = text;
        updateState();
    });
    // An explicit reload selects the same identity again as soon as its row is back.
    connect(m_loader, &IdentityLoader::progress, this, [this] {
        if (!m_keepSelection.isEmpty() && selectObjectId(m_keepSelection))
            m_keepSelection.clear();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &IdentitiesWidget::showCurrent);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (m_tree->currentIndex().isValid())
            showCurrent();
    });
    // Groups open as their first rows arrive, so a first look shows the kinds with their counts
    // rather than two closed folders. The proxy maps new rows only after this model signal, so
    // the view is expanded on the loader's progress, when both are up to date.
    connect(m_loader, &IdentityLoader::progress, this, [this] {
        for (int row = 0; row < m_filter->rowCount(); ++row) {
            const QModelIndex group = m_filter->index(row, 0);
            if (!m_tree->isExpanded(group) && m_filter->rowCount(group) > 0
                && !m_collapsedByUser.contains(row))
                m_tree->expand(group);
        }
    });
    connect(m_tree, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        if (!index.parent().isValid())
            m_collapsedByUser.insert(index.row());
    });
    connect(m_copyObjectId, &QPushButton::clicked, this, [this] {
        if (const Identity *i = currentIdentity())
            QApplication::clipboard()->setText(i->objectId);
    });
    connect(m_copyAppId, &QPushButton::clicked, this, [this] {
        if (const Identity *i = currentIdentity())
            QApplication::clipboard()->setText(i->appId);
    });
    connect(m_openPortal, &QPushButton::clicked, this, [this] {
        if (m_client && m_client->cloud().name == "Sandbox"_L1) {
            Q_EMIT statusMessage(tr("Nothing opened: the sandbox tenant exists only on this "
                                    "machine, so the Azure portal has nothing to show for it."));
            return;
        }
        const QUrl url = portalUrl();
        if (!url.isValid())
            return;
        if (!QDesktopServices::openUrl(url)) {
            QApplication::clipboard()->setText(url.toString());
            Q_EMIT statusMessage(tr("No web browser could be opened here. The portal address is "
                                    "on the clipboard: %1")
                                         .arg(url.toString()));
        }
    });
    m_grant->setObjectName(u"grant"_s);
    m_grant->setToolTip(tr("Grant this identity an app role or an Azure role."));
    connect(m_grant, &QPushButton::clicked, this, [this] {
        if (const Identity *i = currentIdentity())
            Q_EMIT grantRequested(i->objectId, i->displayName);
    });
    m_inspectToken->setObjectName(u"inspectToken"_s);
    m_inspectToken->setToolTip(
            tr("Inspect an access token issued to this identity, where one can be minted."));
    connect(m_inspectToken, &QPushButton::clicked, this, [this] {
        if (const Identity *i = currentIdentity())
            Q_EMIT inspectTokenRequested(i->objectId);
    });
    // "copy" links in the details copy the id next to them.
    connect(m_details, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        bool ok = false;
        const int n = url.path().toInt(&ok);
        if (url.scheme() == "fic"_L1) {
            if (const Identity *i = currentIdentity()) {
                ie::federation::FicTarget t;
                t.displayName = i->displayName;
                if (i->kind == Identity::Kind::UserAssigned) {
                    t.armId = i->resourceId;
                } else {
                    t.host = ie::federation::FicHost::Application;
                    t.appId = i->appId;
                }
                Q_EMIT federationRequested(t, url.path() == "doctor"_L1);
            }
            return;
        }
        // Agent ID links: the blueprint principal of an agent, the agents of a blueprint.
        if (url.scheme() == "select"_L1) {
            if (!selectObjectId(url.path()))
                Q_EMIT statusMessage(
                        tr("%1 is not in the list of identities loaded here.").arg(url.path()));
            return;
        }
        if (url.scheme() == "copy"_L1 && ok && n >= 0 && n < m_copyValues.size()) {
            QApplication::clipboard()->setText(m_copyValues[n]);
            Q_EMIT statusMessage(tr("Copied %1.").arg(m_copyValues[n]));
        }
    });
    connect(m_detailsLoader, &ie::models::IdentityDetailsLoader::changed, this,
            &IdentitiesWidget::renderDetails);
    connect(m_card, &CapabilityCard::revokeRequested, this, &IdentitiesWidget::revokeRequested);
    // After each whole load: which identities hold tier 0 or 1 (a bounded number of requests).
    connect(m_loader, &IdentityLoader::stateChanged, this, [this] {
        if (m_loader->state() == IdentityLoader::State::Loading)
            m_tierScan->cancel();
        else if (m_loader->state() == IdentityLoader::State::Complete)
            rescanTiers();
    });
    connect(m_tierScan, &ie::models::IdentityTierScan::finished, this, [this] {
        m_model->setTierMarks(m_tierScan->marks());
        for (const QString &w : m_tierScan->warnings())
            Q_EMIT statusMessage(w);
    });
    setColumnView(false);
    updateState();
    showCurrent();
}

IdentitiesWidget::~IdentitiesWidget()
{
    // The loaders are children and cancel what is in flight when they go, after this widget's
    // own part is gone: their last signals must not reach it (closing the window during a load).
    m_loader->disconnect(this);
    m_detailsLoader->disconnect(this);
    m_tierScan->disconnect(this);
    if (m_agentJob)
        m_agentJob->disconnect(this);
}

void IdentitiesWidget::setFilterText(const QString &text)
{
    m_filterEdit->setText(text);
}

void IdentitiesWidget::reload()
{
    // Keep the selection across an explicit reload.
    const Identity *current = currentIdentity();
    const QString keep = current ? current->objectId : m_keepSelection;
    m_loader->load(); // may report the cancelled previous load first
    m_keepSelection = keep;
}

bool IdentitiesWidget::selectObjectId(const QString &objectId)
{
    const QModelIndex source = m_model->indexOfObjectId(objectId);
    if (!source.isValid())
        return false;
    QModelIndex proxy = m_filter->mapFromSource(source);
    if (!proxy.isValid()) { // filtered out: show it anyway
        m_filterEdit->clear();
        proxy = m_filter->mapFromSource(source);
    }
    m_tree->scrollTo(proxy);
    m_tree->setCurrentIndex(proxy);
    return true;
}

const Identity *IdentitiesWidget::currentIdentity() const
{
    return m_model->identity(m_filter->mapToSource(m_tree->currentIndex()));
}

void IdentitiesWidget::expandGroups(const QModelIndex &parent)
{
    // A group holds either groups or identities: its first row tells which.
    const int rows = m_filter->rowCount(parent);
    if (rows == 0 || !m_filter->index(0, 0, parent).data(IdentityTreeModel::IsGroupRole).toBool())
        return;
    for (int r = 0; r < rows; ++r) {
        const QModelIndex group = m_filter->index(r, 0, parent);
        m_tree->expand(group);
        expandGroups(group);
    }
}

QSet<QString> IdentitiesWidget::expandedGroupKeys(const QModelIndex &parent) const
{
    QSet<QString> keys;
    const int rows = m_filter->rowCount(parent);
    for (int r = 0; r < rows; ++r) {
        const QModelIndex group = m_filter->index(r, 0, parent);
        if (!group.data(IdentityTreeModel::IsGroupRole).toBool())
            return keys; // a group holds either groups or identities
        if (m_tree->isExpanded(group)) {
            keys.insert(group.data(IdentityTreeModel::GroupKeyRole).toString());
            keys.unite(expandedGroupKeys(group));
        }
    }
    return keys;
}

void IdentitiesWidget::expandGroupKeys(const QSet<QString> &keys, const QModelIndex &parent)
{
    const int rows = m_filter->rowCount(parent);
    for (int r = 0; r < rows; ++r) {
        const QModelIndex group = m_filter->index(r, 0, parent);
        if (!group.data(IdentityTreeModel::IsGroupRole).toBool())
            return;
        const bool open = keys.contains(group.data(IdentityTreeModel::GroupKeyRole).toString());
        m_tree->setExpanded(group, open);
        if (open)
            expandGroupKeys(keys, group);
    }
}

void IdentitiesWidget::rescanTiers()
{
    if (m_model->identityCount() > 0)
        m_tierScan->start();
}

void IdentitiesWidget::followHeldChange(const ie::models::HeldChange &change)
{
    // The details and the card follow the store, which the grant widget refreshes. The tree's
    // tier marks are a view of what identities hold too: a tier-0 grant marks its identity, a
    // revoke may unmark it.
    if (!change.isEmpty())
        rescanTiers();
}

void IdentitiesWidget::setPermissionStore(ie::permissions::PermissionStore *store)
{
    m_store = store;
    m_capabilities->setStore(store);
    if (m_store && !m_shownObjectId.isEmpty())
        m_store->ensureLoaded(m_shownObjectId);
}

void IdentitiesWidget::setCatalog(ie::catalog::Catalog *catalog)
{
    m_tierScan->setCatalog(catalog);
    m_capabilities->setCatalog(catalog);
    if (catalog && m_loader->state() == IdentityLoader::State::Complete)
        rescanTiers();
}

QString IdentitiesWidget::applicationCredentialsHtml(const ie::models::IdentityDetails &d) const
{
    const auto title = [](const QString &t) {
        return u"<tr><td colspan='2'><br><b><u>%1</u></b></td></tr>"_s.arg(t.toHtmlEscaped());
    };
    if (!d.applicationDone)
        return title(tr("Loading the app registration's certificates and secrets…"));
    if (!d.applicationError.isEmpty())
        return title(tr("The app registration's certificates and secrets could not be read: %1")
                             .arg(d.applicationError));
    QString html = title(tr("Certificates & secrets of the app registration"));
    if (d.applicationCredentials.isEmpty())
        return html
                + u"<tr><td colspan='2'>%1</td></tr>"_s.arg(
                        tr("None: the application has no certificate and no client secret.")
                                .toHtmlEscaped());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString day = u"yyyy-MM-dd"_s;
    for (const ie::models::IdentityCredential &c : d.applicationCredentials) {
        // The state in words first, so that it does not depend on seeing the colour.
        QString state;
        QString colour;
        if (c.expiredAt(now)) {
            state = tr("EXPIRED");
            colour = u"#b00020"_s;
        } else if (c.expiringAt(now)) {
            state = tr("expires soon");
            colour = u"#8a5a00"_s;
        }
        const QString validity = tr("valid %1 to %2")
                                         .arg(c.start.isValid() ? c.start.toString(day) : tr("?"),
                                              c.end.isValid() ? c.end.toString(day) : tr("no end"));
        QString detail = validity.toHtmlEscaped();
        if (!state.isEmpty())
            detail = u"<span style='color:%1'><b>%2</b></span> · %3"_s.arg(
                    colour, state.toHtmlEscaped(), detail);
        if (c.certificate && !c.thumbprint.isEmpty())
            detail += u"<br><small>%1 <tt>%2</tt></small>"_s.arg(
                    tr("Thumbprint").toHtmlEscaped(), c.thumbprint.toHtmlEscaped());
        const QString name = c.displayName.isEmpty() ? c.keyId : c.displayName;
        html += u"<tr><td valign='top'><b>%1</b></td><td>%2<br>%3</td></tr>"_s.arg(
                (c.certificate ? tr("Certificate") : tr("Client secret")).toHtmlEscaped(),
                name.toHtmlEscaped(), detail);
    }
    return html;
}

void IdentitiesWidget::setColumnView(bool on)
{
    for (int c = IdentityTreeModel::TypeColumn; c < IdentityTreeModel::ColumnCount; ++c)
        m_tree->setColumnHidden(c, !on);
    m_tree->setHeaderHidden(!on);
}

void IdentitiesWidget::updateState()
{
    const int n = m_model->identityCount();
    if (m_loader->state() != IdentityLoader::State::Loading) {
        m_notice.clear();
        if (m_loader->state() != IdentityLoader::State::Idle)
            m_keepSelection.clear(); // the identity is gone after a whole load
    }
    QString text;
    switch (m_loader->state()) {
    case IdentityLoader::State::Idle:
        text = tr("Not loaded.");
        break;
    case IdentityLoader::State::Loading:
        text = tr("Loading… %n identities so far.", nullptr, n);
        if (!m_notice.isEmpty())
            text += u' ' + m_notice;
        break;
    case IdentityLoader::State::Complete:
        text = m_loader->problems().isEmpty()
                ? tr("%n identities.", nullptr, n)
                : tr("%n identities; %1", nullptr, n).arg(m_loader->problems().join(u' '));
        break;
    case IdentityLoader::State::Cancelled:
        text = tr("Loading cancelled: the list is incomplete (%n loaded).", nullptr, n);
        break;
    case IdentityLoader::State::Incomplete:
        text = tr("The list is incomplete (%n loaded): %1", nullptr, n)
                       .arg(m_loader->problems().join(u' '));
        break;
    }
    m_state->setText(text);
    if (m_loader->isSearchResult()) {
        m_searchText->setText(
                m_loader->state() == IdentityLoader::State::Loading
                        ? tr("Searching the tenant for “%1”…").arg(m_loader->searchTerm())
                        : tr("Showing search results for “%1”: %n service principal(s) "
                             "whose display name starts with these words, not the whole tenant.",
                             nullptr, n)
                                  .arg(m_loader->searchTerm()));
    }
    m_searchBar->setVisible(m_loader->isSearchResult());
    m_retry->setVisible(m_loader->state() == IdentityLoader::State::Incomplete);
    m_cancel->setVisible(m_loader->state() == IdentityLoader::State::Loading);
    Q_EMIT statusMessage(text);
}

QUrl IdentitiesWidget::portalUrl() const
{
    const Identity *i = currentIdentity();
    if (!i || !m_client)
        return {};
    const QString portal = m_client->cloud().portalUrl.toString();
    // A user-assigned identity opens at its own resource; every other service principal (a
    // system-assigned identity too) at its Enterprise application blade.
    if (i->kind == Identity::Kind::UserAssigned && !i->resourceId.isEmpty())
        return QUrl(portal + u"/#@/resource"_s + i->resourceId + u"/overview"_s);
    return QUrl(
            portal
            + u"/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Overview/objectId/%1/appId/%2"_s.arg(
                    i->objectId, i->appId));
}

void IdentitiesWidget::reloadDetails()
{
    if (const Identity *i = currentIdentity()) {
        m_detailsLoader->load(*i);
        startAgentDetails(i);
    }
}

void IdentitiesWidget::startAgentDetails(const Identity *i)
{
    if (m_agentJob) {
        // The answers still under way go to the old job, which no longer reaches this widget.
        m_agentJob->disconnect(this);
        m_agentJob->deleteLater();
        m_agentJob = nullptr;
    }
    m_agentObjectId.clear();
    if (!i
        || (i->kind != Identity::Kind::AgentIdentity
            && i->kind != Identity::Kind::AgentBlueprintPrincipal))
        return;
    m_agentObjectId = i->objectId;
    m_agentJob = new ie::graph::AgentDetailsJob(m_client, this);
    connect(m_agentJob, &ie::graph::AgentDetailsJob::finished, this,
            &IdentitiesWidget::renderDetails);
    m_agentJob->start(i->objectId, i->kind == Identity::Kind::AgentBlueprintPrincipal);
}

QString IdentitiesWidget::agentIdHtml(const Identity &i)
{
    QString html = u"<tr><td colspan='2'><br><b><u>%1</u></b></td></tr>"_s.arg(
            tr("Agent ID").toHtmlEscaped());
    const auto line = [&html](const QString &label, const QString &valueHtml) {
        html += u"<tr><td valign='top'><b>%1</b></td><td>%2</td></tr>"_s.arg(
                label.toHtmlEscaped(), valueHtml);
    };
    const auto selectLink = [](const QString &objectId, const QString &text) {
        return u"<a href='select:%1'>%2</a>"_s.arg(objectId.toHtmlEscaped(), text.toHtmlEscaped());
    };
    if (!m_agentJob || m_agentObjectId != i.objectId || !m_agentJob->details().done) {
        line(QString(), tr("Reading the blueprint, sponsors and inherited permissions…").toHtmlEscaped());
        return html;
    }
    const ie::graph::AgentDetails &d = m_agentJob->details();
    if (d.blueprintFound) {
        line(tr("Blueprint"),
             u"%1<br><small>%2 <tt>%3</tt></small>"_s.arg(
                     d.blueprint.displayName.toHtmlEscaped(), tr("app id").toHtmlEscaped(),
                     d.blueprint.appId.toHtmlEscaped()));
    } else if (!d.agent.blueprintAppId.isEmpty()) {
        line(tr("Blueprint"),
             u"<tt>%1</tt><br><small>%2</small>"_s.arg(
                     d.agent.blueprintAppId.toHtmlEscaped(),
                     tr("The blueprint application itself could not be read.").toHtmlEscaped()));
    }
    if (!d.isBlueprintPrincipal) {
        if (!d.blueprint.principalId.isEmpty()) {
            const QString name = d.blueprintPrincipalName.isEmpty() ? d.blueprint.principalId
                                                                    : d.blueprintPrincipalName;
            line(tr("Blueprint principal"),
                 selectLink(d.blueprint.principalId, tr("Show %1").arg(name)));
        }
        if (d.sponsorsRead)
            line(tr("Sponsors"),
                 (d.sponsors.isEmpty() ? tr("none") : d.sponsors.join(u", "_s)).toHtmlEscaped());
        else if (!d.agent.id.isEmpty())
            line(tr("Sponsors"),
                 tr("not readable here: Graph lets only an application with "
                    "AgentIdentity.ReadWrite.All read an agent's sponsors; signed in as a user "
                    "they cannot be read.")
                         .toHtmlEscaped());
        if (d.inheritanceRead) {
            QStringList names;
            for (const ie::permissions::HeldPermission &h : d.inherited)
                names << tr("%1 on %2 (inherited from the blueprint)")
                                 .arg(h.roleName,
                                      h.resourceName.isEmpty() ? h.resourceAppId : h.resourceName)
                                 .toHtmlEscaped();
            line(tr("Inherits"),
                 names.isEmpty() ? tr("nothing: no consented delegated permission of the "
                                      "blueprint is marked inheritable.")
                                           .toHtmlEscaped()
                                 : names.join(u"<br>"_s));
        }
    } else {
        QStringList agents;
        for (const ie::permissions::AgentIdentityInfo &a : d.agents)
            agents << selectLink(a.id, a.displayName.isEmpty() ? a.id : a.displayName);
        if (!agents.isEmpty() || d.problems.isEmpty()) // else why is said below
            line(tr("Agent identities"),
                 agents.isEmpty() ? tr("none made from this blueprint yet").toHtmlEscaped()
                                  : agents.join(u"<br>"_s));
    }
    for (const QString &p : d.problems)
        line(tr("Not shown"),
             u"%1<br><small>%2</small>"_s.arg(
                     p.toHtmlEscaped(),
                     tr("The signed-in account may lack the Agent ID read permission for "
                        "this part (docs/agents.md lists them); the rest is shown.")
                             .toHtmlEscaped()));
    return html;
}

void IdentitiesWidget::showCurrent()
{
    const Identity *i = currentIdentity();
    const QString objectId = i ? i->objectId : QString();
    if (objectId != m_shownObjectId || !i) {
        m_shownObjectId = objectId;
        if (i) {
            m_detailsLoader->load(*i);
            // What it holds, of every kind: one read per kind, kept in the store that the grant
            // panels share.
            if (m_store)
                m_store->ensureLoaded(i->objectId);
            m_capabilities->setPrincipalId(i->objectId);
            startAgentDetails(i);
            Q_EMIT currentIdentityChanged(i->objectId, i->displayName);
        } else {
            m_detailsLoader->clear();
            m_capabilities->setPrincipalId({});
            startAgentDetails(nullptr);
        }
    }
    renderDetails();
}

void IdentitiesWidget::renderDetails()
{
    const Identity *i = currentIdentity();
    for (QPushButton *b : {m_copyObjectId, m_copyAppId, m_openPortal, m_grant, m_inspectToken})
        b->setEnabled(i);
    m_copyValues.clear();
    if (!i) {
        m_details->setHtml(tr("<p>Select an identity to see what it is and its ids.</p>"));
        return;
    }
    QString kind;
    switch (i->kind) {
    case Identity::Kind::SystemAssigned:
        kind = tr(
                "System-assigned managed identity: created with its resource and deleted with it.");
        break;
    case Identity::Kind::UserAssigned:
        kind = tr(
                "User-assigned managed identity: a resource of its own that other resources use.");
        break;
    case Identity::Kind::Application:
        kind = tr("Service principal of an application registered in this tenant.");
        break;
    case Identity::Kind::Microsoft:
        kind = tr("Service principal of a Microsoft first-party application.");
        break;
    case Identity::Kind::Other:
        kind = tr("Service principal of type %1.").arg(i->servicePrincipalType);
        break;
    case Identity::Kind::AgentIdentity:
        kind = tr("Agent identity (Microsoft Entra Agent ID): the account an AI agent signs in "
                  "with, created from an agent identity blueprint.");
        break;
    case Identity::Kind::AgentBlueprintPrincipal:
        kind = tr("Agent identity blueprint principal: the blueprint's service principal in this "
                  "tenant, which creates its agent identities.");
        break;
    }
    const QString name = i->displayName.isEmpty() ? tr("(no display name)") : i->displayName;
    QString html = u"<h3>%1</h3><p>%2</p><table cellpadding='3'>"_s.arg(name.toHtmlEscaped(),
                                                                         kind.toHtmlEscaped());
    const QString copy = tr("copy");
    auto copyLink = [&](const QString &value) {
        m_copyValues.append(value);
        return u" <a href='copy:%1'>%2</a>"_s.arg(m_copyValues.size() - 1)
                .arg(copy.toHtmlEscaped());
    };
    auto row = [&](const QString &label, const QString &value, const QString &note = {},
                   bool copyable = false) {
        html += u"<tr><td valign='top'><b>%1</b></td><td><tt>%2</tt>%3%4</td></tr>"_s.arg(
                label.toHtmlEscaped(), value.toHtmlEscaped(),
                copyable && !value.isEmpty() ? copyLink(value) : QString(),
                note.isEmpty() ? QString() : u"<br><small>%1</small>"_s.arg(note.toHtmlEscaped()));
    };
    auto section = [&html](const QString &title) {
        html += u"<tr><td colspan='2'><br><b><u>%1</u></b></td></tr>"_s.arg(title.toHtmlEscaped());
    };
    row(tr("Object (principal) id"), i->objectId,
        tr("The portal's \"Object (principal) ID\", ARM's principalId, Graph's id: what role "
           "assignments and appRoleAssignments name."),
        true);
    row(tr("App (client) id"), i->appId,
        tr("The portal's \"Application ID\", a managed identity's client_id: what code asks a "
           "token for."),
        true);
    const ie::models::IdentityDetails &d = m_detailsLoader->details();
    const bool mine = d.objectId == i->objectId;
    if (mine && !d.appOwnerTenantId.isEmpty())
        row(tr("Owner tenant"), d.appOwnerTenantId,
            tr("The tenant the application is registered in."), true);
    if (!i->resourceId.isEmpty()) {
        QString note;
        switch (i->arm) {
        case Identity::ArmState::Found:
            note = tr("ARM confirms the resource.");
            break;
        case Identity::ArmState::Orphaned:
            note = tr("Orphaned: the resource no longer exists, but the identity does.");
            break;
        case Identity::ArmState::NotVisible:
            note = tr("ARM cannot show this resource to you (no access to its subscription).");
            break;
        case Identity::ArmState::Unknown:
            note = tr("Not checked with ARM yet.");
            break;
        }
        row(i->kind == Identity::Kind::UserAssigned ? tr("Identity resource")
                                                    : tr("Backing resource"),
            i->resourceId, note, true);
    }
    if (i->kind == Identity::Kind::UserAssigned) {
        if (i->attachedTo.isEmpty())
            row(tr("Used by"), tr("no resource ARM can show"));
        for (const QString &r : i->attachedTo)
            row(tr("Used by"), r, {}, true);
    }
    if (!i->created.isEmpty())
        row(tr("Created"), i->created);

    if (!mine || !d.graphDone) {
        section(tr("Loading credentials and app roles…"));
    } else if (!d.graphError.isEmpty()) {
        section(tr("Credentials and app roles could not be read: %1").arg(d.graphError));
    } else {
        section(tr("Credentials"));
        if (d.credentials.isEmpty())
            row(tr("None"), QString(), tr("Graph shows no key or password credential."));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const ie::models::IdentityCredential &c : d.credentials) {
            const QString what = c.certificate ? tr("Certificate") : tr("Client secret");
            const QString expiry = !c.end.isValid() ? tr("no expiry given")
                    : c.expiredAt(now) ? tr("expired %1").arg(c.end.toString(Qt::ISODate))
                                       : tr("expires %1").arg(c.end.toString(Qt::ISODate));
            row(what, c.displayName.isEmpty() ? c.keyId : c.displayName,
                tr("%1; key id %2").arg(expiry, c.keyId));
        }
        if (!d.appRoles.isEmpty()) {
            section(tr("App roles it exposes"));
            for (const ie::models::ExposedAppRole &r : d.appRoles) {
                QString note = r.description;
                if (!r.enabled)
                    note += u' ' + tr("(disabled)");
                row(r.value.isEmpty() ? r.displayName : r.value, r.id,
                    r.displayName + (note.isEmpty() ? QString() : u": "_s + note), true);
            }
        }
    }
    if (mine && d.hasApplication)
        html += applicationCredentialsHtml(d);
    if (i->kind == Identity::Kind::AgentIdentity
        || i->kind == Identity::Kind::AgentBlueprintPrincipal)
        html += agentIdHtml(*i);
    if (i->kind == Identity::Kind::UserAssigned) {
        if (!mine || !d.armDone) {
            section(tr("Loading federated identity credentials…"));
        } else if (!d.armError.isEmpty()) {
            section(tr("Federated identity credentials could not be read: %1").arg(d.armError));
        } else {
            section(tr("Federated identity credentials"));
            if (d.federated.isEmpty())
                row(tr("None"), QString(),
                    tr("No workload outside Azure can sign in as this identity."));
            for (const ie::models::FederatedIdentityCredential &f : d.federated)
                row(f.name, f.subject,
                    tr("Issuer %1; audiences %2").arg(f.issuer, f.audiences.join(u", "_s)));
        }
    }
    if (i->kind == Identity::Kind::Application) {
        // An app registration's federated credentials are on its application object (Graph).
        section(tr("Federated identity credentials (app registration)"));
    }
    if (i->kind == Identity::Kind::UserAssigned || i->kind == Identity::Kind::Application)
        html += u"<tr><td colspan='2'><a href='fic:manage'>%1</a> · <a href='fic:doctor'>%2</a>"
                "</td></tr>"_s.arg(tr("Add, edit or remove…").toHtmlEscaped(),
                                   tr("Federation doctor…").toHtmlEscaped());
    html += u"</table>"_s;
    const int scroll = m_details->verticalScrollBar() ? m_details->verticalScrollBar()->value() : 0;
    m_details->setHtml(html);
    m_details->verticalScrollBar()->setValue(scroll);
}

} // namespace ie::ui
