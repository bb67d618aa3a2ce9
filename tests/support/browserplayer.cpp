#include "browserplayer.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QSslConfiguration>

#include <memory>

using namespace Qt::StringLiterals;

namespace ie::test {

namespace {

struct Answer
{
    int status = 0;
    QUrl location;
    QByteArray body;
    QString error;
};

Answer fetch(const QUrl &url, const QSslCertificate &ca)
{
    QNetworkAccessManager nam;
    QNetworkRequest req(url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    if (url.scheme() == "https"_L1) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificate(ca);
        req.setSslConfiguration(ssl);
    }
    std::unique_ptr<QNetworkReply> reply(nam.get(req));
    QSignalSpy done(reply.get(), &QNetworkReply::finished);
    Answer a;
    if (!reply->isFinished() && !done.wait(15000)) {
        a.error = u"no answer from %1"_s.arg(url.toString());
        return a;
    }
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.location = QUrl::fromEncoded(reply->rawHeader("Location"));
    a.body = reply->readAll();
    if (a.status == 0)
        a.error = reply->errorString();
    return a;
}

} // namespace

BrowserPlayer::Visit BrowserPlayer::visit(const QUrl &authorizeUrl, bool followToLoopback) const
{
    Visit v;
    const Answer a = fetch(authorizeUrl, m_ca);
    v.authorizeStatus = a.status;
    v.location = a.location;
    v.error = a.error;
    if (!followToLoopback || a.status != 302 || !a.error.isEmpty())
        return v;
    const Visit second = get(a.location);
    v.loopbackStatus = second.loopbackStatus;
    v.page = second.page;
    v.error = second.error;
    return v;
}

BrowserPlayer::Visit BrowserPlayer::get(const QUrl &url) const
{
    Visit v;
    const Answer a = fetch(url, m_ca);
    v.loopbackStatus = a.status;
    v.page = a.body;
    v.error = a.error;
    return v;
}

} // namespace ie::test
