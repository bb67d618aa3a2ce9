#include "core/terminaltext.h"

namespace ie {

namespace {

void cut(QString &out, qsizetype maxLength)
{
    out.truncate(maxLength);
    if (!out.isEmpty() && out.back().isHighSurrogate())
        out.chop(1); // never half a character
    out += QChar(u'\u2026');
}

bool isUnsafe(char32_t c)
{
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
        return true;
    if (c == 0x2028 || c == 0x2029)
        return true;
    return QChar::category(c) == QChar::Other_Format;
}

void appendEscape(QString &out, char32_t c)
{
    switch (c) {
    case u'\n':
        out += QLatin1StringView("\\n");
        return;
    case u'\r':
        out += QLatin1StringView("\\r");
        return;
    case u'\t':
        out += QLatin1StringView("\\t");
        return;
    default:
        break;
    }
    if (c > 0xffff)
        out += QStringLiteral("\\U%1").arg(uint(c), 8, 16, QChar(u'0'));
    else
        out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QChar(u'0'));
}

} // namespace

QString terminalSafe(const QString &text, qsizetype maxLength)
{
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (maxLength >= 0 && out.size() > maxLength) {
            cut(out, maxLength);
            return out;
        }
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            const char32_t ucs = QChar::surrogateToUcs4(c, text.at(i + 1));
            if (isUnsafe(ucs)) {
                appendEscape(out, ucs);
            } else {
                out += c;
                out += text.at(i + 1);
            }
            ++i;
            continue;
        }
        if (c.isSurrogate()) { // unpaired
            appendEscape(out, c.unicode());
            continue;
        }
        if (isUnsafe(c.unicode()))
            appendEscape(out, c.unicode());
        else
            out += c;
    }
    if (maxLength >= 0 && out.size() > maxLength)
        cut(out, maxLength);
    return out;
}

bool needsTerminalEscape(const QString &text)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            if (isUnsafe(QChar::surrogateToUcs4(c, text.at(i + 1))))
                return true;
            ++i;
            continue;
        }
        if (c.isSurrogate() || isUnsafe(c.unicode()))
            return true;
    }
    return false;
}

} // namespace ie
