#include "approlespanel.h"

#include "columnwidths.h"
#include "heldlistbox.h"
#include "reservedspace.h"
#include "tierstyle.h"

#include "catalog/catalog.h"
#include "grantreviewdialog.h"
#include "models/heldapprolemodel.h"
#include "models/heldchange.h"
#include "permissions/approlekind.h"
#include "permissions/planjob.h"

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

using ie::graph::PlannedChange;
using ie::permissions::ChangeOutcome;

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int HeldRole = Qt::UserRole + 2;
} // namespace

namespace {
GrantPanel::Texts appRoleTexts()
{
    GrantPanel::Texts t;
    t.noIdentity = AppRolesPanel::tr("Select an identity in the tree to see and change its app "
                                     "roles.");
    t.title = AppRolesPanel::tr("App roles of %1 (%2)");
    t.held = AppRolesPanel::tr("App roles held");
    t.heldWaiting = AppRolesPanel::tr("App roles held: waiting for Entra to list the latest "
                                      "change");
    t.heldStale = AppRolesPanel::tr("App roles held: Entra does not list the latest change yet "
                                    "(reload in a while)");
    t.remove = AppRolesPanel::tr("Revoke selected…");
    t.removeName = u"revoke"_s;
    t.grantBox = AppRolesPanel::tr("Grant app roles");
    t.done = AppRolesPanel::tr("%1: granted");
    t.undone = AppRolesPanel::tr("%1: revoked");
    t.alreadyDone = AppRolesPanel::tr("%1: already held");
    t.alreadyUndone = AppRolesPanel::tr("%1: already revoked");
    t.failed = AppRolesPanel::tr("%1: failed: %2");
    t.notUndone = AppRolesPanel::tr("%1: not revoked: %2");
    return t;
}
} // namespace

AppRolesPanel::AppRolesPanel(ie::permissions::AppRoleKind *kind, ie::catalog::Catalog *catalog,
                             ie::AuditLog *audit, QWidget *parent)
    : GrantPanel(kind, new ie::models::HeldAppRoleModel(catalog), catalog, audit, appRoleTexts(),
                 parent),
      m_kind(kind), m_client(kind ? kind->client() : nullptr),
      m_model(qobject_cast<ie::models::HeldAppRoleModel *>(heldView()->model()))
{
    m_model->setParent(this);
    columnwidths::giveWidthToReadable(heldView(), heldView()->horizontalHeader(),
                                      ie::models::HeldAppRoleModel::Description,
                                      {ie::models::HeldAppRoleModel::AssignmentId}, 14);
    QGroupBox *box = grantBox();
    QVBoxLayout *grantLayout = this->grantLayout();
    auto *resourceRow = new QHBoxLayout;
    m_resourceFilter = new QLineEdit(box);
    m_resourceFilter->setObjectName(u"resourceFilter"_s);
    m_resourceFilter->setPlaceholderText(tr("Search resource APIs by name or appId"));
    m_resource = new QComboBox(box);
    m_resource->setObjectName(u"resource"_s);
    resourceRow->addWidget(m_resourceFilter, 1);
    resourceRow->addWidget(m_resource, 2);
    grantLayout->addLayout(resourceRow);
    m_roleFilter = new QLineEdit(box);
    m_roleFilter->setObjectName(u"roleFilter"_s);
    m_roleFilter->setPlaceholderText(tr("Search app roles by value or words of the description"));
    m_onlyTicked = new QCheckBox(tr("Show only selected"), box);
    m_onlyTicked->setObjectName(u"onlySelected"_s);
    m_onlyTicked->setToolTip(tr("List only the ticked app roles, whatever the search: what Review "
                                "and grant will send."));
    m_tickCount = new QLabel(box);
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
    m_roles = new QListWidget(box);
    m_roles->setObjectName(u"roles"_s);
    grantLayout->addWidget(m_roles, 1);
    m_roleInfo = new QLabel(box);
    m_roleInfo->setObjectName(u"roleInfo"_s);
    // A fixed height: nothing moves under the pointer as details come and go.
    grantLayout->addWidget(reservedspace::lines(m_roleInfo, 4, box));
    auto *grant = new QPushButton(tr("Review and grant…"), box);
    grant->setObjectName(u"grant"_s);
    setGrantButton(grant);
    m_mint = new QPushButton(tr("Mint a fresh token in the inspector"), this);
    m_mint->setObjectName(u"mintFresh"_s);
    addNoticeWidget(m_mint);

    connect(removeButton(), &QPushButton::clicked, this, &AppRolesPanel::reviewRevoke);
    connect(grant, &QPushButton::clicked, this, &AppRolesPanel::reviewGrant);
    connect(m_resourceFilter, &QLineEdit::textChanged, this, &AppRolesPanel::fillResources);
    connect(m_resource, &QComboBox::currentIndexChanged, this, &AppRolesPanel::fillRoles);
    connect(m_roleFilter, &QLineEdit::textChanged, this, &AppRolesPanel::fillRoles);
    connect(m_onlyTicked, &QCheckBox::toggled, this, &AppRolesPanel::fillRoles);
    connect(m_roles, &QListWidget::currentItemChanged, this, &AppRolesPanel::showRoleInfo);
    connect(m_roles, &QListWidget::itemChanged, this, &AppRolesPanel::roleItemChanged);
    connect(m_mint, &QPushButton::clicked, this,
            [this] { Q_EMIT mintTokenRequested(principalId()); });
    setBusy(false);
}

