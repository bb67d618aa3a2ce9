#pragma once

#include "cloud/cloud.h"
#include "core/result.h"
#include "net/httptypes.h"
#include "net/tokenprovider.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace ie::net {

class ActivityLog;
class HttpClient;

// One request (with its retries, redirects and token) from start to a single finished(). Owned by
// the client; deletes itself after finishing. cancel() finishes it with Kind::Cancelled.
class HttpJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpJob)
public:
    ~HttpJob() override;
    const Result<HttpResponse> &result() const { return m_result; }
    bool isFinished() const { return m_finished; }
    const HttpRequest &request() const { return m_request; }

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void retrying(int attempt, qint64 delayMs, const QString &reason);
    void finished();

private:
    friend class HttpClient;
    HttpJob(HttpClient *client, HttpRequest request);
    void start();
    void attempt();
    void sendWithToken(const QByteArray &token);
    void onReplyFinished();
    // Why a redirect to `target` must not be followed, if it must not.
    std::optional<ApiError> refuseRedirect(int status, const QUrl &target) const;
    bool scheduleRetry(const QString &reason, qint64 serverDelayMs, const ApiError &ifGivingUp);
    void finish(Result<HttpResponse> result);

    HttpClient *m_client;
    HttpRequest m_request;
    QUrl m_currentUrl;
    // The reply is owned by the QNetworkAccessManager until we deleteLater() it; QPointer because
    // an abort() during cancel() can finish and destroy it before we look again.
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QElapsedTimer m_elapsed;
    QElapsedTimer m_attemptElapsed;
    QByteArray m_clientRequestId;
    int m_attempt = 0;
    int m_redirects = 0;
    bool m_retriedAuth = false;
    bool m_forceTokenRefresh = false;
    QString m_claims; // of a claims challenge, for the next token request
    QByteArray m_sentToken; // the bearer token of the last attempt (memory only, like the cache's)
    ApiError::Caller m_caller; // its claims that say who sent the request
    bool m_finished = false;
    Result<HttpResponse> m_result;
};

// A GET that follows Graph @odata.nextLink or ARM nextLink, handing over each page as it
// arrives. A next link to another origin, or to a page already visited, ends it with
// Kind::Protocol: the pages delivered so far stay valid, and resume() continues from the page that
// failed.
class PageJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageJob)
public:
    ~PageJob() override;
    int pagesLoaded() const { return m_pages; }
    qint64 itemsLoaded() const { return m_items; }
    // The URL of the page that failed (to retry from there), or empty.
    QUrl failedUrl() const { return m_failedUrl; }
    const Result<Done> &result() const { return m_result; }
    bool isFinished() const { return m_finished; }

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    // `items` is the page's "value" array; `page` the whole decoded body (e.g. @odata.count).
    void pageArrived(const QJsonArray &items, const QJsonObject &page);
    // Instead of pageArrived for a request with scanJson set: the page's bytes (valid JSON, an
    // object with a "value" array) and the offsets of that array, '[' to ']', for the receiver's
    // own reader (net/jsonscan.h).
    void pageScanned(const QByteArray &body, qsizetype valueBegin, qsizetype valueEnd);
    void retrying(int attempt, qint64 delayMs, const QString &reason);
    void finished();

private:
    friend class HttpClient;
    PageJob(HttpClient *client, HttpRequest first, int maxPages);
    void fetch(const QUrl &url);
    // `result` by value: a receiver may spin an event loop in which the job is deleted.
    void onPage(const QUrl &url, Result<HttpResponse> result);
    void finish(Result<Done> result);

    HttpClient *m_client;
    HttpRequest m_template;
    bool m_delivering = false; // inside pageArrived/pageScanned
    std::optional<std::pair<QUrl, Result<HttpResponse>>> m_held; // the next page, meanwhile
    QUrl m_origin;
    QSet<QString> m_visited;
    QPointer<HttpJob> m_current;
    QUrl m_failedUrl;
    int m_maxPages;
    int m_pages = 0;
    qint64 m_items = 0;
    bool m_finished = false;
    Result<Done> m_result;
};

