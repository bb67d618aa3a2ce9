#include "approlespanel.h"

#include "heldlistbox.h"
#include "reservedspace.h"

#include "catalog/catalog.h"
#include "core/auditlog.h"
#include "grantreviewdialog.h"
#include "models/heldapprolemodel.h"
#include "models/heldchange.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace ie::ui {

using ie::graph::GrantOutcome;
using ie::graph::PlannedChange;

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int HeldRole = Qt::UserRole + 2;
} // namespace

AppRolesPanel::AppRolesPanel(ie::graph::AppRoleClient *client, ie::catalog::Catalog *catalog,
                             ie::AuditLog *audit, QWidget *parent)
    : QWidget(parent), m_client(client), m_catalog(catalog), m_audit(audit),
      m_model(new ie::models::HeldAppRoleModel(catalog, this))
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(tr("Select an identity in the tree to see and change its app roles."),
                         this);
    m_title->setObjectName(u"title"_s);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    const HeldListBox held = HeldListBox::create(this, tr("App roles held"), m_model, tr("Reload"),
                                                 tr("Revoke selected…"), u"revoke"_s);
    m_heldBox = held.box;
    m_heldBox->setObjectName(u"heldBox"_s);
    m_held = held.table;
    m_refresh = held.reload;
    m_revoke = held.remove;
    layout->addWidget(held.box, 1);

    auto *grantBox = new QGroupBox(tr("Grant app roles"), this);
    auto *grantLayout = new QVBoxLayout(grantBox);
    auto *resourceRow = new QHBoxLayout;
    m_resourceFilter = new QLineEdit(grantBox);
    m_resourceFilter->setObjectName(u"resourceFilter"_s);
    m_resourceFilter->setPlaceholderText(tr("Search resource APIs by name or appId"));
    m_resource = new QComboBox(grantBox);
    m_resource->setObjectName(u"resource"_s);
    resourceRow->addWidget(m_resourceFilter, 1);
    resourceRow->addWidget(m_resource, 2);
    grantLayout->addLayout(resourceRow);
    m_roleFilter = new QLineEdit(grantBox);
    m_roleFilter->setObjectName(u"roleFilter"_s);
    m_roleFilter->setPlaceholderText(tr("Search app roles by value or words of the description"));
    m_onlyTicked = new QCheckBox(tr("Show only selected"), grantBox);
    m_onlyTicked->setObjectName(u"onlySelected"_s);
    m_onlyTicked->setToolTip(tr("List only the ticked app roles, whatever the search: what Review "
                                "and grant will send."));
    m_tickCount = new QLabel(grantBox);
    m_tickCount->setObjectName(u"selectedCount"_s);
    // Room for the longest count, so that the row does not change as the count grows.
    m_tickCount->setMinimumWidth(
            m_tickCount->fontMetrics().horizontalAdvance(tr("%n selected", nullptr, 888)) + 8);
    m_tickCount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *roleFilterRow = new QHBoxLayout;
    roleFilterRow->addWidget(m_roleFilter, 1);
    roleFilterRow->addWidget(m_onlyTicked);
    roleFilterRow->addWidget(m_tickCount);
    grantLayout->addLayout(roleFilterRow);
    m_roles = new QListWidget(grantBox);
    m_roles->setObjectName(u"roles"_s);
    grantLayout->addWidget(m_roles, 1);
    m_roleInfo = new QLabel(grantBox);
    m_roleInfo->setObjectName(u"roleInfo"_s);
    // Fixed heights here and below: nothing moves under the pointer as details, results and
    // notices come and go.
    grantLayout->addWidget(reservedspace::lines(m_roleInfo, 4, grantBox));
    m_grant = new QPushButton(tr("Review and grant…"), grantBox);
    m_grant->setObjectName(u"grant"_s);
    grantLayout->addWidget(m_grant, 0, Qt::AlignRight);
    layout->addWidget(grantBox, 2);

    m_result = new QLabel(this);
    m_result->setObjectName(u"result"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(reservedspace::lines(m_result, 3, this));
    if (m_client) {
        // Entra's replication delay: the core retries and re-reads; the panel only says so.
        connect(m_client, &ie::graph::AppRoleClient::waitingForEntra, m_result,
                [this](const QString &, qint64 delayMs) {
                    m_result->setText(tr("Waiting for Entra to catch up (next try in %n s)…",
                                         nullptr, int((delayMs + 999) / 1000)));
                });
    }
    auto *noticeRow = new QHBoxLayout;
    m_notice = new QLabel(
            tr("Running code keeps the token it already has: managed identity endpoints "
               "may serve a cached token for up to 24 hours, so a change can take "
               "that long to reach a running app (restart it to be sure)."),
            this);
    m_notice->setObjectName(u"cacheNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_mint = new QPushButton(tr("Mint a fresh token in the inspector"), this);
    m_mint->setObjectName(u"mintFresh"_s);
    m_mint->hide();
    reservedspace::keepWhenHidden(m_notice);
    reservedspace::keepWhenHidden(m_mint);
    noticeRow->addWidget(m_notice, 1);
    noticeRow->addWidget(m_mint);
    layout->addLayout(noticeRow);

    connect(m_refresh, &QPushButton::clicked, this, &AppRolesPanel::refresh);
    connect(m_revoke, &QPushButton::clicked, this, &AppRolesPanel::reviewRevoke);
    HeldListBox::onSelectionChange(m_held, this, [this] { setBusy(false, 0); });
    connect(m_grant, &QPushButton::clicked, this, &AppRolesPanel::reviewGrant);
    connect(m_resourceFilter, &QLineEdit::textChanged, this, &AppRolesPanel::fillResources);
    connect(m_resource, &QComboBox::currentIndexChanged, this, &AppRolesPanel::fillRoles);
    connect(m_roleFilter, &QLineEdit::textChanged, this, &AppRolesPanel::fillRoles);
    connect(m_onlyTicked, &QCheckBox::toggled, this, &AppRolesPanel::fillRoles);
    connect(m_roles, &QListWidget::currentItemChanged, this, &AppRolesPanel::showRoleInfo);
    connect(m_roles, &QListWidget::itemChanged, this, &AppRolesPanel::roleItemChanged);
    connect(m_mint, &QPushButton::clicked, this,
            [this] { Q_EMIT mintTokenRequested(m_principalId); });
    setBusy(false);
}

AppRolesPanel::~AppRolesPanel() = default;

void AppRolesPanel::setIdentity(const QString &objectId, const QString &displayName)
{
    // Ticks made for another identity must not become its grant. (Ticks made before any identity
    // was picked, as by "Grant to…" from the lookup, are for the one picked next.)
    if (!m_principalId.isEmpty() && objectId.compare(m_principalId, Qt::CaseInsensitive) != 0)
        clearTicks();
    if (objectId.isEmpty()) { // nothing selected any more
        m_principalId.clear();
        m_model->clear();
        for (QPushButton *b : {m_grant, m_revoke, m_refresh})
            b->setEnabled(false);
        return;
    }
    m_principalId = objectId;
    m_principalName = displayName;
    m_title->setText(tr("App roles of %1 (%2)").arg(displayName.toHtmlEscaped(), objectId));
    m_result->clear();
    m_notice->hide();
    m_mint->hide();
    m_model->clear();
    if (m_resources.isEmpty())
        loadResources();
    refresh();
}

void AppRolesPanel::setSignedIn(const QString &principal, const QString &tenantId)
{
    m_signedIn = principal;
    m_tenantId = tenantId;
}

void AppRolesPanel::setBusy(bool busy, int step)
{
    m_busy = std::max(0, m_busy + (busy ? step : -step));
    const bool ready = m_busy == 0 && !m_principalId.isEmpty();
    m_grant->setEnabled(ready);
    m_revoke->setEnabled(ready && HeldListBox::hasSelection(m_held));
    m_refresh->setEnabled(!m_principalId.isEmpty());
}

void AppRolesPanel::loadResources()
{
    if (!m_client || m_resourcesLoading)
        return;
    m_resourcesLoading = true;
    setBusy(true);
    m_client->listResourceApis(this, [this](const Result<QList<ie::graph::ResourceApi>> &r) {
        m_resourcesLoading = false;
        setBusy(false);
        if (!r) {
            m_result->setText(
                    tr("The resource APIs could not be read: %1").arg(r.error().userMessage()));
            return;
        }
        m_resources = *r;
        m_byId.clear();
        for (const auto &api : std::as_const(m_resources))
            m_byId.insert(api.id, api);
        fillResources();
        applyPreselection();
        refresh();
    });
}

void AppRolesPanel::preselectRole(const QString &resourceAppId, const QString &roleId)
{
    m_pendingAppId = resourceAppId;
    m_pendingRoleId = roleId;
    if (m_resources.isEmpty())
        loadResources(); // applied when they are in
    else
        applyPreselection();
}

void AppRolesPanel::applyPreselection()
{
    if (m_pendingRoleId.isEmpty())
        return;
    const QString appId = std::exchange(m_pendingAppId, {});
    const QString roleId = std::exchange(m_pendingRoleId, {});
    // A filter typed earlier must not hide what was asked for.
    m_resourceFilter->clear();
    m_roleFilter->clear();
    if (!selectResource(appId)) {
        m_result->setText(tr("No service principal of the resource API %1 is in this tenant: "
                             "its roles cannot be granted here.")
                                  .arg(appId));
        return;
    }
    fillRoles();
    for (int i = 0; i < m_roles->count(); ++i) {
        QListWidgetItem *item = m_roles->item(i);
        if (item->data(IdRole).toString().compare(roleId, Qt::CaseInsensitive) != 0)
            continue;
        if (item->flags() & Qt::ItemIsEnabled)
            item->setCheckState(Qt::Checked);
        m_roles->setCurrentItem(item);
        m_roles->scrollToItem(item);
        return;
    }
    m_result->setText(
            tr("The resource API does not offer the app role %1 to applications.").arg(roleId));
}

QStringList AppRolesPanel::checkedRoleIds() const
{
    const ie::graph::ResourceApi *api = currentResource();
    if (!api)
        return {};
    const QSet<QString> ticked = m_ticked.value(api->id);
    QStringList ids;
    for (const ie::graph::AppRole &role : api->appRoles) {
        if (ticked.contains(role.id) && !m_model->holds(api->id, role.id))
            ids << role.id;
    }
    return ids;
}

void AppRolesPanel::roleItemChanged(QListWidgetItem *item)
{
    const ie::graph::ResourceApi *api = currentResource();
    if (m_filling || !api || !item || item->data(HeldRole).toBool())
        return;
    const QString id = item->data(IdRole).toString();
    if (item->checkState() == Qt::Checked)
        m_ticked[api->id].insert(id);
    else if (auto it = m_ticked.find(api->id); it != m_ticked.end()) {
        it->remove(id);
        if (it->isEmpty())
            m_ticked.erase(it);
    }
    updateTickCount();
}

void AppRolesPanel::updateTickCount()
{
    const int n = int(checkedRoleIds().size());
    m_tickCount->setText(n > 0 ? tr("%n selected", nullptr, n) : QString());
}

void AppRolesPanel::clearTicks()
{
    m_ticked.clear();
    m_filling = true;
    for (int i = 0; i < m_roles->count(); ++i) {
        QListWidgetItem *item = m_roles->item(i);
        if (!item->data(HeldRole).toBool())
            item->setCheckState(Qt::Unchecked);
    }
    m_filling = false;
    if (m_held->selectionModel())
        m_held->selectionModel()->clear();
    m_onlyTicked->setChecked(false);
    updateTickCount();
}

void AppRolesPanel::fillResources()
{
    const QString previous = m_resource->currentData().toString();
    const QString text = m_resourceFilter->text().trimmed();
    QSignalBlocker block(m_resource);
    m_resource->clear();
    for (const auto &api : std::as_const(m_resources)) {
        if (!text.isEmpty() && !api.displayName.contains(text, Qt::CaseInsensitive)
            && !api.appId.contains(text, Qt::CaseInsensitive))
            continue;
        m_resource->addItem(u"%1 (%2)"_s.arg(api.displayName, api.appId), api.id);
    }
    const int again = m_resource->findData(previous);
    m_resource->setCurrentIndex(again >= 0 ? again : 0);
    fillRoles();
}

const ie::graph::ResourceApi *AppRolesPanel::currentResource() const
{
    const auto it = m_byId.constFind(m_resource->currentData().toString());
    return it == m_byId.constEnd() ? nullptr : &*it;
}

bool AppRolesPanel::selectResource(const QString &appId)
{
    for (int i = 0; i < m_resource->count(); ++i) {
        const auto it = m_byId.constFind(m_resource->itemData(i).toString());
        if (it != m_byId.constEnd() && it->appId.compare(appId, Qt::CaseInsensitive) == 0) {
            m_resource->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

bool AppRolesPanel::checkRole(const QString &value)
{
    const ie::graph::ResourceApi *api = currentResource();
    for (int i = 0; api && i < m_roles->count(); ++i) {
        QListWidgetItem *item = m_roles->item(i);
        const ie::graph::AppRole *role = api->role(item->data(IdRole).toString());
        if (role && role->value == value && (item->flags() & Qt::ItemIsEnabled)) {
            item->setCheckState(Qt::Checked);
            m_roles->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void AppRolesPanel::fillRoles()
{
    // The ticks live in m_ticked, not in the items: a filter that hides a role keeps its tick.
    m_filling = true;
    const auto filled = qScopeGuard([this] {
        m_filling = false;
        updateTickCount();
    });
    m_roles->clear();
    const ie::graph::ResourceApi *api = currentResource();
    if (!api)
        return;
    const QSet<QString> checked = m_ticked.value(api->id);
    const QStringList words = m_roleFilter->text().split(u' ', Qt::SkipEmptyParts);
    for (const ie::graph::AppRole &role : api->appRoles) {
        if (!role.assignableToApps())
            continue;
        const QString haystack = role.value + u' ' + role.displayName + u' ' + role.description;
        bool match = true;
        for (const QString &w : words)
            match = match && haystack.contains(w, Qt::CaseInsensitive);
        const bool held = m_model->holds(api->id, role.id);
        if (m_onlyTicked->isChecked())
            match = checked.contains(role.id) && !held;
        if (!match)
            continue;
        const ie::catalog::Tier tier = m_catalog
                ? m_catalog->tierFor(ie::catalog::Kind::AppRole, api->appId, role.id)
                : ie::catalog::Tier::Untiered;
        QString text = role.value.isEmpty() ? role.displayName : role.value;
        if (tier == ie::catalog::Tier::Tier0 || tier == ie::catalog::Tier::Tier1)
            text += u"  ⚠ "_s + ie::catalog::tierTitle(tier);
        if (held)
            //: Suffix of an app role the identity already holds
            text += u"  "_s + tr("(held)");
        auto *item = new QListWidgetItem(text, m_roles);
        item->setData(IdRole, role.id);
        item->setData(HeldRole, held);
        item->setToolTip(role.displayName + u"\n"_s + role.description);
        if (tier == ie::catalog::Tier::Tier0)
            item->setForeground(QColor(0xc0, 0, 0));
        else if (tier == ie::catalog::Tier::Tier1)
            item->setForeground(QColor(0xb3, 0x59, 0));
        if (held) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setCheckState(Qt::Checked);
        } else {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(checked.contains(role.id) ? Qt::Checked : Qt::Unchecked);
        }
    }
}

void AppRolesPanel::showRoleInfo()
{
    const ie::graph::ResourceApi *api = currentResource();
    QListWidgetItem *item = m_roles->currentItem();
    if (!api || !item) {
        m_roleInfo->clear();
        return;
    }
    const ie::graph::AppRole *role = api->role(item->data(IdRole).toString());
    if (!role)
        return;
    const ie::catalog::Tier tier = m_catalog
            ? m_catalog->tierFor(ie::catalog::Kind::AppRole, api->appId, role->id)
            : ie::catalog::Tier::Untiered;
    QString text = u"<b>%1</b> (%2)<br/>%3"_s.arg(role->value.toHtmlEscaped(), role->id,
                                                  role->description.toHtmlEscaped());
    const QString warning = GrantReviewDialog::tierWarning(tier);
    if (!warning.isEmpty())
        text += u"<br/><span style=\"color:%1\">%2</span>"_s.arg(
                tier == ie::catalog::Tier::Tier0 ? u"#c00000"_s : u"#b35900"_s,
                warning.toHtmlEscaped());
    m_roleInfo->setText(text);
}

void AppRolesPanel::refresh()
{
    if (!m_client || m_principalId.isEmpty())
        return;
    setBusy(true);
    const QString principal = m_principalId;
    m_client->listAssignments(
            principal, this,
            [this, principal](const Result<QList<ie::graph::AppRoleAssignment>> &r) {
                setBusy(false);
                if (principal != m_principalId)
                    return;
                if (!r) {
                    m_result->setText(tr("The app roles of this identity could not be read: %1")
                                              .arg(r.error().userMessage()));
                    return;
                }
                m_model->setAssignments(*r, m_byId);
                fillRoles();
                showLag();
                Q_EMIT changed();
            });
}

void AppRolesPanel::reviewGrant()
{
    const ie::graph::ResourceApi *api = currentResource();
    if (!api || m_principalId.isEmpty())
        return;
    const QStringList ids = checkedRoleIds();
    if (ids.isEmpty()) {
        m_result->setText(tr("Tick the app roles to grant first."));
        return;
    }
    ie::graph::GrantPlan plan;
    plan.setEndpoints(m_client->assignmentsUrl(m_principalId).toString().section(u"/v1.0/"_s, 0, 0),
                      {});
    for (const QString &id : std::as_const(ids)) {
        PlannedChange c;
        c.action = PlannedChange::Action::GrantAppRole;
        c.principalId = m_principalId;
        c.principalName = m_principalName;
        c.resourceId = api->id;
        c.resourceAppId = api->appId;
        c.resourceName = api->displayName;
        c.appRoleId = id;
        c.appRoleValue = api->role(id) ? api->role(id)->value : QString();
        if (m_catalog)
            c.tier = m_catalog->tierFor(ie::catalog::Kind::AppRole, api->appId, id);
        plan.add(c);
    }
    auto *dialog = new GrantReviewDialog(plan, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const ie::graph::ResourceApi resource = *api;
    connect(dialog, &QDialog::accepted, this, [this, resource, plan] { runGrant(resource, plan); });
    dialog->open();
}

void AppRolesPanel::runGrant(const ie::graph::ResourceApi &resource,
                             const ie::graph::GrantPlan &plan)
{
    QStringList ids;
    for (const PlannedChange &c : plan.changes())
        ids << c.appRoleId;
    setBusy(true);
    m_result->setText(tr("Granting %n app role(s)…", nullptr, int(ids.size())));
    const QString principal = m_principalId;
    m_client->grant(
            principal, resource, ids, this,
            [this, plan, principal](const Result<QList<GrantOutcome>> &r) {
                setBusy(false);
                clearTicks(); // the plan has run: its ticks are spent, whatever the outcome
                if (!r) {
                    m_result->setText(tr("Nothing was granted: %1").arg(r.error().userMessage()));
                    return;
                }
                QStringList lines;
                int granted = 0;
                ie::models::HeldChange change;
                change.principalId = principal;
                for (const GrantOutcome &o : *r) {
                    if (o.status == GrantOutcome::Status::Granted && !o.assignmentId.isEmpty())
                        change.appRolesAdded.insert(o.assignmentId.toLower());
                    // The reviewed change this outcome is of: the record names its identity
                    // and a tier-0 confirmation.
                    PlannedChange target = plan.changes().value(0); // same identity, API
                    target.appRoleId = o.appRoleId;
                    target.tier = ie::catalog::Tier::Untiered;
                    for (const PlannedChange &c : plan.changes()) {
                        if (c.appRoleId.compare(o.appRoleId, Qt::CaseInsensitive) == 0)
                            target = c;
                    }
                    target.appRoleValue = o.value;
                    switch (o.status) {
                    case GrantOutcome::Status::Granted:
                        ++granted;
                        lines << tr("%1: granted").arg(o.value);
                        audit(u"grant-app-role"_s, target, u"granted"_s, o.requestId);
                        break;
                    case GrantOutcome::Status::AlreadyHeld:
                        lines << tr("%1: already held").arg(o.value);
                        audit(u"grant-app-role"_s, target, u"already-held"_s, o.requestId);
                        break;
                    case GrantOutcome::Status::Failed:
                        lines << tr("%1: failed: %2")
                                         .arg(o.value,
                                              o.error ? o.error->userMessage() : QString());
                        audit(u"grant-app-role"_s, target,
                              u"failed: "_s + (o.error ? o.error->code : QString()), o.requestId);
                        break;
                    }
                }
                m_result->setText(lines.join(u'\n'));
                m_notice->setVisible(granted > 0);
                m_mint->setVisible(granted > 0);
                followChange(change);
            });
}

void AppRolesPanel::reviewRevoke()
{
    const QModelIndexList rows = m_held->selectionModel() ? m_held->selectionModel()->selectedRows()
                                                          : QModelIndexList{};
    if (rows.isEmpty()) {
        m_result->setText(tr("Select the held app roles to revoke first."));
        return;
    }
    ie::graph::GrantPlan plan;
    plan.setEndpoints(m_client->assignmentsUrl(m_principalId).toString().section(u"/v1.0/"_s, 0, 0),
                      {});
    for (const QModelIndex &row : rows) {
        const ie::graph::AppRoleAssignment &a = m_model->assignment(row.row());
        PlannedChange c;
        c.action = PlannedChange::Action::RevokeAppRole;
        c.principalId = m_principalId;
        c.principalName = m_principalName;
        c.resourceId = a.resourceId;
        c.resourceAppId = m_byId.value(a.resourceId).appId;
        c.resourceName = a.resourceDisplayName;
        c.appRoleId = a.appRoleId;
        c.appRoleValue = row.siblingAtColumn(ie::models::HeldAppRoleModel::Role).data().toString();
        c.assignmentId = a.id;
        plan.add(c);
    }
    auto *dialog = new GrantReviewDialog(plan, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, plan] { runRevoke(plan); });
    dialog->open();
}

void AppRolesPanel::runRevoke(const ie::graph::GrantPlan &plan)
{
    auto lines = std::make_shared<QStringList>();
    auto pending = std::make_shared<int>(int(plan.changes().size()));
    auto change = std::make_shared<ie::models::HeldChange>();
    change->principalId = m_principalId;
    for (const PlannedChange &c : plan.changes()) {
        setBusy(true);
        m_client->revoke(c.principalId, c.assignmentId, this,
                         [this, c, lines, pending, change](const Result<QString> &r) {
                             setBusy(false);
                             if (r) {
                                 change->appRolesRemoved.insert(c.assignmentId.toLower());
                                 *lines << tr("%1: revoked").arg(c.appRoleValue);
                                 audit(u"revoke-app-role"_s, c, u"revoked"_s, *r);
                             } else {
                                 *lines << tr("%1: not revoked: %2")
                                                   .arg(c.appRoleValue, r.error().userMessage());
                                 audit(u"revoke-app-role"_s, c,
                                       u"failed: "_s + r.error().code, r.error().requestId);
                             }
                             if (--*pending == 0) {
                                 clearTicks();
                                 m_result->setText(lines->join(u'\n'));
                                 m_notice->show();
                                 m_mint->show();
                                 followChange(*change);
                             }
                         });
    }
}

void AppRolesPanel::followChange(const ie::models::HeldChange &change)
{
    if (change.principalId.compare(m_principalId, Qt::CaseInsensitive) == 0) {
        m_model->expect(change.appRolesAdded, change.appRolesRemoved);
        m_lagAttempt = 0;
        refresh();
    }
    Q_EMIT heldChanged(change);
}

void AppRolesPanel::showLag()
{
    if (!m_model->lags()) {
        m_heldBox->setTitle(tr("App roles held"));
        return;
    }
    // What Entra lists is not what was just done: say so rather than pass it off as current.
    const ie::graph::AppRoleClient::Delays delays
            = m_client ? m_client->replicationDelays() : ie::graph::AppRoleClient::Delays{};
    if (m_lagAttempt >= delays.size()) {
        m_heldBox->setTitle(tr("App roles held: Entra does not list the latest change yet "
                               "(reload in a while)"));
        return;
    }
    const auto delay = delays.at(m_lagAttempt++);
    m_heldBox->setTitle(tr("App roles held: waiting for Entra to list the latest change"));
    const QString principal = m_principalId;
    QTimer::singleShot(delay, this, [this, principal] {
        if (principal == m_principalId)
            refresh();
    });
}

void AppRolesPanel::audit(const QString &action, const PlannedChange &change,
                          const QString &result, const QString &requestId)
{
    if (!m_audit)
        return;
    ie::AuditRecord r;
    r.principal = m_signedIn;
    r.tenantId = m_tenantId;
    r.action = action;
    change.describeIn(r, m_signedIn);
    r.result = result;
    r.requestId = requestId;
    if (const VoidResult ok = m_audit->append(r); !ok)
        m_result->setText(m_result->text() + u'\n' + ok.error().message);
}

} // namespace ie::ui
