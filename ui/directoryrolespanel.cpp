#include "directoryrolespanel.h"

#include "columnwidths.h"
#include "grantreviewdialog.h"
#include "reservedspace.h"
#include "tierstyle.h"

#include "graph/directoryroleclient.h"
#include "models/heldchange.h"
#include "models/heldpermissionmodel.h"
#include "permissions/directoryrolekind.h"
#include "permissions/planjob.h"

#include <QColor>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ie::ui {

using ie::permissions::ChangeOutcome;

namespace {
constexpr int RoleIdRole = Qt::UserRole + 1;

GrantPanel::Texts directoryRoleTexts()
{
    GrantPanel::Texts t;
    t.noIdentity = DirectoryRolesPanel::tr("Select an identity in the tree to see and change its "
                                           "Microsoft Entra directory roles.");
    t.title = DirectoryRolesPanel::tr("Directory roles of %1 (%2)");
    t.held = DirectoryRolesPanel::tr("Directory roles held");
    t.heldWaiting = DirectoryRolesPanel::tr("Directory roles held: waiting for Entra to list the "
                                            "latest change");
    t.heldStale = DirectoryRolesPanel::tr("Directory roles held: Entra does not list the latest "
                                          "change yet (reload in a while)");
    t.remove = DirectoryRolesPanel::tr("Remove selected…");
    t.removeName = u"remove"_s;
    t.grantBox = DirectoryRolesPanel::tr("Assign a directory role (whole tenant)");
    t.done = DirectoryRolesPanel::tr("%1: assigned");
    t.undone = DirectoryRolesPanel::tr("%1: removed");
    t.alreadyDone = DirectoryRolesPanel::tr("%1: already assigned");
    t.alreadyUndone = DirectoryRolesPanel::tr("%1: already removed");
    t.failed = DirectoryRolesPanel::tr("%1: failed: %2");
    t.notUndone = DirectoryRolesPanel::tr("%1: not removed: %2");
    return t;
}
} // namespace

DirectoryRolesPanel::DirectoryRolesPanel(ie::permissions::DirectoryRoleKind *kind,
                                         ie::catalog::Catalog *catalog, ie::AuditLog *audit,
                                         QWidget *parent)
    : GrantPanel(kind, new ie::models::HeldPermissionModel, catalog, audit, directoryRoleTexts(),
                 parent),
      m_kind(kind), m_model(qobject_cast<ie::models::HeldPermissionModel *>(heldView()->model()))
{
    m_model->setParent(this);
    columnwidths::giveWidthToReadable(heldView(), heldView()->horizontalHeader(),
                                      ie::models::HeldPermissionModel::Role,
                                      {ie::models::HeldPermissionModel::AssignmentId}, 14);
    QGroupBox *box = grantBox();
    m_notes = new QLabel(box);
    m_notes->setObjectName(u"notes"_s);
    m_notes->setWordWrap(true);
    grantLayout()->addWidget(reservedspace::lines(m_notes, 2, box));
    m_roleFilter = new QLineEdit(box);
    m_roleFilter->setObjectName(u"roleFilter"_s);
    m_roleFilter->setPlaceholderText(tr("Search directory roles by name or description"));
    grantLayout()->addWidget(m_roleFilter);
    m_roleList = new QListWidget(box);
    m_roleList->setObjectName(u"roles"_s);
    grantLayout()->addWidget(m_roleList, 1);
    m_roleInfo = new QLabel(box);
    m_roleInfo->setObjectName(u"roleInfo"_s);
    m_roleInfo->setWordWrap(true);
    grantLayout()->addWidget(reservedspace::lines(m_roleInfo, 4, box));
    auto *assign = new QPushButton(tr("Review and assign…"), box);
    assign->setObjectName(u"assign"_s);
    setGrantButton(assign);

    connect(removeButton(), &QPushButton::clicked, this, &DirectoryRolesPanel::reviewRemove);
    connect(assign, &QPushButton::clicked, this, &DirectoryRolesPanel::reviewAssign);
    connect(m_roleFilter, &QLineEdit::textChanged, this, &DirectoryRolesPanel::fillRoles);
    connect(m_roleList, &QListWidget::currentItemChanged, this, &DirectoryRolesPanel::showRoleInfo);
    setBusy(false);
}

