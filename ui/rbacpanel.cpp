#include "rbacpanel.h"

#include "heldlistbox.h"
#include "reservedspace.h"

#include "arm/roleassignmentclient.h"
#include "arm/roleassignmentcreatejob.h"
#include "catalog/catalog.h"
#include "core/auditlog.h"
#include "grantreviewdialog.h"
#include "graph/grantplan.h"
#include "models/heldchange.h"
#include "models/roleassignmentmodel.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace ie::ui {

using ie::graph::PlannedChange;

namespace {
constexpr int ScopeIdRole = Qt::UserRole + 1;
constexpr int LoadedRole = Qt::UserRole + 2;
constexpr int RoleGuidRole = Qt::UserRole + 1;

// Where the role list of a scope is read: its subscription, or the management group itself.
QString rolesScopeOf(const QString &scope)
{
    if (ie::arm::ScopeHierarchy::isManagementGroup(scope))
        return scope;
    return ie::arm::ScopeHierarchy::subscriptionOf(scope);
}
} // namespace

RbacPanel::RbacPanel(ie::arm::RoleAssignmentClient *client, ie::catalog::Catalog *catalog,
                     ie::AuditLog *audit, QWidget *parent)
    : QWidget(parent), m_client(client), m_catalog(catalog), m_audit(audit),
      m_model(new ie::models::RoleAssignmentModel(catalog, this))
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(tr("Select an identity in the tree to see and change its Azure roles."),
                         this);
    m_title->setObjectName(u"title"_s);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    const HeldListBox held = HeldListBox::create(this, tr("Azure role assignments"), m_model,
                                                 tr("Reload"), tr("Remove selected…"), u"remove"_s);
    m_heldBox = held.box;
    m_heldBox->setObjectName(u"heldBox"_s);
    m_held = held.table;
    m_refresh = held.reload;
    m_remove = held.remove;
    layout->addWidget(held.box, 1);

    auto *grantBox = new QGroupBox(tr("Assign an Azure role"), this);
    auto *grantLayout = new QVBoxLayout(grantBox);
    auto *split = new QSplitter(grantBox);
    auto *scopeSide = new QWidget(split);
    auto *scopeLayout = new QVBoxLayout(scopeSide);
    scopeLayout->setContentsMargins(0, 0, 0, 0);
    m_scopeFilter = new QLineEdit(scopeSide);
    m_scopeFilter->setObjectName(u"scopeFilter"_s);
    m_scopeFilter->setPlaceholderText(tr("Search the loaded scopes"));
    m_scopes = new QTreeWidget(scopeSide);
    m_scopes->setObjectName(u"scopes"_s);
    m_scopes->setHeaderLabels({tr("Scope"), tr("Type")});
    scopeLayout->addWidget(m_scopeFilter);
    scopeLayout->addWidget(m_scopes);
    auto *roleSide = new QWidget(split);
    auto *roleLayout = new QVBoxLayout(roleSide);
    roleLayout->setContentsMargins(0, 0, 0, 0);
    m_roleFilter = new QLineEdit(roleSide);
    m_roleFilter->setObjectName(u"roleFilter"_s);
    m_roleFilter->setPlaceholderText(tr("Search roles by name or description"));
    m_roles = new QListWidget(roleSide);
    m_roles->setObjectName(u"roles"_s);
    roleLayout->addWidget(m_roleFilter);
    roleLayout->addWidget(m_roles);
    grantLayout->addWidget(split, 1);
    m_roleInfo = new QLabel(grantBox);
    m_roleInfo->setObjectName(u"roleInfo"_s);
    // Fixed heights here and below: nothing moves under the pointer as details, countdowns,
    // results and notices come and go.
    grantLayout->addWidget(reservedspace::lines(m_roleInfo, 5, grantBox));
    m_create = new QPushButton(tr("Review and assign…"), grantBox);
    m_create->setObjectName(u"create"_s);
    grantLayout->addWidget(m_create, 0, Qt::AlignRight);
    layout->addWidget(grantBox, 2);

    m_countdown = new QLabel(this);
    m_countdown->setObjectName(u"countdown"_s);
    layout->addWidget(reservedspace::lines(m_countdown, 2, this));
    m_result = new QLabel(this);
    m_result->setObjectName(u"result"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(reservedspace::lines(m_result, 3, this));
    m_notice = new QLabel(
            tr("Running code keeps the token it already has: managed identity endpoints "
               "may serve a cached token for up to 24 hours, so a change can take "
               "that long to reach a running app (restart it to be sure)."),
            this);
    m_notice->setObjectName(u"cacheNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->hide();
    reservedspace::keepWhenHidden(m_notice);
    layout->addWidget(m_notice);

    connect(m_refresh, &QPushButton::clicked, this, &RbacPanel::refresh);
    connect(m_remove, &QPushButton::clicked, this, &RbacPanel::reviewRemove);
    HeldListBox::onSelectionChange(m_held, this, [this] { setBusy(false, 0); });
    connect(m_create, &QPushButton::clicked, this, &RbacPanel::reviewCreate);
    connect(m_scopes, &QTreeWidget::itemExpanded, this, &RbacPanel::loadChildren);
    connect(m_scopes, &QTreeWidget::currentItemChanged, this, &RbacPanel::scopeChanged);
    connect(m_roleFilter, &QLineEdit::textChanged, this, &RbacPanel::fillRoles);
    connect(m_roles, &QListWidget::currentItemChanged, this, &RbacPanel::showRoleInfo);
    connect(m_scopes, &QTreeWidget::currentItemChanged, this, &RbacPanel::showRoleInfo);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RbacPanel::showRoleInfo);
    connect(m_scopeFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        // Hides loaded scopes that do not match and have no matching child.
        std::function<bool(QTreeWidgetItem *)> apply = [&](QTreeWidgetItem *item) {
            bool any = text.isEmpty() || item->text(0).contains(text, Qt::CaseInsensitive);
            for (int i = 0; i < item->childCount(); ++i)
                any = apply(item->child(i)) || any;
            item->setHidden(!any);
            return any;
        };
        for (int i = 0; i < m_scopes->topLevelItemCount(); ++i)
            apply(m_scopes->topLevelItem(i));
    });
    setBusy(false);
}

