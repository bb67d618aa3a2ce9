#include "cli/ficcommand.h"

#include "cli/cli.h"
#include "core/auditlog.h"
#include "core/tablecell.h"
#include "federation/ficclient.h"
#include "federation/ficdoctor.h"
#include "federation/ficrunner.h"
#include "net/httpclient.h"
#include "permissions/planjob.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace ie::federation;

namespace ie::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ie::cli::FicCommand)
};

const QString Verb = u"fic"_s;

QString differenceKey(Difference d)
{
    switch (d) {
    case Difference::Same:
        return u"same"_s;
    case Difference::Unknown:
        return u"unknown"_s;
    case Difference::CaseOnly:
        return u"case"_s;
    case Difference::TrailingSlash:
        return u"trailing-slash"_s;
    case Difference::EnvironmentVsRef:
        return u"environment-vs-ref"_s;
    case Difference::ImmutableForm:
        return u"immutable-form"_s;
    case Difference::EntityType:
        return u"entity-type"_s;
    case Difference::Other:
        break;
    }
    return u"other"_s;
}

QString fieldKey(FicField f)
{
    switch (f) {
    case FicField::Issuer:
        return u"issuer"_s;
    case FicField::Subject:
        return u"subject"_s;
    case FicField::Audience:
        break;
    }
    return u"audience"_s;
}

QJsonObject credentialJson(const FicCredential &c)
{
    QJsonObject o{{"name"_L1, c.name},
                  {"issuer"_L1, c.issuer},
                  {"subject"_L1, c.subject},
                  {"audiences"_L1, QJsonArray::fromStringList(c.audiences)}};
    if (!c.description.isEmpty())
        o.insert("description"_L1, c.description);
    return o;
}

QJsonObject diagnosisJson(const Diagnosis &d)
{
    QJsonArray creds;
    for (const CredentialDiagnosis &cd : d.credentials) {
        QJsonArray checks;
        for (const FieldCheck &c : cd.checks)
            checks.append(QJsonObject{{"field"_L1, fieldKey(c.field)},
                                      {"difference"_L1, differenceKey(c.difference)},
                                      {"expected"_L1, c.expected},
                                      {"presented"_L1, c.presented},
                                      {"explanation"_L1, c.explanation}});
        QJsonObject o = credentialJson(cd.credential);
        o.insert("matches"_L1, cd.matches());
        o.insert("checks"_L1, checks);
        creds.append(o);
    }
    QJsonArray plan;
    for (const FicChange &c : d.plan)
        plan.append(c.describe());
    QJsonObject presented{{"issuer"_L1, d.presented.issuer},
                          {"subject"_L1, d.presented.subject},
                          {"audiences"_L1, QJsonArray::fromStringList(d.presented.audiences)}};
    if (d.presented.aadsts)
        presented.insert("aadsts"_L1, d.presented.aadsts);
    return {{"presented"_L1, presented},
            {"credentials"_L1, creds},
            {"plan"_L1, plan},
            {"notes"_L1, QJsonArray::fromStringList(d.notes)}};
}

// Runs `changes` through the plan job (the audit record as every grant), prints each outcome and
// ends the loop with 0 when all were done, else 1.
void runPlan(const QList<FicChange> &changes, ie::net::HttpClient *client, QObject *owner)
{
    auto *runner = new FicRunner(client, owner);
    auto *audit = new ie::AuditLog({}, owner);
    ie::permissions::PlanSigner signer;
    signer.principal = u"identity-explorer fic"_s;
    auto *job = new ie::permissions::PlanJob(FicRunner::planOf(changes, client), {runner}, audit,
                                             signer, owner);
    QObject::connect(job, &ie::permissions::PlanJob::changeFinished, owner,
                     [](const ie::permissions::ChangeOutcome &o) {
                         using S = ie::permissions::ChangeOutcome::Status;
                         const QString what = o.change.federated.describe();
                         if (o.status == S::Done || o.status == S::AlreadyDone)
                             out() << Tr::tr("Done: %1 (request id %2)").arg(what, o.requestId)
                                   << '\n';
                         else
                             err() << "identity-explorer fic: "
                                   << Tr::tr("Failed: %1: %2")
                                              .arg(what, o.error ? o.error->message : QString())
                                   << Qt::endl;
                     });
    QObject::connect(job, &ie::permissions::PlanJob::finished, owner, [job] {
        out().flush();
        const int failed = job->count(ie::permissions::ChangeOutcome::Status::Failed)
                + job->count(ie::permissions::ChangeOutcome::Status::Cancelled);
        QCoreApplication::exit(failed ? 1 : 0);
    });
    job->start();
}

} // namespace

