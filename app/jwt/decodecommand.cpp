#include "jwt/decodecommand.h"

#include "catalog/catalog.h"
#include "cli/cli.h"
#include "core/terminaltext.h"
#include "jwt/jwksfetcher.h"
#include "jwt/jwtdecoder.h"
#include "jwt/signatureverifier.h"
#include "jwt/tokenexplainer.h"
#include "jwt/tokentext.h"
#include "net/httpclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ie::jwt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ie::jwt::DecodeCommand)
};

const QString Verb = u"decode"_s;

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonObject summaryJson(const TokenSummary &s)
{
    return QJsonObject{
            {"version"_L1, s.version},
            {"kind"_L1, s.kindKey()},
            {"audience"_L1, orNull(s.audience)},
            {"audienceName"_L1, orNull(s.audienceName)},
            {"tenant"_L1, orNull(s.tenant)},
            {"clientId"_L1, orNull(s.clientId)},
            {"objectId"_L1, orNull(s.objectId)},
            {"roles"_L1, QJsonArray::fromStringList(s.roles)},
            {"scopes"_L1, QJsonArray::fromStringList(s.scopes)},
            {"managedIdentityResource"_L1, orNull(s.managedIdentityResource)},
            {"expiresAt"_L1,
             s.expiresAt.isValid() ? QJsonValue(s.expiresAt.toUTC().toString(Qt::ISODate))
                                   : QJsonValue()},
            // An exp that is no time is neither expired nor unexpired: the token is invalid.
            {"expired"_L1, s.invalidTimes.contains("exp"_L1) ? QJsonValue() : QJsonValue(s.expired)},
            {"invalidClaims"_L1, QJsonArray::fromStringList(s.invalidTimes)},
            {"verdict"_L1, QJsonValue()},
    };
}

QJsonObject signatureJson(const SignatureCheck &c)
{
    QJsonObject o{
            {"checked"_L1, c.checked()},
            {"valid"_L1,
             c.state == SignatureCheck::State::Valid             ? QJsonValue(true)
                     : c.state == SignatureCheck::State::Invalid ? QJsonValue(false)
                                                                 : QJsonValue()},
            {"reason"_L1, c.checked() ? c.reason : Tr::tr("not checked (use --verify or --jwks)")}};
    if (!c.code.isEmpty())
        o.insert("code"_L1, c.code);
    if (!c.keyId.isEmpty())
        o.insert("kid"_L1, c.keyId);
    if (!c.keySource.isEmpty())
        o.insert("keySource"_L1, c.keySource);
    return o;
}

// Claim names and values come from whoever made the token: escaped, they cannot clear the
// screen or print a line of their own.
QString oneLine(const QString &s)
{
    return terminalSafe(s);
}

int print(const DecodedToken &token, const TokenContext &ctx, const QDateTime &now,
          const SignatureCheck &check, bool json)
{
    const TokenSummary summary = TokenExplainer::summarize(token, ctx, now);
    const QString verdict = TokenExplainer::verdict(summary, &check);
    if (json) {
        QJsonObject s = summaryJson(summary);
        s.insert("verdict"_L1, verdict);
        const QJsonObject o{{"header"_L1, token.header},
                            {"payload"_L1, token.payload},
                            {"summary"_L1, s},
                            {"signature"_L1, signatureJson(check)}};
        cli::out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        cli::out() << oneLine(verdict) << '\n';
        if (check.checked())
            cli::out() << oneLine(Tr::tr("signature: %1").arg(check.reason)) << '\n';
        for (const ClaimRow &r : TokenExplainer::claims(token, ctx, now)) {
            if (r.header)
                continue;
            QString line = oneLine(r.name) + u": "_s + oneLine(r.valueText);
            QString note = r.resolved.isEmpty() ? r.explanation
                                                : r.resolved + u" \u2014 "_s + r.explanation;
            line += u"  ("_s + oneLine(note) + u')';
            cli::out() << line << '\n';
        }
    }
    cli::out().flush();
    if (!check.checked())
        return 0;
    return check.state == SignatureCheck::State::Valid ? 0 : 1;
}

} // namespace

