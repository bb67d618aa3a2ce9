#pragma once

#include "cli/tenantconnection.h"

#include <QStringList>

namespace ie::cli {

// `identity-explorer fic list|add|update|remove|doctor ...`: a user-assigned identity's
// (--identity ARM-ID) or an app registration's (--app APP-ID) federated identity credentials,
// with the sign-in options of every verb (CredentialOptions). add and update take a preset
// (--preset github-branch, kubernetes, ...) or --issuer/--subject, are checked before anything
// is sent (exit 2, nothing sent) and run through the plan job with its audit record; --export
// prints the change as curl, az, PowerShell, Bicep or Terraform instead. doctor reads the failing
// workload's token (--token FILE, '-' for stdin) or Entra's AADSTS error text (--error TEXT) and
// says for every credential which of issuer, subject and audience differs; --fix applies the
// doctor's plan. Exit codes: 0 done (doctor: a credential matches, or the fix was applied),
// 1 the service failed, 2 bad arguments or failed checks, 3 doctor: no credential matches.
int runFic(const QStringList &args, const Connector &defaultConnection);

} // namespace ie::cli
