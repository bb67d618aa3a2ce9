#include "jwt/tokenexplainer.h"

#include "catalog/catalog.h"
#include "cloud/cloud.h"
#include "core/terminaltext.h"
#include "jwt/signaturecheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ie::jwt {

namespace {

using ie::catalog::Catalog;
using ie::catalog::EntryPtr;
using ie::catalog::Kind;

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString();
}

// 9999-12-31 23:59:59 UTC: the last second a QDateTime (and every Azure SDK) can represent.
constexpr double MaxTime = 253402300799.0;

bool isValidTime(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && d >= 0 && d <= MaxTime;
}

QDateTime timeClaim(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1StringView(key));
    if (!isValidTime(v))
        return {};
    return QDateTime::fromSecsSinceEpoch(qint64(v.toDouble()), Qt::UTC);
}

// "exp 1e+308 is not a time between 1970 and 9999".
QString invalidTimeText(const QJsonObject &o, const QString &claim)
{
    return TokenExplainer::tr("invalid %1: %2 is not a time between 1970 and 9999")
            .arg(claim, TokenExplainer::valueText(o.value(claim)));
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    if (v.isString()) {
        out = v.toString().split(u' ', Qt::SkipEmptyParts);
    } else {
        for (const QJsonValue &x : v.toArray())
            out.append(x.toString());
    }
    return out;
}

// Template ids Entra puts into wids on its own, not roles anyone assigned: every member user
// carries "User" and every app-only Graph token the default service principal permissions.
// The verdict leaves them out (they say nothing about this principal); the claims table
// names them. Returns the untranslated name, or nullptr for any other id.
const char *implicitDirectoryRole(const QString &templateId)
{
    struct Implicit
    {
        QLatin1StringView id;
        const char *name;
    };
    static constexpr Implicit implicit[] = {
            {"b79fbf4d-3ef9-4689-8143-76b194e85509"_L1,
             QT_TRANSLATE_NOOP("ie::jwt::TokenExplainer",
                               "User (default member permissions, not an assigned role)")},
            {"0997a1d0-0d1d-4acb-b408-d5ca73121e90"_L1,
             QT_TRANSLATE_NOOP("ie::jwt::TokenExplainer",
                               "default service principal permissions (not an assigned role)")},
    };
    for (const Implicit &i : implicit) {
        if (templateId == i.id)
            return i.name;
    }
    return nullptr;
}

QString entryName(const EntryPtr &e)
{
    if (!e)
        return {};
    return e->displayName.isEmpty() ? e->value : e->displayName;
}

QString serviceName(const QString &id)
{
    if (id == "graph"_L1)
        return TokenExplainer::tr("Microsoft Graph");
    if (id == "arm"_L1)
        return TokenExplainer::tr("Azure Resource Manager");
    if (id == "keyvault"_L1)
        return TokenExplainer::tr("Azure Key Vault");
    if (id == "storage"_L1)
        return TokenExplainer::tr("Azure Storage");
    return {};
}

// The audience's app id, for permission lookups: a GUID audience is one; a URI is mapped by the
// catalog.
QString resourceAppId(const QString &audience, const TokenContext &ctx)
{
    const QString guid = Catalog::normalizeGuid(audience);
    if (!guid.isEmpty())
        return guid;
    if (ctx.catalog) {
        if (const EntryPtr e = ctx.catalog->appByAudience(audience))
            return e->id;
    }
    return {};
}

QString clientName(const QJsonObject &p, const QString &clientId, const TokenContext &ctx)
{
    if (ctx.catalog) {
        if (const EntryPtr e = ctx.catalog->app(clientId))
            return entryName(e);
    }
    const QString oid = str(p, "oid");
    if (!p.contains("scp"_L1) && ctx.identityNames.contains(oid))
        return ctx.identityNames.value(oid);
    return str(p, "app_displayname");
}

QString lastSegment(const QString &path)
{
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    return parts.isEmpty() ? QString() : parts.last();
}

} // namespace

QString TokenExplainer::audienceName(const QString &audience, const TokenContext &context)
{
    if (audience.isEmpty())
        return {};
    if (context.catalog) {
        if (const EntryPtr e = context.catalog->appByAudience(audience))
            return entryName(e);
    }
    for (const Cloud &c : Cloud::knownClouds()) {
        if (const ServiceEndpoint *s = c.serviceForAudience(audience))
            return serviceName(s->id);
    }
    if (audience.endsWith(".vault.azure.net"_L1) || audience.endsWith(".vault.azure.net/"_L1))
        return serviceName(u"keyvault"_s);
    return {};
}

