#include "cli/cli.h"

#include <QFile>

#include <cstdio>

namespace ie::cli {

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

QByteArray readStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return in.readAll();
}

int fail(const QString &verb, const QString &message, int code)
{
    err() << "identity-explorer " << verb << ": " << message << Qt::endl;
    return code;
}

} // namespace ie::cli
