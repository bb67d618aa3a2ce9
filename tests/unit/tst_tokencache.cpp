// The token cache: one acquisition shared by concurrent requests, reuse until a few minutes
// before expiry (on an injected clock), keys per cloud, tenant and audience, forced refresh and
// claims challenges, sign-out, failures delivered to every waiter, gone receivers never called.

#include "auth/tokencache.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using ie::ApiError;
using ie::net::AccessToken;
using ie::net::TokenRequest;

namespace {

// A credential answering on a later turn of the event loop, as real ones do, with tokens that
// live `lifetime` seconds from the injected now; or failing when told to.
class ScriptedCredential : public ie::auth::Credential
{
public:
    QString name() const override { return u"scripted"_s; }
    QString displayName() const override { return u"Scripted"_s; }
    QString tenantId() const override { return u"home"_s; }
    void requestToken(const TokenRequest &request, Callback done) override
    {
        ++calls;
        lastClaims = request.claims;
        const int n = calls;
        QMetaObject::invokeMethod(
                this,
                [this, request, done, n] {
                    if (failWith) {
                        done(*failWith);
                        return;
                    }
                    AccessToken t;
                    t.token = "token-" + QByteArray::number(n);
                    t.expiresOn = now.addSecs(lifetime);
                    t.audience = request.audience;
                    t.tenantId = request.tenantId.isEmpty() ? u"home"_s : request.tenantId;
                    t.credential = name();
                    done(t);
                },
                Qt::QueuedConnection);
    }
    int calls = 0;
    int lifetime = 3600;
    QDateTime now = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    std::optional<ApiError> failWith;
    QString lastClaims;
};

struct Got
{
    int calls = 0;
    std::optional<ie::Result<AccessToken>> result;
};

void ask(ie::auth::TokenCache &cache, const TokenRequest &r, QObject *context, Got *got)
{
    cache.getToken(r, context, [got](ie::Result<AccessToken> t) {
        ++got->calls;
        got->result = t;
    });
}

} // namespace

class TestTokenCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void concurrentRequestsShareOneAcquisition();
    void reusedUntilTheRefreshMargin_data();
    void reusedUntilTheRefreshMargin();
    void keyedByTenantAndAudience();
    void forceRefreshAndClaimsAcquireOnce();
    void failuresReachEveryWaiter();
    void clearForgetsTokens();
    void goneReceiverIsNotCalled();
    void noCredential();

private:
    std::unique_ptr<ScriptedCredential> m_cred;
    std::unique_ptr<ie::auth::TokenCache> m_cache;
};

void TestTokenCache::init()
{
    m_cred = std::make_unique<ScriptedCredential>();
    m_cache = std::make_unique<ie::auth::TokenCache>(m_cred.get(), u"AzureCloud"_s);
    ScriptedCredential *c = m_cred.get();
    m_cache->setClock([c] { return c->now; });
}

void TestTokenCache::concurrentRequestsShareOneAcquisition()
{
    Got a, b, c;
    ask(*m_cache, {u"https://graph.microsoft.com"_s, {}, {}, false}, this, &a);
    ask(*m_cache, {u"https://graph.microsoft.com/"_s, {}, {}, false}, this, &b);
    ask(*m_cache, {u"https://graph.microsoft.com/.default"_s, {}, {}, false}, this, &c);
    QCOMPARE(a.calls, 0); // never synchronously
    QTRY_COMPARE(c.calls, 1);
    QCOMPARE(a.calls, 1);
    QCOMPARE(b.calls, 1);
    QCOMPARE(m_cred->calls, 1);
    QCOMPARE(m_cache->acquisitions(), 1);
    QCOMPARE(a.result->value().token, QByteArray("token-1"));
    QCOMPARE(c.result->value().token, QByteArray("token-1"));
}

void TestTokenCache::reusedUntilTheRefreshMargin_data()
{
    QTest::addColumn<int>("later");
    QTest::addColumn<int>("calls");
    QTest::newRow("fresh") << 0 << 1;
    QTest::newRow("just-before-margin") << 3600 - 301 << 1;
    QTest::newRow("inside-margin") << 3600 - 299 << 2;
    QTest::newRow("expired") << 7200 << 2;
}

void TestTokenCache::reusedUntilTheRefreshMargin()
{
    QFETCH(int, later);
    Got first, second;
    ask(*m_cache, {u"https://management.azure.com"_s, {}, {}, false}, this, &first);
    QTRY_COMPARE(first.calls, 1);
    m_cred->now = m_cred->now.addSecs(later);
    ask(*m_cache, {u"https://management.azure.com"_s, {}, {}, false}, this, &second);
    QTRY_COMPARE(second.calls, 1);
    QTEST(m_cred->calls, "calls");
    QVERIFY(second.result->ok());
}