int runFic(const QStringList &args, const Connector &defaultConnection)
{
    const QStringList subcommands{u"list"_s, u"add"_s, u"update"_s, u"remove"_s, u"doctor"_s};
    const QString sub = args.value(0);
    if (sub == "--help"_L1 || sub == "-h"_L1 || sub.isEmpty()) {
        out() << Tr::tr("Usage: identity-explorer fic list|add|update|remove|doctor [options]\n"
                        "Federated identity credentials of a user-assigned managed identity "
                        "(--identity ARM-ID) or of an app registration (--app APP-ID).\n"
                        "Run \"identity-explorer fic SUBCOMMAND --help\" for its options.\n");
        out().flush();
        return sub.isEmpty() ? 2 : 0;
    }
    if (!subcommands.contains(sub))
        return fail(Verb, Tr::tr("unknown subcommand \"%1\"; the subcommands are: %2")
                                  .arg(sub, subcommands.join(u", "_s)),
                    2);

    QCommandLineParser p;
    p.setApplicationDescription(
            sub == "list"_L1     ? Tr::tr("List the federated identity credentials of an identity.")
            : sub == "add"_L1    ? Tr::tr("Add a federated identity credential, checked before it is sent.")
            : sub == "update"_L1 ? Tr::tr("Change a federated identity credential's issuer, subject or audience.")
            : sub == "remove"_L1 ? Tr::tr("Remove a federated identity credential.")
                                 : Tr::tr("Say for every federated credential of an identity which of "
                                          "issuer, subject and audience differs from what the failing "
                                          "workload presents, and the fix."));
    const QCommandLineOption identity(u"identity"_s,
                                      Tr::tr("The user-assigned managed identity's ARM resource id."),
                                      Tr::tr("arm-id"));
    const QCommandLineOption app(u"app"_s, Tr::tr("The app registration's application (client) id."),
                                 Tr::tr("app-id"));
    const QCommandLineOption json(u"json"_s, Tr::tr("Print JSON instead of text."));
    p.addOptions({identity, app, json});
    const QCommandLineOption name(u"name"_s, Tr::tr("The credential's name."), Tr::tr("name"));
    const QCommandLineOption preset(u"preset"_s,
                                    Tr::tr("How the subject is made: %1.").arg([] {
                                        QStringList keys;
                                        for (Preset pr : allPresets())
                                            keys << presetKey(pr);
                                        return keys.join(u", "_s);
                                    }()),
                                    Tr::tr("preset"));
    const QCommandLineOption org(u"organization"_s, Tr::tr("GitHub owner or Terraform organization."),
                                 Tr::tr("name"));
    const QCommandLineOption repo(u"repository"_s, Tr::tr("GitHub repository."), Tr::tr("name"));
    const QCommandLineOption orgId(u"organization-id"_s,
                                   Tr::tr("GitHub owner id (the immutable subject form)."),
                                   Tr::tr("id"));
    const QCommandLineOption repoId(u"repository-id"_s,
                                    Tr::tr("GitHub repository id (the immutable subject form)."),
                                    Tr::tr("id"));
    const QCommandLineOption value(u"value"_s,
                                   Tr::tr("Branch, environment or tag (GitHub), service account "
                                          "(Kubernetes), workspace (Terraform Cloud)."),
                                   Tr::tr("value"));
    const QCommandLineOption scope(u"scope"_s,
                                   Tr::tr("Namespace (Kubernetes) or project (Terraform Cloud)."),
                                   Tr::tr("value"));
    const QCommandLineOption phase(u"phase"_s, Tr::tr("Terraform Cloud run phase: plan or apply."),
                                   Tr::tr("phase"));
    const QCommandLineOption issuer(u"issuer"_s,
                                    Tr::tr("The issuer (Kubernetes: the cluster's OIDC issuer; "
                                           "overrides a preset's)."),
                                    Tr::tr("url"));
    const QCommandLineOption subject(u"subject"_s, Tr::tr("The subject (overrides a preset's)."),
                                     Tr::tr("subject"));
    const QCommandLineOption audience(u"audience"_s,
                                      Tr::tr("An audience (repeatable; default %1).")
                                              .arg(QString::fromLatin1(DefaultAudience)),
                                      Tr::tr("audience"));
    const QCommandLineOption exportAs(u"export"_s,
                                      Tr::tr("Print the change as curl, az, powershell, bicep or "
                                             "terraform instead of sending it."),
                                      Tr::tr("format"));
    const QCommandLineOption token(u"token"_s,
                                   Tr::tr("A file with the failing workload's token ('-': stdin)."),
                                   Tr::tr("file"));
    const QCommandLineOption error(u"error"_s, Tr::tr("Entra ID's AADSTS error text."),
                                   Tr::tr("text"));
    const QCommandLineOption fix(u"fix"_s, Tr::tr("Apply the doctor's plan."));
    if (sub == "add"_L1 || sub == "update"_L1)
        p.addOptions({name, preset, org, repo, orgId, repoId, value, scope, phase, issuer, subject,
                      audience, exportAs});
    else if (sub == "remove"_L1)
        p.addOptions({name, exportAs});
    else if (sub == "doctor"_L1)
        p.addOptions({token, error, fix, exportAs});

    int code = 0;
    const std::optional<CredentialOptions> options =
            parseVerbArguments(p, Verb + u' ' + sub, args.mid(1), &code);
    if (!options)
        return code;
    const QString verbName = Verb + u' ' + sub;
    if (p.isSet(identity) == p.isSet(app))
        return fail(verbName, Tr::tr("give either --identity or --app"), 2);
    FicTarget target;
    if (p.isSet(identity)) {
        target.armId = p.value(identity);
        if (target.identityName().isEmpty() || target.subscriptionId().isEmpty())
            return fail(verbName,
                        Tr::tr("--identity takes a user-assigned identity's ARM id "
                               "(/subscriptions/.../providers/Microsoft.ManagedIdentity/"
                               "userAssignedIdentities/NAME)"),
                        2);
        target.displayName = target.identityName();
    } else {
        target.host = FicHost::Application;
        target.appId = p.value(app);
        target.displayName = target.appId;
    }
    std::optional<ie::graph::GrantPlan::Format> format;
    if (sub != "list"_L1 && p.isSet(exportAs)) {
        for (ie::graph::GrantPlan::Format f : ie::graph::GrantPlan::formats()) {
            if (ie::graph::GrantPlan::formatKey(f) == p.value(exportAs))
                format = f;
        }
        if (!format)
            return fail(verbName,
                        Tr::tr("--export takes curl, az, powershell, bicep or terraform, not '%1'")
                                .arg(p.value(exportAs)),
                        2);
    }
    if ((sub == "add"_L1 || sub == "update"_L1 || sub == "remove"_L1) && !p.isSet(name))
        return fail(verbName, Tr::tr("--name is required"), 2);

    // What the new credential is (add, update).
    FicCredential draft;
    if (sub == "add"_L1 || sub == "update"_L1) {
        Preset pr = Preset::Other;
        if (p.isSet(preset) && !presetFromKey(p.value(preset), &pr))
            return fail(verbName, Tr::tr("unknown preset '%1'").arg(p.value(preset)), 2);
        PresetInput in;
        in.organization = p.value(org);
        in.repository = p.value(repo);
        in.organizationId = p.value(orgId);
        in.repositoryId = p.value(repoId);
        in.value = p.value(value);
        in.scope = p.value(scope);
        in.phase = p.value(phase);
        in.issuer = p.value(issuer);
        in.subject = p.value(subject);
        draft = credentialFromPreset(pr, in, p.value(name));
        if (p.isSet(issuer))
            draft.issuer = p.value(issuer);
        if (p.isSet(subject))
            draft.subject = p.value(subject);
        if (p.isSet(audience))
            draft.audiences = p.values(audience);
    }
    // The doctor's input.
    PresentedAssertion presented;
    if (sub == "doctor"_L1) {
        if (p.isSet(token) == p.isSet(error))
            return fail(verbName, Tr::tr("give either --token or --error"), 2);
        QString text = p.value(error);
        if (p.isSet(token)) {
            if (p.value(token) == "-"_L1) {
                text = QString::fromUtf8(readStdin());
            } else {
                QFile f(p.value(token));
                if (!f.open(QIODevice::ReadOnly))
                    return fail(verbName, Tr::tr("cannot read %1: %2").arg(f.fileName(), f.errorString()), 2);
                text = QString::fromUtf8(f.readAll());
            }
        }
        QString why;
        if (!parsePresented(text.trimmed(), &presented, &why))
            return fail(verbName, why, 2);
    }

    ie::net::HttpClient client;
    QObject owner;
    auto *fic = new FicClient(&client, &owner);
    const bool asJson = p.isSet(json);
    return execConnected(verbName, *options, client, defaultConnection, [&] {
        fic->list(target, &owner, [&](const Result<QList<FicCredential>> &r) {
            if (!r) {
                QCoreApplication::exit(fail(verbName, r.error().message, exitCodeFor(r.error())));
                return;
            }
            const QList<FicCredential> existing = *r;
            if (sub == "list"_L1) {
                if (asJson) {
                    QJsonArray a;
                    for (const FicCredential &c : existing)
                        a.append(credentialJson(c));
                    out() << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented));
                } else {
                    for (const FicCredential &c : existing)
                        out() << escapedCell(c.name) << '\t' << escapedCell(c.issuer) << '\t'
                              << escapedCell(c.subject) << '\t'
                              << escapedCell(c.audiences.join(u','))
                              << '\n';
                }
                out().flush();
                QCoreApplication::exit(0);
                return;
            }
            QList<FicChange> changes;
            if (sub == "doctor"_L1) {
                const Diagnosis d = diagnose(presented, target, existing);
                if (asJson)
                    out() << QString::fromUtf8(
                            QJsonDocument(diagnosisJson(d)).toJson(QJsonDocument::Indented));
                else
                    out() << diagnosisText(d) << '\n';
                out().flush();
                bool anyMatch = false;
                for (const CredentialDiagnosis &cd : d.credentials)
                    anyMatch = anyMatch || cd.matches();
                if (!p.isSet(fix) && !format) {
                    QCoreApplication::exit(anyMatch ? 0 : 3);
                    return;
                }
                if (d.plan.isEmpty()) {
                    QCoreApplication::exit(anyMatch ? 0 : 3);
                    return;
                }
                changes = d.plan;
            } else {
                const FicCredential *old = nullptr;
                for (const FicCredential &c : existing) {
                    if (c.name.compare(p.value(name), Qt::CaseInsensitive) == 0)
                        old = &c;
                }
                FicChange change;
                change.target = target;
                if (sub == "remove"_L1 || sub == "update"_L1) {
                    if (!old) {
                        QCoreApplication::exit(fail(
                                verbName,
                                Tr::tr("the identity has no federated credential named '%1'")
                                        .arg(p.value(name)),
                                2));
                        return;
                    }
                }
                if (sub == "remove"_L1) {
                    change.action = FicChange::Action::Remove;
                    change.credential = *old;
                } else {
                    change.action = sub == "add"_L1 ? FicChange::Action::Add
                                                    : FicChange::Action::Update;
                    if (old)
                        draft.name = old->name;
                    const QStringList problems =
                            validate(draft, target.host, existing,
                                     sub == "update"_L1 ? draft.name : QString());
                    if (!problems.isEmpty()) {
                        for (const QString &problem : problems)
                            err() << "identity-explorer " << verbName << ": " << problem
                                  << Qt::endl;
                        QCoreApplication::exit(2);
                        return;
                    }
                    change.credential = draft;
                }
                changes = {change};
            }
            if (format) {
                out() << FicRunner::planOf(changes, &client).exportAs(*format);
                out().flush();
                QCoreApplication::exit(0);
                return;
            }
            runPlan(changes, &client, &owner);
        });
    });
}

} // namespace ie::cli
