#include "federation/ficdoctor.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ie::federation {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ie::federation::FicDoctor)
};

// A GitHub Actions subject, classic (repo:ORG/REPO:CTX) or immutable (repo:ORG@ID/REPO@ID:CTX).
struct GitHubSubject
{
    bool valid = false;
    QString organization, organizationId, repository, repositoryId;
    QString kind; // "ref", "environment", "pull_request", "job_workflow_ref", ...
    QString value; // refs/heads/main, Production, ...
    QString repoKey() const { return (organization + u'/' + repository).toLower(); }
    QString entity() const // branch, tag, environment, pull_request
    {
        if (kind == "ref"_L1)
            return value.startsWith("refs/tags/"_L1) ? u"tag"_s : u"branch"_s;
        return kind;
    }
};

GitHubSubject parseGitHub(const QString &subject)
{
    static const QRegularExpression re(
            u"^repo:([^/@:]+)(?:@([0-9]+))?/([^/@:]+)(?:@([0-9]+))?:([a-z_]+)(?::(.*))?$"_s);
    const QRegularExpressionMatch m = re.match(subject);
    GitHubSubject g;
    if (!m.hasMatch())
        return g;
    g.valid = true;
    g.organization = m.captured(1);
    g.organizationId = m.captured(2);
    g.repository = m.captured(3);
    g.repositoryId = m.captured(4);
    g.kind = m.captured(5);
    g.value = m.captured(6);
    return g;
}

QString withoutSlash(QString s)
{
    while (s.endsWith(u'/'))
        s.chop(1);
    return s;
}

FieldCheck compareIssuer(const QString &expected, const QString &presented)
{
    FieldCheck c{FicField::Issuer, Difference::Same, expected, presented, {}};
    if (presented.isEmpty()) {
        c.difference = Difference::Unknown;
    } else if (expected == presented) {
        c.difference = Difference::Same;
    } else if (withoutSlash(expected) == withoutSlash(presented)) {
        c.difference = Difference::TrailingSlash;
        c.explanation = presented.endsWith(u'/')
                ? Tr::tr("The token's issuer ends with '/', the credential's does not. Entra ID "
                         "compares the issuer exactly.")
                : Tr::tr("The credential's issuer ends with '/', the token's does not. Entra ID "
                         "compares the issuer exactly.");
    } else if (expected.compare(presented, Qt::CaseInsensitive) == 0) {
        c.difference = Difference::CaseOnly;
        c.explanation = Tr::tr("Only the case differs; Entra ID compares the issuer "
                               "case-sensitively.");
    } else {
        c.difference = Difference::Other;
        c.explanation = Tr::tr("Another issuer: the token comes from %1.").arg(presented);
    }
    return c;
}

