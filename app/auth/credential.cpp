#include "auth/credential.h"

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
