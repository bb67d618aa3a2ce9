#pragma once

#include <QStringList>

namespace ie::jwt {

// `identity-explorer decode [TOKEN | -] [--json] [--verify] [--jwks FILE] [--at UNIX_TIME]`:
// decodes and explains an access token. Exit 0 decoded (and, with --verify or --jwks, the
// signature is valid), 1 decoded but the signature is invalid or cannot be verified, 2 the input
// is not a readable JWT or the arguments are wrong.
int runDecode(const QStringList &args);

} // namespace ie::jwt
