#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ie::jwt {

// What a person pastes is rarely the bare token: "Bearer eyJ...", a quoted string, an
// "Authorization:" header line, or the whole JSON answer of `az account get-access-token`
// ({"accessToken": ...}) or of IMDS ({"access_token": ...}). TokenText finds the token in it.
class TokenText
{
    Q_DECLARE_TR_FUNCTIONS(ie::jwt::TokenText)
public:
    enum class Source { Plain, Bearer, Quoted, AzCliJson, OAuthJson };

    struct Extracted
    {
        QByteArray token; // what to decode (may still be invalid)
        Source source = Source::Plain;
    };

    // Larger pastes are refused before any parsing.
    static constexpr qsizetype MaxInputSize = 4 * 1024 * 1024;

    static Extracted extract(QByteArrayView input);
    static QString sourceName(Source source);
};

} // namespace ie::jwt
