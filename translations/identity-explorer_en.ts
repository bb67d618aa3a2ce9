<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>ie::ApiError</name>
        <message numerus="yes">
            <source>Wait %n second(s) and try again.</source>
            <translation>
                <numerusform>Wait %n second and try again.</numerusform>
                <numerusform>Wait %n seconds and try again.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ie::arm::RoleAssignmentCreateJob</name>
        <message numerus="yes">
            <source>Azure still does not know the identity %1 after %n attempt(s). If it was created just now, wait a few minutes and try again; otherwise check that it still exists.</source>
            <translation>
                <numerusform>Azure still does not know the identity %1 after %n attempt. If it was created just now, wait a few minutes and try again; otherwise check that it still exists.</numerusform>
                <numerusform>Azure still does not know the identity %1 after %n attempts. If it was created just now, wait a few minutes and try again; otherwise check that it still exists.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ie::auth::AzureCliCredential</name>
        <message numerus="yes">
            <source>The Azure CLI did not answer within %n second(s).</source>
            <translation>
                <numerusform>The Azure CLI did not answer within %n second.</numerusform>
                <numerusform>The Azure CLI did not answer within %n seconds.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ie::auth::DeviceCodeCredential</name>
        <message numerus="yes">
            <source>The code expired before the sign-in was finished. Start again and enter the new code within %n minute(s).</source>
            <translation>
                <numerusform>The code expired before the sign-in was finished. Start again and enter the new code within %n minute.</numerusform>
                <numerusform>The code expired before the sign-in was finished. Start again and enter the new code within %n minutes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ie::auth::InteractiveBrowserCredential</name>
        <message numerus="yes">
            <source>No answer came from the browser within %n minute(s). Start the sign-in again and finish it in the browser window that opens.</source>
            <translation>
                <numerusform>No answer came from the browser within %n minute. Start the sign-in again and finish it in the browser window that opens.</numerusform>
                <numerusform>No answer came from the browser within %n minutes. Start the sign-in again and finish it in the browser window that opens.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ie::cli::ListCommand</name>
        <message numerus="yes">
            <source>The list is incomplete: %n identities were read before loading stopped.</source>
            <translation>
                <numerusform>The list is incomplete: %n identity was read before loading stopped.</numerusform>
                <numerusform>The list is incomplete: %n identities were read before loading stopped.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ie::graph::PermissionReportJob</name>
        <message numerus="yes">
            <source>Service principals: %n read</source>
            <translation>
                <numerusform>Service principals: %n read</numerusform>
                <numerusform>Service principals: %n read</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>App roles: %1 of %n resource APIs read</source>
            <translation>
                <numerusform>App roles: %1 of %n resource API read</numerusform>
                <numerusform>App roles: %1 of %n resource APIs read</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 and %n more</numerusform>
                <numerusform>%1 and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n Azure role assignments name a role definition that was not found; their role name is unknown.</source>
            <translation>
                <numerusform>%n Azure role assignment names a role definition that was not found; its role name is unknown.</numerusform>
                <numerusform>%n Azure role assignments name a role definition that was not found; their role name is unknown.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ie::jwt::JwtDecoder</name>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n byte</numerusform>
                <numerusform>%n bytes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ie::jwt::SignatureVerifier</name>
        <message numerus="yes">
            <source>The token names no key (no "kid") and the key set holds %n keys: choose a single key.</source>
            <translation>
                <numerusform>The token names no key (no "kid") and the key set holds %n key: choose a single key.</numerusform>
                <numerusform>The token names no key (no "kid") and the key set holds %n keys: choose a single key.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ie::models::NeedModel</name>
        <message numerus="yes">
            <source>Grants %n of the known operations in all.</source>
            <translation>
                <numerusform>Grants %n of the known operations in all.</numerusform>
                <numerusform>Grants %n of the known operations in all.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ie::need::NeedCommand</name>
        <message numerus="yes">
            <source>%n operation(s)</source>
            <translation>
                <numerusform>%n operation</numerusform>
                <numerusform>%n operations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Grants %n known operation(s).</source>
            <translation>
                <numerusform>Grants %n known operation.</numerusform>
                <numerusform>Grants %n known operations.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n known operation(s)</source>
            <translation>
                <numerusform>%n known operation</numerusform>
                <numerusform>%n known operations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>If it exists, %n role(s) would grant it by wildcard, the smallest being %1.</source>
            <translation>
                <numerusform>If it exists, %n role would grant it by wildcard: %1.</numerusform>
                <numerusform>If it exists, %n roles would grant it by wildcard, the smallest being %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more (--limit 0 shows all)</source>
            <translation>
                <numerusform>… and %n more (--limit 0 shows all)</numerusform>
                <numerusform>… and %n more (--limit 0 shows all)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No built-in role grants all %n operation(s).</source>
            <translation>
                <numerusform>No built-in role grants the %n operation.</numerusform>
                <numerusform>No built-in role grants all %n operations.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The smallest built-in role that grants all %n operation(s):</source>
            <translation>
                <numerusform>The smallest built-in role that grants the %n operation:</numerusform>
                <numerusform>The smallest built-in role that grants all %n operations:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The smallest covering role grants %1 operations for %n asked: a custom role with exactly these is closer.</source>
            <translation>
                <numerusform>The smallest covering role grants %1 operations for %n asked: a custom role with exactly this one is closer.</numerusform>
                <numerusform>The smallest covering role grants %1 operations for %n asked: a custom role with exactly these is closer.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n input(s) not resolved</source>
            <translation>
                <numerusform>%n input not resolved</numerusform>
                <numerusform>%n inputs not resolved</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ie::net::HttpJob</name>
        <message numerus="yes">
            <source>No answer from %1 within %n second(s).</source>
            <translation>
                <numerusform>No answer from %1 within %n second.</numerusform>
                <numerusform>No answer from %1 within %n seconds.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The answer from %1 is not valid JSON (%n byte(s)).</source>
            <translation>
                <numerusform>The answer from %1 is not valid JSON (%n byte).</numerusform>
                <numerusform>The answer from %1 is not valid JSON (%n bytes).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Gave up after %n attempt(s): the next retry would pass the deadline. Last problem: %1</source>
            <translation>
                <numerusform>Gave up after %n attempt: the next retry would pass the deadline. Last problem: %1</numerusform>
                <numerusform>Gave up after %n attempts: the next retry would pass the deadline. Last problem: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 Gave up after %n attempt(s) in %2 s.</source>
            <translation>
                <numerusform>%1 Gave up after %n attempt in %2 s.</numerusform>
                <numerusform>%1 Gave up after %n attempts in %2 s.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ie::ui::AppRolesPanel</name>
        <message numerus="yes">
            <source>Waiting for Entra to catch up (next try in %n s)…</source>
            <translation>
                <numerusform>Waiting for Entra to catch up (next try in %n s)…</numerusform>
                <numerusform>Waiting for Entra to catch up (next try in %n s)…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n selected</source>
            <translation>
                <numerusform>%n selected</numerusform>
                <numerusform>%n selected</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ie::ui::DirectoryRolesPanel</name>
        <message numerus="yes">
            <source>Waiting for Entra to catch up (next try in %n s)…</source>
            <translation>
                <numerusform>Waiting for Entra to catch up (next try in %n s)…</numerusform>
                <numerusform>Waiting for Entra to catch up (next try in %n s)…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ie::ui::GrantPanel</name>
        <message numerus="yes">
            <source>Sending %n change(s)…</source>
            <translation>
                <numerusform>Sending %n change…</numerusform>
                <numerusform>Sending %n changes…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ie::ui::GuidLookupWidget</name>
        <message numerus="yes">
            <source>Type to search %n catalog entries.</source>
            <translation>
                <numerusform>Type to search %n catalog entry.</numerusform>
                <numerusform>Type to search %n catalog entries.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The best %n results; type more to narrow them.</source>
            <translation>
                <numerusform>The best result; type more to narrow it down.</numerusform>
                <numerusform>The best %n results; type more to narrow them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n result(s).</source>
            <translation>
                <numerusform>%n result.</numerusform>
                <numerusform>%n results.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 (%2): %n built-in role(s) grant it.</source>
            <translation>
                <numerusform>%1 (%2): %n built-in role grants it.</numerusform>
                <numerusform>%1 (%2): %n built-in roles grant it.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No built-in role grants all %n operation(s).</source>
            <translation>
                <numerusform>No built-in role grants the %n operation.</numerusform>
                <numerusform>No built-in role grants all %n operations.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The roles below grant all %n operation(s), smallest first.</source>
            <translation>
                <numerusform>The roles below grant the %n operation, smallest first.</numerusform>
                <numerusform>The roles below grant all %n operations, smallest first.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ie::ui::IdentitiesWidget</name>
        <message numerus="yes">
            <source>Loading… %n identities so far.</source>
            <translation>
                <numerusform>Loading… %n identity so far.</numerusform>
                <numerusform>Loading… %n identities so far.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n identities.</source>
            <translation>
                <numerusform>%n identity.</numerusform>
                <numerusform>%n identities.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n identities; %1</source>
            <translation>
                <numerusform>%n identity; %1</numerusform>
                <numerusform>%n identities; %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Loading cancelled: the list is incomplete (%n loaded).</source>
            <translation>
                <numerusform>Loading cancelled: the list is incomplete (%n loaded).</numerusform>
                <numerusform>Loading cancelled: the list is incomplete (%n loaded).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The list is incomplete (%n loaded): %1</source>
            <translation>
                <numerusform>The list is incomplete (%n loaded): %1</numerusform>
                <numerusform>The list is incomplete (%n loaded): %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Showing search results for “%1”: %n service principal(s) whose display name starts with these words, not the whole tenant.</source>
            <translation>
                <numerusform>Showing search results for “%1”: %n service principal whose display name starts with these words, not the whole tenant.</numerusform>
                <numerusform>Showing search results for “%1”: %n service principals whose display name starts with these words, not the whole tenant.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ie::ui::TokenInspectorWidget</name>
        <message numerus="yes">
            <source>Signature: %n byte(s)</source>
            <translation>
                <numerusform>Signature: %n byte</numerusform>
                <numerusform>Signature: %n bytes</numerusform>
            </translation>
        </message>
    </context>
</TS>
