#pragma once

#include <QString>

namespace ie::test {

// The repository's source directory (for fixtures under tests/data).
inline QString sourceDir()
{
    return QStringLiteral(IE_SOURCE_DIR);
}
inline QString testDataDir()
{
    return QStringLiteral(IE_TESTDATA_DIR);
}

} // namespace ie::test

namespace ie::test {

// The built identity-explorer executable, for command-line tests through QProcess.
inline QString executable()
{
    return QStringLiteral(IE_EXECUTABLE);
}

} // namespace ie::test