DirectoryRolesPanel::~DirectoryRolesPanel() = default;

void DirectoryRolesPanel::identityChanged()
{
    m_model->clear();
    m_notes->clear();
    if (!principalId().isEmpty() && m_roles.isEmpty())
        loadRoles();
}

QString DirectoryRolesPanel::waitingText(qint64 delayMs) const
{
    return tr("Waiting for Entra to catch up (next try in %n s)…", nullptr,
              int((delayMs + 999) / 1000));
}

void DirectoryRolesPanel::loadRoles()
{
    if (!m_kind || m_rolesLoading)
        return;
    m_rolesLoading = true;
    setBusy(true);
    m_kind->listGrantable({}, this, [this](const Result<QList<ie::permissions::Grantable>> &r) {
        m_rolesLoading = false;
        setBusy(false);
        if (!r) {
            resultLabel()->setText(
                    tr("The directory roles could not be read: %1").arg(r.error().userMessage()));
            return;
        }
        m_roles = *r;
        fillRoles();
    });
}

const ie::permissions::Grantable *DirectoryRolesPanel::grantable(const QString &id) const
{
    for (const auto &g : m_roles) {
        if (g.id.compare(id, Qt::CaseInsensitive) == 0)
            return &g;
    }
    return nullptr;
}

void DirectoryRolesPanel::fillRoles()
{
    const QString current = currentRoleId();
    m_roleList->clear();
    const QStringList words = m_roleFilter->text().split(u' ', Qt::SkipEmptyParts);
    QListWidgetItem *restore = nullptr;
    for (const auto &g : std::as_const(m_roles)) {
        bool match = true;
        for (const QString &w : words)
            match = match && (g.name + u' ' + g.description).contains(w, Qt::CaseInsensitive);
        if (!match)
            continue;
        QString text = g.name;
        if (g.tier == ie::catalog::Tier::Tier0 || g.tier == ie::catalog::Tier::Tier1)
            text += u"  ⚠ "_s + ie::catalog::tierTitle(g.tier);
        const bool held = m_model->holds(g.id);
        if (held)
            //: Suffix of a directory role the identity already holds
            text += u"  "_s + tr("(held)");
        auto *item = new QListWidgetItem(text, m_roleList);
        item->setData(RoleIdRole, g.id);
        item->setToolTip(g.description);
        // The tier colours of every other area (ui/tierstyle.h).
        if (g.tier == ie::catalog::Tier::Tier0)
            item->setForeground(tierstyle::danger(palette()));
        else if (g.tier == ie::catalog::Tier::Tier1)
            item->setForeground(tierstyle::warning(palette()));
        if (held)
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        if (g.id == current || (!m_pendingRole.isEmpty() && g.id == m_pendingRole))
            restore = item;
    }
    if (restore) {
        m_pendingRole.clear();
        m_roleList->setCurrentItem(restore);
        m_roleList->scrollToItem(restore);
    }
}

void DirectoryRolesPanel::showRoleInfo()
{
    const ie::permissions::Grantable *g = grantable(currentRoleId());
    if (!g) {
        m_roleInfo->clear();
        return;
    }
    QString text = u"<b>%1</b> (%2)<br/>%3"_s.arg(g->name.toHtmlEscaped(), g->id,
                                                  g->description.toHtmlEscaped());
    const QString warning = GrantReviewDialog::tierWarning(g->tier);
    if (!warning.isEmpty())
        text += u"<br/><span style=\"color:#c00000\">%1</span>"_s.arg(warning.toHtmlEscaped());
    m_roleInfo->setText(text);
}

