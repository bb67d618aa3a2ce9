#include "net/wwwauthenticate.h"

using namespace Qt::StringLiterals;

namespace ie::net {

namespace {

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

class Scanner
{
public:
    explicit Scanner(const QByteArray &s) : m_s(s) { }
    void skipSpace()
    {
        while (m_i < m_s.size() && (m_s[m_i] == ' ' || m_s[m_i] == '\t'))
            ++m_i;
    }
    bool atEnd() const { return m_i >= m_s.size(); }
    char peek() const { return atEnd() ? '\0' : m_s[m_i]; }
    void next() { ++m_i; }
    QByteArray token()
    {
        const qsizetype start = m_i;
        while (!atEnd() && isTokenChar(m_s[m_i]))
            ++m_i;
        return m_s.mid(start, m_i - start);
    }
    // token68 (base64 and the like) may end in '='.
    QByteArray token68()
    {
        QByteArray t = token();
        while (peek() == '=') {
            t += '=';
            next();
        }
        return t;
    }
    QByteArray quoted()
    {
        QByteArray out;
        next(); // opening quote
        while (!atEnd() && m_s[m_i] != '"') {
            if (m_s[m_i] == '\\' && m_i + 1 < m_s.size())
                ++m_i;
            out += m_s[m_i++];
        }
        if (!atEnd())
            next(); // closing quote
        return out;
    }
    qsizetype pos() const { return m_i; }
    void setPos(qsizetype p) { m_i = p; }

private:
    QByteArray m_s;
    qsizetype m_i = 0;
};

} // namespace

QString AuthChallenge::param(const QString &name) const
{
    for (const auto &p : params) {
        if (p.first.compare(name, Qt::CaseInsensitive) == 0)
            return p.second;
    }
    return {};
}

QString AuthChallenge::claims() const
{
    if (error() != "insufficient_claims"_L1)
        return {};
    const QString raw = param(u"claims"_s);
    if (raw.isEmpty())
        return {};
    if (raw.trimmed().startsWith(u'{'))
        return raw; // sent as JSON text rather than base64
    QByteArray b64 = raw.toLatin1();
    const auto decoded = QByteArray::fromBase64Encoding(
            b64, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (decoded)
        return QString::fromUtf8(*decoded);
    const auto url = QByteArray::fromBase64Encoding(
            b64, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    return url ? QString::fromUtf8(*url) : QString();
}

QList<AuthChallenge> AuthChallenge::parse(const QByteArray &header)
{
    QList<AuthChallenge> out;
    Scanner s(header);
    while (true) {
        s.skipSpace();
        while (s.peek() == ',') {
            s.next();
            s.skipSpace();
        }
        if (s.atEnd())
            break;
        const QByteArray scheme = s.token();
        if (scheme.isEmpty())
            break; // not a challenge: stop rather than guess
        AuthChallenge c;
        c.scheme = QString::fromLatin1(scheme);
        // auth-params: name = value, separated by commas; a name not followed by '=' starts the
        // next challenge.
        while (true) {
            s.skipSpace();
            const qsizetype mark = s.pos();
            const QByteArray name = s.token();
            s.skipSpace();
            if (name.isEmpty() || s.peek() != '=') {
                s.setPos(mark);
                if (!name.isEmpty() && c.params.isEmpty()) {
                    // token68 form (e.g. "Negotiate abc==")
                    const QByteArray t68 = s.token68();
                    c.params.append({QString(), QString::fromLatin1(t68)});
                }
                break;
            }
            s.next(); // '='
            s.skipSpace();
            const QByteArray value = s.peek() == '"' ? s.quoted() : s.token();
            c.params.append({QString::fromLatin1(name).toLower(), QString::fromUtf8(value)});
            s.skipSpace();
            if (s.peek() != ',')
                break;
            s.next();
        }
        out.append(c);
        s.skipSpace();
        if (!s.atEnd() && s.peek() != ',' && !isTokenChar(s.peek()))
            break;
    }
    return out;
}

QString AuthChallenge::claimsOf(const QByteArray &header)
{
    for (const AuthChallenge &c : parse(header)) {
        const QString claims = c.claims();
        if (!claims.isEmpty())
            return claims;
    }
    return {};
}

} // namespace ie::net