AppRolesPanel::~AppRolesPanel() = default;

void AppRolesPanel::identityChanged()
{
    m_model->clear();
    if (!principalId().isEmpty() && m_resources.isEmpty())
        loadResources();
}

QString AppRolesPanel::waitingText(qint64 delayMs) const
{
    return tr("Waiting for Entra to catch up (next try in %n s)…", nullptr,
              int((delayMs + 999) / 1000));
}

QList<std::chrono::milliseconds> AppRolesPanel::lagDelays() const
{
    return m_client ? m_client->replicationDelays() : GrantPanel::lagDelays();
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
            resultLabel()->setText(
                    tr("The resource APIs could not be read: %1").arg(r.error().userMessage()));
            return;
        }
        m_resources = *r;
        if (m_kind)
            m_kind->rememberResources(m_resources);
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
        resultLabel()->setText(tr("No service principal of the resource API %1 is in this tenant: "
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
    resultLabel()->setText(
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

void AppRolesPanel::clearPick()
{
    m_ticked.clear();
    m_filling = true;
    for (int i = 0; i < m_roles->count(); ++i) {
        QListWidgetItem *item = m_roles->item(i);
        if (!item->data(HeldRole).toBool())
            item->setCheckState(Qt::Unchecked);
    }
    m_filling = false;
    clearHeldSelection();
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
        const ie::catalog::Tier tier = catalog()
                ? catalog()->tierFor(ie::catalog::Kind::AppRole, api->appId, role.id)
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
        // The tier colours of every other area (ui/tierstyle.h).
        if (tier == ie::catalog::Tier::Tier0)
            item->setForeground(tierstyle::danger(palette()));
        else if (tier == ie::catalog::Tier::Tier1)
            item->setForeground(tierstyle::warning(palette()));
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
    const ie::catalog::Tier tier = catalog()
            ? catalog()->tierFor(ie::catalog::Kind::AppRole, api->appId, role->id)
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

void AppRolesPanel::readHeld(const QString &principal)
{
    if (!m_client) {
        heldRead(principal, {}, false);
        return;
    }
    m_client->listAssignments(
            principal, this,
            [this, principal](const Result<QList<ie::graph::AppRoleAssignment>> &r) {
                if (principal != principalId()) {
                    heldRead(principal, {}, false);
                    return;
                }
                if (!r) {
                    heldRead(principal,
                             tr("The app roles of this identity could not be read: %1")
                                     .arg(r.error().userMessage()),
                             false);
                    return;
                }
                m_model->setAssignments(*r, m_byId);
                fillRoles();
                heldRead(principal, {}, m_model->lags());
            });
}

void AppRolesPanel::reviewGrant()
{
    const ie::graph::ResourceApi *api = currentResource();
    if (!api || principalId().isEmpty() || !m_kind)
        return;
    const QStringList ids = checkedRoleIds();
    if (ids.isEmpty()) {
        resultLabel()->setText(tr("Tick the app roles to grant first."));
        return;
    }
    ie::graph::GrantPlan plan = newPlan();
    for (const QString &id : std::as_const(ids)) {
        ie::permissions::Grantable g;
        g.id = id;
        g.name = api->role(id) ? api->role(id)->value : QString();
        g.resourceId = api->id;
        g.resourceAppId = api->appId;
        g.resourceName = api->displayName;
        plan.add(m_kind->planGrant(principalId(), principalName(), g, {}));
    }
    review(plan);
}

void AppRolesPanel::reviewRevoke()
{
    const QList<int> rows = selectedHeldRows();
    if (rows.isEmpty() || !m_kind) {
        resultLabel()->setText(tr("Select the held app roles to revoke first."));
        return;
    }
    QList<ie::permissions::HeldPermission> held;
    for (int row : rows) {
        ie::permissions::HeldPermission p = m_kind->toHeld(m_model->assignment(row));
        p.principalId = principalId();
        p.resourceAppId = m_byId.value(p.resourceId).appId;
        p.roleName = m_model->index(row, ie::models::HeldAppRoleModel::Role).data().toString();
        held.append(p);
    }
    reviewRevokeOf(held);
}

ie::graph::GrantPlan AppRolesPanel::newPlan() const
{
    ie::graph::GrantPlan plan;
    if (m_client)
        plan.setEndpoints(
                m_client->assignmentsUrl(principalId()).toString().section(u"/v1.0/"_s, 0, 0), {});
    return plan;
}

void AppRolesPanel::expectChange(const ie::models::HeldChange &change)
{
    m_model->expect(change.appRolesAdded, change.appRolesRemoved);
}

void AppRolesPanel::addToChange(ie::models::HeldChange &change, const ChangeOutcome &o) const
{
    if (o.status != ChangeOutcome::Status::Done)
        return;
    if (o.change.isGrant() && !o.assignmentId.isEmpty())
        change.appRolesAdded.insert(o.assignmentId.toLower());
    else if (!o.change.isGrant())
        change.appRolesRemoved.insert(o.change.assignmentId.toLower());
}

QString AppRolesPanel::changeLabel(const PlannedChange &change) const
{
    return change.appRoleValue;
}

} // namespace ie::ui
