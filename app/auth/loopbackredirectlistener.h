#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

class QTcpServer;
class QTcpSocket;

namespace ie::auth {

// The receiving end of an OAuth loopback redirect (RFC 8252 7.3): listens on an ephemeral port of
// 127.0.0.1 (and ::1 on the same port when it can), so that http://localhost:PORT/ reaches it from
// the browser. It is not an HTTP client or server of the app: it reads only the request line of a
// GET to its path, answers a short page that says the tab can be closed, and hands the query
// (code, state, or error and error_description) over once. Then it stops listening. Requests to
// other paths (favicon.ico) get a 404 and are otherwise ignored.
class LoopbackRedirectListener : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackRedirectListener)
public:
    explicit LoopbackRedirectListener(QObject *parent = nullptr);
    ~LoopbackRedirectListener() override;

    // False when no loopback port could be opened (errorString() says why).
    bool listen();
    void close();
    bool isListening() const;
    quint16 port() const;
    // http://localhost:PORT/ (what the authorize request names as redirect_uri).
    QUrl redirectUri() const;
    QString errorString() const { return m_error; }

    // The state the redirect must carry: a redirect without it gets the failure page (the
    // query is handed over all the same, for the caller to say why).
    void setExpectedState(const QString &state) { m_expectedState = state; }
    // The page the browser shows after the redirect (translated by the caller).
    void setPages(const QString &successHtml, const QString &failureHtml);

Q_SIGNALS:
    // Emitted once, with the query of the redirect (code & state, or error & error_description).
    void redirectReceived(const QUrlQuery &query);

private:
    void onNewConnection(QTcpServer *server);
    void onReadyRead(QTcpSocket *socket);
    static void answer(QTcpSocket *socket, const QByteArray &status, const QByteArray &html);

    QList<QTcpServer *> m_servers;
    QList<QPointer<QTcpSocket>> m_sockets;
    QString m_error;
    QString m_expectedState;
    QByteArray m_successHtml;
    QByteArray m_failureHtml;
    bool m_delivered = false;
};

} // namespace ie::auth
