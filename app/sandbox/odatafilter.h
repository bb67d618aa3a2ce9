#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace ie::sandbox {

// The $filter language of Microsoft Graph on directory objects, as far as the sandbox serves it
// (https://learn.microsoft.com/graph/filter-query-parameter and
// https://learn.microsoft.com/graph/aad-advanced-queries): comparisons `prop eq|ne|ge|le 'v'`
// (also true, false, null), `startswith(prop,'v')`, `endswith(prop,'v')`, lambda `coll/any(x:x eq
// 'v')` and `coll/any(x:startswith(x,'v'))`, `prop in ('a','b')`, joined by `and`, `or`, `not`
// and parentheses. Which operator each property supports is declared per entity; anything else
// is refused with Graph's own message. `ne`, `not` and `endswith` are advanced queries: Graph
// accepts them only with `ConsistencyLevel: eventual` and `$count=true`.
class ODataFilter
{
public:
    enum Op { Eq = 1, Ne = 2, Not = 4, Ge = 8, Le = 16, In = 32, StartsWith = 64, EndsWith = 128, Any = 256 };

    struct Property
    {
        QString name; // as Graph spells it
        int ops = 0; // Op flags
        bool collection = false; // filtered with any()
        bool boolean = false;
    };
    struct Entity
    {
        QString name; // "ServicePrincipal", for messages
        QList<Property> properties;
    };

    // Parses `text` for `entity`. On failure returns nothing and sets `code` and `message` as
    // Graph does: BadRequest for a syntax error, Request_UnsupportedQuery for a property or
    // operator Graph does not filter on.
    static std::optional<ODataFilter> parse(const QString &text, const Entity &entity,
                                            QString *code, QString *message);

    bool matches(const QJsonObject &object) const { return m_predicate(object); }
    // The advanced operator the filter uses ("ne", "not", "endsWith"), or "" when none.
    QString advancedOperator() const { return m_advanced; }

private:
    std::function<bool(const QJsonObject &)> m_predicate;
    QString m_advanced;
    friend class FilterParser;
};

// Graph's message when an advanced operator comes without the advanced query parameters.
QString advancedQueryMessage(const QString &op);

} // namespace ie::sandbox