FieldCheck compareSubject(const QString &expected, const QString &presented)
{
    FieldCheck c{FicField::Subject, Difference::Same, expected, presented, {}};
    if (presented.isEmpty()) {
        c.difference = Difference::Unknown;
        return c;
    }
    if (expected == presented)
        return c;
    if (expected.compare(presented, Qt::CaseInsensitive) == 0) {
        c.difference = Difference::CaseOnly;
        c.explanation = Tr::tr("Only the case differs; Entra ID compares the subject "
                               "case-sensitively.");
        return c;
    }
    const GitHubSubject e = parseGitHub(expected);
    const GitHubSubject p = parseGitHub(presented);
    if (e.valid && p.valid && e.repoKey() == p.repoKey()) {
        const bool eImmutable = !e.organizationId.isEmpty();
        const bool pImmutable = !p.organizationId.isEmpty();
        if (e.kind == p.kind && e.value == p.value && eImmutable != pImmutable) {
            c.difference = Difference::ImmutableForm;
            c.explanation = pImmutable
                    ? Tr::tr("The repository uses GitHub's immutable subject form "
                             "(repo:%1@%2/%3@%4:...); the credential names the repository "
                             "without the ids.")
                              .arg(p.organization, p.organizationId, p.repository, p.repositoryId)
                    : Tr::tr("The credential uses GitHub's immutable subject form with owner and "
                             "repository ids; the token names the repository without them.");
            return c;
        }
        if ((e.kind == "environment"_L1) != (p.kind == "environment"_L1)) {
            c.difference = Difference::EnvironmentVsRef;
            c.explanation = p.kind == "environment"_L1
                    ? Tr::tr("The job runs in the GitHub environment '%1', so its token's "
                             "subject names the environment, not the %2.")
                              .arg(p.value, e.entity())
                    : Tr::tr("The credential expects the GitHub environment '%1', but the job "
                             "does not run in an environment: its token names the %2 '%3'.")
                              .arg(e.value, p.entity(), p.value.section(u'/', 2));
            return c;
        }
        if (e.entity() != p.entity()) {
            c.difference = Difference::EntityType;
            c.explanation = Tr::tr("The credential trusts a %1, the token comes from a %2.")
                                    .arg(e.entity(), p.entity());
            return c;
        }
        c.difference = Difference::Other;
        c.explanation = Tr::tr("Another %1: the credential trusts '%2', the token is for '%3'.")
                                .arg(e.entity(), e.value, p.value);
        return c;
    }
    const bool eK8s = expected.startsWith("system:serviceaccount:"_L1);
    const bool pK8s = presented.startsWith("system:serviceaccount:"_L1);
    if (e.valid != p.valid || eK8s != pK8s) {
        c.difference = Difference::EntityType;
        c.explanation = Tr::tr("The subjects are of different kinds: the credential expects "
                               "'%1', the token presents '%2'.")
                                .arg(expected, presented);
        return c;
    }
    c.difference = Difference::Other;
    if (eK8s && pK8s) {
        const QStringList ep = expected.split(u':');
        const QStringList pp = presented.split(u':');
        c.explanation = ep.value(2) != pp.value(2)
                ? Tr::tr("Another namespace: the credential trusts '%1', the pod runs in '%2'.")
                          .arg(ep.value(2), pp.value(2))
                : Tr::tr("Another service account: the credential trusts '%1', the pod uses '%2'.")
                          .arg(ep.value(3), pp.value(3));
    } else {
        c.explanation = Tr::tr("Another subject: the token presents '%1'.").arg(presented);
    }
    return c;
}

FieldCheck compareAudience(const QStringList &expected, const QStringList &presented)
{
    FieldCheck c{FicField::Audience, Difference::Same, expected.join(u", "_s),
                 presented.join(u", "_s), {}};
    if (presented.isEmpty()) {
        c.difference = Difference::Unknown;
        return c;
    }
    for (const QString &a : presented) {
        if (expected.contains(a))
            return c;
    }
    for (const QString &a : presented) {
        for (const QString &x : expected) {
            if (withoutSlash(a) == withoutSlash(x)) {
                c.difference = Difference::TrailingSlash;
                c.explanation = Tr::tr("The audience differs by a trailing '/'.");
                return c;
            }
            if (a.compare(x, Qt::CaseInsensitive) == 0) {
                c.difference = Difference::CaseOnly;
                c.explanation = Tr::tr("Only the case of the audience differs.");
                return c;
            }
        }
    }
    c.difference = Difference::Other;
    c.explanation = Tr::tr("The token is for the audience '%1'; the credential accepts '%2' (the "
                           "workload usually has to ask its issuer for %3).")
                            .arg(c.presented, c.expected, QString::fromLatin1(DefaultAudience));
    return c;
}

