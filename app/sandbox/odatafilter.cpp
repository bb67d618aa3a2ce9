#include "sandbox/odatafilter.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ie::sandbox {

QString advancedQueryMessage(const QString &op)
{
    return u"Operator '%1' is not supported because the required parameters might be missing. "
           "Try adding $count=true query parameter and ConsistencyLevel:eventual header. Refer "
           "to https://aka.ms/graph-docs/advanced-queries for more information"_s
            .arg(op);
}

namespace {

using Predicate = std::function<bool(const QJsonObject &)>;

struct Token
{
    enum Kind { End, Ident, String, Open, Close, Comma, Colon } kind = End;
    QString text;
    qsizetype at = 0;
};

QList<Token> tokenize(const QString &s, qsizetype *badAt)
{
    QList<Token> out;
    qsizetype i = 0;
    auto identChar = [](QChar c) {
        return c.isLetterOrNumber() || c == u'_' || c == u'/' || c == u'.' || c == u'-'
                || c == u'$' || c == u'@';
    };
    while (i < s.size()) {
        const QChar c = s.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token t;
        t.at = i;
        if (c == u'(' || c == u')' || c == u',' || c == u':') {
            t.kind = c == u'(' ? Token::Open
                    : c == u')' ? Token::Close
                    : c == u',' ? Token::Comma
                                : Token::Colon;
            ++i;
        } else if (c == u'\'') {
            t.kind = Token::String;
            ++i;
            bool closed = false;
            while (i < s.size()) {
                if (s.at(i) == u'\'') {
                    if (i + 1 < s.size() && s.at(i + 1) == u'\'') {
                        t.text += u'\'';
                        i += 2;
                        continue;
                    }
                    closed = true;
                    ++i;
                    break;
                }
                t.text += s.at(i++);
            }
            if (!closed) {
                *badAt = t.at;
                return {};
            }
        } else if (identChar(c)) {
            t.kind = Token::Ident;
            while (i < s.size() && identChar(s.at(i)))
                t.text += s.at(i++);
        } else {
            *badAt = i;
            return {};
        }
        out.append(t);
    }
    out.append(Token{Token::End, {}, s.size()});
    return out;
}

QJsonValue field(const QJsonObject &o, const QString &name)
{
    const auto it = o.constFind(name);
    if (it != o.constEnd())
        return *it;
    for (auto j = o.begin(); j != o.end(); ++j) {
        if (j.key().compare(name, Qt::CaseInsensitive) == 0)
            return *j;
    }
    return QJsonValue::Undefined;
}

struct Literal
{
    enum Kind { Str, Bool, Null } kind = Str;
    QString text;
    bool flag = false;
};

bool compare(const QJsonValue &v, int op, const Literal &lit)
{
    if (lit.kind == Literal::Null) {
        const bool isNull = v.isNull() || v.isUndefined();
        return op == ODataFilter::Eq ? isNull : !isNull;
    }
    if (lit.kind == Literal::Bool) {
        const bool eq = v.isBool() && v.toBool() == lit.flag;
        return op == ODataFilter::Eq ? eq : !eq;
    }
    const QString s = v.isString() ? v.toString() : QString();
    switch (op) {
    case ODataFilter::Eq:
        return v.isString() && s.compare(lit.text, Qt::CaseInsensitive) == 0;
    case ODataFilter::Ne:
        return !(v.isString() && s.compare(lit.text, Qt::CaseInsensitive) == 0);
    case ODataFilter::Ge:
        return v.isString() && s.compare(lit.text, Qt::CaseInsensitive) >= 0;
    case ODataFilter::Le:
        return v.isString() && s.compare(lit.text, Qt::CaseInsensitive) <= 0;
    case ODataFilter::StartsWith:
        return v.isString() && s.startsWith(lit.text, Qt::CaseInsensitive);
    case ODataFilter::EndsWith:
        return v.isString() && s.endsWith(lit.text, Qt::CaseInsensitive);
    default:
        return false;
    }
}

} // namespace

class FilterParser
{
public:
    FilterParser(const QString &text, const ODataFilter::Entity &entity)
        : m_text(text), m_entity(entity)
    { }

