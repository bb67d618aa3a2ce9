#pragma once

#include <QString>

namespace ie::ui {
class GrantWidget;
}

namespace ie::test {

// Grants `role` of the resource API `resourceAppId` to the identity through the Grant area's app
// roles panel, as a user does it: picks the identity, the resource, filters and ticks the role,
// clicks Grant and then Run in the review. Returns once the review has been run (the plan may
// still be sending); false, with the test's failure recorded, when a step could not be done.
bool grantAppRoleThroughPanel(ie::ui::GrantWidget *grant, const QString &objectId,
                              const QString &displayName, const QString &resourceAppId,
                              const QString &role);

} // namespace ie::test
