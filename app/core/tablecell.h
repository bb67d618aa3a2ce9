#pragma once

#include <QString>
#include <QStringView>

namespace ie {

// Cells of the tab-separated and CSV output of `list` and `report`. Text from the tenant (a
// displayName, an ARM id) may hold anything: a tab or a newline would start another cell or row,
// an ESC or a bidirectional override would rewrite the terminal. These keep one cell one cell.

// Backslash, tab, CR, LF, every other C0/C1 control, DEL, line/paragraph separators and the
// bidirectional controls written as escapes: "\\", "\t", "\r", "\n", "\x1b", "\u202e".
QString escapedCell(QStringView text);

// One CSV field (RFC 4180, always quoted): escapedCell(), and a cell that a spreadsheet would
// run as a formula (it starts with =, +, -, @, a tab or a CR) gets a leading apostrophe, as OWASP
// recommends against CSV injection.
QString csvCell(QStringView text);

} // namespace ie
