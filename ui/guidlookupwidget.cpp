#include "guidlookupwidget.h"

#include "columnwidths.h"
#include "catalog/catalog.h"
#include "catalog/livecatalog.h"
#include "models/catalogmodel.h"
#include "models/needmodel.h"
#include "tierstyle.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace ie::catalog;
using ie::models::CatalogSearchModel;

namespace ie::ui {

GuidLookupWidget::GuidLookupWidget(Catalog *catalog, QWidget *parent)
    : QWidget(parent), m_catalog(catalog), m_model(new CatalogSearchModel(catalog, this)),
      m_search(new QLineEdit(this)), m_results(new QTreeView(this)), m_status(new QLabel(this)),
      m_twinWarning(new QLabel(this)), m_details(new QTextBrowser(this)),
      m_snippets(new QTabWidget(this)), m_copyGuid(new QPushButton(tr("Copy &GUID"), this)),
      m_copyValue(new QPushButton(tr("Copy &value"), this)),
      m_grant(new QPushButton(tr("G&rant to\u2026"), this)), m_liveBar(new QWidget(this)),
      m_liveStatus(new QLabel(m_liveBar)), m_liveProblem(new QLabel(m_liveBar)),
      m_refresh(new QPushButton(tr("Re&fresh from tenant"), m_liveBar)),
      m_cancelRefresh(new QPushButton(tr("Cancel"), m_liveBar)),
      m_refreshAction(new QAction(tr("Refresh GUID catalog from &tenant"), this)),
      m_needModel(new ie::models::NeedModel(catalog, this))
{
    setObjectName(u"guidLookup"_s);
    m_search->setObjectName(u"search"_s);
    m_search->setPlaceholderText(
            tr("Permission, role or app: a name, words in any order, or a (partial) GUID"));
    m_search->setClearButtonEnabled(true);
    m_results->setObjectName(u"results"_s);
    m_results->setModel(m_model);
    m_results->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setUniformRowHeights(true);
    m_results->setAllColumnsShowFocus(true);
    // Name, the API it belongs to (User.Read.All is on sixteen), description; the GUID last.
    m_results->setColumnWidth(CatalogSearchModel::NameColumn, 210);
    m_results->setColumnWidth(CatalogSearchModel::ResourceColumn, 150);
    m_results->header()->moveSection(
            m_results->header()->visualIndex(CatalogSearchModel::ResourceColumn), 1);
    columnwidths::giveWidthToReadable(m_results, m_results->header(),
                                      CatalogSearchModel::DescriptionColumn,
                                      {CatalogSearchModel::IdColumn}, 36);
    m_status->setObjectName(u"status"_s);
    m_twinWarning->setObjectName(u"twinWarning"_s);
    m_twinWarning->setWordWrap(true);
    m_twinWarning->setTextFormat(Qt::RichText);
    m_twinWarning->setStyleSheet(
            u"QLabel { background: #fff4ce; color: #3b2f00; padding: 6px; }"_s);
    m_twinWarning->hide();
    m_details->setObjectName(u"details"_s);
    m_details->setOpenLinks(false);
    m_snippets->setObjectName(u"snippets"_s);
    m_copyGuid->setObjectName(u"copyGuid"_s);
    m_copyValue->setObjectName(u"copyValue"_s);
    m_grant->setObjectName(u"grant"_s);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_results, 1);
    leftLayout->addWidget(m_status);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copyGuid);
    buttons->addWidget(m_copyValue);
    buttons->addStretch(1);
    buttons->addWidget(m_grant);
    rightLayout->addWidget(m_twinWarning);
    rightLayout->addLayout(buttons);
    rightLayout->addWidget(m_details, 3);
    rightLayout->addWidget(m_snippets, 2);

    // Where the live part comes from, and "Refresh from tenant" (hidden without a controller).
    m_liveBar->setObjectName(u"liveBar"_s);
    m_liveStatus->setObjectName(u"liveStatus"_s);
    m_liveStatus->setWordWrap(true);
    m_liveStatus->setTextFormat(Qt::PlainText);
    m_liveProblem->setObjectName(u"liveProblem"_s);
    m_liveProblem->setWordWrap(true);
    m_liveProblem->setTextFormat(Qt::PlainText);
    m_liveProblem->setStyleSheet(
            u"QLabel { background: #fde7e9; color: #3b0a0f; padding: 4px; }"_s);
    m_liveProblem->hide();
    m_refresh->setObjectName(u"refreshTenant"_s);
    m_cancelRefresh->setObjectName(u"cancelRefresh"_s);
    m_cancelRefresh->hide();
    m_refreshAction->setObjectName(u"refreshTenantAction"_s);
    m_refreshAction->setEnabled(false);
    auto *liveLayout = new QVBoxLayout(m_liveBar);
    liveLayout->setContentsMargins(0, 0, 0, 0);
    auto *liveRow = new QHBoxLayout;
    liveRow->addWidget(m_liveStatus, 1);
    liveRow->addWidget(m_cancelRefresh);
    liveRow->addWidget(m_refresh);
    liveLayout->addLayout(liveRow);
    liveLayout->addWidget(m_liveProblem);
    m_liveBar->hide();
    connect(m_refresh, &QPushButton::clicked, m_refreshAction, &QAction::trigger);
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        if (m_live)
            m_live->refresh();
    });
    connect(m_cancelRefresh, &QPushButton::clicked, this, [this] {
        if (m_live)
            m_live->cancel();
    });

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // Two modes: the GUID lookup and "What does it need?".
    m_modes = new QTabWidget(this);
    m_modes->setObjectName(u"lookupModes"_s);
    m_modes->setDocumentMode(true);
    m_modes->addTab(splitter, tr("&Look up a GUID or name"));
    m_modes->addTab(createNeedPage(), tr("What does it &need?"));
    connect(m_modes, &QTabWidget::currentChanged, this, [this](int index) {
        (index == 1 ? static_cast<QWidget *>(m_needInput) : m_search)->setFocus();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_liveBar);
    layout->addWidget(m_modes, 1);

    // Every keystroke searches: the catalog answers in about a millisecond.
    connect(m_search, &QLineEdit::textChanged, m_model, &CatalogSearchModel::setQuery);
    connect(m_model, &CatalogSearchModel::searched, this, &GuidLookupWidget::onSearched);
    connect(m_results->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showEntry(m_model->entry(current)); });
    connect(m_copyGuid, &QPushButton::clicked, this, &GuidLookupWidget::copyGuid);
    connect(m_copyValue, &QPushButton::clicked, this, &GuidLookupWidget::copyValue);
    connect(m_grant, &QPushButton::clicked, this, [this] {
        if (m_current)
            Q_EMIT grantRequested(kindKey(m_current->kind), m_current->resourceAppId,
                                  m_current->id);
    });
    connect(m_twinWarning, &QLabel::linkActivated, this, &GuidLookupWidget::selectTwin);

    auto *copyTable = new QAction(tr("Copy selection as table"), this);
    copyTable->setShortcut(QKeySequence::Copy);
    copyTable->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyTable, &QAction::triggered, this, &GuidLookupWidget::copySelectionAsTable);
    m_results->addAction(copyTable);
    auto *copyGuidAction = new QAction(tr("Copy GUID"), this);
    copyGuidAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    copyGuidAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyGuidAction, &QAction::triggered, this, &GuidLookupWidget::copyGuid);
    addAction(copyGuidAction);
    auto *focusSearch = new QAction(this);
    focusSearch->setShortcut(QKeySequence::Find);
    focusSearch->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(focusSearch, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(focusSearch);
    m_results->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_results->addAction(copyGuidAction);

    showEntry(nullptr);
    onSearched(0);
}

