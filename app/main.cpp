// identity-explorer: the GUI by default; command-line verbs for scripting.

#include "catalog/exportcommand.h"
#include "catalog/lookupcommand.h"
#include "cli/cli.h"
#include "cli/ficcommand.h"
#include "cli/listcommand.h"
#include "cli/reportcommand.h"
#include "cli/tokencommand.h"
#include "core/terminaltext.h"
#include "core/translations.h"
#include "jwt/decodecommand.h"
#include "mainwindow.h"
#include "need/needcommand.h"
#include "sandbox/sandboxcommand.h"
#include "sandbox/sandboxconnection.h"
#include "sandbox/sandboxserver.h"
#include "session.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

#include <functional>
#include <map>

using namespace Qt::StringLiterals;

namespace {

using VerbMain = std::function<int(const QStringList &)>;

// Verbs, each in its own file under app/. Add a line here when a verb is added.
const std::map<QString, VerbMain> &verbs()
{
    static const std::map<QString, VerbMain> table = {
            {u"lookup"_s, ie::catalog::runLookup},
            {u"catalog-export"_s, ie::catalog::runCatalogExport},
            {u"sandbox"_s, ie::sandbox::runSandbox},
            {u"decode"_s, ie::jwt::runDecode},
            {u"report"_s,
             [](const QStringList &a) {
                 return ie::cli::runReport(a, ie::sandbox::connectInProcessSandbox);
             }},
            {u"list"_s,
             [](const QStringList &a) {
                 return ie::cli::runList(a, ie::sandbox::connectInProcessSandbox);
             }},
            {u"token"_s, ie::cli::runToken},
            {u"fic"_s,
             [](const QStringList &a) {
                 return ie::cli::runFic(a, ie::sandbox::connectInProcessSandbox);
             }},
            {u"need"_s, ie::need::runNeed},
    };
    return table;
}

QString verbList()
{
    QStringList names;
    for (const auto &[name, run] : verbs())
        names.append(name);
    return names.join(u", "_s);
}

// Qt's own GUI options (QGuiApplication, QApplication), taken from argv by QApplication: kept
// out of the pre-flight parse so that "-platform offscreen" is no unknown option.
QStringList withoutQtGuiOptions(const QStringList &args)
{
    static const QStringList withValue
            = {u"platform"_s, u"platformpluginpath"_s, u"platformtheme"_s, u"plugin"_s,
               u"qwindowgeometry"_s, u"qwindowicon"_s, u"qwindowtitle"_s, u"session"_s,
               u"style"_s, u"stylesheet"_s, u"display"_s, u"geometry"_s, u"title"_s, u"name"_s,
               u"qmljsdebugger"_s};
    static const QStringList flags
            = {u"reverse"_s, u"widgetcount"_s, u"nograb"_s, u"dograb"_s, u"sync"_s};
    QStringList out;
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString a = args.at(i);
        if (i == 0 || !a.startsWith(u'-')) {
            out.append(a);
            continue;
        }
        a.remove(0, a.startsWith("--"_L1) ? 2 : 1);
        const QString name = a.section(u'=', 0, 0);
        if (flags.contains(name))
            continue;
        if (withValue.contains(name)) {
            if (!a.contains(u'='))
                ++i; // its value
            continue;
        }
        out.append(args.at(i));
    }
    return out;
}

// Whether a window can open at all: without it QApplication aborts (SIGABRT) on Linux.
bool hasDisplay(const QStringList &args)
{
#if defined(Q_OS_LINUX)
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return true;
    for (const QString &a : args) {
        if (a == "-platform"_L1 || a == "--platform"_L1 || a.startsWith("-platform="_L1)
            || a.startsWith("--platform="_L1))
            return true;
    }
    return false;
#else
    Q_UNUSED(args);
    return true;
#endif
}

