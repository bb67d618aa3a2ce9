// The sandbox as the front door other tools are pointed at: raw clients that send what no real
// client sends (huge or conflicting lengths, endless headers, bodies that never come) get the
// answers Azure's front door gives (413, 431, 400, 408) and a closed connection, and the sandbox
// never buffers what it refuses.

#include "sandboxfixture.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

ie::sandbox::SandboxServer::Options shortTimeouts()
{
    ie::sandbox::SandboxServer::Options o;
    o.limits.headerTimeoutMs = 400;
    o.limits.bodyIdleTimeoutMs = 400;
    o.limits.keepAliveIdleMs = 600;
    return o;
}

struct Exchange
{
    QByteArray response;
    bool closed = false;
    qint64 streamed = 0; // body bytes sent after the request text
};

// Sends `request`, then (with `stream` > 0) up to that many more bytes of body in 1 MB pieces
// while the server keeps reading, and waits for the server to close the connection.
Exchange talk(QTcpSocket *socket, const QByteArray &request, qint64 stream = 0)
{
    Exchange x;
    QObject::connect(socket, &QTcpSocket::readyRead, socket,
                     [&] { x.response += socket->readAll(); });
    const QByteArray chunk(1024 * 1024, 'a');
    auto feed = [&] {
        while (x.streamed < stream && socket->state() == QAbstractSocket::ConnectedState
               && socket->bytesToWrite() < 2 * chunk.size()) {
            socket->write(chunk);
            x.streamed += chunk.size();
        }
    };
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, feed);
    QSignalSpy closed(socket, &QTcpSocket::disconnected);
    socket->write(request);
    feed();
    x.closed = closed.wait(20000);
    x.response += socket->readAll();
    return x;
}

int status(const QByteArray &response)
{
    return response.startsWith("HTTP/1.1 ") ? response.mid(9, 3).toInt() : 0;
}

qint64 peakMemoryKb()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

const QByteArray Post = "POST /metadata/identity/oauth2/token?api-version=2018-02-01 HTTP/1.1\r\n"
                        "Host: 127.0.0.1\r\nMetadata: true\r\n";

} // namespace

class TestFrontDoor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error())); }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("expected");
        QTest::newRow("300 MB Content-Length")
                << QByteArray(Post + "Content-Length: 314572800\r\n\r\n" + QByteArray(1000, 'a'))
                << 413;
        QTest::newRow("4 MB + 1 Content-Length")
                << QByteArray(Post + "Content-Length: 4194305\r\n\r\n") << 413;
        QTest::newRow("two Content-Lengths")
                << QByteArray(Post + "Content-Length: 5\r\nContent-Length: 6\r\n\r\nabcdef") << 400;
        QTest::newRow("Content-Length list")
                << QByteArray(Post + "Content-Length: 5, 6\r\n\r\n") << 400;
        QTest::newRow("negative Content-Length")
                << QByteArray(Post + "Content-Length: -1\r\n\r\n") << 400;
        QTest::newRow("Content-Length and chunked") << QByteArray(
                Post + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                                                    << 400;
        QTest::newRow("1 MB header")
                << QByteArray(Post + "X-Big: " + QByteArray(1024 * 1024, 'h') + "\r\n\r\n") << 431;
        QTest::newRow("33 KB header")
                << QByteArray(Post + "X-Big: " + QByteArray(33 * 1024, 'h') + "\r\n\r\n") << 431;
        QTest::newRow("5 MB chunk") << QByteArray(
                Post + "Transfer-Encoding: chunked\r\n\r\n500000\r\n" + QByteArray(1000, 'a'))
                                    << 413;
        QTest::newRow("bad chunk size")
                << QByteArray(Post + "Transfer-Encoding: chunked\r\n\r\nzz\r\n") << 400;
        QTest::newRow("partial headers") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n") << 408;
        QTest::newRow("body that never arrives")
                << QByteArray(Post + "Content-Length: 100\r\n\r\n0123456789") << 408;
    }
    void refused()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, expected);
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, m_sandbox.server().managedIdentityUrl().port());
        QVERIFY(socket.waitForConnected(5000));
        const Exchange x = talk(&socket, request);
        QVERIFY2(x.closed, x.response.constData());
        QCOMPARE(status(x.response), expected);
        QVERIFY(x.response.contains("Connection: close"));
    }

    void withinLimitsReachesTheService()
    {
        // An identical repeated Content-Length is one length; a 4 MB body is allowed.
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, m_sandbox.server().managedIdentityUrl().port());
        QVERIFY(socket.waitForConnected(5000));
        const Exchange x = talk(&socket, Post + "Content-Length: 2\r\nContent-Length: 2\r\n\r\nab");
        // The service answers (whatever it says), then the idle connection is closed.
        QVERIFY2(status(x.response) != 0 && !x.response.contains("HTTP Error"),
                 x.response.constData());
        QVERIFY(x.closed);
    }

    void tlsHugeBodyIsRefused()
    {
        QSslSocket socket;
        QSslConfiguration c = socket.sslConfiguration();
        c.setCaCertificates({m_sandbox.server().caCertificate()});
        socket.setSslConfiguration(c);
        QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
        socket.connectToHostEncrypted(u"localhost"_s, m_sandbox.server().graphUrl().port());
        QVERIFY(encrypted.wait(10000)); // the server runs in this thread's event loop
        const Exchange x = talk(&socket,
                                "POST /v1.0/$batch HTTP/1.1\r\nHost: localhost\r\n"
                                "Content-Type: application/json\r\n"
                                "Content-Length: 314572800\r\n\r\n");
        QVERIFY(x.closed);
        QCOMPARE(status(x.response), 413);
    }

    void endlessChunkedBodyIsNotBuffered()
    {
        // 300 MB streamed in small chunks without a Content-Length: refused after 4 MB, and the
        // sandbox (in this process) does not grow by the stream (before: 1.2 GB for 300 MB).
        const qint64 before = peakMemoryKb();
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, m_sandbox.server().managedIdentityUrl().port());
        QVERIFY(socket.waitForConnected(5000));
        QByteArray chunks;
        for (int i = 0; i < 64; ++i)
            chunks += "4000\r\n" + QByteArray(0x4000, 'b') + "\r\n";
        Exchange x;
        {
            QObject::connect(&socket, &QTcpSocket::readyRead, &socket,
                             [&] { x.response += socket.readAll(); });
            QSignalSpy closed(&socket, &QTcpSocket::disconnected);
            socket.write(Post + "Transfer-Encoding: chunked\r\n\r\n");
            auto feed = [&] {
                while (x.streamed < 300LL * 1024 * 1024
                       && socket.state() == QAbstractSocket::ConnectedState
                       && socket.bytesToWrite() < 2 * chunks.size()) {
                    socket.write(chunks);
                    x.streamed += chunks.size();
                }
            };
            QObject::connect(&socket, &QTcpSocket::bytesWritten, &socket, feed);
            feed();
            x.closed = closed.wait(60000);
        }
        QVERIFY(x.closed);
        QCOMPARE(status(x.response), 413);
        QVERIFY2(x.streamed < 100LL * 1024 * 1024, qPrintable(QString::number(x.streamed)));
        const qint64 growthMb = (peakMemoryKb() - before) / 1024;
        qInfo("peak memory growth: %lld MB after %lld MB sent", growthMb,
              x.streamed / (1024 * 1024));
        QVERIFY2(growthMb < 100, qPrintable(QString::number(growthMb)));
    }

private:
    ie::test::SandboxFixture m_sandbox{shortTimeouts()};
};

QTEST_GUILESS_MAIN(TestFrontDoor)
#include "tst_frontdoor.moc"
