#include "cli/cli.h"

#include "core/terminaltext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cstdio>

namespace ie::cli {

namespace {
constexpr qsizetype MaxMessageLength = 2000;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ie::cli::Cli)
};
} // namespace

std::optional<qint64> numberInRange(const QString &text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 v = text.trimmed().toLongLong(&ok);
    if (!ok || v < min || v > max)
        return std::nullopt;
    return v;
}

QString rangeMessage(const QString &option, qint64 min, qint64 max, const QString &given)
{
    return Tr::tr("%1 takes a whole number from %2 to %3, not \"%4\"")
            .arg(option)
            .arg(min)
            .arg(max)
            .arg(terminalSafe(given, 40));
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
    // Messages often carry a server's or a token's text: one escaped line, of a readable length.
    err() << "identity-explorer " << verb << ": " << terminalSafe(message, MaxMessageLength)
          << Qt::endl;
    return code;
}

} // namespace ie::cli
