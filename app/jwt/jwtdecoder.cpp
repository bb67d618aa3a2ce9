#include "jwt/jwtdecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ie::jwt {

namespace {

enum class Type { Number, String, StringOrArray, StringArray };

struct ClaimType
{
    const char *name;
    Type type;
};

// RFC 7519 section 4.1 and the Microsoft Entra access-token claims reference.
constexpr std::array ClaimTypes{
        ClaimType{"exp", Type::Number},        ClaimType{"nbf", Type::Number},
        ClaimType{"iat", Type::Number},        ClaimType{"auth_time", Type::Number},
        ClaimType{"xms_tcdt", Type::Number},   ClaimType{"iss", Type::String},
        ClaimType{"sub", Type::String},        ClaimType{"jti", Type::String},
        ClaimType{"aud", Type::StringOrArray}, ClaimType{"tid", Type::String},
        ClaimType{"oid", Type::String},        ClaimType{"ver", Type::String},
        ClaimType{"appid", Type::String},      ClaimType{"azp", Type::String},
        ClaimType{"idtyp", Type::String},      ClaimType{"scp", Type::String},
        ClaimType{"xms_mirid", Type::String},  ClaimType{"upn", Type::String},
        ClaimType{"roles", Type::StringArray}, ClaimType{"wids", Type::StringArray},
        ClaimType{"amr", Type::StringArray},
};

int decodeChar(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '-')
        return 62;
    if (c == '_')
        return 63;
    return -1;
}

ApiError error(const QString &code, const QString &message)
{
    return ApiError::make(ApiError::Kind::InvalidInput, message, code);
}

QString partName(int part)
{
    switch (part) {
    case 0:
        return JwtDecoder::tr("header");
    case 1:
        return JwtDecoder::tr("payload");
    default:
        return JwtDecoder::tr("signature");
    }
}

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return JwtDecoder::tr("null");
    case QJsonValue::Bool:
        return JwtDecoder::tr("a boolean");
    case QJsonValue::Double:
        return JwtDecoder::tr("a number");
    case QJsonValue::String:
        return JwtDecoder::tr("a string");
    case QJsonValue::Array:
        return JwtDecoder::tr("an array");
    case QJsonValue::Object:
        return JwtDecoder::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return JwtDecoder::tr("undefined");
}

bool allStrings(const QJsonArray &a)
{
    for (const QJsonValue &v : a) {
        if (!v.isString())
            return false;
    }
    return true;
}

std::optional<ApiError> checkClaimTypes(const QJsonObject &payload)
{
    for (const ClaimType &c : ClaimTypes) {
        const QJsonValue v = payload.value(QLatin1StringView(c.name));
        if (v.isUndefined())
            continue;
        QString expected;
        switch (c.type) {
        case Type::Number:
            if (v.isDouble() && std::isfinite(v.toDouble()))
                continue;
            expected = JwtDecoder::tr("a number (seconds since 1970-01-01 UTC)");
            break;
        case Type::String:
            if (v.isString())
                continue;
            expected = JwtDecoder::tr("a string");
            break;
        case Type::StringOrArray:
            if (v.isString() || (v.isArray() && allStrings(v.toArray())))
                continue;
            expected = JwtDecoder::tr("a string or an array of strings");
            break;
        case Type::StringArray:
            if (v.isArray() && allStrings(v.toArray()))
                continue;
            expected = JwtDecoder::tr("an array of strings");
            break;
        }
        return error(u"claim-type"_s,
                     JwtDecoder::tr("The claim \"%1\" must be %2, but it is %3. The token was not "
                                    "issued by Microsoft Entra ID as it is, or it was altered.")
                             .arg(QLatin1StringView(c.name), expected, typeName(v)));
    }
    return std::nullopt;
}

// Decodes part `index` of the token starting at `offset` in it.
std::optional<ApiError> decodePart(QByteArrayView text, int index, qsizetype offset,
                                   QByteArray *out)
{
    qsizetype bad = -1;
    if (JwtDecoder::fromBase64Url(text, out, &bad))
        return std::nullopt;
    if (bad >= text.size()) {
        return error(u"base64"_s,
                     JwtDecoder::tr("The %1 is not valid base64url: its length (%2 characters) "
                                    "is impossible; the token was probably cut off when copied.")
                             .arg(partName(index))
                             .arg(text.size()));
    }
    const char c = text.at(bad);
    const QString shown = (c >= 0x21 && c < 0x7f)
            ? u"\"%1\""_s.arg(QLatin1Char(c))
            : u"0x%1"_s.arg(int(uchar(c)), 2, 16, QChar(u'0'));
    return error(u"base64"_s,
                 JwtDecoder::tr("The %1 is not valid base64url: character %2 at position %3 of "
                                "the %1 (position %4 of the token) is not allowed. Only A-Z, a-z, "
                                "0-9, \"-\" and \"_\" may appear, without \"=\" padding.")
                         .arg(partName(index), shown)
                         .arg(bad + 1)
                         .arg(offset + bad + 1));
}

