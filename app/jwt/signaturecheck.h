#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace ie::jwt {

// The outcome of checking a token's signature.
struct SignatureCheck
{
    Q_DECLARE_TR_FUNCTIONS(ie::jwt::SignatureCheck)

public:
    enum class State {
        NotChecked,
        Valid,
        Invalid, // the key was found and the signature does not match
        Unverifiable, // no usable key, alg none, HMAC, Graph nonce, fetch failed, ...
    };

    State state = State::NotChecked;
    QString reason; // one sentence: what happened, what to do
    QString code; // "valid", "mismatch", "alg-none", "hmac", "graph-nonce", "no-key", ...
    QString keyId; // the key that was used
    QString keySource; // the jwks_uri, a file name
    QDateTime keysFetchedAt; // when the key set was fetched (cached sets keep their time)

    bool checked() const { return state != State::NotChecked; }
    // "signature valid", "signature not checked", ...
    QString shortText() const;
};

} // namespace ie::jwt
