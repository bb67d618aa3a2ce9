#pragma once

#include "federation/ficplan.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace ie::federation {

// What the failing workload presented to Entra ID: read from its token (a JWT from GitHub,
// Kubernetes, Terraform Cloud, ...) or from the AADSTS error text Entra answered, which names only
// some of the claims (700211 the issuer, 700213 the subject, 700212 the audience, 70021 all three).
struct PresentedAssertion
{
    QString issuer; // empty: not known
    QString subject;
    QStringList audiences;
    QDateTime expires; // tokens only
    bool fromToken = false;
    int aadsts = 0; // the error code, when read from an error text
};

// Reads a JWT (its payload; the signature is not checked) or an AADSTS error text. False and
// `error` (translated) when the text is neither.
bool parsePresented(const QString &text, PresentedAssertion *out, QString *error);

enum class FicField { Issuer, Subject, Audience };

// How one claim of the assertion differs from the credential's value.
enum class Difference {
    Same,
    Unknown, // the input does not name this claim
    CaseOnly, // Entra compares case-sensitively
    TrailingSlash, // the issuer with or without a final '/'
    EnvironmentVsRef, // GitHub: a job in an environment presents environment:X, not ref:...
    ImmutableForm, // GitHub: repo:org@id/repo@id:... against repo:org/repo:... (or back)
    EntityType, // another kind of subject: tag vs branch, pull_request, another issuer's form
    Other,
};

struct FieldCheck
{
    FicField field = FicField::Issuer;
    Difference difference = Difference::Same;
    QString expected; // the credential's value
    QString presented; // the assertion's value
    QString explanation; // translated; empty when Same
};

struct CredentialDiagnosis
{
    FicCredential credential;
    QList<FieldCheck> checks; // issuer, subject, audience, in that order
    bool matches() const; // all Same (or Unknown)
    int differing() const; // how many claims differ
};

struct Diagnosis
{
    PresentedAssertion presented;
    // Every credential on the identity, the closest first.
    QList<CredentialDiagnosis> credentials;
    // The fix: updates for a misspelt credential, or a new credential for this workload. Empty
    // when a credential matches (then `notes` say why the exchange may still fail).
    QList<FicChange> plan;
    QStringList notes; // translated: expiry, the limit of 20, a matching credential, ...
};

Diagnosis diagnose(const PresentedAssertion &presented, const FicTarget &target,
                   const QList<FicCredential> &credentials,
                   const QDateTime &now = QDateTime::currentDateTimeUtc());

QString fieldName(FicField field); // translated
QString differenceName(Difference difference); // translated, short
// The diagnosis as plain text (the command line's output and the GUI's copyable report).
QString diagnosisText(const Diagnosis &diagnosis);

} // namespace ie::federation