GuidLookupWidget::~GuidLookupWidget() = default;

void GuidLookupWidget::setSnippetTarget(const SnippetTarget &target)
{
    m_target = target;
    showEntry(m_current);
}

void GuidLookupWidget::setLiveCatalog(LiveCatalog *live)
{
    if (m_live)
        m_live->disconnect(this);
    m_live = live;
    if (live)
        connect(live, &LiveCatalog::statusChanged, this, &GuidLookupWidget::showLiveStatus);
    showLiveStatus();
}

void GuidLookupWidget::showLiveStatus()
{
    m_liveBar->setVisible(bool(m_live));
    if (!m_live) {
        m_refreshAction->setEnabled(false);
        return;
    }
    const bool running = m_live->isRefreshing();
    m_liveStatus->setText(
            running ? tr("Refreshing from %1: %2").arg(m_live->tenantName(), m_live->progressText())
                    : m_live->statusText());
    m_liveProblem->setText(m_live->problemText());
    m_liveProblem->setVisible(!m_live->problemText().isEmpty());
    m_refresh->setEnabled(m_live->canRefresh());
    m_refreshAction->setEnabled(m_live->canRefresh());
    m_cancelRefresh->setVisible(running);
    // The source line of the details names the tenant.
    if (m_current && m_current->origin == Origin::Live)
        m_details->setHtml(detailsHtml(*m_current));
}

