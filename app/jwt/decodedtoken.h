#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace ie::jwt {

// A compact JWS as it was decoded: the three base64url parts, their bytes, and the header and
// payload as JSON objects exactly as the token carries them. Lives in memory only.
struct DecodedToken
{
    QByteArray compact; // the token itself (header.payload.signature)
    QByteArray headerPart; // base64url text of each part
    QByteArray payloadPart;
    QByteArray signaturePart;
    QByteArray headerBytes; // decoded bytes
    QByteArray payloadBytes;
    QByteArray signature;
    QJsonObject header;
    QJsonObject payload;

    QString alg() const { return header.value(QLatin1StringView("alg")).toString(); }
    QString kid() const { return header.value(QLatin1StringView("kid")).toString(); }
    // The bytes the signature covers: "header.payload" as sent.
    QByteArray signingInput() const { return headerPart + '.' + payloadPart; }
    bool isEmpty() const { return compact.isEmpty(); }
    // Indented JSON of the header and the payload, for display.
    QString headerJson() const;
    QString payloadJson() const;
    // {"header": {...}, "payload": {...}} indented, for the clipboard.
    QString decodedJson() const;
};

} // namespace ie::jwt
