#include "jwt/tokentext.h"

#include <QJsonDocument>
#include <QJsonObject>

#include "jwt/jwtdecoder.h"

using namespace Qt::StringLiterals;

namespace ie::jwt {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && isSpace(v.front()))
        v = v.sliced(1);
    while (!v.isEmpty() && isSpace(v.back()))
        v.chop(1);
    return v;
}

bool startsWithNoCase(QByteArrayView v, QByteArrayView prefix)
{
    return v.size() >= prefix.size()
            && v.first(prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
}

} // namespace

TokenText::Extracted TokenText::extract(QByteArrayView input)
{
    Extracted r;
    if (input.size() > MaxInputSize) {
        // Too large to be anything but a mistake: hand it on whole for the decoder to refuse
        // with its real size.
        r.token = input.toByteArray();
        return r;
    }
    QByteArrayView v = trimmed(input);
    if (v.startsWith('{')) {
        const QJsonObject o = QJsonDocument::fromJson(v.toByteArray()).object();
        // az account get-access-token / Get-AzAccessToken use accessToken (Token in PowerShell);
        // IMDS, App Service and the OAuth token endpoint use access_token.
        for (const auto &[key, source] : {std::pair{"accessToken"_L1, Source::AzCliJson},
                                          std::pair{"Token"_L1, Source::AzCliJson},
                                          std::pair{"access_token"_L1, Source::OAuthJson}}) {
            const QJsonValue t = o.value(key);
            if (t.isString()) {
                r.token = trimmed(t.toString().toUtf8()).toByteArray();
                r.source = source;
                return r;
            }
        }
        r.token = v.toByteArray();
        return r;
    }
    if (startsWithNoCase(v, "authorization:")) {
        v = trimmed(v.sliced(14));
        r.source = Source::Bearer;
    }
    if (startsWithNoCase(v, "bearer") && v.size() > 6 && isSpace(v[6])) {
        v = trimmed(v.sliced(7));
        r.source = Source::Bearer;
    }
    if (v.compare("bearer", Qt::CaseInsensitive) == 0)
        return r; // "Bearer " and nothing after it
    if (v.size() >= 2
        && ((v.front() == '"' && v.back() == '"') || (v.front() == '\'' && v.back() == '\''))) {
        v = trimmed(v.sliced(1, v.size() - 2));
        if (r.source == Source::Plain)
            r.source = Source::Quoted;
        if (startsWithNoCase(v, "bearer") && v.size() > 6 && isSpace(v[6])) {
            v = trimmed(v.sliced(7));
            r.source = Source::Bearer;
        }
    }
    // A token wrapped over several lines by a terminal or a mail client.
    if (v.contains('\n') || v.contains('\r')) {
        QByteArray joined;
        joined.reserve(v.size());
        for (char c : v) {
            if (c != '\n' && c != '\r' && c != ' ' && c != '\t')
                joined.append(c);
        }
        r.token = joined;
        return r;
    }
    r.token = v.toByteArray();
    return r;
}

QString TokenText::sourceName(Source source)
{
    switch (source) {
    case Source::Plain:
        return tr("token");
    case Source::Bearer:
        return tr("Authorization header");
    case Source::Quoted:
        return tr("quoted token");
    case Source::AzCliJson:
        return tr("az account get-access-token output");
    case Source::OAuthJson:
        return tr("token endpoint or IMDS response");
    }
    return {};
}

} // namespace ie::jwt