    std::optional<ODataFilter> run(QString *code, QString *message)
    {
        qsizetype badAt = -1;
        m_tokens = tokenize(m_text, &badAt);
        if (badAt >= 0)
            return syntax(badAt, code, message);
        Predicate p = orExpr();
        if (!m_error.isEmpty() || peek().kind != Token::End) {
            if (m_error.isEmpty())
                return syntax(peek().at, code, message);
            *code = m_code;
            *message = m_error;
            return std::nullopt;
        }
        ODataFilter f;
        f.m_predicate = std::move(p);
        f.m_advanced = m_advanced;
        return f;
    }

private:
    std::optional<ODataFilter> syntax(qsizetype at, QString *code, QString *message)
    {
        *code = u"BadRequest"_s;
        *message = u"Invalid filter clause: Syntax error at position %1 in '%2'."_s.arg(at).arg(m_text);
        return std::nullopt;
    }
    const Token &peek() const { return m_tokens.at(m_pos); }
    Token next() { return m_tokens.at(m_pos < m_tokens.size() - 1 ? m_pos++ : m_pos); }
    bool keyword(const char *word) const
    {
        return peek().kind == Token::Ident && peek().text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
    }
    Predicate fail(qsizetype at)
    {
        if (m_error.isEmpty()) {
            m_code = u"BadRequest"_s;
            m_error = u"Invalid filter clause: Syntax error at position %1 in '%2'."_s.arg(at).arg(m_text);
        }
        return [](const QJsonObject &) { return false; };
    }
    Predicate unsupported(const QString &property)
    {
        if (m_error.isEmpty()) {
            m_code = u"Request_UnsupportedQuery"_s;
            m_error = u"Unsupported or invalid query filter clause specified for property '%1' "
                      "of resource '%2'."_s
                              .arg(property, m_entity.name);
        }
        return [](const QJsonObject &) { return false; };
    }
    void advanced(const char *op)
    {
        if (m_advanced.isEmpty())
            m_advanced = QLatin1String(op);
    }
    const ODataFilter::Property *property(const QString &name) const
    {
        for (const auto &p : m_entity.properties) {
            if (p.name.compare(name, Qt::CaseInsensitive) == 0)
                return &p;
        }
        return nullptr;
    }
    bool literal(Literal *out)
    {
        const Token t = next();
        if (t.kind == Token::String) {
            out->kind = Literal::Str;
            out->text = t.text;
            return true;
        }
        if (t.kind != Token::Ident)
            return false;
        if (t.text.compare("null"_L1, Qt::CaseInsensitive) == 0) {
            out->kind = Literal::Null;
        } else if (t.text.compare("true"_L1, Qt::CaseInsensitive) == 0
                   || t.text.compare("false"_L1, Qt::CaseInsensitive) == 0) {
            out->kind = Literal::Bool;
            out->flag = t.text.compare("true"_L1, Qt::CaseInsensitive) == 0;
        } else {
            out->kind = Literal::Str; // GUIDs and numbers may come unquoted
            out->text = t.text;
        }
        return true;
    }

    Predicate orExpr()
    {
        Predicate left = andExpr();
        while (m_error.isEmpty() && keyword("or")) {
            next();
            Predicate right = andExpr();
            left = [left, right](const QJsonObject &o) { return left(o) || right(o); };
        }
        return left;
    }
    Predicate andExpr()
    {
        Predicate left = unary();
        while (m_error.isEmpty() && keyword("and")) {
            next();
            Predicate right = unary();
            left = [left, right](const QJsonObject &o) { return left(o) && right(o); };
        }
        return left;
    }
    Predicate unary()
    {
        if (keyword("not")) {
            next();
            advanced("not");
            Predicate inner = unary();
            return [inner](const QJsonObject &o) { return !inner(o); };
        }
        return primary();
    }

    // startswith(x,'v') / endswith(x,'v'), with x a property or a lambda variable.
    Predicate function(const QString &lambdaVar, const ODataFilter::Property *lambdaProp)
    {
        const Token fn = next();
        const bool starts = fn.text.compare("startswith"_L1, Qt::CaseInsensitive) == 0;
        if (next().kind != Token::Open)
            return fail(fn.at);
        const Token arg = next();
        if (arg.kind != Token::Ident)
            return fail(arg.at);
        if (next().kind != Token::Comma)
            return fail(arg.at);
        Literal lit;
        if (!literal(&lit) || lit.kind != Literal::Str)
            return fail(fn.at);
        if (next().kind != Token::Close)
            return fail(fn.at);
        const int op = starts ? ODataFilter::StartsWith : ODataFilter::EndsWith;
        if (!starts)
            advanced("endsWith");
        if (lambdaProp) {
            if (arg.text != lambdaVar)
                return fail(arg.at);
            if (!(lambdaProp->ops & op))
                return unsupported(lambdaProp->name);
            return [lit, op](const QJsonObject &o) { return compare(QJsonValue(o.value("$"_L1)), op, lit); };
        }
        const ODataFilter::Property *p = property(arg.text);
        if (!p || p->collection || !(p->ops & op))
            return unsupported(arg.text);
        const QString name = p->name;
        return [name, lit, op](const QJsonObject &o) { return compare(field(o, name), op, lit); };
    }

