#include "testcertificate.h"

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <cstring>

namespace ie::test {

namespace {

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    QByteArray out(data, int(len));
    BIO_free(bio);
    return out;
}

} // namespace

TestCert makeTestCertificate(int validFromSecs, int validForSecs)
{
    TestCert t;
    EVP_PKEY *key = EVP_RSA_gen(2048);
    X509 *x = X509_new();
    X509_set_version(x, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(x), 7);
    X509_gmtime_adj(X509_getm_notBefore(x), validFromSecs);
    X509_gmtime_adj(X509_getm_notAfter(x), long(validFromSecs) + validForSecs);
    X509_set_pubkey(x, key);
    X509_NAME *name = X509_get_subject_name(x);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("ie-test"), -1, -1, 0);
    X509_set_issuer_name(x, name);
    X509_sign(x, key, EVP_sha256());
    BIO *b = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(b, x);
    t.certPem = bioBytes(b);
    b = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(b, key, nullptr, nullptr, 0, nullptr, nullptr);
    t.keyPem = bioBytes(b);
    b = BIO_new(BIO_s_mem());
    char pw[] = "pass-word";
    PEM_write_bio_PKCS8PrivateKey(b, key, EVP_aes_256_cbc(), pw, int(strlen(pw)), nullptr,
                                  nullptr);
    t.encryptedKeyPem = bioBytes(b);
    PKCS12 *p12 = PKCS12_create(pw, "ie-test", key, x, nullptr, 0, 0, 0, 0, 0);
    b = BIO_new(BIO_s_mem());
    i2d_PKCS12_bio(b, p12);
    t.pkcs12 = bioBytes(b);
    PKCS12_free(p12);
    unsigned char *der = nullptr;
    const int len = i2d_X509(x, &der);
    t.certDer = QByteArray(reinterpret_cast<const char *>(der), len);
    OPENSSL_free(der);
    X509_free(x);
    EVP_PKEY_free(key);
    return t;
}


} // namespace ie::test
