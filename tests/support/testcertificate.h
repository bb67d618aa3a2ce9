#pragma once

#include <QByteArray>

namespace ie::test {

// A fresh RSA key and a self-signed certificate, in the file formats a user would have.
struct TestCert
{
    QByteArray certPem;
    QByteArray keyPem;
    QByteArray encryptedKeyPem; // PKCS#8, AES-256-CBC, password "pass-word"
    QByteArray pkcs12; // password "pass-word"
    QByteArray certDer;
};

// validFromSecs / validForSecs relative to now.
TestCert makeTestCertificate(int validFromSecs = -60, int validForSecs = 3600);

} // namespace ie::test
