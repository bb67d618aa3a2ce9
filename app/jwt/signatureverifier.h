#pragma once

#include "jwt/decodedtoken.h"
#include "jwt/keyset.h"
#include "jwt/signaturecheck.h"

#include <QCoreApplication>

namespace ie::jwt {

// Verifies a JWS signature with libcrypto: RS256/384/512, PS256/384/512, ES256/384/512. "none"
// is always refused; HS* cannot be checked without the shared secret; a Microsoft Graph token
// with a "nonce" header fails by design and is reported as such.
class SignatureVerifier
{
    Q_DECLARE_TR_FUNCTIONS(ie::jwt::SignatureVerifier)
public:
    static SignatureCheck verify(const DecodedToken &token, const KeySet &keys);
    // Checks that need no key (alg none, HMAC, unsupported alg): a result, or NotChecked.
    static SignatureCheck precheck(const DecodedToken &token);
    static bool supportedAlgorithm(const QString &alg);
};

} // namespace ie::jwt
