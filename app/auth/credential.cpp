#include "auth/credential.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ie::auth {

QString scopeForResource(const QString &resource)
{
    QString scope = resource.trimmed();
    if (scope.endsWith("/.default"_L1))
        return scope;
    while (scope.endsWith(u'/'))
        scope.chop(1);
    return scope + u"/.default"_s;
}

QString resourceForScope(const QString &scope)
{
    QString r = scope.trimmed();
    if (r.endsWith("/.default"_L1))
        r.chop(9);
    return r;
}

bool isValidTenantId(const QString &tenant)
{
    if (tenant.isEmpty() || tenant.size() > 256)
        return false;
    for (const QChar c : tenant) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
                || (c >= u'0' && c <= u'9') || c == u'-' || c == u'.';
        if (!ok)
            return false;
    }
    // No empty label: "..", ".x", "x." are no domain and could be read as a path.
    return !tenant.startsWith(u'.') && !tenant.endsWith(u'.') && !tenant.contains(".."_L1);
}

ApiError invalidTenantError(const QString &tenant, const QString &source)
{
    QString shown = tenant.left(80);
    for (QChar &c : shown) {
        if (!c.isPrint())
            c = u'?';
    }
    return ApiError::make(ApiError::Kind::InvalidInput,
                          QCoreApplication::translate(
                                  "ie::auth::Credential",
                                  "%1 '%2' is not a tenant: give the tenant id (a GUID), a "
                                  "domain name such as contoso.onmicrosoft.com, or organizations, "
                                  "common or consumers (letters, digits, '-' and '.' only).")
                                  .arg(source, shown));
}

QJsonObject unverifiedClaims(const QByteArray &jwt)
{
    const QList<QByteArray> parts = jwt.trimmed().split('.');
    if (parts.size() != 3)
        return {};
    const QByteArray payload = QByteArray::fromBase64(
            parts[1], QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return QJsonDocument::fromJson(payload).object();
}

} // namespace ie::auth
