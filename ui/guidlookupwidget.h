#pragma once

#include "catalog/catalogentry.h"
#include "catalog/snippets.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTreeView;

namespace ie::catalog {
class Catalog;
class LiveCatalog;
} // namespace ie::catalog
namespace ie::models {
class CatalogSearchModel;
class NeedModel;
} // namespace ie::models

namespace ie::ui {

// The GUID lookup: one search box (results update on every keystroke), the results grouped by
// kind, and the selected entry's details: every field, its source, the app-role/scope twin
// warning, and ready-to-run grant snippets with copy buttons. Ctrl+C copies the selected rows as
// a tab-separated table.
//
// Its second mode, "What does it need?": one box for Azure operations; as they are typed the
// built-in roles that grant them show, fewest operations first, with their tier; "Grant this"
// opens the Azure roles panel with the selected role (grantRequested()). For an unknown
// operation it offers the nearest known ones, and when no built-in role is close, a custom role
// (JSON, az, Bicep, Terraform).
class GuidLookupWidget : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuidLookupWidget)
public:
    explicit GuidLookupWidget(ie::catalog::Catalog *catalog, QWidget *parent = nullptr);
    ~GuidLookupWidget() override;

    // Whom the snippets grant to (the identity selected elsewhere) and at which RBAC scope.
    void setSnippetTarget(const ie::catalog::SnippetTarget &target);
    void setQuery(const QString &query);
    // The live part's controller: its status line, "Refresh from tenant" and Cancel show here.
    // Without one the lookup is the bundled catalog only.
    void setLiveCatalog(ie::catalog::LiveCatalog *live);
    // "Refresh from tenant" as an action, e.g. for a menu; disabled while not possible.
    QAction *refreshAction() const { return m_refreshAction; }
    QString query() const;

    ie::catalog::EntryPtr currentEntry() const;
    ie::models::CatalogSearchModel *model() const { return m_model; }
    ie::models::NeedModel *needModel() const { return m_needModel; }
    // Switches to "What does it need?" with this text in its box.
    void setNeedQuery(const QString &text);
    bool isNeedMode() const;
    // The selected hit rows as a table: header line, then kind, GUID, name, resource,
    // description, separated by tabs.
    QString selectionAsTable() const;

public Q_SLOTS:
    void copyGuid();
    void copyValue();
    void copySelectionAsTable();

Q_SIGNALS:
    // "Grant to…": the grant panel should open with this role preselected.
    void grantRequested(const QString &kind, const QString &resourceAppId, const QString &id);

private:
    void onSearched(int hits);
    void showEntry(const ie::catalog::EntryPtr &entry);
    void selectTwin();
    QString detailsHtml(const ie::catalog::Entry &entry) const;
    void showLiveStatus();
    QWidget *createNeedPage();
    void onNeedResolved();
    void showNeedCustomRole();
    void applySuggestion(const QString &link);

    QPointer<ie::catalog::Catalog> m_catalog;
    ie::models::CatalogSearchModel *m_model;
    ie::catalog::SnippetTarget m_target;
    ie::catalog::EntryPtr m_current;
    QLineEdit *m_search;
    QTreeView *m_results;
    QLabel *m_status;
    QLabel *m_twinWarning;
    QTextBrowser *m_details;
    QTabWidget *m_snippets;
    QPushButton *m_copyGuid;
    QPushButton *m_copyValue;
    QPushButton *m_grant;
    QPointer<ie::catalog::LiveCatalog> m_live;
    QWidget *m_liveBar;
    QLabel *m_liveStatus;
    QLabel *m_liveProblem;
    QPushButton *m_refresh;
    QPushButton *m_cancelRefresh;
    QAction *m_refreshAction;
    // "What does it need?"
    ie::models::NeedModel *m_needModel;
    QTabWidget *m_modes = nullptr;
    QLineEdit *m_needInput = nullptr;
    QTreeView *m_needResults = nullptr;
    QLabel *m_needStatus = nullptr;
    QPushButton *m_grantNeed = nullptr;
    QTabWidget *m_needCustom = nullptr;
};

} // namespace ie::ui
