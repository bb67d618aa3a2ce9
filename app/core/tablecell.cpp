#include "core/tablecell.h"

using namespace Qt::StringLiterals;

namespace ie {

namespace {

bool isBidiOrSeparator(char16_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
            || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029;
}

} // namespace

QString escapedCell(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        switch (c) {
        case u'\\':
            out += "\\\\"_L1;
            continue;
        case u'\t':
            out += "\\t"_L1;
            continue;
        case u'\r':
            out += "\\r"_L1;
            continue;
        case u'\n':
            out += "\\n"_L1;
            continue;
        default:
            break;
        }
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
            out += u"\\x%1"_s.arg(uint(c), 2, 16, QLatin1Char('0'));
        else if (isBidiOrSeparator(c))
            out += u"\\u%1"_s.arg(uint(c), 4, 16, QLatin1Char('0'));
        else
            out += qc;
    }
    return out;
}

QString csvCell(QStringView text)
{
    QString cell = escapedCell(text);
    if (!text.isEmpty() && QStringView(u"=+-@\t\r").contains(text.front()))
        cell.prepend(u'\'');
    cell.replace(u'"', "\"\""_L1);
    return u'"' + cell + u'"';
}

} // namespace ie
