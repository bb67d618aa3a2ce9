#include "rbacpanel.h"

#include "columnwidths.h"
#include "heldlistbox.h"
#include "reservedspace.h"
#include "tierstyle.h"

#include "arm/roleassignmentclient.h"
#include "arm/roleassignmentcreatejob.h"
#include "catalog/catalog.h"
#include "grantreviewdialog.h"
#include "graph/grantplan.h"
#include "models/heldchange.h"
#include "models/roleassignmentmodel.h"
#include "permissions/azurerolekind.h"
#include "permissions/planjob.h"

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
using ie::permissions::ChangeOutcome;

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

static GrantPanel::Texts rbacTexts()
{
    GrantPanel::Texts t;
    t.noIdentity = RbacPanel::tr("Select an identity in the tree to see and change its Azure "
                                 "roles.");
    t.title = RbacPanel::tr("Azure roles of %1 (%2)");
    t.held = RbacPanel::tr("Azure role assignments");
    t.heldWaiting = RbacPanel::tr("Azure role assignments: waiting for Azure to list the latest "
                                  "change");
    t.heldStale = RbacPanel::tr("Azure role assignments: Azure does not list the latest change "
                                "yet (reload in a while)");
    t.remove = RbacPanel::tr("Remove selected…");
    t.removeName = u"remove"_s;
    t.grantBox = RbacPanel::tr("Assign an Azure role");
    t.done = RbacPanel::tr("%1: granted");
    t.undone = RbacPanel::tr("%1: removed");
    t.alreadyDone = RbacPanel::tr("%1: already granted");
    t.alreadyUndone = RbacPanel::tr("%1: already removed");
    t.failed = RbacPanel::tr("%1: failed: %2");
    t.notUndone = RbacPanel::tr("%1: not removed: %2");
    return t;
}

