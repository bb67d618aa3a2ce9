#pragma once

#include "catalog/catalog.h"

#include <QByteArray>
#include <QHash>

#include <memory>
#include <mutex>
#include <vector>

namespace ie::catalog {

struct SearchPostings;

// An immutable index over a list of entries, built once per change of the data. Text is matched
// in three lower-case UTF-8 blobs (ids, names, descriptions), one segment per entry, with memmem:
// a linear scan of a few megabytes of contiguous bytes beats a token tree here and also finds
// fragments inside words. Hits are mapped back to entries by segment offsets.
//
// The byte-pair postings that spare most of those scans cost more to build than the rest of the
// index: buildPostings() makes them as a separate immutable object, meant to run on a worker
// thread (it only reads the blobs, which never change after construction). search() takes them
// when they are there and scans the blobs when they are not, with the same results either way.
class SearchIndex
{
    struct Blob;

public:
    explicit SearchIndex(std::vector<EntryPtr> entries);

    // For every byte pair, the segments whose text holds it, in ascending order (CSR layout).
    struct Postings
    {
        std::vector<quint32> offsets; // pair p's segments are segs[offsets[p], offsets[p + 1])
        std::vector<quint32> segs;
        void build(const Blob &blob);
    };

    const std::vector<EntryPtr> &entries() const { return m_entries; }
    // Thread-safe: `postings` (from this index's buildPostings(), or null for the scan path) only
    // changes how matches are found, never which.
    QList<Hit> search(const QString &query, const SearchOptions &options,
                      const SearchPostings *postings = nullptr) const;
    // Safe to call on any thread while searches run: reads only immutable data.
    std::shared_ptr<const SearchPostings> buildPostings() const;

    EntryPtr find(Kind kind, const QString &resourceAppId, const QString &id) const;
    EntryPtr findValue(Kind kind, const QString &resourceAppId, const QString &valueLower) const;
    QList<EntryPtr> byId(const QString &id) const;
    EntryPtr byAudience(const QString &audienceLower) const;
    int countOf(Kind kind) const { return m_counts[static_cast<int>(kind)]; }

    // Query cleanup shared with the UI: control characters become spaces, runs of blanks one
    // space, and the length is capped (a 10,000-character paste is no search).
    static QString cleanQuery(const QString &query);
    static constexpr int MaxQueryLength = 256;

private:
    struct Blob
    {
        QByteArray bytes;
        std::vector<qsizetype> starts; // segment i covers [starts[i], starts[i+1])
        void append(int entry, const QByteArray &text);
    };
    static QString key(Kind kind, const QString &resourceAppId, const QString &id);
    // Appends, in order, each entry whose segment of `blob` contains `needle`.
    static void collectMatches(const Blob &blob, const QByteArray &needle, std::vector<int> &out);
    // The same result as collectMatches, found through the pair postings: a needle of two bytes
    // is one posting list; a longer one is checked only in the segments holding its rarest pairs.
    // A null `postings` scans the blob instead.
    static void indexedMatches(const Blob &blob, const Postings *postings, const QByteArray &needle,
                               std::vector<int> &out);
    static bool segmentContains(const Blob &blob, int segment, const QByteArray &needle);

    std::vector<EntryPtr> m_entries;
    std::vector<QString> m_valueLower;
    std::vector<QString> m_nameLower;
    std::vector<QStringList> m_altLower; // former names
    std::vector<quint32> m_order; // position of each entry in (kind, value) order
    Blob m_ids; // the entry's id
    Blob m_names; // value, display name, former names, display name without blanks, URIs
    Blob m_descriptions;
    std::vector<quint64> m_nameSig;
    std::vector<quint16> m_keyLen; // bytes of the key (value or name) at each names segment's start
                                   // // pairSignature() of each names segment
    // Resource names once per resource (not repeated in every permission's segment).
    std::vector<int> m_resourceOf; // entry -> resource index or -1
    std::vector<QByteArray> m_resourceNames; // lower-case UTF-8
    std::vector<std::vector<int>> m_resourceEntries;
    QHash<QString, int> m_byKey; // key(kind, resourceAppId, id)
    QHash<QString, int> m_byValue; // key(kind, resourceAppId, value lower)
    QMultiHash<QString, int> m_byId;
    QHash<QString, int> m_byAudience;
    int m_counts[KindCount] = {};

    // The last text query's matches, to narrow the next one while the user types.
    struct Cache
    {
        QString query;
        QList<QByteArray> needles; // its words: every match holds each of them
        std::vector<int> nameMatches;
        std::vector<int> descMatches;
        bool complete = false; // descriptions were searched too
    };
    mutable std::mutex m_cacheMutex;
    mutable Cache m_cache;
};

// The byte-pair postings of one index's name and description blobs.
struct SearchPostings
{
    SearchIndex::Postings names;
    SearchIndex::Postings descriptions;
};

} // namespace ie::catalog
