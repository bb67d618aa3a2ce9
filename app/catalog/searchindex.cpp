#include "catalog/searchindex.h"

#include <algorithm>
#include <cstring>
#include <numeric>
#include <string_view>

using namespace Qt::StringLiterals;

namespace ie::catalog {

namespace {

QString compact(const QString &lower)
{
    QString out;
    out.reserve(lower.size());
    for (QChar c : lower) {
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

bool isHexFragment(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || u == u'-'))
            return false;
    }
    return true;
}

// Strips the decorations a GUID comes with: braces, parentheses, quotes, urn:uuid:.
QString stripGuidDecorations(QString s)
{
    s = s.trimmed();
    if (s.startsWith("urn:uuid:"_L1, Qt::CaseInsensitive))
        s = s.mid(9);
    while (!s.isEmpty()
           && (s.front() == u'{' || s.front() == u'(' || s.front() == u'"' || s.front() == u'\''))
        s.remove(0, 1);
    while (!s.isEmpty()
           && (s.back() == u'}' || s.back() == u')' || s.back() == u'"' || s.back() == u'\''))
        s.chop(1);
    return s.toLower();
}

// A 64-bit signature of the character pairs in `text`: a word whose pairs are not all in an
// entry's signature cannot occur in it, which spares most substring searches.
quint64 pairSignature(const QByteArray &text)
{
    quint64 sig = 0;
    if (text.size() == 1)
        return quint64(1) << (quint8(text[0]) % 64);
    for (qsizetype i = 0; i + 1 < text.size(); ++i)
        sig |= quint64(1) << ((quint8(text[i]) * 31u + quint8(text[i + 1])) % 64);
    return sig;
}

// QString::toLower without its Unicode tables for the common case: ASCII text lowers byte by
// byte with the same result, and text already lower-case is shared, not copied.
QString lower(const QString &s)
{
    bool upper = false;
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (u >= 0x80)
            return s.toLower();
        upper = upper || (u >= u'A' && u <= u'Z');
    }
    if (!upper)
        return s;
    QString out = s;
    for (QChar &c : out) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(char16_t(c.unicode() + 32));
    }
    return out;
}

// The lower-case UTF-8 form of `s`, in one pass when it is ASCII.
QByteArray lowerUtf8(const QString &s)
{
    QByteArray out(s.size(), Qt::Uninitialized);
    char *d = out.data();
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (u >= 0x80)
            return s.toLower().toUtf8();
        *d++ = char(u >= u'A' && u <= u'Z' ? u + 32 : u);
    }
    return out;
}

quint64 charSignature(const QByteArray &text)
{
    quint64 sig = 0;
    for (char c : text)
        sig |= quint64(1) << (quint8(c) % 64);
    return sig;
}

} // namespace

void SearchIndex::Blob::append(int entry, const QByteArray &text)
{
    Q_UNUSED(entry);
    starts.push_back(bytes.size());
    bytes.append(text);
    // A query never holds a newline (cleanQuery), so no match can span two segments.
    bytes.append('\n');
}

void SearchIndex::collectMatches(const Blob &blob, const QByteArray &needle, std::vector<int> &out)
{
    if (needle.isEmpty() || blob.starts.empty())
        return;
    const char *base = blob.bytes.constData();
    const qsizetype size = blob.bytes.size();
    const size_t segments = blob.starts.size();
    size_t segment = 0;
    qsizetype pos = 0;
    while (pos < size) {
        const void *found
                = memmem(base + pos, size_t(size - pos), needle.constData(), size_t(needle.size()));
        if (!found)
            break;
        const qsizetype offset = static_cast<const char *>(found) - base;
        // Offsets only grow: walk forward rather than search.
        while (segment + 1 < segments && blob.starts[segment + 1] <= offset)
            ++segment;
        out.push_back(int(segment));
        // One hit per entry is enough: skip to the next segment.
        pos = segment + 1 < segments ? blob.starts[segment + 1] : size;
    }
}

