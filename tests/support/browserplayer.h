#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

namespace ie::test {

// Plays the user's browser in a browser sign-in test: GETs the authorize URL the credential
// handed to openUrl() (trusting the sandbox CA), does not follow the redirect, then GETs the
// Location on the app's loopback listener, as a browser would. Waits with the event loop running
// (QSignalSpy::wait), so it is for tests only.
class BrowserPlayer
{
public:
    explicit BrowserPlayer(QSslCertificate sandboxCa) : m_ca(std::move(sandboxCa)) { }

    struct Visit
    {
        int authorizeStatus = 0; // 302 when the sandbox redirects
        QUrl location; // where it redirects to
        int loopbackStatus = 0; // what the app's listener answered (200)
        QByteArray page; // the listener's page
        QString error; // the test's own failure (no answer, ...)
    };

    // Both steps. With `followToLoopback` false, only the authorize GET.
    Visit visit(const QUrl &authorizeUrl, bool followToLoopback = true) const;
    // The second step alone: a GET of `url` (on the loopback listener).
    Visit get(const QUrl &url) const;

private:
    QSslCertificate m_ca;
};

} // namespace ie::test
