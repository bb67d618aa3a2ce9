#include "cli/cli.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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

QString helpText(const QCommandLineParser &parser, const QString &verb)
{
    QString text = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype lineEnd = text.indexOf(u'\n');
    const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
    if (at >= 0 && (lineEnd < 0 || at < lineEnd))
        text.replace(at, program.size(), QStringLiteral("identity-explorer ") + verb);
    return text;
}

int fail(const QString &verb, const QString &message, int code)
{
    err() << "identity-explorer " << verb << ": " << message << Qt::endl;
    return code;
}

} // namespace ie::cli