TokenSummary TokenExplainer::summarize(const DecodedToken &token, const TokenContext &context,
                                       const QDateTime &now)
{
    const QJsonObject &p = token.payload;
    TokenSummary s;
    s.issuer = str(p, "iss");
    s.version = str(p, "ver");
    if (s.version.isEmpty())
        s.version = s.issuer.endsWith("/v2.0"_L1) ? u"2.0"_s : u"1.0"_s;
    const QJsonValue aud = p.value("aud"_L1);
    s.audience = aud.isArray() ? aud.toArray().first().toString() : aud.toString();
    s.audienceName = audienceName(s.audience, context);
    s.tenant = str(p, "tid");
    s.tenantName = context.tenantNames.value(s.tenant);
    s.clientId = p.contains("azp"_L1) ? str(p, "azp") : str(p, "appid");
    s.clientName = clientName(p, s.clientId, context);
    s.objectId = str(p, "oid");
    s.objectName = context.identityNames.value(s.objectId);
    for (const char *k : {"upn", "preferred_username", "unique_name", "email", "name"}) {
        if (s.user.isEmpty())
            s.user = str(p, k);
    }
    s.roles = stringList(p.value("roles"_L1));
    s.scopes = stringList(p.value("scp"_L1));
    const bool delegated = p.contains("scp"_L1) || str(p, "idtyp") == "user"_L1;
    s.kind = delegated ? TokenSummary::Kind::Delegated : TokenSummary::Kind::AppOnly;
    for (const QString &w : stringList(p.value("wids"_L1))) {
        if (implicitDirectoryRole(w))
            continue;
        const EntryPtr e = context.catalog ? context.catalog->directoryRole(w) : nullptr;
        s.directoryRoles.append(e ? entryName(e) : w);
    }
    s.managedIdentityResource = str(p, "xms_mirid");
    s.managedIdentityName = lastSegment(s.managedIdentityResource);
    for (const char *k : {"exp", "nbf", "iat"}) {
        const QJsonValue v = p.value(QLatin1StringView(k));
        if (!v.isUndefined() && !isValidTime(v))
            s.invalidTimes.append(QLatin1StringView(k));
    }
    for (const QString &k : std::as_const(s.invalidTimes))
        s.invalidTimeTexts.append(invalidTimeText(p, k));
    s.issuedAt = timeClaim(p, "iat");
    s.notBefore = timeClaim(p, "nbf");
    s.expiresAt = timeClaim(p, "exp");
    s.evaluatedAt = now.toUTC();
    if (s.expiresAt.isValid()) {
        s.secondsLeft = now.secsTo(s.expiresAt);
        s.expired = s.secondsLeft <= 0;
    }
    s.notYetValid = s.notBefore.isValid() && now < s.notBefore;
    return s;
}

QString TokenExplainer::durationText(qint64 seconds)
{
    seconds = std::abs(seconds);
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 90)
        return tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 48) {
        return minutes % 60 == 0 || hours >= 10 ? tr("%1 h").arg(hours)
                                                : tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    }
    return tr("%1 d").arg(hours / 24);
}

QString TokenExplainer::expiryText(const TokenSummary &s)
{
    if (s.hasInvalidTimes())
        return s.invalidTimeTexts.join(u", "_s);
    if (s.notYetValid)
        return tr("not valid yet (valid in %1)")
                .arg(durationText(s.evaluatedAt.secsTo(s.notBefore)));
    if (!s.expiresAt.isValid())
        return tr("no expiry");
    if (s.expired)
        return tr("expired %1 ago").arg(durationText(s.secondsLeft));
    return tr("expires in %1").arg(durationText(s.secondsLeft));
}

QString TokenExplainer::timeText(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return tr("%1 UTC (%2 local)")
            .arg(utc.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s),
                 utc.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s));
}

QString TokenExplainer::verdict(const TokenSummary &s, const SignatureCheck *signature)
{
    QStringList parts;
    const QString api = s.audienceName.isEmpty() ? s.audience : s.audienceName;
    const bool app = s.kind == TokenSummary::Kind::AppOnly;
    if (api.isEmpty()) {
        parts.append(app ? tr("App-only token without an audience (v%1)").arg(s.version)
                         : tr("Delegated token without an audience (v%1)").arg(s.version));
    } else {
        parts.append(app ? tr("App-only token for %1 (v%2)").arg(api, s.version)
                         : tr("Delegated token for %1 (v%2)").arg(api, s.version));
    }

    QString who;
    if (s.kind == TokenSummary::Kind::Delegated) {
        const QString client = s.clientName.isEmpty() ? s.clientId : s.clientName;
        who = s.user.isEmpty() ? tr("issued to app %1 for a user").arg(client)
                               : tr("issued to %1 through app %2").arg(s.user, client);
    } else if (s.isManagedIdentity()) {
        who = tr("issued to managed identity %1").arg(s.managedIdentityName);
    } else if (!s.clientId.isEmpty()) {
        who = tr("issued to app %1").arg(s.clientName.isEmpty() ? s.clientId : s.clientName);
    }
    if (!s.tenant.isEmpty()) {
        const QString tenant = s.tenantName.isEmpty() ? s.tenant : s.tenantName;
        who = who.isEmpty() ? tr("in tenant %1").arg(tenant)
                            : tr("%1 in tenant %2").arg(who, tenant);
    }
    if (!who.isEmpty())
        parts.append(who);

    if (s.kind == TokenSummary::Kind::AppOnly) {
        parts.append(s.roles.isEmpty() ? tr("no roles")
                                       : tr("roles: %1").arg(s.roles.join(u", "_s)));
    } else {
        parts.append(s.scopes.isEmpty() ? tr("no scopes")
                                        : tr("scopes: %1").arg(s.scopes.join(u", "_s)));
        if (!s.roles.isEmpty())
            parts.append(tr("roles: %1").arg(s.roles.join(u", "_s)));
    }
    if (!s.directoryRoles.isEmpty())
        parts.append(tr("directory roles: %1").arg(s.directoryRoles.join(u", "_s)));
    parts.append(expiryText(s));
    if (signature)
        parts.append(signature->shortText());
    // Names and values in it are the token's (or a tenant's): shown escaped, they cannot forge
    // a second line or reorder the verdict.
    return terminalSafe(parts.join(u", "_s));
}

