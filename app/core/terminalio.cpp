#include "core/terminalio.h"

#include <QFile>

#include <algorithm>
#include <cstdio>

namespace ie {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

QByteArray readStdin(qint64 maxBytes)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly | QIODevice::Unbuffered))
        return {};
    QByteArray data;
    char chunk[64 * 1024];
    while (data.size() < maxBytes) {
        const qint64 n = in.read(chunk, std::min<qint64>(sizeof chunk, maxBytes - data.size()));
        if (n <= 0)
            break;
        data.append(chunk, n);
    }
    return data;
}

} // namespace ie
