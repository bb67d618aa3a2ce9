#pragma once

#include <QCoreApplication>
#include <QString>

namespace ie::jwt {

// What a claim is, in plain words. The data is the Microsoft identity platform's
// "Access token claims reference" and "Optional claims reference" (learn.microsoft.com, Microsoft
// Entra ID documentation, 2024) plus RFC 7519 section 4.1 and RFC 7515 section 4.1 for the
// registered names; the wording is ours.
class ClaimDictionary
{
    Q_DECLARE_TR_FUNCTIONS(ie::jwt::ClaimDictionary)
public:
    enum class ValueKind {
        Text,
        Time, // NumericDate: seconds since 1970 (UTC)
        Guid, // an object, app or tenant id
        List, // space-separated or array
    };

    struct Info
    {
        QString name;
        QString title; // short, translated ("Audience")
        QString explanation; // one or two sentences, translated
        ValueKind valueKind = ValueKind::Text;
        bool known = false;
    };

    // The claim's info; an unknown claim comes back with known == false and a text saying so.
    static Info payloadClaim(const QString &name);
    static Info headerParameter(const QString &name);
    // Every payload claim the dictionary knows (for tests and the docs).
    static QStringList knownPayloadClaims();
    static QString source();
};

} // namespace ie::jwt
