#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

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

// What a run of the built executable left.
struct CommandRun
{
    int exitCode = -1; // -1: it did not finish (or crashed)
    QByteArray out;
    QByteArray err;
};

// Runs `identity-explorer ARGS` with `stdinText` on its stdin, waiting with the event loop
// running (so that it may talk to this process's sandbox), for up to two minutes.
CommandRun runCommand(const QStringList &args, const QProcessEnvironment &env,
                      const QByteArray &stdinText = {});

// Every file under `dir` (hidden ones included, recursively) whose bytes contain `needle`: where
// a secret or a token must never be.
QStringList filesContaining(const QString &dir, const QByteArray &needle);

// A verb's failure as a script meets it: exactly one line on stderr, starting
// "identity-explorer VERB: " and containing `message`.
bool isOneFailureLine(const QByteArray &err, const QByteArray &verb, const QByteArray &message);

} // namespace ie::test
