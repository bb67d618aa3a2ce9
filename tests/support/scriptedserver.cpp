#include "scriptedserver.h"

#include "sandbox/crypto.h"

#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpSocket>

namespace ie::test {

namespace {

// One CA and server certificate per process: generating them takes a moment.
const ie::sandbox::TlsMaterial &tlsMaterial()
{
    static const ie::sandbox::TlsMaterial material = [] {
        QString error;
        ie::sandbox::TlsMaterial m = ie::sandbox::TlsMaterial::create({QStringLiteral("localhost")},
                                                                      &error);
        if (m.caCertPem.isEmpty())
            qFatal("ScriptedServer: no TLS material: %s", qPrintable(error));
        return m;
    }();
    return material;
}

} // namespace

QSslCertificate ScriptedServer::caCertificate()
{
    return QSslCertificate(tlsMaterial().caCertPem, QSsl::Pem);
}

QByteArray ScriptedServer::Received::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

ScriptedServer::ScriptedServer(Transport transport, QObject *parent)
    : QObject(parent), m_transport(transport)
{
    if (transport == Transport::Https) {
        auto *tls = new QSslServer;
        QSslConfiguration c;
        c.setLocalCertificate(QSslCertificate(tlsMaterial().serverCertPem, QSsl::Pem));
        c.setPrivateKey(QSslKey(tlsMaterial().serverKeyPem, QSsl::Ec, QSsl::Pem));
        c.setProtocol(QSsl::SecureProtocols);
        tls->setSslConfiguration(c);
        m_server.reset(tls);
    } else {
        m_server = std::make_unique<QTcpServer>();
    }
    m_server->listen(QHostAddress::LocalHost, 0);
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this,
            &ScriptedServer::onNewConnection);
}

ScriptedServer::~ScriptedServer() = default;

QUrl ScriptedServer::url() const
{
    QUrl u;
    u.setScheme(m_transport == Transport::Https ? QStringLiteral("https") : QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(m_server->serverPort());
    return u;
}

ScriptedServer::Reply ScriptedServer::json(int status, const QByteArray &body,
                                           QList<QPair<QByteArray, QByteArray>> headers)
{
    headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json; charset=utf-8")));
    return Reply{status, headers, body, Action::Respond};
}

void ScriptedServer::enqueue(const Reply &reply)
{
    m_queue.append(reply);
}

void ScriptedServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        socket->setProperty("buffer", QByteArray());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void ScriptedServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    for (;;) {
        const int headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            break;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        Received req;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        req.method = first.value(0);
        req.path = first.value(1);
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            req.headers.append({name, value});
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                length = value.toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + length)
            break;
        req.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        m_received.append(req);

        Reply reply;
        if (m_handler)
            reply = m_handler(req);
        else if (!m_queue.isEmpty())
            reply = m_queue.takeFirst();
        else
            reply = json(404, R"({"error":{"code":"NotScripted","message":"no reply scripted"}})");

        if (reply.action == Action::Hang)
            continue;
        if (reply.action == Action::Close) {
            socket->disconnectFromHost();
            return;
        }
        QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + " Scripted\r\n";
        for (const auto &h : reply.headers)
            out += h.first + ": " + h.second + "\r\n";
        out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n";
        if (reply.action == Action::CutBody) {
            out += reply.body.left(reply.body.size() / 2);
            socket->write(out);
            socket->flush();
            socket->disconnectFromHost();
            return;
        }
        out += reply.body;
        socket->write(out);
    }
    socket->setProperty("buffer", buffer);
}

} // namespace ie::test
