#include "core/jsonstream.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ie {

namespace {
constexpr qsizetype FlushAt = 64 * 1024;
} // namespace

JsonStreamWriter::JsonStreamWriter(Sink sink) : m_sink(std::move(sink))
{
    m_buffer.reserve(FlushAt + 4096);
}

JsonStreamWriter::JsonStreamWriter(std::FILE *file)
    : JsonStreamWriter([file](QByteArrayView bytes) {
          std::fwrite(bytes.data(), 1, size_t(bytes.size()), file);
          std::fflush(file);
      })
{
}

JsonStreamWriter::~JsonStreamWriter()
{
    flush();
}

void JsonStreamWriter::appendString(QByteArray &out, const QString &s)
{
    // Fast path: printable ASCII without '"' or '\\' is copied as it is (ids, most names).
    const auto *p = reinterpret_cast<const char16_t *>(s.constData());
    const qsizetype n = s.size();
    bool plain = true;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = p[i];
        if (c < 0x20 || c > 0x7e || c == u'"' || c == u'\\') {
            plain = false;
            break;
        }
    }
    if (plain) {
        const qsizetype at = out.size();
        out.resize(at + n + 2);
        char *d = out.data() + at;
        *d++ = '"';
        for (qsizetype i = 0; i < n; ++i)
            *d++ = char(p[i]);
        *d = '"';
        return;
    }
    // Anything else exactly as Qt escapes it (controls, non-ASCII, lone surrogates): the same
    // bytes as the document writer gives, by asking it. ["..."] -> "..."
    const QByteArray one = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    out.append(QByteArrayView(one).sliced(1, one.size() - 2));
}

void JsonStreamWriter::element()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_counts.empty())
        return;
    if (m_counts.back()++ > 0)
        m_buffer.append(",\n");
    m_buffer.append(qsizetype(m_counts.size()) * 4, ' ');
}

void JsonStreamWriter::maybeFlush()
{
    if (m_buffer.size() >= FlushAt)
        flush();
}

void JsonStreamWriter::beginArray()
{
    element();
    m_buffer.append("[\n");
    m_counts.push_back(0);
}

void JsonStreamWriter::endArray()
{
    const int count = m_counts.back();
    m_counts.pop_back();
    if (count > 0)
        m_buffer.append('\n');
    m_buffer.append(qsizetype(m_counts.size()) * 4, ' ');
    m_buffer.append(']');
    maybeFlush();
}

void JsonStreamWriter::beginObject()
{
    element();
    m_buffer.append("{\n");
    m_counts.push_back(0);
}

void JsonStreamWriter::endObject()
{
    const int count = m_counts.back();
    m_counts.pop_back();
    if (count > 0)
        m_buffer.append('\n');
    m_buffer.append(qsizetype(m_counts.size()) * 4, ' ');
    m_buffer.append('}');
    maybeFlush();
}

void JsonStreamWriter::key(QLatin1StringView name)
{
    element();
    m_buffer.append('"');
    m_buffer.append(name.data(), name.size());
    m_buffer.append("\": ");
    m_afterKey = true;
}

void JsonStreamWriter::string(const QString &value)
{
    element();
    appendString(m_buffer, value);
}

void JsonStreamWriter::boolean(bool value)
{
    element();
    m_buffer.append(value ? "true" : "false");
}

void JsonStreamWriter::null()
{
    element();
    m_buffer.append("null");
}

void JsonStreamWriter::stringArray(const QStringList &values)
{
    beginArray();
    for (const QString &v : values)
        string(v);
    endArray();
}

void JsonStreamWriter::flush()
{
    if (m_buffer.isEmpty())
        return;
    m_sink(m_buffer);
    m_buffer.clear();
}

void JsonStreamWriter::finish()
{
    m_buffer.append('\n');
    flush();
}

} // namespace ie
