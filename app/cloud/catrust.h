#pragma once

#include "core/result.h"

#include <QList>
#include <QSslCertificate>
#include <QString>

namespace ie {

struct Cloud;

// PEM CA certificates from `path`: a private cloud's CA, or a TLS-inspecting proxy's. `source`
// names where the path came from ("--ca-file", "SSL_CERT_FILE", "caFile") so that the error says
// what to fix; a file that cannot be read or holds no PEM certificate is an error, never ignored.
Result<QList<QSslCertificate>> readCaCertificates(const QString &path, const QString &source);

// Whether `path` is OpenSSL's default CA file (the system bundle), which adds nothing.
bool isOpenSslDefaultFile(const QString &path);

// `cloud` trusting, for its own hosts, the CA certificates of `caFile` (the --ca-file sign-in
// option) and of SSL_CERT_FILE when `sslCertFile` is not empty (as OpenSSL-based tools read it).
Result<Cloud> withExtraTrust(Cloud cloud, const QString &caFile, const QString &sslCertFile);

} // namespace ie