std::optional<ApiError> parseObject(const QByteArray &bytes, int index, QJsonObject *out)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError) {
        return error(u"json"_s,
                     JwtDecoder::tr("The %1 decodes, but is not valid JSON: %2 at byte %3.")
                             .arg(partName(index), pe.errorString())
                             .arg(pe.offset + 1));
    }
    if (!doc.isObject()) {
        return error(u"not-object"_s,
                     JwtDecoder::tr("The %1 is JSON, but not a JSON object ({...}) as a JWT "
                                    "requires.")
                             .arg(partName(index)));
    }
    *out = doc.object();
    return std::nullopt;
}

} // namespace

bool JwtDecoder::fromBase64Url(QByteArrayView text, QByteArray *out, qsizetype *errorIndex)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (decodeChar(text[i]) < 0) {
            *errorIndex = i;
            return false;
        }
    }
    if (n % 4 == 1) {
        *errorIndex = n;
        return false;
    }
    QByteArray result;
    result.reserve(n * 3 / 4 + 3);
    quint32 acc = 0;
    int bits = 0;
    for (qsizetype i = 0; i < n; ++i) {
        acc = (acc << 6) | quint32(decodeChar(text[i]));
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            result.append(char((acc >> bits) & 0xff));
        }
    }
    *out = std::move(result);
    return true;
}

QByteArray JwtDecoder::toBase64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString JwtDecoder::sizeText(qint64 bytes)
{
    if (bytes < 1024)
        return tr("%n byte(s)", nullptr, int(bytes));
    if (bytes < 1024 * 1024)
        return tr("%1 KB").arg(bytes / 1024);
    return tr("%1 MB").arg(QLocale().toString(double(bytes) / (1024.0 * 1024.0), 'f', 1));
}

QString JwtDecoder::tooLargeMessage(qint64 size)
{
    return tr("The text is %1 long; a token is at most %2. Paste a single token.")
            .arg(sizeText(size), sizeText(MaxTokenSize));
}

Result<DecodedToken> JwtDecoder::decode(QByteArrayView token)
{
    if (token.isEmpty())
        return error(u"empty"_s, tr("There is no token to decode: paste an access token."));
    if (token.size() > MaxTokenSize) {
        return error(u"too-large"_s, tooLargeMessage(token.size()));
    }
    std::array<qsizetype, 5> dots{};
    int ndots = 0;
    for (qsizetype i = 0; i < token.size() && ndots < 5; ++i) {
        if (token[i] == '.')
            dots[ndots++] = i;
    }
    if (ndots == 4) {
        return error(u"jwe"_s,
                     tr("This is an encrypted token (JWE, five parts). It cannot be read without "
                        "the recipient's private key; only the API it was issued for can "
                        "decrypt it."));
    }
    if (ndots != 2) {
        if (ndots == 0) {
            return error(u"segments"_s,
                         tr("This is not a JWT: a token has three parts separated by dots "
                            "(header.payload.signature), and this text has no dot."));
        }
        if (ndots == 1) {
            return error(u"segments"_s,
                         tr("This token has only two parts; the signature part is missing. Copy "
                            "the whole token, up to its end."));
        }
        return error(u"segments"_s,
                     tr("This text has %1 dots; a signed token has exactly two "
                        "(header.payload.signature).")
                             .arg(ndots == 5 ? tr("more than four") : QString::number(ndots)));
    }
    DecodedToken t;
    t.compact = token.toByteArray();
    t.headerPart = t.compact.left(dots[0]);
    t.payloadPart = t.compact.mid(dots[0] + 1, dots[1] - dots[0] - 1);
    t.signaturePart = t.compact.mid(dots[1] + 1);
    if (t.headerPart.isEmpty())
        return error(u"segments"_s, tr("The header part (before the first dot) is empty."));
    if (t.payloadPart.isEmpty())
        return error(u"segments"_s, tr("The payload part (between the dots) is empty."));
    if (auto e = decodePart(t.headerPart, 0, 0, &t.headerBytes))
        return *e;
    if (auto e = decodePart(t.payloadPart, 1, dots[0] + 1, &t.payloadBytes))
        return *e;
    if (auto e = decodePart(t.signaturePart, 2, dots[1] + 1, &t.signature))
        return *e;
    if (auto e = parseObject(t.headerBytes, 0, &t.header))
        return *e;
    const QJsonValue alg = t.header.value("alg"_L1);
    if (alg.isUndefined()) {
        return error(u"no-alg"_s,
                     tr("The header has no \"alg\" (signature algorithm), which every JWS must "
                        "name."));
    }
    if (!alg.isString() || alg.toString().isEmpty()) {
        return error(u"no-alg"_s,
                     tr("The header's \"alg\" must be a non-empty string, but it is %1.")
                             .arg(typeName(alg)));
    }
    if (t.header.contains("enc"_L1)) {
        return error(u"jwe"_s,
                     tr("The header names a content encryption (\"enc\"): this is an encrypted "
                        "token (JWE) and cannot be read without the recipient's key."));
    }
    if (auto e = parseObject(t.payloadBytes, 1, &t.payload))
        return *e;
    if (auto e = checkClaimTypes(t.payload))
        return *e;
    return t;
}

} // namespace ie::jwt
