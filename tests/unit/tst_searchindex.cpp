// The search index's substring matching against a brute-force reference: fragments inside words,
// of two, three and more characters, taken from every kind of entry, must find exactly the entries
// whose fields hold them, whether searched cold or typed keystroke by keystroke.

#include "catalog/catalog.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ie::catalog;

namespace {

QString compact(const QString &lower)
{
    QString out;
    for (QChar c : lower) {
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

bool inNames(const Entry &e, const QString &f)
{
    const QString name = e.displayName.toLower();
    if (e.value.toLower().contains(f) || name.contains(f) || e.resourceName.toLower().contains(f))
        return true;
    if (name.contains(u' ') && compact(name).contains(f))
        return true;
    for (const QString &a : e.formerNames) {
        if (a.toLower().contains(f))
            return true;
    }
    for (const QString &u : e.identifierUris) {
        if (u.toLower().contains(f))
            return true;
    }
    return false;
}

bool inDescription(const Entry &e, const QString &f)
{
    return e.description.toLower().contains(f) || e.userConsentDisplayName.toLower().contains(f)
            || e.userConsentDescription.toLower().contains(f) || e.note.toLower().contains(f);
}

bool isHex(const QString &s)
{
    for (QChar c : s) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || c == u'-'))
            return false;
    }
    return true;
}

// What a one-word query of at least two characters must find (limit 0): the names for two
// characters, names and descriptions from three, and ids for hex fragments from four.
QSet<const Entry *> reference(const QList<EntryPtr> &all, const QString &f)
{
    QSet<const Entry *> out;
    for (const EntryPtr &e : all) {
        if (inNames(*e, f) || (f.size() >= 3 && inDescription(*e, f))
            || (f.size() >= 4 && isHex(f) && e->id.contains(f)))
            out.insert(e.get());
    }
    return out;
}

QSet<const Entry *> entriesOf(const QList<Hit> &hits)
{
    QSet<const Entry *> out;
    for (const Hit &h : hits)
        out.insert(h.entry.get());
    return out;
}

} // namespace

class TestSearchIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fragments_data();
    void fragments();
    void typedEqualsCold_data();
    void typedEqualsCold();
    void absentPairs();

private:
    Catalog m_catalog;
    QList<EntryPtr> m_all;
};

void TestSearchIndex::initTestCase()
{
    QVERIFY(m_catalog.loadBundled().ok());
    m_all = m_catalog.entries();
    QVERIFY(m_all.size() > 5000);
}

void TestSearchIndex::fragments_data()
{
    QTest::addColumn<QString>("fragment");
    // Fragments from the middle of words of every kind, spread over each kind's entries.
    QSet<QString> seen;
    for (int k = 0; k < KindCount; ++k) {
        QList<EntryPtr> ofKind;
        for (const EntryPtr &e : std::as_const(m_all)) {
            if (int(e->kind) == k)
                ofKind.append(e);
        }
        const qsizetype step = std::max<qsizetype>(1, ofKind.size() / 12);
        for (qsizetype i = 0; i < ofKind.size(); i += step) {
            const Entry &e = *ofKind[i];
            for (const QString &text : {e.value, e.displayName, e.description}) {
                const QString lower = text.toLower();
                for (int len : {2, 3, 5}) {
                    const qsizetype at = lower.size() / 2 - len / 2;
                    if (at < 1 || at + len > lower.size())
                        continue;
                    const QString f = lower.mid(at, len);
                    bool plain = true;
                    for (QChar c : f)
                        plain = plain && c.isLetterOrNumber();
                    if (plain && !seen.contains(f)) {
                        seen.insert(f);
                        QTest::addRow("kind%d-%s", k, qPrintable(f)) << f;
                    }
                }
            }
        }
    }
    QVERIFY(seen.size() > 100);
}

void TestSearchIndex::fragments()
{
    QFETCH(QString, fragment);
    m_catalog.search(u"zzzz"_s); // no typing cache
    const QList<Hit> hits = m_catalog.search(fragment, {std::nullopt, 0});
    const QSet<const Entry *> expected = reference(m_all, fragment);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(entriesOf(hits).size(), expected.size());
    QCOMPARE(entriesOf(hits), expected);
}

void TestSearchIndex::typedEqualsCold_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("limit");
    QTest::newRow("User.Read.All") << u"User.Read.All"_s << 500;
    QTest::newRow("read all users") << u"read all users"_s << 500;
    QTest::newRow("keyvault secrets") << u"keyvault secrets"_s << 0;
    QTest::newRow("Key Vault Secrets User") << u"Key Vault Secrets User"_s << 500;
    QTest::newRow("mail send") << u"mail send"_s << 50;
    QTest::newRow("contributor") << u"contributor"_s << 0;
    QTest::newRow("ead.al") << u"ead.al"_s << 0;
    QTest::newRow("ntribu") << u"ntribu"_s << 10;
}

void TestSearchIndex::typedEqualsCold()
{
    QFETCH(QString, query);
    QFETCH(int, limit);
    const SearchOptions options{std::nullopt, limit};
    QList<Hit> typed;
    m_catalog.search(u"zzzz"_s);
    for (qsizetype n = 1; n <= query.size(); ++n)
        typed = m_catalog.search(query.left(n), options);
    m_catalog.search(u"zzzz"_s);
    const QList<Hit> cold = m_catalog.search(query, options);
    QVERIFY(!cold.isEmpty());
    QCOMPARE(typed.size(), cold.size());
    for (qsizetype i = 0; i < cold.size(); ++i) {
        QCOMPARE(typed[i].entry.get(), cold[i].entry.get());
        QCOMPARE(int(typed[i].rank), int(cold[i].rank));
    }
}

void TestSearchIndex::absentPairs()
{
    // Pairs no entry holds find nothing, and neither do longer needles built around them.
    QVERIFY(m_catalog.search(u"qx"_s).isEmpty());
    QVERIFY(m_catalog.search(u"readqx"_s).isEmpty());
    QVERIFY(m_catalog.search(u"zzzz"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
