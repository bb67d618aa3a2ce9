#pragma once

#include <QSslConfiguration>
#include <QTcpServer>

#include <optional>

namespace ie::sandbox {

// What a real front door (Azure Front Door, http.sys in front of Graph, ARM and login) refuses
// before a request reaches the service; see docs/sandbox.md.
struct FrontDoorLimits
{
    qint64 maxBodyBytes = 4 * 1024 * 1024; // 413 above (Graph and ARM take at most 4 MB)
    qint64 maxHeaderBytes = 32 * 1024; // request line and headers; 431 above
    int headerTimeoutMs = 30000; // connect (TLS included) or first byte to the blank line; 408
    int bodyIdleTimeoutMs = 30000; // no byte of a started body for this long; 408
    int keepAliveIdleMs = 120000; // an idle connection between requests is closed
};

// The TCP (or TLS) server under each sandbox listener: it looks at every connection's bytes
// before QAbstractHttpServer does (which buffers whole bodies in memory and has no timeouts)
// and answers 400, 408, 413 or 431 and closes the connection when a request breaks the limits.
class FrontDoorServer : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrontDoorServer)
public:
    FrontDoorServer(const FrontDoorLimits &limits, std::optional<QSslConfiguration> tls,
                    QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr handle) override;

private:
    FrontDoorLimits m_limits;
    std::optional<QSslConfiguration> m_tls;
};

} // namespace ie::sandbox
