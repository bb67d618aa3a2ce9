#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslCertificate>
#include <QTcpServer>
#include <QUrl>

#include <functional>
#include <memory>

namespace ie::test {

// A real HTTP/1.1 server on 127.0.0.1 that answers from a script, for tests that need exact
// control of the wire (a Retry-After of exactly 1 s, a body cut after 10 bytes, a reply that never
// comes). In the spirit of KIO's autotests/httpserver_p.h. The sandbox tenant covers realistic
// service behaviour; this covers the edges.
class ScriptedServer : public QObject
{
    Q_OBJECT
public:
    enum class Action {
        Respond, // the whole response, in one write
        CutBody, // headers and half the body, then close the connection
        Hang, // read the request and never answer
        Close, // close the connection without answering
    };
    struct Reply
    {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        Action action = Action::Respond;
    };
    struct Received
    {
        QByteArray method;
        QByteArray path; // path and query as sent
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray &name) const;
    };

    // Plain HTTP, or HTTPS with a certificate for 127.0.0.1 from caCertificate(): bearer tokens
    // and secrets go only over TLS, so a server standing in for Graph or a token endpoint is one.
    enum class Transport { Http, Https };
    explicit ScriptedServer(QObject *parent = nullptr) : ScriptedServer(Transport::Http, parent) { }
    explicit ScriptedServer(Transport transport, QObject *parent = nullptr);
    ~ScriptedServer() override;
    QUrl url() const; // http(s)://127.0.0.1:PORT
    // The CA every Https ScriptedServer of this process has its certificate from: a client
    // trusts it through Cloud::extraCaCertificates.
    static QSslCertificate caCertificate();

    static Reply json(int status, const QByteArray &body,
                      QList<QPair<QByteArray, QByteArray>> headers = {});
    void enqueue(const Reply &reply); // replies are used in order; then 404s
    // Decides the reply from the request instead of the queue (when set).
    void setHandler(std::function<Reply(const Received &)> handler) { m_handler = std::move(handler); }

    const QList<Received> &received() const { return m_received; }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);

    std::unique_ptr<QTcpServer> m_server;
    Transport m_transport;
    QList<Reply> m_queue;
    QList<Received> m_received;
    std::function<Reply(const Received &)> m_handler;
};

} // namespace ie::test
