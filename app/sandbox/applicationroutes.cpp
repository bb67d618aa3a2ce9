// App registrations' certificate and password credentials, as Graph v1.0 shows and changes them:
//   GET   /v1.0/applications(appId='{appId}')  and  /v1.0/applications/{id}
//   PATCH the same, with "keyCredentials" (the whole collection, replaced) and/or "displayName".
// https://learn.microsoft.com/graph/api/application-get?view=graph-rest-1.0
// https://learn.microsoft.com/graph/api/application-update?view=graph-rest-1.0
// https://learn.microsoft.com/graph/api/resources/keycredential?view=graph-rest-1.0
//   ("key": the certificate's raw data, base64; returned only on $select for a single object,
//   otherwise always null. customKeyIdentifier: for a certificate, its SHA-1 thumbprint.)
// https://learn.microsoft.com/graph/api/resources/passwordcredential?view=graph-rest-1.0
//   (secretText is never returned after creation; passwordCredentials cannot be PATCHed, only
//   added with addPassword, which the sandbox does not serve.)
// The application object carries only the properties the app reads (id, appId, displayName,
// keyCredentials, passwordCredentials); a $select of any other property is refused as Graph
// refuses an unknown one.

#include "sandbox/graphsupport.h"
#include "sandbox/router.h"
#include "sandbox/tenantstate.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

#include <openssl/asn1.h>
#include <openssl/x509.h>

using namespace Qt::StringLiterals;