RbacPanel::~RbacPanel() = default;

void RbacPanel::setBusy(bool busy, int step)
{
    m_busy = std::max(0, m_busy + (busy ? step : -step));
    const bool ready = m_busy == 0 && !m_principalId.isEmpty();
    m_create->setEnabled(ready);
    m_remove->setEnabled(ready && HeldListBox::hasSelection(m_held));
    m_refresh->setEnabled(!m_principalId.isEmpty());
}

void RbacPanel::setIdentity(const QString &objectId, const QString &displayName)
{
    // A role picked for another identity must not become its assignment (one picked before any
    // identity, as by "Grant to…" from the lookup, is for the one picked next).
    if (!m_principalId.isEmpty() && objectId.compare(m_principalId, Qt::CaseInsensitive) != 0)
        clearPick();
    if (objectId.isEmpty()) { // nothing selected any more
        m_principalId.clear();
        m_model->clear();
        for (QPushButton *b : {m_create, m_remove, m_refresh})
            b->setEnabled(false);
        return;
    }
    m_principalId = objectId;
    m_principalName = displayName;
    m_title->setText(tr("Azure roles of %1 (%2)").arg(displayName.toHtmlEscaped(), objectId));
    m_result->clear();
    m_countdown->clear();
    m_notice->hide();
    m_model->clear();
    if (m_scopes->topLevelItemCount() == 0)
        loadChildren(nullptr);
    refresh();
}

void RbacPanel::clearPick()
{
    m_pendingRole.clear();
    m_roles->setCurrentItem(nullptr);
    m_roles->clearSelection();
    if (m_held->selectionModel())
        m_held->selectionModel()->clear();
}

void RbacPanel::setSignedIn(const QString &principal, const QString &tenantId)
{
    m_signedIn = principal;
    m_tenantId = tenantId;
}

void RbacPanel::refresh()
{
    if (!m_client || m_principalId.isEmpty())
        return;
    setBusy(true);
    const QString principal = m_principalId;
    m_client->listAssignments(
            principal, this, [this, principal](const Result<ie::arm::AssignmentList> &r) {
                setBusy(false);
                if (principal != m_principalId)
                    return;
                if (!r) {
                    m_result->setText(tr("The Azure roles of this identity could not be read: %1")
                                              .arg(r.error().userMessage()));
                    return;
                }
                QHash<QString, QString> names;
                for (const auto &d : std::as_const(m_roleDefs))
                    names.insert(d.name, d.roleName);
                m_model->setHierarchy(r->hierarchy);
                m_model->setAssignments(r->items, names);
                m_model->setViewedScope(selectedScope());
                if (!r->warnings.isEmpty())
                    m_result->setText(r->warnings.join(u'\n'));
                showLag();
                Q_EMIT changed();
            });
}

