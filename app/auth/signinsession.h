#pragma once

#include "auth/tokencache.h"
#include "cloud/cloud.h"
#include "net/tokenprovider.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace ie::net {
class HttpClient;
}

namespace ie::auth {

// Who the HttpClient is signed in as, across sign-ins and sign-outs. The fresh start (the
// in-process sandbox and its admin app) is what a sign-out goes back to when it signs out of the
// sandbox; signing out of any other cloud leaves the client "not signed in": every request then
// fails at once with a message that says to sign in, instead of going out without a token.
class SignInSession : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInSession)
public:
    explicit SignInSession(ie::net::HttpClient *client, QObject *parent = nullptr);
    ~SignInSession() override;

    // The state of a fresh start: `provider` (not owned) is used on `cloud`.
    void setFreshStart(const Cloud &cloud, TokenCache *provider);
    // A sign-in replaced the client's provider with `cache` (a dialog's): the session owns it from
    // now on and deletes the one before.
    void signedIn(TokenCache *cache);
    // Forgets every token of the current sign-in and falls back (see above).
    void signOut();

    bool isSignedIn() const { return m_signedIn; }
    // True when the client uses the fresh-start provider (after start, or signing out of it).
    bool isFreshStart() const;
    TokenCache *current() const { return m_current; }
    // The answer every request gets while not signed in.
    static ApiError notSignedInError();

Q_SIGNALS:
    void stateChanged();

private:
    class NotSignedIn : public ie::net::TokenProvider
    {
    public:
        void getToken(const ie::net::TokenRequest &request, QObject *context,
                      ie::net::TokenCallback callback) override;
    };

    QPointer<ie::net::HttpClient> m_client;
    std::optional<Cloud> m_freshCloud;
    QPointer<TokenCache> m_fresh;
    QPointer<TokenCache> m_current;
    NotSignedIn m_notSignedIn;
    bool m_signedIn = false;
};

} // namespace ie::auth