void TestTokenCache::keyedByTenantAndAudience()
{
    Got a, b, c, d;
    ask(*m_cache, {u"https://graph.microsoft.com"_s, {}, {}, false}, this, &a);
    ask(*m_cache, {u"https://graph.microsoft.com"_s, u"other"_s, {}, false}, this, &b);
    ask(*m_cache, {u"https://management.azure.com"_s, {}, {}, false}, this, &c);
    QTRY_COMPARE(c.calls, 1);
    QTRY_COMPARE(b.calls, 1);
    QCOMPARE(m_cred->calls, 3);
    QCOMPARE(b.result->value().tenantId, u"other"_s);
    // The credential's own tenant and no tenant are one key.
    ask(*m_cache, {u"https://graph.microsoft.com"_s, u"HOME"_s, {}, false}, this, &d);
    QTRY_COMPARE(d.calls, 1);
    QCOMPARE(m_cred->calls, 3);
    QCOMPARE(m_cache->size(), 3);
}

void TestTokenCache::forceRefreshAndClaimsAcquireOnce()
{
    Got a, b, c;
    ask(*m_cache, {u"https://graph.microsoft.com"_s, {}, {}, false}, this, &a);
    QTRY_COMPARE(a.calls, 1);
    ask(*m_cache, {u"https://graph.microsoft.com"_s, {}, {}, true}, this, &b);
    QTRY_COMPARE(b.calls, 1);
    QCOMPARE(m_cred->calls, 2);
    QCOMPARE(b.result->value().token, QByteArray("token-2"));
    const QString claims = uR"({"access_token":{"nbf":{"essential":true,"value":"1700000000"}}})"_s;
    ask(*m_cache, {u"https://graph.microsoft.com"_s, {}, claims, true}, this, &c);
    QTRY_COMPARE(c.calls, 1);
    QCOMPARE(m_cred->calls, 3);
    QCOMPARE(m_cred->lastClaims, claims);
    // The fresh token is the cached one now.
    Got d;
    ask(*m_cache, {u"https://graph.microsoft.com"_s, {}, {}, false}, this, &d);
    QTRY_COMPARE(d.calls, 1);
    QCOMPARE(d.result->value().token, QByteArray("token-3"));
    QCOMPARE(m_cred->calls, 3);
}

void TestTokenCache::failuresReachEveryWaiter()
{
    m_cred->failWith = ApiError::make(ApiError::Kind::Auth, u"no"_s);
    QSignalSpy failed(m_cache.get(), &ie::auth::TokenCache::acquisitionFailed);
    Got a, b;
    ask(*m_cache, {u"https://graph.microsoft.com"_s, {}, {}, false}, this, &a);
    ask(*m_cache, {u"https://graph.microsoft.com"_s, {}, {}, false}, this, &b);
    QTRY_COMPARE(b.calls, 1);
    QCOMPARE(a.calls, 1);
    QVERIFY(!a.result->ok());
    QCOMPARE(failed.size(), 1);
    // A failure is not cached.
    m_cred->failWith.reset();
    Got c;
    ask(*m_cache, {u"https://graph.microsoft.com"_s, {}, {}, false}, this, &c);
    QTRY_COMPARE(c.calls, 1);
    QVERIFY(c.result->ok());
    QCOMPARE(m_cred->calls, 2);
}

void TestTokenCache::clearForgetsTokens()
{
    Got a, b;
    ask(*m_cache, {u"https://graph.microsoft.com"_s, {}, {}, false}, this, &a);
    QTRY_COMPARE(a.calls, 1);
    QCOMPARE(m_cache->size(), 1);
    m_cache->clear();
    QCOMPARE(m_cache->size(), 0);
    ask(*m_cache, {u"https://graph.microsoft.com"_s, {}, {}, false}, this, &b);
    QTRY_COMPARE(b.calls, 1);
    QCOMPARE(m_cred->calls, 2);
    // A token arriving after a clear (sign-out) is handed over but not kept.
    Got c;
    m_cache->clear();
    ask(*m_cache, {u"https://management.azure.com"_s, {}, {}, false}, this, &c);
    m_cache->clear();
    QTRY_COMPARE(c.calls, 1);
    QCOMPARE(m_cache->size(), 0);
}

void TestTokenCache::goneReceiverIsNotCalled()
{
    Got a, b;
    auto *context = new QObject;
    ask(*m_cache, {u"https://graph.microsoft.com"_s, {}, {}, false}, context, &a);
    ask(*m_cache, {u"https://graph.microsoft.com"_s, {}, {}, false}, this, &b);
    delete context;
    QTRY_COMPARE(b.calls, 1);
    QCOMPARE(a.calls, 0);
}

void TestTokenCache::noCredential()
{
    ie::auth::TokenCache cache;
    Got a;
    ask(cache, {u"https://graph.microsoft.com"_s, {}, {}, false}, this, &a);
    QTRY_COMPARE(a.calls, 1);
    QVERIFY(!a.result->ok());
    QCOMPARE(a.result->error().kind, ApiError::Kind::Auth);
}

QTEST_GUILESS_MAIN(TestTokenCache)
#include "tst_tokencache.moc"
