#pragma once

#include "core/result.h"
#include "federation/ficplan.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

namespace ie {
class AuditLog;
}
namespace ie::net {
class HttpClient;
}

namespace ie::federation {

// Reads and changes federated identity credentials: a user-assigned identity's through ARM
// (api-version 2023-01-31), an app registration's through Graph v1.0. Callbacks are bound to
// `context`. Every change applied is written to the audit log when one is set.
class FicClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FicClient)
public:
    explicit FicClient(ie::net::HttpClient *client, QObject *parent = nullptr);
    ~FicClient() override;

    void setAuditLog(ie::AuditLog *log, const QString &principal);

    void list(const FicTarget &target, QObject *context,
              std::function<void(const Result<QList<FicCredential>> &)> callback);
    // Sends the change; the callback gets the request id of the answer.
    void apply(const FicChange &change, QObject *context,
               std::function<void(const Result<QString> &)> callback);

    static FicCredential fromArm(const QJsonObject &o);
    static FicCredential fromGraph(const QJsonObject &o);

private:
    ie::net::HttpClient *m_client;
    ie::AuditLog *m_audit = nullptr;
    QString m_principal;
};

} // namespace ie::federation