// How close a credential is: first by how each claim differs (a slip of spelling is closer than
// another kind of subject, which is closer than another value), then an issuer match weighs most,
// then the subject, then the audience.
int closeness(const CredentialDiagnosis &d)
{
    static const int weight[] = {100, 10, 1};
    int score = 0;
    int weighted = 0;
    for (const FieldCheck &c : d.checks) {
        int s = 0;
        switch (c.difference) {
        case Difference::Same:
        case Difference::Unknown:
            s = 3;
            break;
        case Difference::CaseOnly:
        case Difference::TrailingSlash:
        case Difference::ImmutableForm:
            s = 2;
            break;
        case Difference::EnvironmentVsRef:
        case Difference::EntityType:
            s = 1;
            break;
        case Difference::Other:
            break;
        }
        score += s;
        weighted += s * weight[int(c.field)];
    }
    return score * 1000 + weighted;
}

bool isSpelling(Difference d)
{
    return d == Difference::CaseOnly || d == Difference::TrailingSlash
            || d == Difference::ImmutableForm;
}

QString nameFor(const QString &subject, const QList<FicCredential> &existing)
{
    QString base = subject;
    static const QRegularExpression bad(u"[^A-Za-z0-9_-]+"_s);
    base.replace(bad, u"-"_s);
    while (base.startsWith(u'-') || base.startsWith(u'_'))
        base.remove(0, 1);
    base = base.left(100);
    while (base.endsWith(u'-'))
        base.chop(1);
    if (base.size() < 3)
        base = u"workload"_s;
    QString name = base;
    for (int n = 2;; ++n) {
        const bool taken = std::any_of(existing.cbegin(), existing.cend(), [&](const FicCredential &f) {
            return f.name.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (!taken)
            return name;
        name = base + u'-' + QString::number(n);
    }
}

} // namespace

bool CredentialDiagnosis::matches() const
{
    return differing() == 0;
}

int CredentialDiagnosis::differing() const
{
    return int(std::count_if(checks.cbegin(), checks.cend(), [](const FieldCheck &c) {
        return c.difference != Difference::Same && c.difference != Difference::Unknown;
    }));
}

bool parsePresented(const QString &input, PresentedAssertion *out, QString *error)
{
    *out = {};
    const QString text = input.trimmed();
    const QList<QByteArray> parts = text.toLatin1().split('.');
    if (parts.size() == 3 && !text.contains(u' ')) {
        const QJsonObject claims
                = QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding))
                          .object();
        if (claims.isEmpty()) {
            *error = Tr::tr("The token's payload is not JSON.");
            return false;
        }
        out->fromToken = true;
        out->issuer = claims.value("iss"_L1).toString();
        out->subject = claims.value("sub"_L1).toString();
        const QJsonValue aud = claims.value("aud"_L1);
        if (aud.isArray()) {
            for (const QJsonValue &v : aud.toArray())
                out->audiences << v.toString();
        } else if (aud.isString()) {
            out->audiences << aud.toString();
        }
        if (claims.contains("exp"_L1))
            out->expires = QDateTime::fromSecsSinceEpoch(claims.value("exp"_L1).toInteger(), Qt::UTC);
        return true;
    }
    static const QRegularExpression code(u"AADSTS(\\d+)"_s);
    const QRegularExpressionMatch cm = code.match(text);
    if (!cm.hasMatch()) {
        *error = Tr::tr("Paste the workload's token (a JWT) or Entra ID's error text "
                        "(AADSTS...).");
        return false;
    }
    out->aadsts = cm.captured(1).toInt();
    const auto capture = [&text](const QString &pattern) {
        const QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
        return re.match(text).captured(1);
    };
    // 70021: "Assertion Issuer: 'X'. Assertion Subject: 'Y'. Assertion Audience: 'Z'."
    out->issuer = capture(u"Assertion Issuer: '([^']*)'"_s);
    out->subject = capture(u"Assertion Subject: '([^']*)'"_s);
    QString audience = capture(u"Assertion Audience: '([^']*)'"_s);
    // 700211 / 700213 / 700212: "... presented assertion issuer|subject|audience 'X'"
    if (out->issuer.isEmpty())
        out->issuer = capture(u"presented assertion issuer '([^']*)'"_s);
    if (out->subject.isEmpty())
        out->subject = capture(u"presented assertion subject '([^']*)'"_s);
    if (audience.isEmpty())
        audience = capture(u"presented assertion audience '([^']*)'"_s);
    if (!audience.isEmpty())
        out->audiences = audience.split(u',', Qt::SkipEmptyParts);
    return true;
}