void SearchIndex::Postings::build(const Blob &blob)
{
    constexpr size_t Pairs = 65536;
    offsets.assign(Pairs + 1, 0);
    segs.clear();
    const auto *bytes = reinterpret_cast<const quint8 *>(blob.bytes.constData());
    const size_t segments = blob.starts.size();
    std::vector<quint32> last(Pairs, quint32(-1));
    // Segment s holds the pairs inside [starts[s], end - 1): its closing newline is no text.
    auto forEachPair = [&](auto &&f) {
        for (size_t s = 0; s < segments; ++s) {
            const size_t begin = size_t(blob.starts[s]);
            const size_t end
                    = s + 1 < segments ? size_t(blob.starts[s + 1]) : size_t(blob.bytes.size());
            for (size_t i = begin; i + 2 < end; ++i) {
                const size_t pair = (size_t(bytes[i]) << 8) | bytes[i + 1];
                if (last[pair] != quint32(s)) {
                    last[pair] = quint32(s);
                    f(pair, quint32(s));
                }
            }
        }
    };
    forEachPair([this](size_t pair, quint32) { ++offsets[pair + 1]; });
    for (size_t p = 0; p < Pairs; ++p)
        offsets[p + 1] += offsets[p];
    segs.resize(offsets[Pairs]);
    std::vector<quint32> cursor(offsets.begin(), offsets.end() - 1);
    std::fill(last.begin(), last.end(), quint32(-1));
    forEachPair([this, &cursor](size_t pair, quint32 s) { segs[cursor[pair]++] = s; });
}

void SearchIndex::indexedMatches(const Blob &blob, const Postings *index, const QByteArray &needle,
                                 std::vector<int> &out)
{
    if (needle.size() < 2 || !index || index->offsets.empty()) {
        collectMatches(blob, needle, out);
        return;
    }
    struct List
    {
        const quint32 *begin;
        const quint32 *end;
        size_t size() const { return size_t(end - begin); }
    };
    const Postings &postings = *index;
    std::vector<List> lists;
    const auto *bytes = reinterpret_cast<const quint8 *>(needle.constData());
    for (qsizetype i = 0; i + 1 < needle.size(); ++i) {
        const size_t pair = (size_t(bytes[i]) << 8) | bytes[i + 1];
        const quint32 *base = postings.segs.data();
        lists.push_back({base + postings.offsets[pair], base + postings.offsets[pair + 1]});
    }
    std::sort(lists.begin(), lists.end(),
              [](const List &a, const List &b) { return a.size() < b.size(); });
    if (lists.front().size() == 0)
        return;
    if (needle.size() == 2) {
        out.insert(out.end(), lists.front().begin, lists.front().end);
        return;
    }
    // Intersect the rarest lists (a few suffice), then confirm the whole needle in each segment.
    std::vector<quint32> candidates(lists.front().begin, lists.front().end);
    for (size_t l = 1; l < lists.size() && l < 4 && candidates.size() > 8; ++l) {
        const quint32 *it = lists[l].begin;
        size_t kept = 0;
        for (quint32 c : candidates) {
            it = std::lower_bound(it, lists[l].end, c);
            if (it == lists[l].end)
                break;
            if (*it == c)
                candidates[kept++] = c;
        }
        candidates.resize(kept);
    }
    for (quint32 c : candidates) {
        if (segmentContains(blob, int(c), needle))
            out.push_back(int(c));
    }
}

std::shared_ptr<const SearchPostings> SearchIndex::buildPostings() const
{
    auto p = std::make_shared<SearchPostings>();
    p->names.build(m_names);
    p->descriptions.build(m_descriptions);
    return p;
}

bool SearchIndex::segmentContains(const Blob &blob, int segment, const QByteArray &needle)
{
    const qsizetype begin = blob.starts[size_t(segment)];
    const qsizetype end = size_t(segment) + 1 < blob.starts.size()
            ? blob.starts[size_t(segment) + 1]
            : blob.bytes.size();
    // Segments are short: a plain find beats memmem's per-call set-up here.
    const std::string_view hay(blob.bytes.constData() + begin, size_t(end - begin));
    return hay.find(std::string_view(needle.constData(), size_t(needle.size())))
            != std::string_view::npos;
}

