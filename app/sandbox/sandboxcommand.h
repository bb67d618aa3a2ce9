#pragma once

#include <QStringList>

namespace ie::sandbox {

// `identity-explorer sandbox [--port N] [--size N] [--seed S] [--latency-ms N] [--fault SPEC]...
//  [--json] [--ca-out FILE] [--mi-resource ID]`: serves the sandbox tenant until interrupted.
int runSandbox(const QStringList &args);

} // namespace ie::sandbox