void GuidLookupWidget::setQuery(const QString &query)
{
    m_search->setText(query);
}

QString GuidLookupWidget::query() const
{
    return m_search->text();
}

EntryPtr GuidLookupWidget::currentEntry() const
{
    return m_current;
}

void GuidLookupWidget::onSearched(int hits)
{
    m_results->expandAll();
    if (m_search->text().trimmed().isEmpty())
        m_status->setText(tr("Type to search %n catalog entries.", nullptr,
                             m_catalog ? m_catalog->size() : 0));
    else if (hits == 0)
        m_status->setText(tr("Nothing found."));
    else if (hits >= m_model->limit())
        m_status->setText(tr("The best %n results; type more to narrow them.", nullptr, hits));
    else
        m_status->setText(tr("%n result(s).", nullptr, hits));
    // Keep a selection so the details follow the best hit while typing.
    if (m_model->rowCount() > 0) {
        const QModelIndex best = m_model->bestIndex();
        m_results->selectionModel()->setCurrentIndex(
                best, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_results->scrollTo(best);
    } else {
        showEntry(nullptr);
    }
}

QString GuidLookupWidget::detailsHtml(const Entry &e) const
{
    QString html;
    auto row = [&html](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += u"<tr><th align=left valign=top>%1</th><td>%2</td></tr>"_s.arg(
                    label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    // A GUID reads and copies as one piece: never broken at its dashes.
    auto guidRow = [&html](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += u"<tr><th align=left valign=top>%1</th>"
                    "<td style=\"white-space: nowrap\">%2</td></tr>"_s.arg(
                            label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    auto list = [&html](const QString &label, const QStringList &values) {
        if (values.isEmpty())
            return;
        QStringList escaped;
        for (const QString &v : values)
            escaped.append(v.toHtmlEscaped());
        html += u"<tr><th align=left valign=top>%1</th><td><code>%2</code></td></tr>"_s.arg(
                label.toHtmlEscaped(), escaped.join(u"<br>"_s));
    };
    html += u"<h3>%1</h3><table cellspacing=4>"_s.arg(
            (e.displayName.isEmpty() ? e.value : e.displayName).toHtmlEscaped());
    row(tr("Kind"), kindTitle(e.kind));
    guidRow(tr("GUID"), e.id);
    if (e.kind == Kind::AppRole || e.kind == Kind::Scope || e.kind == Kind::TenantAppRole)
        row(tr("Value"), e.value);
    else
        row(tr("Name"), e.value);
    row(tr("Display name"), e.displayName);
    row(tr("Description"), e.description);
    if (!e.resourceAppId.isEmpty()) {
        row(tr("Resource"), e.resourceName);
        guidRow(tr("Resource appId"), e.resourceAppId);
        if (m_catalog)
            guidRow(tr("Resource object id in this tenant"),
                m_catalog->resourceObjectId(e.resourceAppId));
    }
    if (e.kind == Kind::Scope) {
        row(tr("Consent"),
            e.consentType == "Admin"_L1 ? tr("Admin consent required") : tr("Users may consent"));
        row(tr("User consent name"), e.userConsentDisplayName);
        row(tr("User consent description"), e.userConsentDescription);
    }
    if (!e.isEnabled)
        row(tr("Enabled"), tr("No: this permission is disabled"));
    if (e.privilegeLevel)
        //: Microsoft's own 1-5 privilege rating of a Graph permission
        row(tr("Microsoft privilege level"), QString::number(*e.privilegeLevel));
    if (e.kind == Kind::AppRole || e.kind == Kind::AzureRole || e.kind == Kind::DirectoryRole) {
        QString tier = tierTitle(e.tier);
        if (!e.tierPathType.isEmpty())
            tier += u" ("_s + e.tierPathType + u')';
        if (e.tier == Tier::Untiered)
            tier = tr("Untiered (not in the tier data; not a sign of safety)");
        row(tr("Privilege tier"), tier);
    }
    list(tr("Actions"), e.actions);
    list(tr("Not actions"), e.notActions);
    list(tr("Data actions"), e.dataActions);
    list(tr("Not data actions"), e.notDataActions);
    row(tr("Condition"), e.condition);
    if (e.customRole)
        row(tr("Role type"), tr("Custom role of this tenant"));
    list(tr("Former names"), e.formerNames);
    list(tr("Identifier URIs"), e.identifierUris);
    row(tr("Status"), e.status);
    row(tr("Note"), e.note);
    QString source;
    if (e.origin == Origin::Live)
        source = tr("Live from tenant %1, fetched %2")
                         .arg(m_live && m_live->tenantId() == e.tenantId
                                              && m_live->tenantName() != e.tenantId
                                      ? u"%1, %2"_s.arg(m_live->tenantName(), e.tenantId)
                                      : e.tenantId,
                              QLocale().toString(e.fetchedAt.toLocalTime(), QLocale::ShortFormat));
    else
        source = tr("Bundled (%1, copied %2)")
                         .arg(e.sourceFile,
                              m_catalog ? QLocale().toString(m_catalog->bundledDate(),
                                                             QLocale::ShortFormat)
                                        : QString());
    row(tr("Source"), source);
    switch (e.liveState) {
    case LiveState::Confirmed:
        row(tr("In the tenant"), tr("Yes, confirmed by the tenant's own data"));
        break;
    case LiveState::New:
        row(tr("In the tenant"), tr("New: the tenant has it, the bundled data does not"));
        break;
    case LiveState::Gone:
        row(tr("In the tenant"), tr("Gone: the bundled data has it, the tenant no longer does"));
        break;
    case LiveState::Unknown:
        break;
    }
    html += u"</table>"_s;
    return html;
}

void GuidLookupWidget::showEntry(const EntryPtr &entry)
{
    m_current = entry;
    m_copyGuid->setEnabled(bool(entry));
    m_copyValue->setEnabled(bool(entry));
    while (m_snippets->count() > 0) {
        QWidget *w = m_snippets->widget(0);
        m_snippets->removeTab(0);
        delete w;
    }
    if (!entry) {
        m_details->setHtml(u"<p>%1</p>"_s.arg(
                tr("Select a result to see every field and ready-to-run grant snippets.")
                        .toHtmlEscaped()));
        m_twinWarning->hide();
        m_grant->setEnabled(false);
        m_snippets->hide();
        return;
    }
    m_details->setHtml(detailsHtml(*entry));

    const EntryPtr twin = m_catalog ? m_catalog->twinOf(*entry) : nullptr;
    if (twin && twin->id != entry->id) {
        const QString appId = entry->kind == Kind::AppRole ? entry->id : twin->id;
        const QString text = entry->kind == Kind::Scope
                ? tr("<b>%1 is also an application permission, with a different id.</b> This "
                     "is the delegated one. An appRoleAssignment for a managed identity needs "
                     "the application permission's id %2. <a href=\"twin\">Show it</a>")
                : tr("<b>%1 is also a delegated permission, with a different id.</b> An "
                     "appRoleAssignment needs this one, the application permission's id %2; "
                     "the delegated id does not work there. <a href=\"twin\">Show the delegated "
                     "one</a>");
        // The id reads as one piece: a word joiner after each dash keeps it on one line (rich
        // text's white-space: nowrap still breaks after a hyphen).
        m_twinWarning->setText(text.arg(entry->value.toHtmlEscaped(),
                                        QString(appId).replace(u'-', u"-\u2060"_s)));
        m_twinWarning->show();
    } else {
        m_twinWarning->hide();
    }

    const bool grantable = entry->kind == Kind::AppRole || entry->kind == Kind::TenantAppRole
            || entry->kind == Kind::AzureRole; // the grant panels have no directory roles
    m_grant->setEnabled(grantable);

    SnippetTarget target = m_target;
    if (target.resourceObjectId.isEmpty() && m_catalog && !entry->resourceAppId.isEmpty())
        target.resourceObjectId = m_catalog->resourceObjectId(entry->resourceAppId);
    const QList<Snippet> snippets = snippetsFor(*entry, target);
    for (const Snippet &s : snippets) {
        auto *page = new QWidget;
        page->setObjectName(u"snippet-"_s + s.id);
        auto *pageLayout = new QVBoxLayout(page);
        auto *text = new QPlainTextEdit(s.text, page);
        text->setObjectName(u"snippetText"_s);
        text->setReadOnly(true);
        text->setLineWrapMode(QPlainTextEdit::NoWrap);
        text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        auto *copy = new QPushButton(tr("Copy snippet"), page);
        copy->setObjectName(u"copySnippet"_s);
        connect(copy, &QPushButton::clicked, this,
                [snippet = s.text] { QGuiApplication::clipboard()->setText(snippet); });
        pageLayout->addWidget(text, 1);
        pageLayout->addWidget(copy, 0, Qt::AlignRight);
        m_snippets->addTab(page, s.title);
    }
    m_snippets->setVisible(!snippets.isEmpty());
}

void GuidLookupWidget::selectTwin()
{
    if (!m_current || !m_catalog)
        return;
    const EntryPtr twin = m_catalog->twinOf(*m_current);
    if (!twin)
        return;
    const QModelIndex index = m_model->indexOf(twin);
    if (index.isValid())
        m_results->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    else
        showEntry(twin);
}

void GuidLookupWidget::copyGuid()
{
    if (m_current)
        QGuiApplication::clipboard()->setText(m_current->id);
}

void GuidLookupWidget::copyValue()
{
    if (m_current)
        QGuiApplication::clipboard()->setText(m_current->value.isEmpty() ? m_current->displayName
                                                                         : m_current->value);
}

QString GuidLookupWidget::selectionAsTable() const
{
    QModelIndexList rows = m_results->selectionModel()->selectedRows(0);
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) {
        if (a.parent().row() != b.parent().row())
            return a.parent().row() < b.parent().row();
        return a.row() < b.row();
    });
    auto clean = [](QString s) {
        s.replace(u'\t', u' ');
        s.replace(u'\n', u' ');
        return s;
    };
    QStringList lines;
    //: Column names of a copied table of lookup results; keep the tabs
    lines.append(tr("Kind\tGUID\tName\tResource\tDescription"));
    for (const QModelIndex &index : std::as_const(rows)) {
        const EntryPtr e = m_model->entry(index);
        if (!e)
            continue;
        lines.append(QStringList{kindKey(e->kind), e->id,
                                 clean(e->value.isEmpty() ? e->displayName : e->value),
                                 clean(e->resourceName), clean(e->description)}
                             .join(u'\t'));
    }
    return lines.size() > 1 ? lines.join(u'\n') + u'\n' : QString();
}

void GuidLookupWidget::copySelectionAsTable()
{
    const QString table = selectionAsTable();
    if (!table.isEmpty())
        QGuiApplication::clipboard()->setText(table);
}

// --- "What does it need?" -----------------------------------------------------------------

namespace {

// The tier column in the danger colours, tier 0 in bold too (colour is never the only mark: the
// text says the tier).
class TierDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto tier = Tier(index.data(ie::models::NeedModel::TierRole).toInt());
        if (tier == Tier::Tier0) {
            option->palette.setColor(QPalette::Text, tierstyle::danger(option->palette));
            option->font.setBold(true);
        } else if (tier == Tier::Tier1) {
            option->palette.setColor(QPalette::Text, tierstyle::warning(option->palette));
        }
    }
};

} // namespace

QWidget *GuidLookupWidget::createNeedPage()
{
    using ie::models::NeedModel;
    auto *page = new QWidget(this);
    page->setObjectName(u"needPage"_s);
    m_needInput = new QLineEdit(page);
    m_needInput->setObjectName(u"needInput"_s);
    m_needInput->setPlaceholderText(
            tr("Azure operations, e.g. Microsoft.KeyVault/vaults/secrets/getSecret/action "
               "(several: separated by spaces; data: or control: picks the plane)"));
    m_needInput->setClearButtonEnabled(true);
    m_needStatus = new QLabel(page);
    m_needStatus->setObjectName(u"needStatus"_s);
    m_needStatus->setWordWrap(true);
    m_needStatus->setTextFormat(Qt::RichText);
    m_needStatus->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_needResults = new QTreeView(page);
    m_needResults->setObjectName(u"needResults"_s);
    m_needResults->setModel(m_needModel);
    m_needResults->setRootIsDecorated(false);
    m_needResults->setUniformRowHeights(true);
    m_needResults->setAllColumnsShowFocus(true);
    m_needResults->setSelectionMode(QAbstractItemView::SingleSelection);
    m_needResults->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_needResults->setItemDelegateForColumn(NeedModel::TierColumn, new TierDelegate(m_needResults));
    m_needResults->setColumnWidth(NeedModel::RoleColumn, 340);
    m_needResults->setColumnWidth(NeedModel::OperationsColumn, 90);
    m_needResults->setColumnWidth(NeedModel::TierColumn, 70);
    m_needResults->setColumnWidth(NeedModel::MatchedByColumn, 380);
    m_grantNeed = new QPushButton(tr("&Grant this\u2026"), page);
    m_grantNeed->setObjectName(u"grantNeed"_s);
    m_grantNeed->setEnabled(false);
    m_needCustom = new QTabWidget(page);
    m_needCustom->setObjectName(u"needCustom"_s);
    m_needCustom->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(m_needInput, 1);
    row->addWidget(m_grantNeed);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addWidget(m_needStatus);
    layout->addWidget(m_needResults, 3);
    layout->addWidget(m_needCustom, 2);

    // Every keystroke resolves: the index answers in well under a millisecond per operation.
    connect(m_needInput, &QLineEdit::textChanged, m_needModel, &NeedModel::setQuery);
    connect(m_needModel, &NeedModel::resolved, this, &GuidLookupWidget::onNeedResolved);
    connect(m_needStatus, &QLabel::linkActivated, this, &GuidLookupWidget::applySuggestion);
    connect(m_needResults->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_grantNeed->setEnabled(m_needModel->role(current.row()) != nullptr);
            });
    connect(m_grantNeed, &QPushButton::clicked, this, [this] {
        const EntryPtr role = m_needModel->role(m_needResults->currentIndex().row());
        if (role)
            Q_EMIT grantRequested(kindKey(Kind::AzureRole), {}, role->id);
    });
    connect(m_needResults, &QTreeView::activated, m_grantNeed, &QPushButton::click);
    onNeedResolved();
    return page;
}

