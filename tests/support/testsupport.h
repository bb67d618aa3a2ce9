#pragma once

#include <QProcessEnvironment>
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

namespace ie::test {

// This process's environment for a command-line test's child: without any Azure sign-in
// variable (AZURE_*, IDENTITY_*, MSI_ENDPOINT, ...), with the managed-identity endpoint pointed
// at a closed port (never the real IMDS) and PATH set to `path` (so no real `az` is found).
QProcessEnvironment cleanEnvironment(const QString &path = QStringLiteral("/nonexistent"));

// A verb's failure as a script meets it: exactly one line on stderr, starting
// "identity-explorer VERB: " and containing `message`.
bool isOneFailureLine(const QByteArray &err, const QByteArray &verb, const QByteArray &message);

} // namespace ie::test
