#pragma once

class QCommandLineParser;

#include "core/terminalio.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

// Command-line verbs: `identity-explorer VERB ...`. Each verb is a function that runs with a
// QCoreApplication already constructed (it may call exec() for asynchronous work: it is the only
// event loop), prints plain text or JSON with --json, and returns the process exit code. Errors
// are one line on stderr.
namespace ie::cli {

using ie::err;
using ie::out;
using ie::readStdin;

// The parser's help text with its usage line naming "identity-explorer VERB", not the path the
// program was started by (which QCommandLineParser puts there).
QString helpText(const QCommandLineParser &parser, const QString &verb);

// A whole number from `min` to `max` (inclusive), or nothing.
std::optional<qint64> numberInRange(const QString &text, qint64 min, qint64 max);
// "--limit takes a whole number from 0 to 1000000, not 99999999999999".
QString rangeMessage(const QString &option, qint64 min, qint64 max, const QString &given);

// Prints "identity-explorer VERB: message" on stderr and returns `code`.
int fail(const QString &verb, const QString &message, int code = 1);

} // namespace ie::cli
