#include "net/jsonscan.h"

namespace ie::net::json {

namespace {
// QJsonDocument::fromJson refuses deeper nesting (QJsonParseError::DeepNesting).
constexpr int NestingLimit = 1024;

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// One UTF-8 sequence starting at p (a byte >= 0x80): its length, or 0 when it is not well formed
// (overlong, a surrogate, beyond U+10FFFF, cut short), as Qt's decoder judges it.
int utf8Sequence(const unsigned char *p, const unsigned char *end)
{
    const unsigned char c = p[0];
    int n;
    char32_t min;
    char32_t cp;
    if (c >= 0xc2 && c <= 0xdf) {
        n = 2; min = 0x80; cp = c & 0x1f;
    } else if (c >= 0xe0 && c <= 0xef) {
        n = 3; min = 0x800; cp = c & 0x0f;
    } else if (c >= 0xf0 && c <= 0xf4) {
        n = 4; min = 0x10000; cp = c & 0x07;
    } else {
        return 0;
    }
    if (end - p < n)
        return 0;
    for (int i = 1; i < n; ++i) {
        if ((p[i] & 0xc0) != 0x80)
            return 0;
        cp = (cp << 6) | (p[i] & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
        return 0;
    return n;
}

// The text of a string that has escapes (already validated), into UTF-16.
QString decodeEscaped(QByteArrayView raw)
{
    QString out;
    out.reserve(raw.size());
    const char *p = raw.data();
    const char *end = p + raw.size();
    while (p < end) {
        const char *run = p;
        while (p < end && *p != '\\')
            ++p;
        if (p > run)
            out.append(QString::fromUtf8(run, p - run));
        if (p >= end)
            break;
        ++p; // the backslash
        const char c = *p++;
        switch (c) {
        case 'b': out.append(u'\b'); break;
        case 'f': out.append(u'\f'); break;
        case 'n': out.append(u'\n'); break;
        case 'r': out.append(u'\r'); break;
        case 't': out.append(u'\t'); break;
        case 'u': {
            char16_t u = 0;
            for (int i = 0; i < 4; ++i)
                u = char16_t((u << 4) | hexValue(*p++));
            out.append(QChar(u)); // lone surrogates stay, as Qt keeps them
            break;
        }
        default: out.append(QChar(char16_t(static_cast<unsigned char>(c)))); break; // " \ / and unknown ones
        }
    }
    return out;
}

} // namespace

Cursor::Cursor(QByteArrayView bytes) : m_p(bytes.data()), m_end(bytes.data() + bytes.size())
{
    if (bytes.startsWith("\xef\xbb\xbf"))
        m_p += 3;
}

void Cursor::skipSpace()
{
    while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
        ++m_p;
}

char Cursor::peek()
{
    skipSpace();
    return m_p < m_end ? *m_p : 0;
}

bool Cursor::open(Container)
{
    if (m_depth >= NestingLimit)
        return fail();
    ++m_p;
    m_started[m_depth++] = 0;
    return true;
}

bool Cursor::beginObject()
{
    if (peek() != '{')
        return fail();
    return open(Container::Object);
}

bool Cursor::beginArray()
{
    if (peek() != '[')
        return fail();
    return open(Container::Array);
}

bool Cursor::nextItem(char close)
{
    if (m_failed)
        return false;
    skipSpace();
    if (m_p >= m_end)
        return fail();
    if (*m_p == close) {
        ++m_p;
        --m_depth;
        return false;
    }
    if (m_started[m_depth - 1]) {
        if (*m_p != ',')
            return fail();
        ++m_p;
        skipSpace();
    }
    m_started[m_depth - 1] = 1;
    return true;
}

bool Cursor::nextMember(QByteArrayView *key)
{
    if (!nextItem('}'))
        return false;
    if (m_p >= m_end || *m_p != '"')
        return fail();
    QByteArrayView raw;
    bool escaped = false;
    if (!scanString(&raw, &escaped))
        return false;
    if (escaped) {
        m_keyBuffer = decodeEscaped(raw).toUtf8();
        *key = m_keyBuffer;
    } else {
        *key = raw;
    }
    skipSpace();
    if (m_p >= m_end || *m_p != ':')
        return fail();
    ++m_p;
    skipSpace();
    return m_p < m_end || fail();
}

bool Cursor::nextElement()
{
    return nextItem(']') && (m_p < m_end || fail());
}

bool Cursor::scanString(QByteArrayView *raw, bool *escaped)
{
    ++m_p; // the opening quote
    const char *begin = m_p;
    *escaped = false;
    while (m_p < m_end) {
        const auto c = static_cast<unsigned char>(*m_p);
        if (c == '"') {
            *raw = QByteArrayView(begin, m_p - begin);
            ++m_p;
            return true;
        }
        if (c == '\\') {
            *escaped = true;
            if (++m_p >= m_end)
                return fail();
            switch (*m_p) {
            case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
                ++m_p;
                break;
            case 'u':
                if (m_end - m_p < 5)
                    return fail();
                for (int i = 1; i <= 4; ++i) {
                    if (hexValue(m_p[i]) < 0)
                        return fail();
                }
                m_p += 5;
                break;
            default:
                // Qt takes an unknown escape as the character itself ("\\x" is "x").
                ++m_p;
                break;
            }
        } else if (c >= 0x80) {
            const int n = utf8Sequence(reinterpret_cast<const unsigned char *>(m_p),
                                       reinterpret_cast<const unsigned char *>(m_end));
            if (n == 0)
                return fail();
            m_p += n;
        } else {
            ++m_p;
        }
    }
    return fail();
}

bool Cursor::readString(QString *out)
{
    if (peek() != '"')
        return fail();
    QByteArrayView raw;
    bool escaped = false;
    if (!scanString(&raw, &escaped))
        return false;
    *out = escaped ? decodeEscaped(raw) : QString::fromUtf8(raw);
    return true;
}

bool Cursor::skipNumber()
{
    // As Qt reads a number: the characters of -?(0|[0-9]*)(.[0-9]*)?([eE][+-]?[0-9]*)? then a
    // conversion that needs a digit in the mantissa and one in an exponent ("1." and ".5" pass).
    auto digits = [this] {
        const char *from = m_p;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        return m_p > from;
    };
    if (m_p < m_end && *m_p == '-')
        ++m_p;
    bool mantissa = false;
    if (m_p < m_end && *m_p == '0') {
        ++m_p;
        mantissa = true;
    } else {
        mantissa = digits();
    }
    if (m_p < m_end && *m_p == '.') {
        ++m_p;
        mantissa = digits() || mantissa;
    }
    if (!mantissa)
        return fail();
    if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
        ++m_p;
        if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
            ++m_p;
        if (!digits())
            return fail();
    }
    return true;
}

bool Cursor::skipLiteral(QByteArrayView word)
{
    if (m_end - m_p < word.size() || QByteArrayView(m_p, word.size()) != word)
        return fail();
    m_p += word.size();
    return true;
}

bool Cursor::skipValue()
{
    switch (peek()) {
    case '{': {
        if (!beginObject())
            return false;
        QByteArrayView key;
        while (nextMember(&key)) {
            if (!skipValue())
                return false;
        }
        return !m_failed;
    }
    case '[':
        if (!beginArray())
            return false;
        while (nextElement()) {
            if (!skipValue())
                return false;
        }
        return !m_failed;
    case '"': {
        QByteArrayView raw;
        bool escaped = false;
        return scanString(&raw, &escaped);
    }
    case 't':
        return skipLiteral("true");
    case 'f':
        return skipLiteral("false");
    case 'n':
        return skipLiteral("null");
    case '-': case '.': case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
        return skipNumber();
    default:
        return fail();
    }
}

bool isValidDocument(QByteArrayView bytes)
{
    Cursor c(bytes);
    const char k = c.peek();
    if (k != '{' && k != '[')
        return false;
    return c.skipValue() && c.atEnd();
}

Page scanPage(QByteArrayView bytes)
{
    Page page;
    Cursor c(bytes);
    if (c.peek() != '{' || !c.beginObject())
        return page;
    page.isObject = true;
    QString odataNext, armNext;
    QByteArrayView key;
    while (c.nextMember(&key)) {
        if (key == "value" && c.peek() == '[') {
            page.hasValueArray = true;
            page.valueBegin = c.position() - bytes.data();
            qsizetype n = 0;
            c.beginArray();
            while (c.nextElement()) {
                ++n;
                if (!c.skipValue())
                    break;
            }
            page.items = n;
            page.valueEnd = c.position() - bytes.data();
        } else if (key == "@odata.nextLink" || key == "nextLink") {
            // A link that is not a string reads as none (QJsonValue::toString()).
            QString &link = key == "nextLink" ? armNext : odataNext;
            link.clear();
            if (c.peek() == '"')
                c.readString(&link);
            else
                c.skipValue();
        } else if (key == "value") {
            page.hasValueArray = false; // the last "value" wins, as in QJsonObject
            c.skipValue();
        } else {
            c.skipValue();
        }
    }
    if (c.failed()) {
        page = Page();
        return page;
    }
    page.nextLink = odataNext.isEmpty() ? armNext : odataNext;
    return page;
}

} // namespace ie::net::json