QString TokenExplainer::valueText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (std::floor(d) == d && std::abs(d) < 9.0e15)
            return QString::number(qint64(d));
        // The shortest text that reads back as the same number: 1e+308, not 1.0000000000000001e+308.
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Array: {
        const QJsonArray a = v.toArray();
        QStringList items;
        bool scalar = true;
        for (const QJsonValue &x : a) {
            if (x.isArray() || x.isObject())
                scalar = false;
            items.append(valueText(x));
        }
        if (scalar)
            return items.join(u", "_s);
        return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QList<ClaimRow> TokenExplainer::claims(const DecodedToken &token, const TokenContext &ctx,
                                       const QDateTime &now)
{
    QList<ClaimRow> rows;
    const QJsonObject &p = token.payload;
    const QString aud = p.value("aud"_L1).isArray() ? p.value("aud"_L1).toArray().first().toString()
                                                    : str(p, "aud");
    const QString resource = resourceAppId(aud, ctx);
    const Catalog *cat = ctx.catalog;
    for (auto it = p.begin(); it != p.end(); ++it) {
        const ClaimDictionary::Info info = ClaimDictionary::payloadClaim(it.key());
        ClaimRow r;
        r.name = it.key();
        r.value = it.value();
        r.valueText = valueText(it.value());
        r.title = info.title;
        r.explanation = info.explanation;
        r.known = info.known;
        const QString v = it.value().toString();
        if (info.valueKind == ClaimDictionary::ValueKind::Time) {
            const QDateTime t = timeClaim(p, qPrintable(r.name));
            r.resolved = t.isValid() ? timeText(t) : invalidTimeText(p, r.name);
            if (t.isValid() && r.name == "exp"_L1) {
                const TokenSummary s = summarize(token, ctx, now);
                r.resolved += u" \u2014 "_s + expiryText(s);
            }
        } else if (r.name == "aud"_L1) {
            r.resolved = audienceName(aud, ctx);
        } else if (r.name == "appid"_L1 || r.name == "azp"_L1) {
            r.resolved = cat ? entryName(cat->app(v)) : QString();
            if (r.resolved.isEmpty())
                r.resolved = str(p, "app_displayname");
        } else if (r.name == "oid"_L1) {
            r.objectId = v;
            r.resolved = ctx.identityNames.value(v);
        } else if (r.name == "tid"_L1) {
            r.resolved = ctx.tenantNames.value(v);
        } else if (r.name == "wids"_L1 && cat) {
            QStringList names;
            for (const QString &w : stringList(it.value())) {
                const EntryPtr e = cat->directoryRole(w);
                const char *implicit = e ? nullptr : implicitDirectoryRole(w);
                names.append(e          ? entryName(e)
                             : implicit ? tr(implicit)
                                        : tr("unknown role %1").arg(w));
            }
            r.resolved = names.join(u", "_s);
        } else if ((r.name == "roles"_L1 || r.name == "scp"_L1) && cat && !resource.isEmpty()) {
            const Kind kind = r.name == "roles"_L1 ? Kind::AppRole : Kind::Scope;
            QStringList names;
            for (const QString &value : stringList(it.value())) {
                EntryPtr e = cat->permissionByValue(kind, resource, value);
                if (!e && kind == Kind::AppRole)
                    e = cat->permissionByValue(Kind::TenantAppRole, resource, value);
                if (e && !e->displayName.isEmpty() && e->displayName != value)
                    names.append(u"%1: %2"_s.arg(value, e->displayName));
            }
            r.resolved = names.join(u"; "_s);
        } else if (r.name == "xms_mirid"_L1) {
            r.resolved = tr("managed identity %1").arg(lastSegment(v));
        } else if (r.name == "ver"_L1) {
            r.resolved = v == "2.0"_L1 ? tr("v2.0 token") : tr("v1.0 token");
        }
        rows.append(r);
    }
    for (auto it = token.header.begin(); it != token.header.end(); ++it) {
        const ClaimDictionary::Info info = ClaimDictionary::headerParameter(it.key());
        ClaimRow r;
        r.name = it.key();
        r.value = it.value();
        r.valueText = valueText(it.value());
        r.title = info.title;
        r.explanation = info.explanation;
        r.known = info.known;
        r.header = true;
        rows.append(r);
    }
    return rows;
}

} // namespace ie::jwt