Diagnosis diagnose(const PresentedAssertion &presented, const FicTarget &target,
                   const QList<FicCredential> &credentials, const QDateTime &now)
{
    Diagnosis d;
    d.presented = presented;
    for (const FicCredential &f : credentials) {
        CredentialDiagnosis cd;
        cd.credential = f;
        cd.checks << compareIssuer(f.issuer, presented.issuer)
                  << compareSubject(f.subject, presented.subject)
                  << compareAudience(f.audiences, presented.audiences);
        d.credentials << cd;
    }
    std::stable_sort(d.credentials.begin(), d.credentials.end(),
                     [](const CredentialDiagnosis &a, const CredentialDiagnosis &b) {
                         return closeness(a) > closeness(b);
                     });
    if (presented.expires.isValid() && presented.expires < now)
        d.notes << Tr::tr("The token expired at %1 (AADSTS700024): the workload must fetch a "
                          "fresh one from its issuer before each exchange.")
                           .arg(presented.expires.toString(Qt::ISODate));
    if (presented.aadsts == 700024)
        d.notes << Tr::tr("AADSTS700024: the token was not within its valid time range. Tokens "
                          "from GitHub and Kubernetes live minutes; fetch one right before the "
                          "exchange.");
    const auto match = std::find_if(d.credentials.cbegin(), d.credentials.cend(),
                                    [](const CredentialDiagnosis &c) { return c.matches(); });
    if (match != d.credentials.cend()) {
        d.notes << Tr::tr("The credential %1 matches what the workload presents; the exchange "
                          "should pass unless the token is expired or signed by a key its "
                          "issuer no longer publishes.")
                           .arg(match->credential.name);
        return d;
    }
    FicChange change;
    change.target = target;
    // A misspelt credential (case, a slash, the id form) is corrected in place; any other
    // difference means another workload, which gets a credential of its own.
    const CredentialDiagnosis *closest = d.credentials.isEmpty() ? nullptr : &d.credentials.first();
    const bool spelling = closest
            && std::all_of(closest->checks.cbegin(), closest->checks.cend(), [](const FieldCheck &c) {
                   return c.difference == Difference::Same || c.difference == Difference::Unknown
                           || isSpelling(c.difference);
               });
    FicCredential fixed;
    if (closest) {
        fixed = closest->credential;
        fixed.id.clear();
    } else {
        fixed.audiences = {QString::fromLatin1(DefaultAudience)};
    }
    if (!presented.issuer.isEmpty())
        fixed.issuer = presented.issuer;
    if (!presented.subject.isEmpty())
        fixed.subject = presented.subject;
    if (closest && !presented.audiences.isEmpty()) {
        const FieldCheck &aud = closest->checks.at(2);
        if (aud.difference != Difference::Same && aud.difference != Difference::Other)
            fixed.audiences = presented.audiences;
    }
    if (spelling) {
        change.action = FicChange::Action::Update;
        change.credential = fixed;
        change.credential.id = closest->credential.id;
    } else if (closest && closest->checks.at(0).difference == Difference::Same
               && closest->checks.at(1).difference == Difference::Same
               && closest->checks.at(2).difference == Difference::Other) {
        // Issuer and subject match; the workload asks its issuer for another audience.
        d.notes << Tr::tr("The credential %1 matches the issuer and subject, but the token's "
                          "audience is %2: configure the workload to ask its issuer for %3 (for "
                          "GitHub, azure/login's audience input; for Kubernetes, the projected "
                          "service account token's audience).")
                           .arg(closest->credential.name, presented.audiences.join(u", "_s),
                                closest->credential.audiences.join(u", "_s));
        return d;
    } else {
        // AADSTS700213 names only the subject, but Entra reports it only after the issuer
        // matched a credential: the closest credential's issuer is the one the token carries.
        const bool issuerImplied = presented.issuer.isEmpty() && presented.aadsts == 700213 && closest;
        if (issuerImplied)
            d.notes << Tr::tr("AADSTS700213 means the issuer matched; the new credential keeps "
                              "the issuer of %1.")
                               .arg(closest->credential.name);
        if ((presented.issuer.isEmpty() && !issuerImplied) || presented.subject.isEmpty()) {
            d.notes << Tr::tr("The error text names only part of the assertion; paste the "
                              "workload's token to get a complete fix.");
            return d;
        }
        change.action = FicChange::Action::Add;
        change.credential = fixed;
        change.credential.description.clear();
        change.credential.name = nameFor(fixed.subject, credentials);
        if (closest && closest->checks.at(2).difference == Difference::Other) {
            d.notes << Tr::tr("The token's audience is not %1; configure the workload to ask its "
                              "issuer for that audience rather than trusting another one.")
                               .arg(QString::fromLatin1(DefaultAudience));
            change.credential.audiences = {QString::fromLatin1(DefaultAudience)};
        }
        if (credentials.size() >= MaxCredentialsPerIdentity)
            d.notes << Tr::tr("The identity has %1 credentials already, the most Entra ID "
                              "allows: remove one before adding this.")
                               .arg(credentials.size());
    }
    d.plan << change;
    return d;
}

