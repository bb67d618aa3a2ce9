#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace ie::net::json {

// A reader over JSON bytes that builds no document: it validates as it goes and hands out the
// members and elements a caller asks for, so a Graph page of 999 service principals becomes the
// model's own rows without a QJsonDocument in between. It accepts exactly what
// QJsonDocument::fromJson accepts (tested side by side), so a page it refuses is a page Qt would
// have refused.
class Cursor
{
public:
    // A UTF-8 byte order mark at the start is skipped, as Qt skips it.
    explicit Cursor(QByteArrayView bytes);

    bool failed() const { return m_failed; }
    bool atEnd() { skipSpace(); return m_p == m_end; }
    qsizetype offset(const char *base) const { return m_p - base; }
    const char *position() const { return m_p; }

    // The kind of the next value: '{', '[', '"', 'n', 't', 'f', a digit or '-'; 0 at the end.
    char peek();
    // Objects: beginObject(), then while (nextMember(&key)) { read or skipValue() }.
    bool beginObject();
    // The key as UTF-8 (decoded into a buffer of the cursor when it has escapes; valid until the
    // next call).
    bool nextMember(QByteArrayView *key);
    bool beginArray();
    bool nextElement();
    bool readString(QString *out); // decoded
    bool skipValue();

private:
    enum class Container : char { Object, Array };
    void skipSpace();
    bool fail() { m_failed = true; m_p = m_end; return false; }
    bool scanString(QByteArrayView *raw, bool *escaped); // validates; raw excludes the quotes
    bool skipNumber();
    bool skipLiteral(QByteArrayView word);
    bool open(Container kind);
    // Past the comma before the next item of the open container (true), or past its `close`
    // (false, the container left; also false when the text is broken).
    bool nextItem(char close);

    QByteArray m_keyBuffer;
    const char *m_p;
    const char *m_end;
    bool m_failed = false;
    // Per open container: whether a first member/element was read (a comma is due next).
    char m_started[1100] = {};
    int m_depth = 0;
};

// Whether `bytes` is one JSON value as QJsonDocument::fromJson takes it (an object or an array,
// whitespace around it), nothing else.
bool isValidDocument(QByteArrayView bytes);

// A Graph or ARM page: a JSON object with a "value" array and maybe "@odata.nextLink"/"nextLink".
struct Page
{
    bool isObject = false;
    bool hasValueArray = false;
    qsizetype valueBegin = 0; // offsets of the "value" array, '[' to ']' inclusive
    qsizetype valueEnd = 0;
    qsizetype items = 0;
    QString nextLink; // "@odata.nextLink", else "nextLink"
};
// Scans a valid document (isValidDocument) for what a pager needs.
Page scanPage(QByteArrayView bytes);

} // namespace ie::net::json
