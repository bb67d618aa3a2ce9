// libFuzzer target: any bytes through what a paste goes through (extraction, strict decoding,
// the explanation and verdict, the signature pre-check) and through the key-file reader.
// Crashes, sanitizer reports, leaks and hangs are findings; error results are not.

#include "jwt/jwtdecoder.h"
#include "jwt/keyset.h"
#include "jwt/signatureverifier.h"
#include "jwt/tokenexplainer.h"
#include "jwt/tokentext.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const ie::jwt::TokenText::Extracted extracted = ie::jwt::TokenText::extract(input);
    const auto decoded = ie::jwt::JwtDecoder::decode(extracted.token);
    if (decoded) {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1796150000, Qt::UTC);
        const ie::jwt::TokenContext ctx;
        const auto summary = ie::jwt::TokenExplainer::summarize(*decoded, ctx, now);
        const auto check = ie::jwt::SignatureVerifier::precheck(*decoded);
        (void)ie::jwt::TokenExplainer::verdict(summary, &check);
        (void)ie::jwt::TokenExplainer::claims(*decoded, ctx, now);
        (void)decoded->payloadJson();
    } else if (decoded.error().message.isEmpty()) {
        __builtin_trap(); // every refusal must say why
    }
    if (size < 64 * 1024)
        (void)ie::jwt::KeySet::fromFileContents(input.toByteArray());
    return 0;
}
