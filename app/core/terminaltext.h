#pragma once

#include <QString>

namespace ie {

// Text that came from a token or the network, made safe to print on a terminal or to show in a
// table cell: every C0/C1 control character (NUL, BEL, ESC, CR, LF, TAB, DEL, U+0080-U+009F),
// every format or bidirectional control (U+200B-U+200F, U+202A-U+202E, U+2066-U+2069, U+061C,
// U+FEFF, ...: Unicode category Cf), the line and paragraph separators (U+2028, U+2029) and
// unpaired surrogates are replaced by a visible escape: "\n", "\r", "\t", else "\u001b" (four hex
// digits). The result is one line that cannot move the cursor, clear the screen, reorder what
// follows or forge another line. Backslashes are kept as they are (so a Windows path reads as
// one). With `maxLength` >= 0 the result is cut to at most that many characters plus "…".
QString terminalSafe(const QString &text, qsizetype maxLength = -1);

// True when terminalSafe() would change `text` (ignoring the length cut).
bool needsTerminalEscape(const QString &text);

} // namespace ie
