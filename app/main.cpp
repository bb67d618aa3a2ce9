// identity-explorer: the GUI by default; command-line verbs for scripting.

#include "catalog/catalog.h"
#include "catalog/exportcommand.h"
#include "catalog/lookupcommand.h"
#include "guidlookupwidget.h"
#include "cli/cli.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <functional>
#include <map>

using namespace Qt::StringLiterals;

namespace {

using VerbMain = std::function<int(const QStringList &)>;

// Verbs, each in its own file under app/. Add a line here when a verb is added.
const std::map<QString, VerbMain> &verbs()
{
    static const std::map<QString, VerbMain> table = {
        { u"lookup"_s, ie::catalog::runLookup },
        { u"catalog-export"_s, ie::catalog::runCatalogExport },
    };
    return table;
}

// --lang LANG (also --lang=LANG) overrides the system locale for the UI language.
QString languageFromArgs(const QStringList &args)
{
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == "--lang"_L1 && i + 1 < args.size())
            return args[i + 1];
        if (args[i].startsWith("--lang="_L1))
            return args[i].mid(7);
    }
    return {};
}

void installTranslators(QCoreApplication &app, const QString &lang)
{
    const QLocale locale = lang.isEmpty() ? QLocale() : QLocale(lang);
    if (!lang.isEmpty())
        QLocale::setDefault(locale);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(locale, u"identity-explorer"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
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
            installTranslators(app, languageFromArgs(args));
            return it->second(args);
        }
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Identity Explorer"));
    installTranslators(app, languageFromArgs(app.arguments()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
            "main", "Explore Azure managed identities and service principals, grant them "
                    "permissions, inspect tokens and look up permission GUIDs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(u"sandbox"_s,
            QApplication::translate("main", "Sign in to a fresh in-process sandbox tenant."));
    const QCommandLineOption langOption(u"lang"_s,
            QApplication::translate("main", "User interface language (e.g. de, en)."),
            QApplication::translate("main", "language"));
    parser.addOption(sandboxOption);
    parser.addOption(langOption);
    parser.process(app);

    ie::ui::MainWindow window;
    // The GUID catalog: bundled data now, the signed-in tenant's part when it is refreshed.
    ie::catalog::Catalog catalog;
    if (const auto loaded = catalog.loadBundled(); !loaded)
        qWarning("%s", qPrintable(loaded.error().summary()));
    window.setAreaWidget(ie::ui::MainWindow::LookupArea, new ie::ui::GuidLookupWidget(&catalog));
    window.show();
    return QApplication::exec();
}
