#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
class QTextBrowser;

namespace ie::net {
class HttpClient;
}
namespace ie::models {
class ServicePrincipalListModel;
}

namespace ie::ui {

// The identities of the tenant as a filterable list with the selected one's ids: the first view
// of the Identities area, loaded page by page with a visible state (loading, complete,
// incomplete with Retry, cancelled).
class ServicePrincipalListWidget : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServicePrincipalListWidget)
public:
    explicit ServicePrincipalListWidget(ie::net::HttpClient *client, QWidget *parent = nullptr);
    ~ServicePrincipalListWidget() override;

    ie::models::ServicePrincipalListModel *model() const { return m_model; }
    QSortFilterProxyModel *filterModel() const { return m_filter; }
    void setFilterText(const QString &text);

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void updateState();
    void showCurrent();

    ie::models::ServicePrincipalListModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_filterEdit;
    QListView *m_list;
    QLabel *m_state;
    QPushButton *m_retry;
    QPushButton *m_cancel;
    QTextBrowser *m_details;
};

} // namespace ie::ui
