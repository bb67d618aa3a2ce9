#pragma once

class QCommandLineParser;

#include <QString>
#include <QStringList>
#include <QTextStream>

// Command-line verbs: `identity-explorer VERB ...`. Each verb is a function that runs with a
// QCoreApplication already constructed (it may call exec() for asynchronous work: it is the only
// event loop), prints plain text or JSON with --json, and returns the process exit code. Errors
// are one line on stderr.
namespace ie::cli {

QTextStream &out();
QTextStream &err();
// Reads all of stdin (for `decode -`).
QByteArray readStdin();

// The parser's help text with its usage line naming "identity-explorer VERB", not the path the
// program was started by (which QCommandLineParser puts there).
QString helpText(const QCommandLineParser &parser, const QString &verb);

// Prints "identity-explorer VERB: message" on stderr and returns `code`.
int fail(const QString &verb, const QString &message, int code = 1);

} // namespace ie::cli