// One item of a Graph JSON $batch.
struct BatchItem
{
    QByteArray method = "GET";
    QString url; // relative to the version root: "/servicePrincipals/{id}/appRoleAssignments"
    QJsonObject body; // sent when not empty
    QList<RawHeader> headers;
};

struct BatchItemResult
{
    int status = 0;
    QJsonObject body;
    QList<RawHeader> headers;
    // Set when the item failed (status >= 400, or never answered): Graph's error decoded.
    std::optional<ApiError> error;
    int attempts = 1;
};

// Sends BatchItems as Graph $batch requests of at most 20, retrying throttled items (429/503/504
// per item, honouring their Retry-After) in later batches, and reports one result per item in the
// order given.
class BatchJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchJob)
public:
    ~BatchJob() override;
    static constexpr int MaxPerBatch = 20;
    // Fails only when no batch could be sent at all; item failures are in the list.
    const Result<QList<BatchItemResult>> &result() const { return m_result; }

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void progress(int done, int total);
    void finished();

private:
    friend class HttpClient;
    BatchJob(HttpClient *client, const QUrl &batchUrl, QList<BatchItem> items, RetryPolicy retry);
    void sendNext();
    void onBatchDone(const QList<int> &indexes, const Result<HttpResponse> &r);
    void finish(Result<QList<BatchItemResult>> result);

    HttpClient *m_client;
    QUrl m_batchUrl;
    QList<BatchItem> m_items;
    QList<BatchItemResult> m_results;
    QList<int> m_pending; // indexes still to send
    QList<int> m_attempts;
    RetryPolicy m_retry;
    QPointer<HttpJob> m_current;
    QTimer m_waitTimer;
    bool m_finished = false;
    Result<QList<BatchItemResult>> m_result;
};

// The one HTTP client of the application, over one QNetworkAccessManager. Every domain client
// (graph, arm, auth, jwt, catalog) sends through it.
class HttpClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)
public:
    explicit HttpClient(QObject *parent = nullptr);
    ~HttpClient() override;

    void setCloud(const Cloud &cloud);
    const Cloud &cloud() const { return m_cloud; }
    // Not owned. May be null: then no request is authenticated.
    void setTokenProvider(TokenProvider *provider) { m_tokens = provider; }
    TokenProvider *tokenProvider() const { return m_tokens; }
    ActivityLog *activityLog() const { return m_log; }
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    // Starts a request. The job finishes exactly once; it is deleted after finished().
    HttpJob *send(const HttpRequest &request);
    // Same, binding the result to `context`: when `context` is gone, the callback is not called.
    HttpJob *send(const HttpRequest &request, QObject *context,
                  std::function<void(const Result<HttpResponse> &)> callback);

    // Pages: maxPages 0 means no limit.
    PageJob *getPages(const HttpRequest &first, int maxPages = 0);
    // Graph $batch against `graphVersionRoot` ("https://graph.microsoft.com/v1.0").
    BatchJob *batch(const QUrl &graphVersionRoot, const QList<BatchItem> &items,
                    const RetryPolicy &retry = {});

    // Turns a finished reply into the error it is, in Graph's or ARM's or OAuth's error shape.
    static ApiError errorFromResponse(const HttpResponse &response);
    // "Retry-After: 120", "Retry-After: <HTTP-date>", "x-ms-retry-after-ms: 1500": milliseconds,
    // or -1 when none is given.
    static qint64 retryAfterMs(const QList<RawHeader> &headers, const QDateTime &now);
    // Query parameters and headers that must never be shown.
    static QString redactUrl(const QUrl &url);

private:
    friend class HttpJob;
    friend class PageJob;
    friend class BatchJob;

    QNetworkAccessManager *m_nam;
    ActivityLog *m_log;
    TokenProvider *m_tokens = nullptr;
    Cloud m_cloud;
};

} // namespace ie::net