// The command line of a start without a verb, parsed before any window system is touched:
// --help, --version, a mistyped verb and unknown options are answered on the terminal, with or
// without a display. Returns -1 when the window is to open, else the exit code.
int preflight(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    ie::installTranslators(app, ie::languageFromArguments(args));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
            "main",
            "Explore Azure managed identities and service principals, grant them "
            "permissions, inspect tokens and look up permission GUIDs."));
    const QCommandLineOption helpOption(QStringList{u"h"_s, u"help"_s},
                                        QCoreApplication::translate("main", "Show this help."));
    const QCommandLineOption versionOption(
            QStringList{u"v"_s, u"version"_s},
            QCoreApplication::translate("main", "Show the version."));
    const QCommandLineOption sandboxOption(
            u"sandbox"_s,
            QCoreApplication::translate("main", "Sign in to a fresh in-process sandbox tenant."));
    const QCommandLineOption langOption(
            u"lang"_s,
            QCoreApplication::translate("main", "User interface language (e.g. de, en)."),
            QCoreApplication::translate("main", "language"));
    parser.addOptions({helpOption, versionOption, sandboxOption, langOption});
    parser.addPositionalArgument(
            u"verb"_s,
            QCoreApplication::translate("main",
                                        "A command-line verb: %1. Without one the window opens.")
                    .arg(verbList()),
            u"[VERB [options]]"_s);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.parse(withoutQtGuiOptions(args))) {
        err << "identity-explorer: " << ie::terminalSafe(parser.errorText()) << Qt::endl;
        return 2;
    }
    if (parser.isSet(helpOption)) {
        QString text = parser.helpText();
        const qsizetype at = text.indexOf(args.value(0));
        if (at >= 0 && at < text.indexOf(u'\n'))
            text.replace(at, args.value(0).size(), u"identity-explorer"_s);
        out << text << Qt::endl
            << QCoreApplication::translate("main",
                                           "Run \"identity-explorer VERB --help\" for a verb's "
                                           "options.")
            << Qt::endl;
        return 0;
    }
    if (parser.isSet(versionOption)) {
        out << "identity-explorer " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << "identity-explorer: "
            << QCoreApplication::translate("main", "unknown verb \"%1\"; the verbs are: %2")
                       .arg(ie::terminalSafe(parser.positionalArguments().first(), 80),
                            verbList())
            << Qt::endl;
        return 2;
    }
    if (!hasDisplay(args)) {
        err << "identity-explorer: "
            << QCoreApplication::translate("main",
                                           "no display to open the window on (DISPLAY is not "
                                           "set); the verbs work without one: %1")
                       .arg(verbList())
            << Qt::endl;
        return 1;
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(u"IdentityExplorer"_s);
    QCoreApplication::setApplicationName(u"identity-explorer"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(IE_VERSION));

    if (argc > 1) {
        const QString verb = QString::fromLocal8Bit(argv[1]);
        const auto it = verbs().find(verb);
        if (it != verbs().end()) {
            QCoreApplication app(argc, argv);
            QStringList args = app.arguments().mid(2);
            ie::installTranslators(app, ie::languageFromArguments(args));
            return it->second(args);
        }
    }

    if (const int code = preflight(argc, argv); code >= 0)
        return code;

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Identity Explorer"));
    ie::installTranslators(app, ie::languageFromArguments(app.arguments()));

    // The command line was checked by preflight(); QApplication has taken its own options.

    // Until another sign-in is configured, the explorer opens on a fresh sandbox tenant served
    // in-process on 127.0.0.1, signed in as its documented admin app.
    ie::sandbox::SandboxServer sandbox;
    QString sandboxError;
    if (!sandbox.start(&sandboxError)) {
        qCritical(
                "%s",
                qPrintable(QApplication::translate("main", "The sandbox tenant could not start: %1")
                                   .arg(sandboxError)));
        return 1;
    }
    // The client, the sign-in, the catalogs, the audit record and the window, wired once.
    ie::ui::Session session(&sandbox);
    session.window()->show();
    return QApplication::exec();
}