QString SearchIndex::key(Kind kind, const QString &resourceAppId, const QString &id)
{
    QString k;
    k.reserve(resourceAppId.size() + id.size() + 4);
    k += QString::number(int(kind));
    k += u'|';
    k += resourceAppId;
    k += u'|';
    k += id;
    return k;
}

SearchIndex::SearchIndex(std::vector<EntryPtr> entries) : m_entries(std::move(entries))
{
    const size_t n = m_entries.size();
    m_valueLower.reserve(n);
    m_nameLower.reserve(n);
    m_altLower.reserve(n);
    m_byKey.reserve(qsizetype(n));
    m_byId.reserve(qsizetype(n));
    m_ids.bytes.reserve(qsizetype(n) * 37);
    m_resourceOf.reserve(n);
    QHash<QString, int> resourceIndex;

    for (size_t i = 0; i < n; ++i) {
        const Entry &e = *m_entries[i];
        const int idx = int(i);
        m_counts[int(e.kind)]++;
        const QString value = lower(e.value);
        const QString name = lower(e.displayName);
        QStringList alt;
        alt.reserve(e.formerNames.size());
        for (const QString &f : e.formerNames)
            alt.append(lower(f));
        m_valueLower.push_back(value);
        m_nameLower.push_back(name);

        m_ids.append(idx, e.id.toLatin1());
        // The key (value, or name when there is none) opens the segment: keyLen bytes.
        const QString &keyText = value.isEmpty() ? name : value;
        QByteArray names = keyText.toUtf8();
        m_keyLen.push_back(quint16(std::min<qsizetype>(names.size(), 0xffff)));
        names += ' ';
        names += name.toUtf8();
        for (const QString &a : std::as_const(alt)) {
            names += ' ';
            names += a.toUtf8();
        }
        if (name.contains(u' ')) {
            names += ' ';
            names += compact(name).toUtf8();
        }
        for (const QString &uri : e.identifierUris) {
            names += ' ';
            names += lowerUtf8(uri);
        }
        if (!e.resourceAppId.isEmpty()) {
            auto it = resourceIndex.constFind(e.resourceAppId);
            if (it == resourceIndex.cend()) {
                it = resourceIndex.insert(e.resourceAppId, int(m_resourceNames.size()));
                m_resourceNames.push_back(lowerUtf8(e.resourceName));
                m_resourceEntries.emplace_back();
            }
            m_resourceOf.push_back(*it);
            m_resourceEntries[size_t(*it)].push_back(idx);
        } else {
            m_resourceOf.push_back(-1);
        }
        m_nameSig.push_back(pairSignature(names) | charSignature(names));
        m_names.append(idx, names);
        QByteArray desc = lowerUtf8(e.description);
        if (!e.userConsentDescription.isEmpty()) {
            desc += ' ';
            desc += lowerUtf8(e.userConsentDisplayName);
            desc += ' ';
            desc += lowerUtf8(e.userConsentDescription);
        }
        if (!e.note.isEmpty()) {
            desc += ' ';
            desc += lowerUtf8(e.note);
        }
        m_descriptions.append(idx, desc);
        m_altLower.push_back(std::move(alt));

        m_byKey.insert(key(e.kind, e.resourceAppId, e.id), idx);
        if (!value.isEmpty())
            m_byValue.insert(key(e.kind, e.resourceAppId, value), idx);
        m_byId.insert(e.id, idx);
        if (e.kind == Kind::App) {
            m_byAudience.insert(e.id, idx);
            for (const QString &uri : e.identifierUris) {
                QString u = lower(uri);
                while (u.endsWith(u'/'))
                    u.chop(1);
                m_byAudience.insert(u, idx);
            }
        }
    }

    // The tiebreak inside a rank: Microsoft Graph's permissions first, then the order of the
    // data (the bundled files are sorted by value or name within each kind).
    m_order.resize(n);
    quint32 graphPos = 0, otherPos = quint32(n);
    for (size_t i = 0; i < n; ++i)
        m_order[i] = m_entries[i]->resourceAppId == QLatin1StringView(Catalog::GraphAppId)
                ? graphPos++
                : otherPos++;
}