namespace ie::sandbox {

namespace {

const QString ByAppId = u"/v1\\.0/applications\\(appId='(?<app>[^']+)'\\)/?"_s;
const QString ById = u"/v1\\.0/applications/(?<id>[0-9a-fA-F-]{36})/?"_s;
const QStringList Properties{u"id"_s, u"appId"_s, u"displayName"_s, u"keyCredentials"_s,
                             u"passwordCredentials"_s};

// application-get: Application.Read.All or higher; delegated, any member (default user
// permissions let users read applications). application-update: Application.ReadWrite.All
// (OwnedBy needs ownership, which the sandbox does not model); delegated, an application admin.
GraphAccess readAccess()
{
    return {{u"Application.Read.All"_s, u"Application.ReadWrite.All"_s, u"Directory.Read.All"_s,
             u"Directory.ReadWrite.All"_s},
            {},
            {}};
}
GraphAccess writeAccess()
{
    return {{u"Application.ReadWrite.All"_s},
            {},
            {u"Global Administrator"_s, u"Application Administrator"_s,
             u"Cloud Application Administrator"_s}};
}

struct Found
{
    const ServicePrincipal *sp = nullptr;
    ApplicationCredentials *credentials = nullptr;
};

Found find(SandboxContext &ctx, const QRegularExpressionMatch &m)
{
    const QString appId = m.captured(u"app"_s);
    const QString id = m.captured(u"id"_s);
    for (const ServicePrincipal &sp : std::as_const(ctx.state->servicePrincipals)) {
        if (sp.type != "Application"_L1)
            continue;
        ApplicationCredentials *c = ctx.state->applicationCredentialsOf(sp.appId);
        if (!c)
            continue;
        if ((!appId.isEmpty() && sp.appId.compare(appId, Qt::CaseInsensitive) == 0)
            || (!id.isEmpty() && c->id.compare(id, Qt::CaseInsensitive) == 0))
            return {&sp, c};
    }
    return {};
}

QJsonObject applicationJson(const Found &f, bool withKeys)
{
    QJsonArray keys;
    for (const QJsonValue &v : std::as_const(f.credentials->keyCredentials)) {
        QJsonObject k = v.toObject();
        if (!withKeys || !k.contains("key"_L1))
            k.insert("key"_L1, QJsonValue::Null);
        keys.append(k);
    }
    return {{"id"_L1, f.credentials->id},
            {"appId"_L1, f.sp->appId},
            {"displayName"_L1, f.sp->displayName},
            {"keyCredentials"_L1, keys},
            {"passwordCredentials"_L1, f.credentials->passwordCredentials}};
}

QString asn1Time(const ASN1_TIME *t)
{
    struct tm tm
    {
    };
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC)
            .toString(Qt::ISODate);
}

// A keyCredential as the caller sent it, completed as Graph completes it from the certificate
// (customKeyIdentifier = SHA-1 thumbprint, start and end = the certificate's validity, a keyId),
// or why it is refused.
std::optional<QString> completeKey(QJsonObject *k)
{
    const auto invalid = [](const char *property) {
        return u"Invalid value specified for property '%1' of resource 'KeyCredential'."_s.arg(
                QLatin1StringView(property));
    };
    const QString type = k->value("type"_L1).toString();
    const QString usage = k->value("usage"_L1).toString();
    if (type != "AsymmetricX509Cert"_L1 && type != "X509CertAndPassword"_L1)
        return invalid("type");
    if (usage != "Verify"_L1 && usage != "Sign"_L1)
        return invalid("usage");
    const QByteArray der = QByteArray::fromBase64(k->value("key"_L1).toString().toLatin1());
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509 *x = der.isEmpty() ? nullptr : d2i_X509(nullptr, &p, der.size());
    if (!x)
        return invalid("key");
    const QString notBefore = asn1Time(X509_get0_notBefore(x));
    const QString notAfter = asn1Time(X509_get0_notAfter(x));
    X509_free(x);
    if (!k->value("keyId"_L1).isString())
        k->insert("keyId"_L1, QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!k->value("customKeyIdentifier"_L1).isString())
        k->insert("customKeyIdentifier"_L1,
                  QString::fromLatin1(
                          QCryptographicHash::hash(der, QCryptographicHash::Sha1).toBase64()));
    if (!k->value("startDateTime"_L1).isString())
        k->insert("startDateTime"_L1, notBefore);
    if (!k->value("endDateTime"_L1).isString())
        k->insert("endDateTime"_L1, notAfter);
    if (!k->value("displayName"_L1).isString())
        k->insert("displayName"_L1, QJsonValue::Null);
    return std::nullopt;
}

Response get(const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx)
{
    if (auto denied = graphAuthorize(req, ctx, readAccess()))
        return *denied;
    const Found f = find(ctx, m);
    if (!f.sp)
        return graphNotFound(req, m.captured(u"app"_s) + m.captured(u"id"_s));
    QStringList select;
    if (req.hasQuery(u"$select"_s))
        select = req.queryValue(u"$select"_s).split(u',', Qt::SkipEmptyParts);
    for (const QString &s : std::as_const(select)) {
        if (!Properties.contains(s.trimmed()))
            return graphError(req, 400, u"Request_BadRequest"_s,
                              u"Could not find a property named '%1' on type "
                              "'microsoft.graph.application'."_s.arg(s.trimmed()));
    }
    const QJsonObject full = applicationJson(f, select.contains(u"keyCredentials"_s));
    QJsonObject out;
    if (select.isEmpty()) {
        out = full;
    } else {
        for (const QString &s : std::as_const(select))
            out.insert(s.trimmed(), full.value(s.trimmed()));
    }
    out.insert("@odata.context"_L1,
               u"https://graph.microsoft.com/v1.0/$metadata#applications%1/$entity"_s.arg(
                       select.isEmpty() ? QString() : u'(' + select.join(u',') + u')'));
    return Response::json(200, out);
}

Response patch(const Request &req, const QRegularExpressionMatch &m, SandboxContext &ctx)
{
    if (auto denied = graphAuthorize(req, ctx, writeAccess()))
        return *denied;
    const Found f = find(ctx, m);
    if (!f.sp)
        return graphNotFound(req, m.captured(u"app"_s) + m.captured(u"id"_s));
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(req.body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return graphError(req, 400, u"BadRequest"_s,
                          u"Unable to read JSON request payload. Please ensure Content-Type header "
                          "is set and payload is of valid JSON format."_s);
    const QJsonObject body = doc.object();
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() == "passwordCredentials"_L1)
            return graphError(req, 400, u"Request_BadRequest"_s,
                              u"Property 'passwordCredentials' is read-only and cannot be set."_s);
        if (it.key() != "keyCredentials"_L1)
            return graphError(req, 400, u"Request_BadRequest"_s,
                              u"Property '%1' cannot be changed in the sandbox."_s.arg(it.key()));
    }
    if (body.contains("keyCredentials"_L1)) {
        if (!body.value("keyCredentials"_L1).isArray())
            return graphError(req, 400, u"Request_BadRequest"_s,
                              u"Invalid value specified for property 'keyCredentials' of "
                              "resource 'Application'."_s);
        QJsonArray keys;
        for (const QJsonValue &v : body.value("keyCredentials"_L1).toArray()) {
            QJsonObject k = v.toObject();
            if (const std::optional<QString> bad = completeKey(&k))
                return graphError(req, 400, u"Request_BadRequest"_s, *bad);
            keys.append(k);
        }
        f.credentials->keyCredentials = keys;
    }
    return Response::empty(204);
}

} // namespace

void registerApplicationRoutes(Router &router)
{
    router.add(u"graph"_s, "GET", ByAppId, get);
    router.add(u"graph"_s, "GET", ById, get);
    router.add(u"graph"_s, "PATCH", ByAppId, patch);
    router.add(u"graph"_s, "PATCH", ById, patch);
}

} // namespace ie::sandbox
