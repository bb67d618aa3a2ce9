#include "jwt/decodedtoken.h"

#include <QJsonDocument>

namespace ie::jwt {

QString DecodedToken::headerJson() const
{
    return QString::fromUtf8(QJsonDocument(header).toJson(QJsonDocument::Indented)).trimmed();
}

QString DecodedToken::payloadJson() const
{
    return QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Indented)).trimmed();
}

QString DecodedToken::decodedJson() const
{
    const QJsonObject o{{QLatin1StringView("header"), header},
                        {QLatin1StringView("payload"), payload}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed();
}

} // namespace ie::jwt