void RbacPanel::loadChildren(QTreeWidgetItem *parent)
{
    if (!m_client || (parent && parent->data(0, LoadedRole).toBool()))
        return;
    if (parent)
        parent->setData(0, LoadedRole, true);
    const QString parentScope = parent ? parent->data(0, ScopeIdRole).toString() : QString();
    setBusy(true);
    m_client->listScopes(
            parentScope, this,
            [this, parentScope, wanted = parent](const Result<QList<ie::arm::ScopeNode>> &r) {
                setBusy(false);
                // Find the parent again: the tree may have changed meanwhile. The same scope can
                // be in the tree twice (a subscription at the top and in its management group):
                // the very item that was expanded.
                QTreeWidgetItem *parent = nullptr;
                if (!parentScope.isEmpty()) {
                    QTreeWidgetItemIterator it(m_scopes);
                    for (; *it; ++it) {
                        if (*it == wanted
                            && (*it)->data(0, ScopeIdRole).toString() == parentScope) {
                            parent = *it;
                            break;
                        }
                    }
                    if (!parent)
                        return;
                    qDeleteAll(parent->takeChildren());
                }
                if (!r) {
                    m_result->setText(
                            tr("The scopes could not be read: %1").arg(r.error().userMessage()));
                    if (parent)
                        parent->setData(0, LoadedRole, false);
                    return;
                }
                for (const ie::arm::ScopeNode &n : *r) {
                    auto *item
                            = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_scopes);
                    item->setText(0, n.name);
                    item->setText(1,
                                  n.level == ie::arm::ScopeNode::Level::Resource
                                          ? n.type
                                          : ie::models::RoleAssignmentModel::levelTitle(n.id));
                    item->setToolTip(0, n.id);
                    item->setData(0, ScopeIdRole, n.id);
                    if (n.level != ie::arm::ScopeNode::Level::Resource)
                        item->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
                }
                if (!parent && !m_pendingRole.isEmpty() && m_rolesScope.isEmpty()
                    && m_scopes->topLevelItemCount() > 0)
                    preselectRole(m_pendingRole);
            });
}

QString RbacPanel::selectedScope() const
{
    QTreeWidgetItem *item = m_scopes->currentItem();
    return item ? item->data(0, ScopeIdRole).toString() : QString();
}

bool RbacPanel::selectScope(const QString &scope)
{
    QTreeWidgetItemIterator it(m_scopes);
    for (; *it; ++it) {
        const QString id = (*it)->data(0, ScopeIdRole).toString();
        if (id.compare(scope, Qt::CaseInsensitive) == 0) {
            m_scopes->setCurrentItem(*it);
            return true;
        }
        // Expanding loads the next level. A management group is not in its members' ids: look
        // inside every group when a group is wanted, and in the groups a known hierarchy names.
        const bool towards = ie::models::RoleAssignmentModel::covers(id, scope)
                || (ie::arm::ScopeHierarchy::isManagementGroup(id)
                    && (ie::arm::ScopeHierarchy::isManagementGroup(scope)
                        || m_model->hierarchy().covers(id, scope)));
        if (towards && !(*it)->isExpanded())
            (*it)->setExpanded(true);
    }
    return false;
}

void RbacPanel::scopeChanged()
{
    const QString scope = selectedScope();
    m_model->setViewedScope(scope);
    if (!scope.isEmpty() && !rolesScopeOf(scope).isEmpty() && rolesScopeOf(scope) != m_rolesScope)
        loadRoles(rolesScopeOf(scope));
}

void RbacPanel::loadRoles(const QString &scope)
{
    m_rolesScope = scope;
    setBusy(true);
    m_client->listRoleDefinitions(
            scope, this, [this, scope](const Result<QList<ie::arm::RoleDefinition>> &r) {
                setBusy(false);
                if (scope != m_rolesScope)
                    return;
                if (!r) {
                    m_result->setText(
                            tr("The roles could not be read: %1").arg(r.error().userMessage()));
                    return;
                }
                m_roleDefs = *r;
                fillRoles();
            });
}