void GuidLookupWidget::setNeedQuery(const QString &text)
{
    m_modes->setCurrentIndex(1);
    m_needInput->setText(text);
}

bool GuidLookupWidget::isNeedMode() const
{
    return m_modes->currentIndex() == 1;
}

void GuidLookupWidget::onNeedResolved()
{
    using ie::models::NeedModel;
    const CoverResult &c = m_needModel->result();
    const auto esc = [](const QString &s) {
        return s.toHtmlEscaped();
    };
    QStringList lines;
    if (!m_needModel->isReady()) {
        lines.append(esc(tr("Reading the built-in role definitions\u2026")));
    } else if (c.actions.isEmpty()) {
        lines.append(esc(tr("Type an Azure operation to see the built-in roles that grant it, "
                            "fewest other rights first.")));
    }
    for (int i = 0; i < c.actions.size(); ++i) {
        const ActionResolution &r = c.actions.at(i);
        const QString name = u"<code>%1</code>"_s.arg(esc(r.action));
        const QString plane
                = r.plane == ActionPlane::Data ? tr("data action") : tr("control-plane action");
        switch (r.status) {
        case ActionStatus::Resolved:
            lines.append(tr("%1 (%2): %n built-in role(s) grant it.", nullptr, int(r.roles.size()))
                                 .arg(name, esc(plane)));
            break;
        case ActionStatus::NoRole:
            lines.append(tr("%1 (%2): no built-in role grants it.").arg(name, esc(plane)));
            break;
        case ActionStatus::Invalid:
            lines.append(tr("%1 is not an operation: type one such as "
                            "Microsoft.Storage/storageAccounts/read, without wildcards.")
                                 .arg(name));
            break;
        case ActionStatus::Unknown: {
            QStringList links;
            for (const QString &s : r.suggestions)
                links.append(u"<a href=\"%1|%2\">%3</a>"_s.arg(i).arg(
                        esc(QString::fromLatin1(QUrl::toPercentEncoding(s))), esc(s)));
            QString line = tr("%1: no built-in role names this operation.").arg(name);
            if (!links.isEmpty())
                line += u' ' + tr("Did you mean %1?").arg(links.join(u", "_s));
            lines.append(line);
            break;
        }
        }
        if (r.alsoOtherPlane)
            lines.append(esc(r.plane == ActionPlane::Data
                                     ? tr("It is also a control-plane action: type control: "
                                          "before it for that.")
                                     : tr("It is also a data action: type data: before it for "
                                          "that.")));
    }
    if (c.requested > 1)
        lines.append(c.covering.isEmpty()
                             ? esc(tr("No built-in role grants all %n operation(s).", nullptr,
                                      c.requested))
                             : esc(tr("The roles below grant all %n operation(s), smallest "
                                      "first.",
                                      nullptr, c.requested)));
    if (c.customSuggested && c.customReason == "ratio"_L1)
        lines.append(esc(tr("The smallest of them grants %1 operations: a custom role with "
                            "exactly these is closer (below).")
                                 .arg(c.covering.value(0).operations)));
    else if (c.customSuggested)
        lines.append(esc(tr("A custom role with exactly these operations is below.")));
    m_needStatus->setText(lines.join(u"<br>"_s));

    // Keep the best role selected so that "Grant this" is one click away.
    if (m_needModel->rowCount() > 0)
        m_needResults->selectionModel()->setCurrentIndex(m_needModel->index(0, 0),
                                                         QItemSelectionModel::ClearAndSelect
                                                                 | QItemSelectionModel::Rows);
    m_grantNeed->setEnabled(m_needModel->role(m_needResults->currentIndex().row()) != nullptr);
    showNeedCustomRole();
}

