#pragma once

#include "net/activitylog.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace ie::models {

// The Activity pane: one row per HTTP attempt of the application's client, newest last. URLs are
// already redacted by the log; tokens never reach it.
class ActivityModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityModel)
public:
    enum Column { Time, Method, Status, Duration, Url, RequestId, Note, ColumnCount };
    Q_ENUM(Column)
    enum Role { FailedRole = Qt::UserRole + 1 }; // bool: no answer, or an error status
    Q_ENUM(Role)

    explicit ActivityModel(QObject *parent = nullptr);
    void setLog(ie::net::ActivityLog *log);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void onAppended();
    void onDropped(int count);
    void onCleared();

    QPointer<ie::net::ActivityLog> m_log;
    int m_rows = 0; // rows announced to views (the log appends before it drops)
};

} // namespace ie::models
