#include "cloud/catrust.h"

#include "cloud/cloud.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <openssl/x509.h>

using namespace Qt::StringLiterals;

namespace ie {

namespace {

// A CA bundle is small; a file far larger than any bundle is not one.
constexpr qint64 MaxCaFileBytes = 16 * 1024 * 1024;

ApiError invalid(const QString &message)
{
    return ApiError::make(ApiError::Kind::InvalidInput, message);
}

} // namespace

bool isOpenSslDefaultFile(const QString &path)
{
    // SSL_CERT_FILE often names the system bundle itself (Debian's ca-certificates.crt, which
    // OpenSSL's default file links to): the system store already holds it, and reading its
    // hundreds of certificates would cost every start a quarter of a second.
    const QString canonical = QFileInfo(path).canonicalFilePath();
    const QString openSslDefault
            = QFileInfo(QString::fromLocal8Bit(X509_get_default_cert_file())).canonicalFilePath();
    return !canonical.isEmpty() && canonical == openSslDefault;
}

Result<QList<QSslCertificate>> readCaCertificates(const QString &path, const QString &source)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return invalid(QCoreApplication::translate(
                               "ie::Cloud", "Cannot read the CA file %1 (named by %2): %3")
                               .arg(path, source, f.errorString()));
    }
    if (f.size() > MaxCaFileBytes) {
        return invalid(QCoreApplication::translate(
                               "ie::Cloud",
                               "The CA file %1 (named by %2) is %3 MB: a file of PEM "
                               "certificates is far smaller. Name the PEM file of the CA.")
                               .arg(path, source)
                               .arg(f.size() / (1024 * 1024)));
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(f.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        return invalid(QCoreApplication::translate(
                               "ie::Cloud",
                               "The CA file %1 (named by %2) holds no PEM certificate: it needs "
                               "\"-----BEGIN CERTIFICATE-----\" blocks.")
                               .arg(path, source));
    }
    return certificates;
}

Result<Cloud> withExtraTrust(Cloud cloud, const QString &caFile, const QString &sslCertFile)
{
    const std::pair<QString, QString> files[] = {{caFile, QStringLiteral("--ca-file")},
                                                 {sslCertFile, QStringLiteral("SSL_CERT_FILE")}};
    for (const auto &[path, source] : files) {
        if (path.isEmpty() || (source == "SSL_CERT_FILE"_L1 && isOpenSslDefaultFile(path)))
            continue;
        Result<QList<QSslCertificate>> certificates = readCaCertificates(path, source);
        if (!certificates)
            return certificates.error();
        for (const QSslCertificate &c : std::as_const(*certificates)) {
            if (!cloud.extraCaCertificates.contains(c))
                cloud.extraCaCertificates.append(c);
        }
    }
    return cloud;
}

} // namespace ie