QString DirectoryRolesPanel::currentRoleId() const
{
    return m_roleList->currentItem() ? m_roleList->currentItem()->data(RoleIdRole).toString()
                                     : QString();
}

bool DirectoryRolesPanel::selectRole(const QString &displayName)
{
    for (int i = 0; i < m_roleList->count(); ++i) {
        const ie::permissions::Grantable *g
                = grantable(m_roleList->item(i)->data(RoleIdRole).toString());
        if (g && g->name == displayName && (m_roleList->item(i)->flags() & Qt::ItemIsEnabled)) {
            m_roleList->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

void DirectoryRolesPanel::preselectRole(const QString &templateId)
{
    m_pendingRole = templateId.toLower();
    m_roleFilter->clear();
    if (m_roles.isEmpty())
        loadRoles();
    else
        fillRoles();
}

void DirectoryRolesPanel::clearPick()
{
    m_roleList->setCurrentItem(nullptr);
    m_roleList->clearSelection();
    clearHeldSelection();
}

void DirectoryRolesPanel::readHeld(const QString &principal)
{
    if (!m_kind) {
        heldRead(principal, {}, false);
        return;
    }
    m_kind->listHeld(principal, this,
                     [this, principal](const Result<QList<ie::permissions::HeldPermission>> &r,
                                       const QStringList &notes) {
                         if (principal != principalId()) {
                             heldRead(principal, {}, false);
                             return;
                         }
                         if (!r) {
                             heldRead(principal,
                                      tr("The directory roles of this identity could not be "
                                         "read: %1")
                                              .arg(r.error().userMessage()),
                                      false);
                             return;
                         }
                         m_model->setPermissions(*r);
                         m_notes->setText(notes.join(u'\n'));
                         fillRoles();
                         heldRead(principal, {}, m_model->lags());
                     });
}

void DirectoryRolesPanel::reviewAssign()
{
    const ie::permissions::Grantable *g = grantable(currentRoleId());
    if (!g || principalId().isEmpty() || !m_kind) {
        resultLabel()->setText(tr("Pick a directory role first."));
        return;
    }
    ie::graph::GrantPlan plan = newPlan();
    plan.add(m_kind->planGrant(principalId(), principalName(), *g, u"/"_s));
    review(plan);
}

void DirectoryRolesPanel::reviewRemove()
{
    const QList<int> rows = selectedHeldRows();
    if (rows.isEmpty() || !m_kind) {
        resultLabel()->setText(tr("Select the directory roles to remove first."));
        return;
    }
    // Eligible ones are PIM's (roleEligibilityScheduleRequests), not here: canRevoke() says so.
    QList<ie::permissions::HeldPermission> held;
    for (int row : rows)
        held.append(m_model->permission(row));
    if (!reviewRevokeOf(held))
        resultLabel()->setText(tr("Eligible roles are removed in Privileged Identity Management, "
                                  "not here."));
}

ie::graph::GrantPlan DirectoryRolesPanel::newPlan() const
{
    ie::graph::GrantPlan plan;
    if (m_kind)
        plan.setEndpoints(
                m_kind->client()->assignmentsUrl().toString().section(u"/v1.0/"_s, 0, 0), {});
    return plan;
}

void DirectoryRolesPanel::expectChange(const ie::models::HeldChange &change)
{
    m_model->expect(change.directoryRolesAdded, change.directoryRolesRemoved);
}

void DirectoryRolesPanel::addToChange(ie::models::HeldChange &change, const ChangeOutcome &o) const
{
    if (o.status != ChangeOutcome::Status::Done)
        return;
    if (o.change.isGrant() && !o.assignmentId.isEmpty())
        change.directoryRolesAdded.insert(o.assignmentId.toLower());
    else if (!o.change.isGrant())
        change.directoryRolesRemoved.insert(o.change.assignmentId.toLower());
}

QString DirectoryRolesPanel::changeLabel(const ie::graph::PlannedChange &change) const
{
    return change.roleName;
}

} // namespace ie::ui
