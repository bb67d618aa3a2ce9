#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1StringView>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <functional>
#include <vector>

namespace ie {

// Writes JSON as a stream, byte for byte as QJsonDocument::toJson(Indented) writes the same
// document (4-space indent, "key": value, a newline at the end), without building the document:
// 100,000 rows go out as they are written, in memory only a buffer of at most 64 KB. Object keys
// must be given in ascending order, as QJsonObject keeps them.
class JsonStreamWriter
{
public:
    using Sink = std::function<void(QByteArrayView)>;
    explicit JsonStreamWriter(Sink sink);
    explicit JsonStreamWriter(std::FILE *file); // e.g. stdout
    ~JsonStreamWriter(); // flushes

    void beginArray();
    void endArray();
    void beginObject();
    void endObject();
    void key(QLatin1StringView name); // plain ASCII names: no escaping needed
    void string(const QString &value);
    void boolean(bool value);
    void null();
    void stringArray(const QStringList &values);
    void flush();
    // The closing newline after the top-level value, then flush.
    void finish();

    // `s` as a JSON string literal, quotes included, exactly as Qt's writer escapes it.
    static void appendString(QByteArray &out, const QString &s);

private:
    void element(); // separator and indent before a value in the current container
    void maybeFlush();
    Sink m_sink;
    QByteArray m_buffer;
    std::vector<int> m_counts; // values written so far at each open level
    bool m_afterKey = false;
};

} // namespace ie
