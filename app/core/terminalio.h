#pragma once

#include <QByteArray>
#include <QTextStream>

// The terminal of a command-line run: its stdout and stderr as text streams, and stdin.
namespace ie {

QTextStream &out();
QTextStream &err();
// Reads stdin up to its end or `maxBytes`, whichever comes first (for `decode -`): never more.
QByteArray readStdin(qint64 maxBytes = 1024 * 1024);

} // namespace ie