void GuidLookupWidget::showNeedCustomRole()
{
    while (m_needCustom->count() > 0) {
        QWidget *w = m_needCustom->widget(0);
        m_needCustom->removeTab(0);
        delete w;
    }
    const CoverResult &c = m_needModel->result();
    if (!c.customSuggested) {
        m_needCustom->hide();
        return;
    }
    const std::pair<QString, QString> pages[] = {
            {tr("Role definition (JSON)"), QString::fromUtf8(c.custom.toJson())},
            {tr("Azure CLI"), c.custom.azCli()},
            {tr("Bicep"), c.custom.bicep()},
            {tr("Terraform (azurerm)"), c.custom.terraform()},
    };
    for (const auto &[title, body] : pages) {
        auto *page = new QWidget;
        auto *pageLayout = new QVBoxLayout(page);
        auto *text = new QPlainTextEdit(body, page);
        text->setObjectName(u"customRoleText"_s);
        text->setReadOnly(true);
        text->setLineWrapMode(QPlainTextEdit::NoWrap);
        text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        auto *copy = new QPushButton(tr("Copy"), page);
        connect(copy, &QPushButton::clicked, this,
                [body] { QGuiApplication::clipboard()->setText(body); });
        pageLayout->addWidget(text, 1);
        pageLayout->addWidget(copy, 0, Qt::AlignRight);
        m_needCustom->addTab(page, title);
    }
    m_needCustom->show();
}

void GuidLookupWidget::applySuggestion(const QString &link)
{
    // "<index of the operation>|<percent-encoded suggestion>": replaces that operation.
    const int at = link.section(u'|', 0, 0).toInt();
    const QString suggestion = QUrl::fromPercentEncoding(link.section(u'|', 1).toLatin1());
    QList<ActionQuery> queries = ie::models::NeedModel::parseQueries(m_needInput->text());
    if (at < 0 || at >= queries.size() || suggestion.isEmpty())
        return;
    QStringList parts;
    for (int i = 0; i < queries.size(); ++i) {
        const ActionQuery &q = queries.at(i);
        const QString prefix = q.plane == ActionPlane::Data ? u"data:"_s
                : q.plane == ActionPlane::Control           ? u"control:"_s
                                                            : QString();
        parts.append(prefix + (i == at ? suggestion : q.action));
    }
    m_needInput->setText(parts.join(u' '));
}

} // namespace ie::ui