int runDecode(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Decode, explain and verify an access token."));
    parser.addPositionalArgument(u"token"_s,
                                 Tr::tr("The token (also \"Bearer ...\" or az/IMDS JSON); \"-\" or "
                                        "nothing reads it from standard input."),
                                 u"[TOKEN | -]"_s);
    const QCommandLineOption jsonOption(u"json"_s, Tr::tr("Print a JSON object."));
    const QCommandLineOption verifyOption(
            u"verify"_s,
            Tr::tr("Verify the signature with the issuer's published keys (needs "
                   "network access to the issuer's login host)."));
    const QCommandLineOption jwksOption(
            u"jwks"_s,
            Tr::tr("Verify the signature offline against a JWKS file or a PEM public key."),
            Tr::tr("file"));
    const QCommandLineOption atOption(
            u"at"_s, Tr::tr("Evaluate expiry at this time (seconds since 1970 UTC)."),
            u"UNIX_TIME"_s);
    const QCommandLineOption langOption(u"lang"_s, Tr::tr("User interface language."),
                                        Tr::tr("language"));
    const QCommandLineOption helpOption(QStringList{u"h"_s, u"help"_s}, Tr::tr("Show this help."));
    for (const auto *o :
         {&jsonOption, &verifyOption, &jwksOption, &atOption, &langOption, &helpOption})
        parser.addOption(*o);

    if (!parser.parse(QStringList{u"identity-explorer decode"_s} + args))
        return cli::fail(Verb, parser.errorText(), 2);
    if (parser.isSet(helpOption)) {
        cli::out() << cli::helpText(parser, u"decode"_s);
        cli::out().flush();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return cli::fail(Verb, Tr::tr("give one token (or \"-\" to read it from standard input)"),
                         2);
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (parser.isSet(atOption)) {
        // Seconds since 1970 up to 9999-12-31 23:59:59 UTC, as exp and nbf.
        constexpr qint64 MaxTime = 253402300799;
        const std::optional<qint64> at = cli::numberInRange(parser.value(atOption), 0, MaxTime);
        if (!at)
            return cli::fail(Verb,
                             Tr::tr("--at needs a time in seconds since 1970 (UTC): %1")
                                     .arg(cli::rangeMessage(u"--at"_s, 0, MaxTime,
                                                            parser.value(atOption))),
                             2);
        now = QDateTime::fromSecsSinceEpoch(*at, Qt::UTC);
    }
    if (parser.isSet(verifyOption) && parser.isSet(jwksOption))
        return cli::fail(Verb, Tr::tr("use either --verify or --jwks, not both"), 2);

    const bool fromStdin = positional.isEmpty() || positional.first() == "-"_L1;
    // Standard input is read only as far as a token (in its JSON or header wrapping) can go.
    const QByteArray input = fromStdin ? cli::readStdin(TokenText::MaxInputSize + 1)
                                       : positional.first().toUtf8();
    if (fromStdin && input.size() > TokenText::MaxInputSize)
        return cli::fail(Verb,
                         Tr::tr("standard input holds more than %1; a token is at most %2")
                                 .arg(JwtDecoder::sizeText(TokenText::MaxInputSize),
                                      JwtDecoder::sizeText(JwtDecoder::MaxTokenSize)),
                         2);
    const TokenText::Extracted extracted = TokenText::extract(input);
    const Result<DecodedToken> decoded = JwtDecoder::decode(extracted.token);
    if (!decoded)
        return cli::fail(Verb, decoded.error().message, 2);

    catalog::Catalog catalog;
    if (const auto r = catalog.loadBundled(); !r)
        cli::err() << Tr::tr("warning: %1").arg(r.error().message) << Qt::endl;
    TokenContext ctx;
    ctx.catalog = &catalog;
    const bool json = parser.isSet(jsonOption);

    if (parser.isSet(jwksOption)) {
        QFile f(parser.value(jwksOption));
        if (!f.open(QIODevice::ReadOnly))
            return cli::fail(Verb, Tr::tr("cannot read %1: %2").arg(f.fileName(), f.errorString()),
                             2);
        Result<KeySet> keys = KeySet::fromFileContents(f.read(4 * 1024 * 1024));
        SignatureCheck check;
        if (!keys) {
            check.state = SignatureCheck::State::Unverifiable;
            check.code = keys.error().code;
            check.reason = keys.error().message;
        } else {
            keys->source = f.fileName();
            check = SignatureVerifier::verify(*decoded, *keys);
        }
        return print(*decoded, ctx, now, check, json);
    }
    if (parser.isSet(verifyOption)) {
        net::HttpClient client;
        client.setCloud(Cloud::azurePublic());
        JwksFetcher fetcher(&client);
        int code = 1;
        fetcher.verify(*decoded, &fetcher, [&](const SignatureCheck &check) {
            code = print(*decoded, ctx, now, check, json);
            QCoreApplication::exit(0);
        });
        QCoreApplication::exec();
        return code;
    }
    return print(*decoded, ctx, now, SignatureCheck{}, json);
}

} // namespace ie::jwt