void RbacPanel::fillRoles()
{
    const QString current = m_roles->currentItem()
            ? m_roles->currentItem()->data(RoleGuidRole).toString()
            : QString();
    m_roles->clear();
    // A preselected role wins over the one that was current, wherever each is in the list.
    QListWidgetItem *restore = nullptr;
    QListWidgetItem *preselected = nullptr;
    const QStringList words = m_roleFilter->text().split(u' ', Qt::SkipEmptyParts);
    for (const ie::arm::RoleDefinition &d : std::as_const(m_roleDefs)) {
        bool match = true;
        for (const QString &w : words)
            match = match && (d.roleName + u' ' + d.description).contains(w, Qt::CaseInsensitive);
        if (!match)
            continue;
        const ie::catalog::Tier tier = m_catalog
                ? m_catalog->tierFor(ie::catalog::Kind::AzureRole, {}, d.name)
                : ie::catalog::Tier::Untiered;
        QString text = d.roleName;
        if (d.custom)
            //: Suffix of a custom Azure role
            text += u"  "_s + tr("(custom)");
        if (tier == ie::catalog::Tier::Tier0 || tier == ie::catalog::Tier::Tier1)
            text += u"  ⚠ "_s + ie::catalog::tierTitle(tier);
        auto *item = new QListWidgetItem(text, m_roles);
        item->setData(RoleGuidRole, d.name);
        item->setToolTip(d.description);
        if (tier == ie::catalog::Tier::Tier0)
            item->setForeground(QColor(0xc0, 0, 0));
        if (d.name == current)
            restore = item;
        if (!m_pendingRole.isEmpty() && d.name.compare(m_pendingRole, Qt::CaseInsensitive) == 0) {
            m_pendingRole.clear();
            preselected = item;
        }
    }
    if (preselected) {
        m_roles->setCurrentItem(preselected);
        m_roles->scrollToItem(preselected);
    } else if (!m_pendingRole.isEmpty() && !m_roleDefs.isEmpty()) {
        // The preselected role is not in this list: select nothing rather than the old one (a
        // grant of that instead would be a surprise).
        m_pendingRole.clear();
    } else if (restore) {
        m_roles->setCurrentItem(restore);
    }
}

void RbacPanel::preselectRole(const QString &roleDefinitionGuid)
{
    m_pendingRole = roleDefinitionGuid.section(u'/', -1).toLower();
    m_roleFilter->clear();
    fillRoles();
    if (m_pendingRole.isEmpty() || !m_rolesScope.isEmpty())
        return;
    // No role list yet: read it for the first subscription (the built-in roles are the same in
    // all), without picking a scope for the user.
    if (m_scopes->topLevelItemCount() == 0) {
        loadChildren(nullptr); // preselectRole() is retried when the subscriptions are in
        return;
    }
    for (int i = 0; i < m_scopes->topLevelItemCount(); ++i) {
        const QString id = m_scopes->topLevelItem(i)->data(0, ScopeIdRole).toString();
        if (!rolesScopeOf(id).isEmpty()) {
            loadRoles(rolesScopeOf(id));
            return;
        }
    }
}

QString RbacPanel::currentRoleGuid() const
{
    return m_roles->currentItem() ? m_roles->currentItem()->data(RoleGuidRole).toString()
                                  : QString();
}

bool RbacPanel::selectRole(const QString &roleName)
{
    for (int i = 0; i < m_roles->count(); ++i) {
        const QString guid = m_roles->item(i)->data(RoleGuidRole).toString();
        for (const auto &d : std::as_const(m_roleDefs)) {
            if (d.name == guid && d.roleName == roleName) {
                m_roles->setCurrentRow(i);
                return true;
            }
        }
    }
    return false;
}

QString RbacPanel::scopeName(const QString &scope) const
{
    QTreeWidgetItemIterator it(m_scopes);
    for (; *it; ++it) {
        if ((*it)->data(0, ScopeIdRole).toString().compare(scope, Qt::CaseInsensitive) == 0)
            return (*it)->text(0);
    }
    return scope.section(u'/', -1);
}

QString RbacPanel::inheritedNote() const
{
    const QString scope = selectedScope();
    const QString role = currentRoleGuid();
    if (scope.isEmpty() || role.isEmpty())
        return {};
    const int row = m_model->inheritedAt(role, scope);
    if (row < 0)
        return {};
    const QString from = m_model->assignment(row).scope;
    return tr("%1 is already inherited at “%2”: the identity holds it at “%3” "
              "(%4, %5), which covers this scope. Assigning it here adds nothing.")
            .arg(m_model->roleNameAt(row), scopeName(scope), scopeName(from),
                 ie::models::RoleAssignmentModel::levelTitle(from), from);
}