QString fieldName(FicField field)
{
    switch (field) {
    case FicField::Issuer:
        return Tr::tr("Issuer");
    case FicField::Subject:
        return Tr::tr("Subject");
    case FicField::Audience:
        break;
    }
    return Tr::tr("Audience");
}

QString differenceName(Difference difference)
{
    switch (difference) {
    case Difference::Same:
        return Tr::tr("matches");
    case Difference::Unknown:
        return Tr::tr("not in the input");
    case Difference::CaseOnly:
        return Tr::tr("case differs");
    case Difference::TrailingSlash:
        return Tr::tr("trailing slash");
    case Difference::EnvironmentVsRef:
        return Tr::tr("environment vs. ref");
    case Difference::ImmutableForm:
        return Tr::tr("immutable id form");
    case Difference::EntityType:
        return Tr::tr("wrong entity type");
    case Difference::Other:
        break;
    }
    return Tr::tr("differs");
}

QString diagnosisText(const Diagnosis &d)
{
    QString out;
    const PresentedAssertion &p = d.presented;
    out += Tr::tr("Presented: issuer %1, subject %2, audience %3")
                   .arg(p.issuer.isEmpty() ? u"?"_s : p.issuer,
                        p.subject.isEmpty() ? u"?"_s : p.subject,
                        p.audiences.isEmpty() ? u"?"_s : p.audiences.join(u", "_s))
            + u'\n';
    if (d.credentials.isEmpty())
        out += Tr::tr("The identity has no federated credentials.") + u'\n';
    for (const CredentialDiagnosis &c : d.credentials) {
        out += u'\n' + Tr::tr("Credential %1:").arg(c.credential.name) + u'\n';
        for (const FieldCheck &f : c.checks) {
            out += u"  %1: %2"_s.arg(fieldName(f.field), differenceName(f.difference));
            if (f.difference != Difference::Same && f.difference != Difference::Unknown)
                out += u" (%1)"_s.arg(f.explanation);
            out += u'\n';
        }
    }
    for (const QString &n : d.notes)
        out += u'\n' + n + u'\n';
    if (!d.plan.isEmpty()) {
        out += u'\n' + Tr::tr("Fix:") + u'\n';
        for (const FicChange &c : d.plan)
            out += u"  "_s + c.describe() + u'\n';
    }
    return out;
}

} // namespace ie::federation
