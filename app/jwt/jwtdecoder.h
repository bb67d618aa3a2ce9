#pragma once

#include "core/result.h"
#include "jwt/decodedtoken.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace ie::jwt {

// Decodes compact JWS/JWT text strictly: three parts, base64url without padding (an error names
// the part and the position), a JSON object header with "alg", a JSON object payload whose
// registered and Microsoft Entra claims have the types the specifications give them. A JWE (five
// parts) is recognised and refused, since it cannot be read without the recipient's key. Errors
// are ApiError of kind InvalidInput with a machine code ("empty", "segments", "jwe", "base64",
// "json", "not-object", "no-alg", "claim-type", "too-large") and a translated message.
class JwtDecoder
{
    Q_DECLARE_TR_FUNCTIONS(ie::jwt::JwtDecoder)
public:
    // Far above any real access token (Entra tokens stay below 16 KB even with groups), low
    // enough that a pasted file is refused at once instead of being parsed.
    static constexpr qsizetype MaxTokenSize = 256 * 1024;

    static Result<DecodedToken> decode(QByteArrayView token);

    // "The text is 10.0 MB long; a token is at most 256 KB. Paste a single token."
    static QString tooLargeMessage(qint64 size);
    // "512 bytes", "300 KB", "10.0 MB".
    static QString sizeText(qint64 bytes);

    // Strict base64url (RFC 4648 section 5, no padding, no whitespace). On failure returns false
    // and sets `errorIndex` to the 0-based index of the first bad character (or the length, when
    // the length itself is impossible).
    static bool fromBase64Url(QByteArrayView text, QByteArray *out, qsizetype *errorIndex);
    static QByteArray toBase64Url(const QByteArray &data);
};

} // namespace ie::jwt