void RbacPanel::showRoleInfo()
{
    QListWidgetItem *item = m_roles->currentItem();
    if (!item) {
        m_roleInfo->clear();
        return;
    }
    const QString inherited = inheritedNote();
    for (const auto &d : std::as_const(m_roleDefs)) {
        if (d.name != item->data(RoleGuidRole).toString())
            continue;
        const QStringList key = (d.actions + d.dataActions).mid(0, 6);
        QString text = u"<b>%1</b> (%2)<br/>%3<br/>"_s.arg(d.roleName.toHtmlEscaped(), d.name,
                                                           d.description.toHtmlEscaped())
                + tr("Key actions: %1").arg(key.join(u", "_s).toHtmlEscaped());
        const ie::catalog::Tier tier = m_catalog
                ? m_catalog->tierFor(ie::catalog::Kind::AzureRole, {}, d.name)
                : ie::catalog::Tier::Untiered;
        const QString warning = GrantReviewDialog::tierWarning(tier);
        if (!warning.isEmpty())
            text += u"<br/><span style=\"color:#c00000\">%1</span>"_s.arg(warning.toHtmlEscaped());
        if (!inherited.isEmpty())
            text += u"<br/><b>%1</b>"_s.arg(inherited.toHtmlEscaped());
        m_roleInfo->setText(text);
    }
}

void RbacPanel::reviewCreate()
{
    const QString scope = selectedScope();
    QListWidgetItem *item = m_roles->currentItem();
    if (scope.isEmpty() || !item) {
        m_result->setText(tr("Pick a scope and a role first."));
        return;
    }
    // Azure RBAC adds up down the scopes: a second assignment below the first changes nothing.
    if (const QString inherited = inheritedNote(); !inherited.isEmpty()) {
        m_result->setText(inherited);
        return;
    }
    PlannedChange c;
    c.action = PlannedChange::Action::CreateRoleAssignment;
    c.principalId = m_principalId;
    c.principalName = m_principalName;
    c.scope = scope;
    c.roleDefinitionGuid = item->data(RoleGuidRole).toString();
    for (const auto &d : std::as_const(m_roleDefs)) {
        if (d.name == c.roleDefinitionGuid)
            c.roleName = d.roleName;
    }
    if (m_catalog)
        c.tier = m_catalog->tierFor(ie::catalog::Kind::AzureRole, {}, c.roleDefinitionGuid);
    ie::graph::GrantPlan plan;
    plan.setEndpoints({}, m_client->armUrl({}).toString());
    plan.add(c);
    auto *dialog = new GrantReviewDialog(plan, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, plan] { runCreate(plan); });
    dialog->open();
}

void RbacPanel::runCreate(const ie::graph::GrantPlan &plan)
{
    const PlannedChange c = plan.changes().first();
    setBusy(true);
    m_result->setText(tr("Assigning %1 at %2…").arg(c.roleName, c.scope));
    ie::arm::RoleAssignmentCreateJob *job
            = m_client->create(c.scope, c.roleDefinitionGuid, c.principalId);
    connect(job, &ie::arm::RoleAssignmentCreateJob::waitingForReplication, this,
            [this](int attempt, qint64 delayMs) {
                m_countdown->setText(
                        tr("Azure does not know this identity yet (it may have been created just "
                           "now). Attempt %1 in %2 s.")
                                .arg(attempt)
                                .arg((delayMs + 999) / 1000));
            });
    connect(job, &ie::arm::RoleAssignmentCreateJob::countdown, this, [this](qint64 remainingMs) {
        m_countdown->setText(
                tr("Azure does not know this identity yet (it may have been created just "
                   "now). Next attempt in %1 s.")
                        .arg((remainingMs + 999) / 1000));
    });
    connect(job, &ie::arm::RoleAssignmentCreateJob::finished, this, [this, job, c] {
        ie::models::HeldChange change;
        change.principalId = c.principalId;
        setBusy(false);
        clearPick(); // the plan has run: its pick is spent, whatever the outcome
        m_countdown->clear();
        const auto &r = job->result();
        if (r) {
            const bool exists = r->status == ie::arm::CreateOutcome::Status::AlreadyExists;
            m_result->setText(exists ? tr("%1 at %2: already granted").arg(c.roleName, c.scope)
                                     : tr("%1 at %2: granted").arg(c.roleName, c.scope));
            audit(u"create-role-assignment"_s, c,
                  exists ? u"already-granted"_s : u"granted"_s, r->requestId);
            m_notice->show();
            if (!exists && !r->assignment.id.isEmpty())
                change.rolesAdded.insert(r->assignment.id.toLower());
        } else {
            m_result->setText(
                    tr("%1 at %2: failed: %3").arg(c.roleName, c.scope, r.error().userMessage()));
            audit(u"create-role-assignment"_s, c, u"failed: "_s + r.error().code,
                  r.error().requestId);
        }
        followChange(change);
    });
}

