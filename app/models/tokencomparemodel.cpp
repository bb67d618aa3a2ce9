#include "models/tokencomparemodel.h"

#include "core/terminaltext.h"
#include "jwt/tokenexplainer.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ie::models {

namespace {

QStringList items(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().split(u' ', Qt::SkipEmptyParts);
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out.append(ie::jwt::TokenExplainer::valueText(x));
    return out;
}

bool isListClaim(const QString &name)
{
    static const QSet<QString> lists{u"roles"_s,  u"scp"_s, u"wids"_s,
                                     u"groups"_s, u"amr"_s, u"aud"_s};
    return lists.contains(name);
}

} // namespace

TokenCompareModel::TokenCompareModel(QObject *parent) : QAbstractTableModel(parent) { }

TokenCompareModel::~TokenCompareModel() = default;

bool TokenCompareModel::isVolatileClaim(const QString &name)
{
    static const QSet<QString> v{u"iat"_s, u"nbf"_s, u"exp"_s,     u"aio"_s, u"uti"_s,
                                 u"rh"_s,  u"jti"_s, u"xms_ftd"_s, u"sid"_s};
    return v.contains(name);
}

void TokenCompareModel::setTokens(const ie::jwt::DecodedToken &before,
                                  const ie::jwt::DecodedToken &after)
{
    QStringList names = before.payload.keys();
    for (const QString &k : after.payload.keys()) {
        if (!before.payload.contains(k))
            names.append(k);
    }
    std::sort(names.begin(), names.end());
    QList<Row> rows;
    for (const QString &name : std::as_const(names)) {
        Row r;
        r.name = name;
        const QJsonValue a = before.payload.value(name);
        const QJsonValue b = after.payload.value(name);
        r.before = a.isUndefined() ? QString() : ie::jwt::TokenExplainer::valueText(a);
        r.after = b.isUndefined() ? QString() : ie::jwt::TokenExplainer::valueText(b);
        r.isVolatile = isVolatileClaim(name);
        if (a.isUndefined())
            r.change = Change::Added;
        else if (b.isUndefined())
            r.change = Change::Removed;
        else if (a != b && !r.isVolatile)
            r.change = Change::Changed;
        if (isListClaim(name)) {
            const QStringList x = items(a), y = items(b);
            for (const QString &i : y) {
                if (!x.contains(i))
                    r.added.append(i);
            }
            for (const QString &i : x) {
                if (!y.contains(i))
                    r.removed.append(i);
            }
            // The same roles in another order are the same grant.
            if (r.change == Change::Changed && r.added.isEmpty() && r.removed.isEmpty())
                r.change = Change::Unchanged;
        }
        rows.append(r);
    }
    beginResetModel();
    m_all = rows;
    rebuildVisible();
    endResetModel();
}

void TokenCompareModel::clear()
{
    beginResetModel();
    m_all.clear();
    m_visible.clear();
    endResetModel();
}

void TokenCompareModel::setShowUnchanged(bool show)
{
    if (show == m_showUnchanged)
        return;
    beginResetModel();
    m_showUnchanged = show;
    rebuildVisible();
    endResetModel();
}

void TokenCompareModel::rebuildVisible()
{
    m_visible.clear();
    for (const Row &r : std::as_const(m_all)) {
        if (m_showUnchanged || r.change != Change::Unchanged)
            m_visible.append(r);
    }
}

int TokenCompareModel::count(Change change) const
{
    return int(std::count_if(m_all.begin(), m_all.end(),
                             [change](const Row &r) { return r.change == change; }));
}

QString TokenCompareModel::summary() const
{
    if (m_all.isEmpty())
        return {};
    const int added = count(Change::Added), removed = count(Change::Removed),
              changed = count(Change::Changed);
    if (added + removed + changed == 0)
        return tr("The tokens carry the same claims (times and ids aside).");
    return tr("%1 added, %2 removed, %3 changed").arg(added).arg(removed).arg(changed);
}

int TokenCompareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int TokenCompareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TokenCompareModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_visible[index.row()];
    if (role == NameRole)
        return r.name;
    if (role == ChangeRole)
        return int(r.change);
    if (role == VolatileRole)
        return r.isVolatile;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    // Claims come from a token anyone can write: control and bidirectional characters are shown
    // as escapes, as in the claims table, so no value can fake another row or reorder text.
    switch (index.column()) {
    case ClaimColumn:
        return terminalSafe(r.name);
    case ChangeColumn: {
        QString text;
        switch (r.change) {
        case Change::Unchanged:
            text = r.isVolatile && r.before != r.after ? tr("differs (as in every token)")
                                                       : QString();
            break;
        case Change::Added:
            text = tr("added");
            break;
        case Change::Removed:
            text = tr("removed");
            break;
        case Change::Changed:
            text = tr("changed");
            break;
        }
        QStringList details;
        if (r.change == Change::Changed) {
            if (!r.added.isEmpty())
                details.append(tr("+ %1").arg(r.added.join(u", "_s)));
            if (!r.removed.isEmpty())
                details.append(tr("\u2212 %1").arg(r.removed.join(u", "_s)));
        }
        return details.isEmpty() ? text : text + u": "_s + terminalSafe(details.join(u"; "_s));
    }
    case BeforeColumn:
        return terminalSafe(r.before);
    case AfterColumn:
        return terminalSafe(r.after);
    default:
        return {};
    }
}

QVariant TokenCompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ClaimColumn:
        return tr("Claim");
    case ChangeColumn:
        return tr("Change");
    case BeforeColumn:
        return tr("First token");
    case AfterColumn:
        return tr("Second token");
    default:
        return {};
    }
}

QHash<int, QByteArray> TokenCompareModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(NameRole, "name");
    names.insert(ChangeRole, "change");
    names.insert(VolatileRole, "volatile");
    return names;
}

} // namespace ie::models