    int comparisonOp(const Token &t) const
    {
        static const QList<std::pair<QLatin1String, int>> ops{
                {"eq"_L1, ODataFilter::Eq}, {"ne"_L1, ODataFilter::Ne},
                {"ge"_L1, ODataFilter::Ge}, {"le"_L1, ODataFilter::Le}};
        for (const auto &[word, op] : ops) {
            if (t.kind == Token::Ident && t.text.compare(word, Qt::CaseInsensitive) == 0)
                return op;
        }
        return 0;
    }

    Predicate primary()
    {
        const Token &t = peek();
        if (t.kind == Token::Open) {
            next();
            Predicate inner = orExpr();
            if (next().kind != Token::Close)
                return fail(t.at);
            return inner;
        }
        if (t.kind != Token::Ident)
            return fail(t.at);
        if ((t.text.compare("startswith"_L1, Qt::CaseInsensitive) == 0
             || t.text.compare("endswith"_L1, Qt::CaseInsensitive) == 0)
            && m_tokens.at(m_pos + 1).kind == Token::Open)
            return function({}, nullptr);
        const Token name = next();
        if (name.text.endsWith("/any"_L1, Qt::CaseInsensitive))
            return lambda(name);
        const ODataFilter::Property *p = property(name.text);
        if (keyword("in")) {
            next();
            if (next().kind != Token::Open)
                return fail(name.at);
            QList<Literal> values;
            do {
                Literal lit;
                if (!literal(&lit))
                    return fail(name.at);
                values.append(lit);
            } while (peek().kind == Token::Comma && (next(), true));
            if (next().kind != Token::Close)
                return fail(name.at);
            if (!p || p->collection || !(p->ops & ODataFilter::In))
                return unsupported(name.text);
            const QString prop = p->name;
            return [prop, values](const QJsonObject &o) {
                const QJsonValue v = field(o, prop);
                for (const Literal &l : values) {
                    if (compare(v, ODataFilter::Eq, l))
                        return true;
                }
                return false;
            };
        }
        const int op = comparisonOp(next());
        if (!op)
            return fail(name.at);
        Literal lit;
        if (!literal(&lit))
            return fail(name.at);
        if (!p || p->collection || !(p->ops & op) || (lit.kind == Literal::Bool) != p->boolean)
            return unsupported(name.text);
        if (op == ODataFilter::Ne)
            advanced("ne");
        const QString prop = p->name;
        return [prop, op, lit](const QJsonObject &o) { return compare(field(o, prop), op, lit); };
    }

    // coll/any(x: x eq 'v') or coll/any(x: startswith(x, 'v')).
    Predicate lambda(const Token &name)
    {
        const QString collection = name.text.chopped(4);
        const ODataFilter::Property *p = property(collection);
        if (next().kind != Token::Open)
            return fail(name.at);
        const Token var = next();
        if (var.kind != Token::Ident || next().kind != Token::Colon)
            return fail(name.at);
        Predicate item;
        if (keyword("startswith") || keyword("endswith")) {
            if (!p || !p->collection)
                return unsupported(collection);
            item = function(var.text, p);
        } else {
            const Token v = next();
            if (v.kind != Token::Ident || v.text != var.text)
                return fail(v.at);
            const int op = comparisonOp(next());
            Literal lit;
            if (!op || !literal(&lit))
                return fail(v.at);
            if (!p || !p->collection || !(p->ops & op))
                return unsupported(collection);
            item = [op, lit](const QJsonObject &o) { return compare(o.value("$"_L1), op, lit); };
        }
        if (next().kind != Token::Close)
            return fail(name.at);
        const QString prop = p ? p->name : collection;
        return [prop, item](const QJsonObject &o) {
            const QJsonArray values = field(o, prop).toArray();
            for (const QJsonValue &v : values) {
                if (item(QJsonObject{{"$"_L1, v}}))
                    return true;
            }
            return false;
        };
    }

    QString m_text;
    const ODataFilter::Entity &m_entity;
    QList<Token> m_tokens;
    qsizetype m_pos = 0;
    QString m_code;
    QString m_error;
    QString m_advanced;
};

std::optional<ODataFilter> ODataFilter::parse(const QString &text, const Entity &entity,
                                              QString *code, QString *message)
{
    FilterParser parser(text, entity);
    return parser.run(code, message);
}

} // namespace ie::sandbox
