// bench_jwt_decode: decodes and explains a 4 KB access token (extraction, strict decoding, the
// summary, the verdict line and every claim row with catalog names), as the inspector does on
// each keystroke. Prints one JSON object: {"tokenBytes", "iterations", "decodeP50Us",
// "explainP50Us", "totalP50Us", "totalP95Us"}. --smoke runs briefly.

#include "catalog/catalog.h"
#include "jwt/jwtdecoder.h"
#include "jwt/tokenexplainer.h"
#include "jwt/tokentext.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QUuid>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// A v1 Graph token of a user in many groups, grown to `size` bytes with group ids.
QByteArray token(int size)
{
    QJsonObject p{{"aud"_L1, "https://graph.microsoft.com"_L1},
                  {"iss"_L1, "https://sts.windows.net/8c1f0e4a-6b2d-4c3e-9f7a-2d5b8e1c4a90/"_L1},
                  {"iat"_L1, 1796146400},
                  {"nbf"_L1, 1796146400},
                  {"exp"_L1, 1796150000},
                  {"acr"_L1, "1"_L1},
                  {"aio"_L1, "AVQAq/8TAAAA"_L1},
                  {"amr"_L1, QJsonArray{"pwd"_L1, "mfa"_L1}},
                  {"app_displayname"_L1, "Microsoft Azure CLI"_L1},
                  {"appid"_L1, "04b07795-8ddb-461a-bbee-02f9e1bf7b46"_L1},
                  {"appidacr"_L1, "0"_L1},
                  {"idtyp"_L1, "user"_L1},
                  {"ipaddr"_L1, "203.0.113.7"_L1},
                  {"name"_L1, "Adele Vance"_L1},
                  {"oid"_L1, "a11ce000-0000-4000-8000-000000000001"_L1},
                  {"scp"_L1,
                   "User.Read User.Read.All Directory.Read.All Mail.Send openid profile email"_L1},
                  {"sub"_L1, "x4xg3mNtHgGKoJpSSsL1-ElQq4iV3lmAmi-2mk0oVZI"_L1},
                  {"tid"_L1, "8c1f0e4a-6b2d-4c3e-9f7a-2d5b8e1c4a90"_L1},
                  {"unique_name"_L1, "adele@contoso.com"_L1},
                  {"upn"_L1, "adele@contoso.com"_L1},
                  {"uti"_L1, "Tq8Gm3HkS0ivQ3sT1kQWAA"_L1},
                  {"ver"_L1, "1.0"_L1},
                  {"wids"_L1,
                   QJsonArray{"62e90394-69f5-4237-9190-012177145e10"_L1,
                              "b79fbf4d-3ef9-4689-8143-76b194e85509"_L1}},
                  {"xms_tcdt"_L1, 1614849164}};
    const QByteArray header
            = R"({"typ":"JWT","alg":"RS256","x5t":"kWbkaa6qs8wsTnBwiiNYOhHbnAw","kid":"kWbkaa6qs8wsTnBwiiNYOhHbnAw"})";
    QJsonArray groups;
    QByteArray t;
    for (int i = 0; t.size() < size; ++i) {
        QJsonObject q = p;
        q.insert("groups"_L1, groups);
        t = ie::jwt::JwtDecoder::toBase64Url(header) + '.'
                + ie::jwt::JwtDecoder::toBase64Url(QJsonDocument(q).toJson(QJsonDocument::Compact))
                + '.' + ie::jwt::JwtDecoder::toBase64Url(QByteArray(256, char(i)));
        groups.append(
                QUuid::createUuidV5(QUuid(), QString::number(i)).toString(QUuid::WithoutBraces));
    }
    return t;
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(double(v.size()) * p))];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool smoke = app.arguments().contains(u"--smoke"_s);
    ie::catalog::Catalog catalog;
    if (const auto r = catalog.loadBundled(); !r) {
        QTextStream(stderr) << r.error().message << '\n';
        return 1;
    }
    ie::jwt::TokenContext ctx;
    ctx.catalog = &catalog;
    const QByteArray pasted = "Bearer " + token(4096) + "\n";
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1796147000, Qt::UTC);
    const int iterations = smoke ? 50 : 5000;
    std::vector<double> decodeUs, explainUs, totalUs;
    qsizetype sink = 0;
    QElapsedTimer t;
    for (int i = 0; i < iterations; ++i) {
        t.start();
        const auto decoded = ie::jwt::JwtDecoder::decode(ie::jwt::TokenText::extract(pasted).token);
        const double d = double(t.nsecsElapsed()) / 1e3;
        if (!decoded) {
            QTextStream(stderr) << decoded.error().message << '\n';
            return 1;
        }
        const auto summary = ie::jwt::TokenExplainer::summarize(*decoded, ctx, now);
        sink += ie::jwt::TokenExplainer::verdict(summary).size();
        sink += ie::jwt::TokenExplainer::claims(*decoded, ctx, now).size();
        const double all = double(t.nsecsElapsed()) / 1e3;
        decodeUs.push_back(d);
        explainUs.push_back(all - d);
        totalUs.push_back(all);
    }
    const QJsonObject out{{"tokenBytes"_L1, pasted.trimmed().size() - 7},
                          {"iterations"_L1, iterations},
                          {"decodeP50Us"_L1, percentile(decodeUs, 0.5)},
                          {"explainP50Us"_L1, percentile(explainUs, 0.5)},
                          {"totalP50Us"_L1, percentile(totalUs, 0.5)},
                          {"totalP95Us"_L1, percentile(totalUs, 0.95)},
                          {"checksum"_L1, double(sink)}};
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}