QString SearchIndex::cleanQuery(const QString &query)
{
    QString s = query.left(MaxQueryLength * 4);
    for (QChar &c : s) {
        const auto cat = c.category();
        if (cat == QChar::Other_Control || cat == QChar::Other_Format
            || cat == QChar::Other_NotAssigned || cat == QChar::Separator_Line
            || cat == QChar::Separator_Paragraph)
            c = u' ';
    }
    return s.simplified().left(MaxQueryLength);
}

QList<Hit> SearchIndex::search(const QString &query, const SearchOptions &options,
                               const SearchPostings *postings) const
{
    const QString q = cleanQuery(query).toLower();
    if (q.isEmpty() || m_entries.empty())
        return {};
    const size_t n = m_entries.size();
    constexpr quint8 NoMatch = 0xff;
    std::vector<quint8> rank(n, NoMatch);
    auto improve = [&rank](size_t i, MatchRank r) {
        rank[i] = std::min<quint8>(rank[i], quint8(r));
    };

    // GUIDs: whole (via the hash) or a fragment of at least four characters.
    const QString guidish = stripGuidDecorations(q);
    QString guid = guidish;
    if (guid.size() == 32 && isHexFragment(guid) && !guid.contains(u'-'))
        guid = guid.left(8) + u'-' + guid.mid(8, 4) + u'-' + guid.mid(12, 4) + u'-'
                + guid.mid(16, 4) + u'-' + guid.mid(20);
    if (guid.size() >= 4 && isHexFragment(guid)) {
        if (guid.size() == 36) {
            for (auto it = m_byId.constFind(guid); it != m_byId.cend() && it.key() == guid; ++it)
                improve(size_t(it.value()), MatchRank::Exact);
        } else {
            std::vector<int> found;
            collectMatches(m_ids, guid.toLatin1(), found);
            for (int i : found)
                improve(size_t(i),
                        m_entries[size_t(i)]->id.startsWith(guid) ? MatchRank::Prefix
                                                                  : MatchRank::Words);
        }
    }

    // Text: every word must occur in the names or the description.
    QStringList words = q.split(u' ', Qt::SkipEmptyParts);
    words.removeDuplicates();
    if (words.size() > 16)
        words.resize(16);
    // The longest word is the anchor: one scan of the blobs finds the entries that contain it;
    // the other words are then checked only inside those entries' segments.
    QList<QByteArray> needles;
    for (const QString &w : std::as_const(words))
        needles.append(w.toUtf8());
    std::stable_sort(needles.begin(), needles.end(),
                     [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
    auto inResource = [this](int i, const QByteArray &needle) {
        const int r = m_resourceOf[size_t(i)];
        return r >= 0 && m_resourceNames[size_t(r)].contains(needle);
    };
    QList<quint64> needleSigs;
    for (const QByteArray &nd : std::as_const(needles))
        needleSigs.append(nd.size() == 1 ? charSignature(nd) : pairSignature(nd));
    auto inNames = [&](int i, qsizetype w) {
        const quint64 sig = needleSigs[w];
        if ((m_nameSig[size_t(i)] & sig) == sig && segmentContains(m_names, i, needles[w]))
            return true;
        return inResource(i, needles[w]);
    };
    std::vector<quint8> textRank(n, NoMatch);
    const QChar q0 = q.front();
    auto rankInNames = [&](int i) {
        const QString &v = m_valueLower[size_t(i)];
        const QString &name = m_nameLower[size_t(i)];
        // The first character decides most candidates without a string comparison.
        const bool vMay = !v.isEmpty() && v.front() == q0;
        const bool nMay = !name.isEmpty() && name.front() == q0;
        if ((vMay && v == q) || (nMay && name == q)
            || (!m_altLower[size_t(i)].isEmpty() && m_altLower[size_t(i)].contains(q)))
            return MatchRank::Exact;
        if ((vMay && v.startsWith(q)) || (nMay && name.startsWith(q)))
            return MatchRank::Prefix;
        return MatchRank::Words;
    };
    if (q.size() == 1) {
        // One character is no fragment worth finding inside words: starts only.
        const char16_t c = q.front().unicode();
        for (size_t i = 0; i < n; ++i) {
            const QString &v = m_valueLower[i];
            const QString &name = m_nameLower[i];
            if ((!v.isEmpty() && v.front().unicode() == c)
                || (!name.isEmpty() && name.front().unicode() == c))
                textRank[i] = quint8(v.size() == 1 || name.size() == 1 ? rankInNames(int(i))
                                                                       : MatchRank::Prefix);
        }
        std::lock_guard lock(m_cacheMutex);
        m_cache = {};
    } else if (!needles.isEmpty()) {
        const QByteArray &anchor = needles.first();
        auto allInNames = [&](int i, qsizetype from) {
            for (qsizetype w = from; w < needles.size(); ++w) {
                if (!inNames(i, w))
                    return false;
            }
            return true;
        };
        auto allAnywhere = [&](int i) {
            for (qsizetype w = 0; w < needles.size(); ++w) {
                if (!inNames(i, w) && !segmentContains(m_descriptions, i, needles[w]))
                    return false;
            }
            return true;
        };

        // Typing narrows: whatever matches "read all u" matched "read all" too, so the last
        // query's matches are the only candidates and no blob needs scanning.
        Cache last;
        {
            std::lock_guard lock(m_cacheMutex);
            if (!m_cache.query.isEmpty() && q.startsWith(m_cache.query))
                last = m_cache;
        }
        Cache next;
        next.query = q;
        next.needles = needles;
        // The last query's words hold in every one of its matches: only new words need a check.
        QList<qsizetype> fresh;
        for (qsizetype w = 0; w < needles.size(); ++w) {
            if (!last.needles.contains(needles[w]))
                fresh.append(w);
        }
        auto freshInNames = [&](int i) {
            for (qsizetype w : std::as_const(fresh)) {
                if (!inNames(i, w))
                    return false;
            }
            return true;
        };
        auto freshAnywhere = [&](int i) {
            for (qsizetype w : std::as_const(fresh)) {
                if (!inNames(i, w) && !segmentContains(m_descriptions, i, needles[w]))
                    return false;
            }
            return true;
        };
        std::vector<int> candidates; // entries with the anchor in their names, when scanned
        bool scanned = false;
        if (!last.query.isEmpty()) {
            for (int i : last.nameMatches) {
                if (freshInNames(i)) {
                    textRank[size_t(i)] = quint8(rankInNames(i));
                    next.nameMatches.push_back(i);
                }
            }
        } else {
            indexedMatches(m_names, postings ? &postings->names : nullptr, anchor, candidates);
            scanned = true;
            for (size_t r = 0; r < m_resourceNames.size(); ++r) {
                if (m_resourceNames[r].contains(anchor))
                    candidates.insert(candidates.end(), m_resourceEntries[r].begin(),
                                      m_resourceEntries[r].end());
            }
            for (int i : candidates) {
                if (textRank[size_t(i)] == NoMatch && allInNames(i, 1)) {
                    textRank[size_t(i)] = quint8(rankInNames(i));
                    next.nameMatches.push_back(i);
                }
            }
        }
        // Description matches rank last: when the names alone fill the limit, none would show.
        // Two letters inside a description ("gl" in "english") are noise, not a match.
        qsizetype nameMatches = 0;
        for (int i : next.nameMatches) {
            if (!options.kind || m_entries[size_t(i)]->kind == *options.kind)
                ++nameMatches;
        }
        if ((options.limit <= 0 || nameMatches < options.limit) && anchor.size() >= 3) {
            next.complete = true;
            std::vector<int> pool;
            const bool fromLast = !last.query.isEmpty() && last.complete;
            if (fromLast) {
                pool = last.nameMatches;
                pool.insert(pool.end(), last.descMatches.begin(), last.descMatches.end());
            } else {
                indexedMatches(m_descriptions, postings ? &postings->descriptions : nullptr, anchor,
                               pool);
                if (scanned) {
                    pool.insert(pool.end(), candidates.begin(), candidates.end());
                } else {
                    // As the scan above: the names, and the entries of every resource whose
                    // name holds the anchor (a typed query narrowed from the last one would
                    // otherwise miss them when its words are partly in the description).
                    indexedMatches(m_names, postings ? &postings->names : nullptr, anchor, pool);
                    for (size_t r = 0; r < m_resourceNames.size(); ++r) {
                        if (m_resourceNames[r].contains(anchor))
                            pool.insert(pool.end(), m_resourceEntries[r].begin(),
                                        m_resourceEntries[r].end());
                    }
                }
            }
            for (int i : pool) {
                if (textRank[size_t(i)] == NoMatch
                    && (fromLast ? freshAnywhere(i) : allAnywhere(i))) {
                    textRank[size_t(i)] = quint8(MatchRank::Description);
                    next.descMatches.push_back(i);
                }
            }
        }
        std::lock_guard lock(m_cacheMutex);
        m_cache = std::move(next);
    }
    for (size_t i = 0; i < n; ++i) {
        if (textRank[i] != NoMatch)
            improve(i, MatchRank(textRank[i]));
    }

    QList<QByteArray> needles8, compact8;
    for (const QString &w : std::as_const(words)) {
        needles8.append(w.toUtf8());
        compact8.append(compact(w).toUtf8());
    }
    // Sort key: rank, then the shorter name (the closer match), then kind and value.
    std::vector<std::pair<quint64, quint32>> sorted;
    for (size_t i = 0; i < n; ++i) {
        if (rank[i] == NoMatch || (options.kind && m_entries[i]->kind != *options.kind))
            continue;
        const QString &v = m_valueLower[i].isEmpty() ? m_nameLower[i] : m_valueLower[i];
        const quint64 len = quint64(std::min<qsizetype>(v.size(), 0xffff));
        // Among word matches, those whose words are in the value itself ("users read all" ->
        // User.Read.All) before those that match through the display name or resource.
        quint64 missing = 0;
        if (rank[i] == quint8(MatchRank::Words)) {
            const char *key = m_names.bytes.constData() + m_names.starts[i];
            const std::string_view keyView(key, m_keyLen[i]);
            for (qsizetype w = 0; w < words.size(); ++w) {
                if (keyView.find(
                            std::string_view(needles8[w].constData(), size_t(needles8[w].size())))
                            == std::string_view::npos
                    && keyView.find(std::string_view(compact8[w].constData(),
                                                     size_t(compact8[w].size())))
                            == std::string_view::npos)
                    ++missing;
            }
        }
        sorted.emplace_back((quint64(rank[i]) << 56) | (std::min<quint64>(missing, 0xff) << 48)
                                    | (len << 32) | quint64(m_order[i]),
                            quint32(i));
    }
    const size_t limit
            = options.limit > 0 ? std::min(sorted.size(), size_t(options.limit)) : sorted.size();
    std::partial_sort(sorted.begin(), sorted.begin() + qsizetype(limit), sorted.end());
    QList<Hit> hits;
    hits.reserve(qsizetype(limit));
    for (size_t k = 0; k < limit; ++k) {
        const quint32 i = sorted[k].second;
        hits.append(Hit{m_entries[i], MatchRank(rank[i])});
    }
    return hits;
}

EntryPtr SearchIndex::find(Kind kind, const QString &resourceAppId, const QString &id) const
{
    const auto it = m_byKey.constFind(key(kind, resourceAppId, id));
    return it == m_byKey.cend() ? nullptr : m_entries[size_t(*it)];
}

EntryPtr SearchIndex::findValue(Kind kind, const QString &resourceAppId,
                                const QString &valueLower) const
{
    const auto it = m_byValue.constFind(key(kind, resourceAppId, valueLower));
    return it == m_byValue.cend() ? nullptr : m_entries[size_t(*it)];
}

QList<EntryPtr> SearchIndex::byId(const QString &id) const
{
    QList<EntryPtr> out;
    for (auto it = m_byId.constFind(id); it != m_byId.cend() && it.key() == id; ++it)
        out.append(m_entries[size_t(it.value())]);
    std::sort(out.begin(), out.end(),
              [](const EntryPtr &a, const EntryPtr &b) { return a->kind < b->kind; });
    return out;
}

EntryPtr SearchIndex::byAudience(const QString &audienceLower) const
{
    const auto it = m_byAudience.constFind(audienceLower);
    return it == m_byAudience.cend() ? nullptr : m_entries[size_t(*it)];
}

} // namespace ie::catalog
