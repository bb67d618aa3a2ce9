#include "sandbox/frontdoor.h"

#include <QPointer>
#include <QSslSocket>
#include <QTimer>

#include <algorithm>

namespace ie::sandbox {

namespace {

// One connection's watch: it peeks at the bytes QAbstractHttpServer is about to read (its
// readyRead slot is connected after this one), follows request boundaries (headers,
// Content-Length or chunked bodies) and refuses what a front door would.
class ConnectionGuard : public QObject
{
public:
    ConnectionGuard(QTcpSocket *socket, const FrontDoorLimits &limits)
        : QObject(socket), m_socket(socket), m_limits(limits)
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &ConnectionGuard::timedOut);
        connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::inspect);
        m_timer.start(m_limits.headerTimeoutMs); // the TLS handshake and the first request
        m_state = State::Headers;
    }

private:
    enum class State { Idle, Headers, Body, ChunkSize, ChunkData, ChunkEnd, Trailer, Refused };

    void inspect()
    {
        if (m_state == State::Refused) {
            // What a refused client still sends is drained for a moment (a lingering close, as
            // web servers do): closing on unread bytes would reset the connection and lose the
            // answer on its way.
            m_drained += m_socket->skip(m_socket->bytesAvailable());
            if (m_drained > MaxDrain)
                m_socket->disconnectFromHost();
            return;
        }
        const QByteArray data = m_socket->peek(m_socket->bytesAvailable());
        qsizetype i = 0;
        while (i < data.size() && m_state != State::Refused)
            i += step(QByteArrayView(data).sliced(i));
    }

    // Consumes a prefix of `d` (at least one byte) and returns its length.
    qsizetype step(QByteArrayView d)
    {
        switch (m_state) {
        case State::Idle:
            m_state = State::Headers;
            m_head.clear();
            m_timer.start(m_limits.headerTimeoutMs); // not restarted by more bytes
            return 0;
        case State::Headers: {
            const qsizetype before = m_head.size();
            const qsizetype take
                    = std::min<qsizetype>(d.size(), m_limits.maxHeaderBytes + 4 - before);
            m_head.append(d.first(take));
            const qsizetype end = m_head.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_head.size() > m_limits.maxHeaderBytes)
                    refuse(431, "Request Header Fields Too Large");
                return std::max<qsizetype>(take, 1);
            }
            if (end + 4 > m_limits.maxHeaderBytes) {
                refuse(431, "Request Header Fields Too Large");
                return 1;
            }
            const qsizetype used = end + 4 - before;
            headersDone(m_head.first(end));
            return used;
        }
        case State::Body: {
            const qsizetype take = qsizetype(std::min<qint64>(d.size(), m_left));
            m_left -= take;
            m_timer.start(m_limits.bodyIdleTimeoutMs);
            if (m_left == 0)
                requestDone();
            return take;
        }
        case State::ChunkSize:
        case State::Trailer: {
            const qsizetype nl = d.indexOf('\n');
            const qsizetype take = nl < 0 ? d.size() : nl + 1;
            m_line.append(d.first(take));
            m_timer.start(m_limits.bodyIdleTimeoutMs);
            if (m_line.size() > 4096) {
                refuse(400, "Bad Request");
                return take;
            }
            if (nl >= 0)
                lineDone();
            return take;
        }
        case State::ChunkData: {
            const qsizetype take = qsizetype(std::min<qint64>(d.size(), m_left));
            m_left -= take;
            m_timer.start(m_limits.bodyIdleTimeoutMs);
            if (m_left == 0) {
                m_state = State::ChunkEnd;
                m_line.clear();
            }
            return take;
        }
        case State::ChunkEnd: {
            // The CRLF after a chunk's data.
            m_line.append(d.first(1));
            if (m_line.endsWith('\n')) {
                m_line.clear();
                m_state = State::ChunkSize;
            } else if (m_line.size() > 2) {
                refuse(400, "Bad Request");
            }
            return 1;
        }
        case State::Refused:
            break;
        }
        return d.size();
    }

    void headersDone(QByteArrayView head)
    {
        std::optional<qint64> length;
        bool chunked = false;
        bool bad = false;
        const QList<QByteArray> lines = head.toByteArray().split('\n');
        for (qsizetype n = 1; n < lines.size(); ++n) {
            const QByteArray line = lines.at(n).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.first(colon).trimmed().toLower();
            const QByteArray value = line.sliced(colon + 1).trimmed();
            if (name == "content-length") {
                // "5, 5" and a repeated "5" are one length (RFC 9110 section 8.6); two different
                // ones are a smuggling attempt.
                for (const QByteArray &v : value.split(',')) {
                    bool ok = false;
                    const QByteArray t = v.trimmed();
                    const qint64 n = t.toLongLong(&ok);
                    if (!ok || n < 0 || t.startsWith('+') || t.isEmpty())
                        bad = true;
                    else if (length && *length != n)
                        bad = true;
                    else
                        length = n;
                }
            } else if (name == "transfer-encoding") {
                chunked = value.toLower().endsWith("chunked");
                bad = bad || !chunked;
            }
        }
        if (bad || (chunked && length)) {
            refuse(400, "Bad Request");
            return;
        }
        if (length && *length > m_limits.maxBodyBytes) {
            refuse(413, "Request Entity Too Large");
            return;
        }
        m_body = 0;
        if (chunked) {
            m_state = State::ChunkSize;
            m_line.clear();
            m_timer.start(m_limits.bodyIdleTimeoutMs);
        } else if (length.value_or(0) > 0) {
            m_state = State::Body;
            m_left = *length;
            m_timer.start(m_limits.bodyIdleTimeoutMs);
        } else {
            requestDone();
        }
    }

    void lineDone()
    {
        const QByteArray line = m_line.trimmed();
        m_line.clear();
        if (m_state == State::Trailer) {
            if (line.isEmpty())
                requestDone();
            return;
        }
        bool ok = false;
        const qint64 size = line.left(line.indexOf(';') < 0 ? line.size() : line.indexOf(';'))
                                    .trimmed()
                                    .toLongLong(&ok, 16);
        if (!ok || size < 0) {
            refuse(400, "Bad Request");
            return;
        }
        m_body += size;
        if (m_body > m_limits.maxBodyBytes) {
            refuse(413, "Request Entity Too Large");
            return;
        }
        if (size == 0) {
            m_state = State::Trailer;
            return;
        }
        m_state = State::ChunkData;
        m_left = size;
    }

    void requestDone()
    {
        m_state = State::Idle;
        m_head.clear();
        m_timer.start(m_limits.keepAliveIdleMs);
    }

    void timedOut()
    {
        if (m_state == State::Refused) {
            m_socket->disconnectFromHost();
            return;
        }
        auto *tls = qobject_cast<QSslSocket *>(m_socket);
        if (tls && !tls->isEncrypted()) {
            m_socket->abort(); // a handshake that never ended gets no answer
            return;
        }
        if (m_state == State::Idle) {
            m_socket->disconnectFromHost();
            return;
        }
        refuse(408, "Request Timeout");
    }

    // Answers as http.sys does (a short HTML page, "Connection: close") and closes once sent.
    void refuse(int status, const char *reason)
    {
        m_state = State::Refused;
        // The request never reaches the service: QAbstractHttpServer reads no more of it.
        if (QObject *server = m_socket->parent() ? m_socket->parent()->parent() : nullptr)
            QObject::disconnect(m_socket, &QTcpSocket::readyRead, server, nullptr);
        m_socket->setReadBufferSize(64 * 1024); // the kernel holds back the rest
        m_socket->skip(m_socket->bytesAvailable());
        const QByteArray body = "<html><body><h2>" + QByteArray(reason) + "</h2><p>HTTP Error "
                + QByteArray::number(status) + ".</p></body></html>\r\n";
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
        out += "Content-Type: text/html; charset=us-ascii\r\nConnection: close\r\n";
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        m_socket->write(out);
        m_timer.start(LingerMs); // then closed, after what is written has gone out
    }

    static constexpr int LingerMs = 500;
    static constexpr qint64 MaxDrain = 8 * 1024 * 1024;
    qint64 m_drained = 0;

    QTcpSocket *m_socket;
    FrontDoorLimits m_limits;
    QTimer m_timer;
    State m_state = State::Headers;
    QByteArray m_head;
    QByteArray m_line;
    qint64 m_left = 0;
    qint64 m_body = 0;
};

} // namespace

FrontDoorServer::FrontDoorServer(const FrontDoorLimits &limits,
                                 std::optional<QSslConfiguration> tls, QObject *parent)
    : QTcpServer(parent), m_limits(limits), m_tls(std::move(tls))
{ }

void FrontDoorServer::incomingConnection(qintptr handle)
{
    if (!m_tls) {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(handle)) {
            delete socket;
            return;
        }
        new ConnectionGuard(socket, m_limits);
        addPendingConnection(socket);
        return;
    }
    auto *socket = new QSslSocket(this);
    socket->setSslConfiguration(*m_tls);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    // The guard's header timer also covers a handshake that never ends.
    new ConnectionGuard(socket, m_limits);
    QPointer<QSslSocket> guard(socket);
    connect(socket, &QSslSocket::encrypted, this, [this, guard] {
        if (guard) {
            guard->disconnect(this);
            addPendingConnection(guard);
        }
    });
    connect(socket, &QSslSocket::disconnected, this, [guard] {
        if (guard)
            guard->deleteLater(); // before the handshake ended: nobody else owns it
    });
    socket->startServerEncryption();
}

} // namespace ie::sandbox