RbacPanel::RbacPanel(ie::permissions::AzureRoleKind *kind, ie::catalog::Catalog *catalog,
                     ie::AuditLog *audit, QWidget *parent)
    : GrantPanel(kind, new ie::models::RoleAssignmentModel(catalog), catalog, audit, rbacTexts(),
                 parent),
      m_kind(kind), m_client(kind ? kind->client() : nullptr),
      m_model(qobject_cast<ie::models::RoleAssignmentModel *>(heldView()->model()))
{
    m_model->setParent(this);
    columnwidths::giveWidthToReadable(heldView(), heldView()->horizontalHeader(),
                                      ie::models::RoleAssignmentModel::Scope, {}, 0);
    QGroupBox *box = grantBox();
    auto *split = new QSplitter(box);
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
    grantLayout()->addWidget(split, 1);
    m_roleInfo = new QLabel(box);
    m_roleInfo->setObjectName(u"roleInfo"_s);
    // A fixed height: nothing moves under the pointer as details come and go.
    grantLayout()->addWidget(reservedspace::lines(m_roleInfo, 5, box));
    auto *create = new QPushButton(tr("Review and assign…"), box);
    create->setObjectName(u"create"_s);
    setGrantButton(create);

    connect(removeButton(), &QPushButton::clicked, this, &RbacPanel::reviewRemove);
    connect(create, &QPushButton::clicked, this, &RbacPanel::reviewCreate);
    if (m_kind)
        connect(m_kind, &ie::permissions::AzureRoleKind::countdown, this,
                [this](qint64 remainingMs) {
                    waitingLabel()->setText(
                            tr("Azure does not know this identity yet (it may have been created "
                               "just now). Next attempt in %1 s.")
                                    .arg((remainingMs + 999) / 1000));
                });
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

void RbacPanel::identityChanged()
{
    m_model->clear();
    if (!principalId().isEmpty() && m_scopes->topLevelItemCount() == 0)
        loadChildren(nullptr);
}

void RbacPanel::clearPick()
{
    m_pendingRole.clear();
    m_roles->setCurrentItem(nullptr);
    m_roles->clearSelection();
    clearHeldSelection();
}

QString RbacPanel::waitingText(qint64 delayMs) const
{
    return tr("Azure does not know this identity yet (it may have been created just now). Next "
              "attempt in %1 s.")
            .arg((delayMs + 999) / 1000);
}

void RbacPanel::readHeld(const QString &principal)
{
    if (!m_client) {
        heldRead(principal, {}, false);
        return;
    }
    m_client->listAssignments(
            principal, this, [this, principal](const Result<ie::arm::AssignmentList> &r) {
                if (principal != principalId()) {
                    heldRead(principal, {}, false);
                    return;
                }
                if (!r) {
                    heldRead(principal,
                             tr("The Azure roles of this identity could not be read: %1")
                                     .arg(r.error().userMessage()),
                             false);
                    return;
                }
                QHash<QString, QString> names;
                for (const auto &d : std::as_const(m_roleDefs))
                    names.insert(d.name, d.roleName);
                m_model->setHierarchy(r->hierarchy);
                m_model->setAssignments(r->items, names);
                m_model->setViewedScope(selectedScope());
                if (!r->warnings.isEmpty())
                    resultLabel()->setText(r->warnings.join(u'\n'));
                heldRead(principal, {}, m_model->lags());
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
                    resultLabel()->setText(
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
                    resultLabel()->setText(
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
        const ie::catalog::Tier tier = catalog()
                ? catalog()->tierFor(ie::catalog::Kind::AzureRole, {}, d.name)
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
        // The tier colours of every other area (ui/tierstyle.h).
        if (tier == ie::catalog::Tier::Tier0)
            item->setForeground(tierstyle::danger(palette()));
        else if (tier == ie::catalog::Tier::Tier1)
            item->setForeground(tierstyle::warning(palette()));
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
        const ie::catalog::Tier tier = catalog()
                ? catalog()->tierFor(ie::catalog::Kind::AzureRole, {}, d.name)
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
    if (scope.isEmpty() || !item || !m_kind) {
        resultLabel()->setText(tr("Pick a scope and a role first."));
        return;
    }
    // Azure RBAC adds up down the scopes: a second assignment below the first changes nothing.
    if (const QString inherited = inheritedNote(); !inherited.isEmpty()) {
        resultLabel()->setText(inherited);
        return;
    }
    ie::permissions::Grantable g;
    g.id = item->data(RoleGuidRole).toString();
    for (const auto &d : std::as_const(m_roleDefs)) {
        if (d.name == g.id)
            g.name = d.roleName;
    }
    ie::graph::GrantPlan plan = newPlan();
    plan.add(m_kind->planGrant(principalId(), principalName(), g, scope));
    review(plan);
}

void RbacPanel::reviewRemove()
{
    const QList<int> rows = selectedHeldRows();
    if (rows.isEmpty() || !m_kind) {
        resultLabel()->setText(tr("Select the role assignments to remove first."));
        return;
    }
    QList<ie::permissions::HeldPermission> list;
    for (int row : rows) {
        const ie::arm::RoleAssignment &a = m_model->assignment(row);
        ie::permissions::HeldPermission held;
        held.kind = ie::permissions::Kind::AzureRole;
        held.principalId = principalId();
        held.assignmentId = a.id;
        held.scope = a.scope;
        held.roleId = a.roleDefinitionName;
        held.roleName = m_model->roleNameAt(row);
        list.append(held);
    }
    reviewRevokeOf(list);
}

ie::graph::GrantPlan RbacPanel::newPlan() const
{
    ie::graph::GrantPlan plan;
    if (m_client)
        plan.setEndpoints({}, m_client->armUrl({}).toString());
    return plan;
}

void RbacPanel::expectChange(const ie::models::HeldChange &change)
{
    m_model->expect(change.rolesAdded, change.rolesRemoved);
}

void RbacPanel::addToChange(ie::models::HeldChange &change, const ChangeOutcome &o) const
{
    if (o.status != ChangeOutcome::Status::Done)
        return;
    if (o.change.isGrant() && !o.assignmentId.isEmpty())
        change.rolesAdded.insert(o.assignmentId.toLower());
    else if (!o.change.isGrant())
        change.rolesRemoved.insert(o.change.assignmentId.toLower());
}

QString RbacPanel::changeLabel(const PlannedChange &change) const
{
    //: An Azure role at a scope: "Reader at /subscriptions/…"
    return tr("%1 at %2").arg(change.roleName, change.scope);
}

} // namespace ie::ui
