#include "auth/loopbackredirectlistener.h"

#include "auth/logging.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace ie::auth {

namespace {
constexpr qsizetype MaxRequestLine = 16 * 1024;
constexpr int IdleSocketMs = 30000; // a browser's speculative connection that never asks
} // namespace

LoopbackRedirectListener::LoopbackRedirectListener(QObject *parent) : QObject(parent)
{
    setPages(tr("<p>Signed in to Identity Explorer. You can close this tab.</p>"),
             tr("<p>The sign-in to Identity Explorer did not succeed. You can close this tab and "
                "return to the application to see why.</p>"));
}

LoopbackRedirectListener::~LoopbackRedirectListener()
{
    close();
}

void LoopbackRedirectListener::setPages(const QString &successHtml, const QString &failureHtml)
{
    const auto page = [](const QString &body) {
        return QByteArrayLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                                 "<title>Identity Explorer</title></head><body>")
                + body.toUtf8() + QByteArrayLiteral("</body></html>");
    };
    m_successHtml = page(successHtml);
    m_failureHtml = page(failureHtml);
}

bool LoopbackRedirectListener::listen()
{
    close();
    m_delivered = false;
    auto *v4 = new QTcpServer(this);
    if (!v4->listen(QHostAddress::LocalHost, 0)) {
        m_error = v4->errorString();
        delete v4;
        return false;
    }
    m_servers.append(v4);
    // "localhost" may resolve to ::1 first; the same port there, if the system has IPv6.
    auto *v6 = new QTcpServer(this);
    if (v6->listen(QHostAddress::LocalHostIPv6, v4->serverPort()))
        m_servers.append(v6);
    else
        delete v6;
    for (QTcpServer *s : std::as_const(m_servers))
        connect(s, &QTcpServer::newConnection, this, [this, s] { onNewConnection(s); });
    qCDebug(lcAuth) << "loopback redirect listener on port" << port();
    return true;
}

void LoopbackRedirectListener::close()
{
    for (QTcpServer *s : std::as_const(m_servers)) {
        s->close();
        s->deleteLater();
    }
    m_servers.clear();
    for (const QPointer<QTcpSocket> &sock : std::as_const(m_sockets)) {
        if (sock && sock->parent() == this) { // not the answered ones: they flush first
            sock->abort();
            sock->deleteLater();
        }
    }
    m_sockets.clear();
}

bool LoopbackRedirectListener::isListening() const
{
    return !m_servers.isEmpty() && m_servers.first()->isListening();
}

quint16 LoopbackRedirectListener::port() const
{
    return m_servers.isEmpty() ? 0 : m_servers.first()->serverPort();
}

QUrl LoopbackRedirectListener::redirectUri() const
{
    QUrl u;
    u.setScheme(u"http"_s);
    u.setHost(u"localhost"_s);
    u.setPort(port());
    u.setPath(u"/"_s);
    return u;
}

void LoopbackRedirectListener::onNewConnection(QTcpServer *server)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        socket->setParent(this);
        m_sockets.append(socket);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(IdleSocketMs, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
    }
}

void LoopbackRedirectListener::answer(QTcpSocket *socket, const QByteArray &status,
                                      const QByteArray &html)
{
    socket->write("HTTP/1.1 " + status
                  + "\r\nContent-Type: text/html; charset=utf-8\r\n"
                    "Content-Length: "
                  + QByteArray::number(html.size())
                  + "\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n" + html);
    // Answered: let it flush and close on its own, even when the listener is gone by then.
    socket->setParent(nullptr);
    socket->disconnectFromHost();
}

void LoopbackRedirectListener::onReadyRead(QTcpSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > MaxRequestLine)
            answer(socket, "414 URI Too Long", m_failureHtml);
        return;
    }
    // "GET /?code=...&state=... HTTP/1.1": nothing else of the request matters.
    const QList<QByteArray> parts = socket->readLine(MaxRequestLine).trimmed().split(' ');
    socket->readAll();
    if (parts.size() != 3 || !parts[2].startsWith("HTTP/1.")) {
        answer(socket, "400 Bad Request", m_failureHtml);
        return;
    }
    if (parts[0] != "GET") {
        answer(socket, "405 Method Not Allowed", m_failureHtml);
        return;
    }
    const QUrl target = QUrl::fromEncoded(parts[1], QUrl::StrictMode);
    if (!target.isValid() || target.path() != "/"_L1) {
        answer(socket, "404 Not Found", m_failureHtml);
        return;
    }
    const QUrlQuery query(target);
    const bool ok = query.hasQueryItem(u"code"_s) && !query.hasQueryItem(u"error"_s)
            && query.queryItemValue(u"state"_s, QUrl::FullyDecoded) == m_expectedState;
    answer(socket, "200 OK", ok ? m_successHtml : m_failureHtml);
    if (m_delivered)
        return;
    m_delivered = true;
    // Stop listening: one redirect per sign-in.
    for (QTcpServer *s : std::as_const(m_servers))
        s->close();
    Q_EMIT redirectReceived(query);
}

} // namespace ie::auth
