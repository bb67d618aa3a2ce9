// identity-explorer: the GUI by default; command-line verbs for scripting.

#include "catalog/catalog.h"
#include "catalog/exportcommand.h"
#include "catalog/lookupcommand.h"
#include "guidlookupwidget.h"
#include "cli/cli.h"
#include "cli/tokencommand.h"
#include "auth/clientcredentials.h"
#include "mainwindow.h"
#include "net/httpclient.h"
#include "sandbox/sandboxserver.h"
#include "identitieswidget.h"
#include "sandbox/sandboxcommand.h"

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
        { u"sandbox"_s, ie::sandbox::runSandbox },
        { u"token"_s, ie::cli::runToken },
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

    // Until another sign-in is configured, the explorer opens on a fresh sandbox tenant served
    // in-process on 127.0.0.1, signed in as its documented admin app.
    ie::sandbox::SandboxServer sandbox;
    QString sandboxError;
    if (!sandbox.start(&sandboxError)) {
        qCritical("%s", qPrintable(QApplication::translate("main", "The sandbox tenant could not start: %1").arg(sandboxError)));
        return 1;
    }
    ie::net::HttpClient client;
    client.setCloud(sandbox.cloud());
    ie::auth::ClientCredentialsProvider tokens(&client, sandbox.tenantId(), sandbox.adminClientId(),
                                               sandbox.adminClientSecret());
    client.setTokenProvider(&tokens);

    ie::ui::MainWindow window(&client);
    window.setSignInState(u"Contoso (%1)"_s.arg(sandbox.tenantDomain()), sandbox.cloud().displayName,
                          QApplication::translate("main", "sandbox admin app"));
    auto *identities = new ie::ui::IdentitiesWidget(&client);
    window.setAreaWidget(ie::ui::MainWindow::IdentitiesArea, identities);
    QObject::connect(&window, &ie::ui::MainWindow::reloadRequested, identities,
                     &ie::ui::IdentitiesWidget::reload);
    identities->reload();
    // The GUID catalog: bundled data now, the signed-in tenant's part when it is refreshed.
    ie::catalog::Catalog catalog;
    if (const auto loaded = catalog.loadBundled(); !loaded)
        qWarning("%s", qPrintable(loaded.error().summary()));
    window.setAreaWidget(ie::ui::MainWindow::LookupArea, new ie::ui::GuidLookupWidget(&catalog));
    window.show();
    return QApplication::exec();
}