void RbacPanel::reviewRemove()
{
    const QModelIndexList rows = m_held->selectionModel() ? m_held->selectionModel()->selectedRows()
                                                          : QModelIndexList{};
    if (rows.isEmpty()) {
        m_result->setText(tr("Select the role assignments to remove first."));
        return;
    }
    ie::graph::GrantPlan plan;
    plan.setEndpoints({}, m_client->armUrl({}).toString());
    for (const QModelIndex &row : rows) {
        const ie::arm::RoleAssignment &a = m_model->assignment(row.row());
        PlannedChange c;
        c.action = PlannedChange::Action::DeleteRoleAssignment;
        c.principalId = m_principalId;
        c.principalName = m_principalName;
        c.scope = a.scope;
        c.roleDefinitionGuid = a.roleDefinitionName;
        c.roleName = m_model->roleNameAt(row.row());
        c.assignmentId = a.id;
        plan.add(c);
    }
    auto *dialog = new GrantReviewDialog(plan, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, plan] { runRemove(plan); });
    dialog->open();
}

void RbacPanel::runRemove(const ie::graph::GrantPlan &plan)
{
    auto lines = std::make_shared<QStringList>();
    auto pending = std::make_shared<int>(int(plan.changes().size()));
    auto change = std::make_shared<ie::models::HeldChange>();
    change->principalId = m_principalId;
    for (const PlannedChange &c : plan.changes()) {
        setBusy(true);
        m_client->remove(
                c.assignmentId, this, [this, c, lines, pending, change](const Result<QString> &r) {
                    setBusy(false);
                    if (r) {
                        change->rolesRemoved.insert(c.assignmentId.toLower());
                        *lines << tr("%1 at %2: removed").arg(c.roleName, c.scope);
                        audit(u"delete-role-assignment"_s, c, u"removed"_s, *r);
                    } else {
                        *lines << tr("%1 at %2: not removed: %3")
                                          .arg(c.roleName, c.scope, r.error().userMessage());
                        audit(u"delete-role-assignment"_s, c,
                              u"failed: "_s + r.error().code, r.error().requestId);
                    }
                    if (--*pending == 0) {
                        clearPick();
                        m_result->setText(lines->join(u'\n'));
                        followChange(*change);
                    }
                });
    }
}

void RbacPanel::followChange(const ie::models::HeldChange &change)
{
    if (change.principalId.compare(m_principalId, Qt::CaseInsensitive) == 0) {
        m_model->expect(change.rolesAdded, change.rolesRemoved);
        m_lagAttempt = 0;
        refresh();
    }
    Q_EMIT heldChanged(change);
}

void RbacPanel::showLag()
{
    if (!m_model->lags()) {
        m_heldBox->setTitle(tr("Azure role assignments"));
        return;
    }
    // ARM's list may lag a change as Entra's does: say so rather than pass it off as current.
    static constexpr int delaysMs[] = {1000, 2000, 4000, 8000, 15000};
    if (m_lagAttempt >= int(std::size(delaysMs))) {
        m_heldBox->setTitle(tr("Azure role assignments: Azure does not list the latest change "
                               "yet (reload in a while)"));
        return;
    }
    const int delay = delaysMs[m_lagAttempt++];
    m_heldBox->setTitle(tr("Azure role assignments: waiting for Azure to list the latest change"));
    const QString principal = m_principalId;
    QTimer::singleShot(delay, this, [this, principal] {
        if (principal == m_principalId)
            refresh();
    });
}

void RbacPanel::audit(const QString &action, const PlannedChange &change, const QString &result,
                      const QString &requestId)
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
