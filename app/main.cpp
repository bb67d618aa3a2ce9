// identity-explorer: the GUI by default; command-line verbs for scripting.

#include "auth/clientcredentials.h"
#include "auth/secretstore.h"
#include "auth/signinsession.h"
#include "auth/tokenrecipe.h"
#include "catalog/catalog.h"
#include "catalog/exportcommand.h"
#include "catalog/livecatalog.h"
#include "catalog/lookupcommand.h"
#include "cli/cli.h"
#include "cli/listcommand.h"
#include "cli/reportcommand.h"
#include "cli/tokencommand.h"
#include "core/auditlog.h"
#include "core/terminaltext.h"
#include "core/translations.h"
#include "grantwidget.h"
#include "guidlookupwidget.h"
#include "identitieswidget.h"
#include "jwt/decodecommand.h"
#include "mainwindow.h"
#include "models/identitytreemodel.h"
#include "need/needcommand.h"
#include "net/httpclient.h"
#include "sandbox/sandboxcommand.h"
#include "sandbox/sandboxconnection.h"
#include "sandbox/sandboxserver.h"
#include "signindialog.h"
#include "tokeninspectorwidget.h"
#include "tokenrecipedialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QPointer>
#include <QStatusBar>
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
    ie::net::HttpClient client;
    client.setCloud(sandbox.cloud());
    ie::auth::ClientCredentialsProvider tokens(&client, sandbox.tenantId(), sandbox.adminClientId(),
                                               sandbox.adminClientSecret());
    // Sign-in and sign-out: a sign-out of the sandbox comes back to this fresh start.
    ie::auth::SignInSession session(&client);
    session.setFreshStart(sandbox.cloud(), &tokens);

    ie::ui::MainWindow window(&client);
    window.setSignInState(u"Contoso (%1)"_s.arg(sandbox.tenantDomain()),
                          sandbox.cloud().displayName,
                          QApplication::translate("main", "sandbox admin app"));
    auto *identities = new ie::ui::IdentitiesWidget(&client);
    window.setAreaWidget(ie::ui::MainWindow::IdentitiesArea, identities);
    QObject::connect(&window, &ie::ui::MainWindow::reloadRequested, identities,
                     &ie::ui::IdentitiesWidget::reload);
    // The tree's count, progress and problems go to the status bar too.
    QObject::connect(identities, &ie::ui::IdentitiesWidget::statusMessage, window.statusBar(),
                     [&window](const QString &text) { window.statusBar()->showMessage(text); });
    identities->reload();
    // The GUID catalog: bundled data now, the signed-in tenant's part when it is refreshed.
    ie::catalog::Catalog catalog;
    if (const auto loaded = catalog.loadBundled(); !loaded)
        qWarning("%s", qPrintable(loaded.error().summary()));
    auto *lookup = new ie::ui::GuidLookupWidget(&catalog);
    window.setAreaWidget(ie::ui::MainWindow::LookupArea, lookup);
    identities->setCatalog(&catalog); // names held app roles and Azure roles in the details
    // The live part follows the signed-in tenant: its cache now, "Refresh from tenant" on demand.
    ie::catalog::LiveCatalog live(&catalog, &client);
    lookup->setLiveCatalog(&live);
    window.addFileAction(lookup->refreshAction());
    live.setTenant(sandbox.tenantId(), u"Contoso (%1)"_s.arg(sandbox.tenantDomain()));
    auto *inspector = new ie::ui::TokenInspectorWidget(&client, &catalog);
    inspector->setTenantName(sandbox.tenantId(), u"Contoso (%1)"_s.arg(sandbox.tenantDomain()));
    window.setAreaWidget(ie::ui::MainWindow::InspectorArea, inspector);
    // The grant panels act on the identity selected in the tree; changes go to the audit record.
    ie::AuditLog audit;
    auto *grant = new ie::ui::GrantWidget(&client, &catalog, &audit);
    // The audit record stores the machine-readable name; its view translates it.
    const QString sandboxAdmin = u"sandbox admin app"_s;
    grant->setSignedIn(sandboxAdmin, sandbox.tenantId(), true);
    window.setAreaWidget(ie::ui::MainWindow::GrantArea, grant);
    QObject::connect(identities, &ie::ui::IdentitiesWidget::currentIdentityChanged, grant,
                     &ie::ui::GrantWidget::setIdentity);
    // What a grant changes, the details show too.
    QObject::connect(grant, &ie::ui::GrantWidget::heldChanged, identities,
                     &ie::ui::IdentitiesWidget::followHeldChange);
    // Across the areas: "Grant…" in the details opens the panels on that identity; the oid of a
    // token selects its identity in the tree.
    QObject::connect(lookup, &ie::ui::GuidLookupWidget::grantRequested, grant,
                     [&window, grant](const QString &kind, const QString &app, const QString &id) {
                         grant->preselectRole(kind, app, id);
                         window.showArea(ie::ui::MainWindow::GrantArea);
                     });
    QObject::connect(identities, &ie::ui::IdentitiesWidget::grantRequested, grant,
                     [&window, grant](const QString &objectId, const QString &name) {
                         grant->setIdentity(objectId, name);
                         window.showArea(ie::ui::MainWindow::GrantArea);
                     });
    QObject::connect(inspector, &ie::ui::TokenInspectorWidget::identityRequested, identities,
                     [&window, identities](const QString &objectId) {
                         identities->selectIdentity(objectId);
                         window.showArea(ie::ui::MainWindow::IdentitiesArea);
                     });
    // "Inspect token" (details) and "Mint a fresh token" (after a grant): the sandbox mints what
    // the identity's own managed-identity endpoint would hand out now, with the roles it holds.
    const auto inspectTokenOf = [&window, &sandbox, &client, identities,
                                 inspector](const QString &objectId) {
        if (client.cloud().name != "Sandbox"_L1) {
            // A real tenant: nothing here can mint another identity's token. Say so, and for a
            // managed identity give the exact request to run on its host.
            const ie::models::Identity *i = identities->model()->identity(
                    identities->model()->indexOfObjectId(objectId));
            const bool managed = i
                    && (i->kind == ie::models::Identity::Kind::SystemAssigned
                        || i->kind == ie::models::Identity::Kind::UserAssigned);
            if (!managed) {
                window.statusBar()->showMessage(
                        QApplication::translate(
                                "main",
                                "Only the identity itself can get its token: sign in as it "
                                "(File ▸ Sign in…, e.g. with its client secret) and press Get "
                                "token in the inspector."),
                        12000);
                return;
            }
            ie::auth::ManagedIdentityHost host;
            host.userAssigned = i->kind == ie::models::Identity::Kind::UserAssigned;
            host.clientId = i->appId;
            host.resourceType = i->resourceType;
            host.attachedTo = i->attachedTo;
            const QString resource = client.cloud().graphAudience();
            auto *dialog = new ie::ui::TokenRecipeDialog(
                    i->displayName,
                    ie::auth::recipesText(ie::auth::managedIdentityRecipes(host, resource)),
                    &window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
            return;
        }
        QString error;
        const QByteArray token
                = sandbox.mintTokenFor(objectId, sandbox.cloud().graphAudience(), &error);
        if (token.isEmpty()) {
            window.statusBar()->showMessage(
                    QApplication::translate("main", "No token for this identity: %1").arg(error),
                    8000);
            return;
        }
        inspector->setTokenText(QString::fromLatin1(token));
        window.showArea(ie::ui::MainWindow::InspectorArea);
    };
    QObject::connect(identities, &ie::ui::IdentitiesWidget::inspectTokenRequested, inspector,
                     inspectTokenOf);
    QObject::connect(grant, &ie::ui::GrantWidget::mintTokenRequested, inspector, inspectTokenOf);
    QObject::connect(
            inspector, &ie::ui::TokenInspectorWidget::statusMessage, window.statusBar(),
            [&window](const QString &text) { window.statusBar()->showMessage(text, 8000); });
    // File ▸ Sign in… / Sign out: the dialog replaces the client's cloud and token cache.
    ie::auth::SecretStore secrets;
    QString secretKey;
    QObject::connect(&window, &ie::ui::MainWindow::signInRequested, &window, [&] {
        auto *dialog = new ie::ui::SignInDialog(&client, &secrets, &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setSandbox(sandbox.cloud(), sandbox.tenantId(), sandbox.adminClientId(),
                           sandbox.adminClientSecret());
        QObject::connect(dialog, &ie::ui::SignInDialog::signedIn, &window, [&, dialog] {
            session.signedIn(dialog->tokenCache());
            secretKey = dialog->secretKey();
            // The inspector's verdict names the signed-in tenant.
            inspector->setTenantName(dialog->tenant(),
                                     dialog->tenant() == sandbox.tenantId()
                                             ? u"Contoso (%1)"_s.arg(sandbox.tenantDomain())
                                             : dialog->tenantDisplayName());
            window.setSignInState(
                    dialog->tenant(), dialog->cloudDisplayName(),
                    QApplication::translate("main", "%1 (%2)")
                            .arg(dialog->principal(), dialog->credentialDisplayName()));
            // The audit record names who made each change.
            grant->setSignedIn(dialog->principal(), dialog->tenant(),
                               dialog->tenant() == sandbox.tenantId());
            live.setTenant(dialog->tenant(),
                           dialog->tenant() == sandbox.tenantId()
                                   ? u"Contoso (%1)"_s.arg(sandbox.tenantDomain())
                                   : dialog->tenantDisplayName());
            identities->reload();
        });
        dialog->open();
    });
    QObject::connect(&window, &ie::ui::MainWindow::signOutRequested, &window, [&] {
        auto *box = new QMessageBox(
                QMessageBox::Question, QApplication::translate("main", "Sign out"),
                QApplication::translate("main", "Sign out and forget every access token?"),
                QMessageBox::Yes | QMessageBox::Cancel, &window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        if (!secretKey.isEmpty())
            box->setCheckBox(new QCheckBox(
                    secretKey.startsWith("refresh-token/"_L1)
                            ? QApplication::translate("main",
                                                      "Also delete the saved browser sign-in "
                                                      "from the keychain")
                            : QApplication::translate("main",
                                                      "Also delete the saved client secret from "
                                                      "the keychain")));
        QObject::connect(box, &QMessageBox::finished, &window, [&, box](int result) {
            if (result != QMessageBox::Yes)
                return;
            session.signOut();
            if (box->checkBox() && box->checkBox()->isChecked()) {
                secrets.remove(secretKey, &window, [&window](ie::VoidResult r) {
                    if (!r.ok())
                        window.statusBar()->showMessage(r.error().userMessage());
                });
                secretKey.clear();
            }
            if (session.isFreshStart()) {
                window.setSignInState(u"Contoso (%1)"_s.arg(sandbox.tenantDomain()),
                                      sandbox.cloud().displayName,
                                      QApplication::translate("main", "sandbox admin app"));
                live.setTenant(sandbox.tenantId(), u"Contoso (%1)"_s.arg(sandbox.tenantDomain()));
                grant->setSignedIn(sandboxAdmin, sandbox.tenantId(), true);
            } else {
                window.setSignInState({}, {}, {});
                live.setTenant({}, {});
                grant->setSignedIn({}, {});
            }
            identities->reload();
        });
        box->open();
    });
    window.show();
    return QApplication::exec();
}
