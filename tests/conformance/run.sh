#!/usr/bin/env bash
# Conformance suite: Microsoft's own clients (Debian's azure-cli, @azure/identity, the Graph JS
# client, jose) and the app's own verbs against the sandbox, each setup inside a private network
# namespace that has only loopback, so nothing can reach out:
#   A1  custom cloud: the sandbox on free loopback ports, az with the ADFS-style authority
#       (sandbox-az-cloud.json), the SDKs with authorityHost + disableInstanceDiscovery
#   A2  production host names: the sandbox on 127.0.0.1:443 with --public-names, a namespace hosts
#       file mapping login.microsoftonline.com, graph.microsoft.com and management.azure.com to
#       127.0.0.1; stock AzureCloud, stock SDK defaults, the app's --cloud AzureCloud
# In both, the sandbox also serves IMDS on 169.254.169.254:80 inside the namespace.
# Usage: run.sh IDENTITY_EXPLORER NODE_DIR [A1|A2]...   Exit 0 all passed, 1 a check failed,
# 77 skipped (not root, no `ip`, no namespaces, no az/node) -- CTest's SKIP_RETURN_CODE.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
exe=$(realpath "$1")
nodedir=$2
shift 2
setups=("$@")
[ ${#setups[@]} -eq 0 ] && setups=(A1 A2)

skip() { echo "SKIP: $*"; exit 77; }
[ "$(id -u)" -eq 0 ] || skip "not root: private network namespaces cannot be made, so the real clients are not run (they would reach out)"
command -v ip >/dev/null || skip "no 'ip' (package iproute2)"
command -v az >/dev/null || skip "no az (package azure-cli; scripts/deps.sh installs it)"
command -v node >/dev/null && command -v npm >/dev/null || skip "no node/npm"
probe="iec-probe-$$"
ip netns add "$probe" 2>/dev/null || skip "cannot create a network namespace here"
ip netns del "$probe"

# npm packages: installed from the lockfile outside the namespace, used inside it.
mkdir -p "$nodedir"
if ! cmp -s "$here/package-lock.json" "$nodedir/package-lock.json" || [ ! -d "$nodedir/node_modules/jose" ]; then
    cp "$here/package.json" "$here/package-lock.json" "$nodedir/"
    (cd "$nodedir" && npm ci --no-audit --no-fund --loglevel=error) || { echo "FAIL: npm ci in $nodedir"; exit 1; }
fi
cp "$here/node-checks.mjs" "$here/fic-checks.mjs" "$nodedir/"

failures=0
ns=""
sandbox_pid=""
scratch=""
cleanup() {
    [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null && wait "$sandbox_pid" 2>/dev/null
    sandbox_pid=""
    [ -n "$ns" ] && ip netns del "$ns" 2>/dev/null
    [ -n "$ns" ] && rm -rf "/etc/netns/$ns"
    ns=""
    [ -n "$scratch" ] && rm -rf "$scratch"
    scratch=""
}
trap cleanup EXIT
trap 'cleanup; exit 1' INT TERM

pass() { echo "PASS [$setup] $1"; }
fail() { echo "FAIL [$setup] $1: ${2:-}"; failures=$((failures + 1)); }
expect_eq() { # name expected actual
    if [ "$2" = "$3" ]; then pass "$1"; else fail "$1" "expected '$2', got '$3'"; fi
}
inns() { ip netns exec "$ns" "$@"; }

# A CA and a server certificate for 127.0.0.1, signed by it: the external issuer's TLS.
make_issuer_tls() { # dir
    local d=$1
    openssl req -x509 -newkey rsa:2048 -nodes -keyout "$d/issuer-ca.key" -out "$d/issuer-ca.pem" \
        -days 1 -subj /CN=conformance-issuer-ca -addext basicConstraints=critical,CA:TRUE \
        -addext keyUsage=critical,keyCertSign >/dev/null 2>&1 || return 1
    openssl req -newkey rsa:2048 -nodes -keyout "$d/issuer.key" -out "$d/issuer.csr" \
        -subj /CN=127.0.0.1 >/dev/null 2>&1 || return 1
    printf 'subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' >"$d/issuer.ext"
    openssl x509 -req -in "$d/issuer.csr" -CA "$d/issuer-ca.pem" -CAkey "$d/issuer-ca.key" \
        -CAcreateserial -out "$d/issuer.pem" -days 1 -extfile "$d/issuer.ext" >/dev/null 2>&1
}

run_setup() {
    setup=$1
    ns="iec-$setup-$$-$RANDOM"
    scratch=$(mktemp -d)
    ip netns add "$ns" || { fail "namespace" "ip netns add $ns"; return; }
    inns ip link set lo up
    inns ip addr add 169.254.169.254/32 dev lo
    # The external OIDC issuer fic-checks.mjs serves over https (its own CA, which the sandbox
    # is told to trust, as Entra trusts the public CAs), on a port of its own in the namespace.
    make_issuer_tls "$scratch" || { fail "issuer certificate" "openssl"; cleanup; return; }
    issuer_port=$((47000 + RANDOM % 1000))
    # Device codes wait until the check signs in with them at /devicelogin as the user it names.
    local args=(sandbox --json --imds-address --device-login manual --ca-out "$scratch/ca.pem"
        --issuer-ca "$scratch/issuer-ca.pem")
    if [ "$setup" = A2 ]; then
        mkdir -p "/etc/netns/$ns"
        printf '127.0.0.1 localhost\n127.0.0.1 login.microsoftonline.com graph.microsoft.com management.azure.com\n' >"/etc/netns/$ns/hosts"
        args+=(--port 443 --public-names)
    fi
    # Not through inns(): $! must be the sandbox itself (ip netns exec execs it), to kill it.
    ip netns exec "$ns" "$exe" "${args[@]}" >"$scratch/sandbox.json" 2>"$scratch/sandbox.err" &
    sandbox_pid=$!
    for _ in $(seq 100); do [ -s "$scratch/sandbox.json" ] && break; sleep 0.1; done
    if ! jq -e .tenantId "$scratch/sandbox.json" >/dev/null 2>&1; then
        fail "sandbox starts" "$(cat "$scratch/sandbox.err")"
        cleanup
        return
    fi
    local sb="$scratch/sandbox.json"
    tenant=$(jq -r .tenantId "$sb"); client=$(jq -r .clientId "$sb"); secret=$(jq -r .clientSecret "$sb")
    login=$(jq -r .endpoints.login "$sb"); graph=$(jq -r .endpoints.graph "$sb"); arm=$(jq -r .endpoints.arm "$sb")
    mibase=$(jq -r .endpoints.managedIdentity "$sb"); miresource=$(jq -r .miResource "$sb")
    ca="$scratch/ca.pem"
    if [ "$setup" = A1 ]; then
        graph_resource="$graph/"; issuer_v1="$login/$tenant/"
    else
        graph_resource="https://graph.microsoft.com/"; issuer_v1="https://sts.windows.net/$tenant/"
    fi

    # The sandbox's own truth, read through its API with curl.
    local tok
    tok=$(inns curl -sf --cacert "$ca" "$login/$tenant/oauth2/v2.0/token" -d grant_type=client_credentials \
        -d client_id="$client" --data-urlencode client_secret="$secret" \
        --data-urlencode scope="${graph_resource}.default" | jq -r .access_token)
    truth() { inns curl -sf --cacert "$ca" -H "Authorization: Bearer $tok" -H "ConsistencyLevel: eventual" "$graph/v1.0/$1"; }
    sp_count=$(truth 'servicePrincipals/$count')
    mi_count=$(truth "servicePrincipals/\$count?\$filter=servicePrincipalType%20eq%20'ManagedIdentity'")
    mi_principal=$(truth "servicePrincipals?\$filter=alternativeNames/any(x:x%20eq%20'$(jq -rn --arg r "$miresource" '$r|@uri')')&\$select=id" | jq -r '.value[0].id')
    [ -n "$sp_count" ] && [ "$mi_count" -gt 0 ] 2>/dev/null && [ -n "$mi_principal" ] && [ "$mi_principal" != null ] \
        && pass "sandbox truth: $sp_count service principals, $mi_count managed identities, VM identity $mi_principal" \
        || fail "sandbox truth" "count '$sp_count' '$mi_count' principal '$mi_principal'"
    local discovery
    discovery=$(inns curl -s --cacert "$ca" "$login/common/discovery/instance?api-version=1.1&authorization_endpoint=https://login.microsoftonline.com/common/oauth2/authorize")
    expect_eq "instance discovery (api-version 1.1) answers as Entra" \
        "https://login.microsoftonline.com/common/.well-known/openid-configuration" \
        "$(jq -r .tenant_discovery_endpoint <<<"$discovery")"

    az_checks
    node_checks
    app_checks
    fic_checks
    cleanup
}

az_checks() {
    local cfg="$scratch/azcfg"
    local azenv=(env AZURE_CONFIG_DIR="$cfg" AZURE_CORE_COLLECT_TELEMETRY=false AZURE_CORE_SURVEY_MESSAGE=false
        AZURE_CORE_NO_COLOR=true REQUESTS_CA_BUNDLE="$ca")
    az_() { inns "${azenv[@]}" az "$@" --only-show-errors 2>"$scratch/az.err"; }
    azerr() { tail -3 "$scratch/az.err" | tr '\n' ' '; }
    if [ "$setup" = A1 ]; then
        az_ cloud register -n IdxSandbox --cloud-config @"$(jq -r .azCloudConfig "$scratch/sandbox.json")" >/dev/null \
            && az_ cloud set -n IdxSandbox >/dev/null && pass "az cloud register (ADFS-style authority)" \
            || fail "az cloud register" "$(azerr)"
    fi
    if az_ login --service-principal -u "$client" -p "$secret" --tenant "$tenant" >"$scratch/login.json"; then
        expect_eq "az login --service-principal" "$tenant" "$(jq -r '.[0].tenantId' "$scratch/login.json")"
    else
        fail "az login --service-principal" "$(azerr)"
    fi
    local t
    t=$(az_ account get-access-token --resource-type ms-graph --query accessToken -o tsv)
    expect_eq "az account get-access-token --resource-type ms-graph: appid" "$client" \
        "$("$exe" decode --json "$t" 2>/dev/null | jq -r .payload.appid)"
    expect_eq "az ad sp list --all counts what the sandbox holds" "$sp_count" "$(az_ ad sp list --all --query 'length(@)' -o tsv || azerr)"
    expect_eq "az ad sp list --filter (managed identities)" "$mi_count" \
        "$(az_ ad sp list --filter "servicePrincipalType eq 'ManagedIdentity'" --query 'length(@)' -o tsv || azerr)"
    expect_eq "az ad sp show --id <appId> (servicePrincipalNames/any)" "$client" \
        "$(az_ ad sp show --id "$client" --query appId -o tsv || azerr)"
    # App role assignment GET/POST/DELETE through az rest (Graph).
    local graphsp role body created
    graphsp=$(az_ rest --url "$graph/v1.0/servicePrincipals(appId='00000003-0000-0000-c000-000000000000')")
    role=$(jq -r '.appRoles[] | select(.value=="Mail.Read") | .id' <<<"$graphsp")
    body=$(jq -nc --arg p "$mi_principal" --arg r "$(jq -r .id <<<"$graphsp")" --arg a "$role" '{principalId:$p,resourceId:$r,appRoleId:$a}')
    created=$(az_ rest --method post --url "$graph/v1.0/servicePrincipals/$mi_principal/appRoleAssignments" --body "$body" | jq -r .id)
    if [ -n "$created" ] && [ "$created" != null ]; then pass "az rest POST appRoleAssignments"; else fail "az rest POST appRoleAssignments" "$(azerr)"; fi
    local mitok
    mitok=$(inns curl -s -H Metadata:true "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=$graph_resource" | jq -r .access_token)
    expect_eq "a fresh IMDS token carries the role granted by az" true \
        "$("$exe" decode --json "$mitok" | jq '.payload.roles // [] | index("Mail.Read") != null')"
    expect_eq "az rest GET appRoleAssignments lists it" 1 \
        "$(az_ rest --url "$graph/v1.0/servicePrincipals/$mi_principal/appRoleAssignments" | jq --arg id "$created" '[.value[] | select(.id==$id)] | length')"
    az_ rest --method delete --url "$graph/v1.0/servicePrincipals/$mi_principal/appRoleAssignments/$created" \
        && pass "az rest DELETE appRoleAssignments" || fail "az rest DELETE appRoleAssignments" "$(azerr)"
    expect_eq "the assignment is gone" 0 \
        "$(az_ rest --url "$graph/v1.0/servicePrincipals/$mi_principal/appRoleAssignments" | jq --arg id "$created" '[.value[] | select(.id==$id)] | length')"
    # Role assignment PUT/GET/DELETE through az rest (ARM; az role assignment crashes on Debian).
    local sub scope ra reader
    sub=$(az_ account show --query id -o tsv)
    scope="/subscriptions/$sub"
    ra=$(cat /proc/sys/kernel/random/uuid)
    reader="$scope/providers/Microsoft.Authorization/roleDefinitions/2a2b9908-6ea1-4ae2-8e65-a410df84e7d1" # Storage Blob Data Reader
    body=$(jq -nc --arg d "$reader" --arg p "$mi_principal" '{properties:{roleDefinitionId:$d,principalId:$p,principalType:"ServicePrincipal"}}')
    expect_eq "az rest PUT roleAssignments" "$mi_principal" \
        "$(az_ rest --method put --url "$scope/providers/Microsoft.Authorization/roleAssignments/$ra?api-version=2022-04-01" --body "$body" | jq -r .properties.principalId)"
    expect_eq "az rest GET roleAssignments?\$filter=principalId eq" 1 \
        "$(az_ rest --url "$scope/providers/Microsoft.Authorization/roleAssignments?api-version=2020-04-01-preview&\$filter=principalId%20eq%20'$mi_principal'" | jq --arg ra "$ra" '[.value[] | select(.name==$ra)] | length')"
    az_ rest --method delete --url "$scope/providers/Microsoft.Authorization/roleAssignments/$ra?api-version=2022-04-01" >/dev/null \
        && pass "az rest DELETE roleAssignments" || fail "az rest DELETE roleAssignments" "$(azerr)"
    expect_eq "the role assignment is gone" 0 \
        "$(az_ rest --url "$scope/providers/Microsoft.Authorization/roleAssignments?api-version=2020-04-01-preview&\$filter=principalId%20eq%20'$mi_principal'" | jq --arg ra "$ra" '[.value[] | select(.name==$ra)] | length')"
    az_ logout >/dev/null 2>&1
    # Managed identity: IMDS (169.254.169.254 inside the namespace), legacy MSI_ENDPOINT, and App
    # Service's 2017-09-01 protocol (MSI_ENDPOINT + MSI_SECRET, az: with APPSETTING_WEBSITE_SITE_NAME).
    for source in imds msi appservice-2017; do
        local extra=()
        [ $source = msi ] && extra=(MSI_ENDPOINT="$mibase/oauth2/token")
        [ $source = appservice-2017 ] && extra=(APPSETTING_WEBSITE_SITE_NAME=conformance
            MSI_ENDPOINT="$(jq -r .managedIdentityEndpoints.appService "$scratch/sandbox.json")"
            MSI_SECRET="$(jq -r .identityHeader "$scratch/sandbox.json")")
        if inns "${azenv[@]}" "${extra[@]}" az login --identity --allow-no-subscriptions --only-show-errors >/dev/null 2>"$scratch/az.err"; then
            t=$(inns "${azenv[@]}" "${extra[@]}" az account get-access-token --resource-type ms-graph --query accessToken -o tsv 2>"$scratch/az.err")
            expect_eq "az login --identity ($source), then a Graph token for the VM's identity" "$mi_principal" \
                "$("$exe" decode --json "$t" 2>/dev/null | jq -r .payload.oid)"
            # The VM's identity holds no Application.Read.All: Graph's 403, which az shows.
            inns "${azenv[@]}" "${extra[@]}" az ad sp list --all --query 'length(@)' -o tsv >/dev/null 2>"$scratch/az.err"
            expect_eq "az ad sp list as the managed identity ($source) gets Graph's 403" \
                "ERROR: Insufficient privileges to complete the operation." "$(grep -m1 ERROR "$scratch/az.err")"
        else
            fail "az login --identity ($source)" "$(azerr)"
        fi
        inns "${azenv[@]}" az logout >/dev/null 2>&1
    done
    for user in adele megan; do az_device_code "$user"; done
}

# The sandbox's truth about a user: its object id, the template ids of its directory roles
# (and every member user's), and the Graph scopes the tenant consented for the Azure CLI.
tenant_file="$here/../../resources/sandbox/contoso.json"
user_oid() { jq -r --arg u "$1@contoso.onmicrosoft.com" '.users[] | select(.userPrincipalName==$u) | .id' "$tenant_file"; }
user_wids() {
    jq -r --arg u "$1@contoso.onmicrosoft.com" '(.directoryRoles | map({(.displayName): .templateId}) | add) as $t
        | [(.users[] | select(.userPrincipalName==$u) | .directoryRoles // [] | .[] | $t[.]), "b79fbf4d-3ef9-4689-8143-76b194e85509"]
        | sort | join(" ")' "$tenant_file"
}
cli_graph_scp() {
    jq -r '.oauth2PermissionGrants[] | select(.clientAppId=="04b07795-8ddb-461a-bbee-02f9e1bf7b46"
        and .resourceAppId=="00000003-0000-0000-c000-000000000000") | .scope | split(" ") | sort | join(" ")' "$tenant_file"
}
# Waits for a device-code prompt in FILE and signs in with its code as USER at the sandbox's
# verification page, as the user would in a browser.
approve_device_code() { # file user pid (of the client, which may give up first)
    local code=""
    for _ in $(seq 600); do
        code=$(grep -o 'enter the code [A-Z0-9]*' "$1" 2>/dev/null | awk '{print $4}')
        [ -n "$code" ] && break
        kill -0 "$3" 2>/dev/null || break
        sleep 0.2
    done
    [ -n "$code" ] && inns curl -sf -o /dev/null --cacert "$ca" "$login/devicelogin" \
        --data-urlencode "otc=$code" --data-urlencode "login_hint=$2@contoso.onmicrosoft.com"
}

az_device_code() { # user: az login --use-device-code as that sandbox user, then Graph as them
    local user=$1 azpid t claims
    : >"$scratch/dc.err" # before the background start: never read the last run's code
    inns "${azenv[@]}" az login --use-device-code --allow-no-subscriptions --only-show-errors \
        >"$scratch/dc.json" 2>"$scratch/dc.err" &
    azpid=$!
    approve_device_code "$scratch/dc.err" "$user" "$azpid" \
        || { fail "az login --use-device-code ($user): approve" "$(tail -2 "$scratch/dc.err")"; kill "$azpid" 2>/dev/null; }
    if ! wait "$azpid"; then
        fail "az login --use-device-code ($user)" "$(tail -3 "$scratch/dc.err" | tr '\n' ' ')"
        return
    fi
    expect_eq "az login --use-device-code ($user): the account" "$user@contoso.onmicrosoft.com" \
        "$(jq -r '.[0].user.name' "$scratch/dc.json")"
    t=$(az_ account get-access-token --resource "$graph_resource" --query accessToken -o tsv)
    claims=$("$exe" decode --json "$t" 2>/dev/null | jq -c .payload)
    expect_eq "az account get-access-token ($user): the user's oid" "$(user_oid "$user")" "$(jq -r .oid <<<"$claims")"
    expect_eq "az account get-access-token ($user): wids are the user's directory roles" "$(user_wids "$user")" \
        "$(jq -r '.wids // [] | sort | join(" ")' <<<"$claims")"
    expect_eq "az account get-access-token ($user): scp is the Azure CLI's consented Graph scopes" "$(cli_graph_scp)" \
        "$(jq -r '.scp // "" | split(" ") | sort | join(" ")' <<<"$claims")"
    # Reading app role assignments needs a directory role besides the scope (the Graph
    # reference's least privileged roles): Adele has one, Megan none.
    local out
    out=$(az_ rest --url "$graph/v1.0/servicePrincipals/$mi_principal/appRoleAssignments")
    if [ "$user" = adele ]; then
        expect_eq "az rest GET appRoleAssignments as $user (a role and the scope)" true "$(jq 'has("value")' <<<"$out")"
    else
        expect_eq "az rest GET appRoleAssignments as $user (no role) gets Graph's 403" \
            "Forbidden Insufficient privileges to complete the operation." \
            "$(grep -o -m1 'Forbidden' "$scratch/az.err") $(grep -o -m1 'Insufficient privileges to complete the operation.' "$scratch/az.err")"
    fi
    az_ logout >/dev/null 2>&1
}

node_checks() {
    inns env NODE_EXTRA_CA_CERTS="$ca" CONF_SETUP="$setup" CONF_EXE="$exe" CONF_LOGIN="$login" \
        CONF_TENANT="$tenant" CONF_CLIENT_ID="$client" CONF_SECRET="$secret" CONF_GRAPH="$graph" \
        CONF_GRAPH_SCOPE="${graph_resource}.default" CONF_ARM_SCOPE="https://management.core.windows.net//.default" \
        CONF_ISSUER_V1="$issuer_v1" CONF_SP_COUNT="$sp_count" CONF_MI_COUNT="$mi_count" \
        CONF_MI_PRINCIPAL="$mi_principal" CONF_MI_RESOURCE="$miresource" CONF_MI_BASE="$mibase" \
        CONF_IDENTITY_HEADER="$(jq -r .identityHeader "$scratch/sandbox.json")" \
        CONF_PUBLIC_CLIENT=04b07795-8ddb-461a-bbee-02f9e1bf7b46 \
        CONF_ADELE_OID="$(user_oid adele)" CONF_MEGAN_OID="$(user_oid megan)" \
        CONF_ADELE_WIDS="$(user_wids adele)" CONF_MEGAN_WIDS="$(user_wids megan)" \
        node "$nodedir/node-checks.mjs"
    failures=$((failures + $?))
}

app_checks() {
    local cloud=(--cloud-config "$(jq -r .cloudConfig "$scratch/sandbox.json")")
    local appenv=(env)
    if [ "$setup" = A2 ]; then
        # Stock AzureCloud; the namespace's own /etc/ssl trusts the sandbox CA (ip netns exec
        # bind-mounts /etc/netns/NAME/ssl over /etc/ssl).
        cloud=(--cloud AzureCloud)
        mkdir -p "/etc/netns/$ns/ssl/certs"
        cp "$ca" "/etc/netns/$ns/ssl/certs/sandbox-ca.pem"
        cp "$ca" "/etc/netns/$ns/ssl/certs/ca-certificates.crt"
        openssl rehash "/etc/netns/$ns/ssl/certs" >/dev/null 2>&1
    fi
    local out rc
    out=$(inns "${appenv[@]}" AZURE_TENANT_ID="$tenant" AZURE_CLIENT_ID="$client" AZURE_CLIENT_SECRET="$secret" \
        "$exe" list --json --credential environment "${cloud[@]}" 2>"$scratch/app.err")
    rc=$?
    expect_eq "identity-explorer list (exit code)" 0 "$rc$( [ $rc -ne 0 ] && head -c 300 "$scratch/app.err")"
    expect_eq "identity-explorer list --managed counts the managed identities" "$mi_count" \
        "$(inns "${appenv[@]}" AZURE_TENANT_ID="$tenant" AZURE_CLIENT_ID="$client" AZURE_CLIENT_SECRET="$secret" \
            "$exe" list --managed --json --credential environment "${cloud[@]}" 2>/dev/null | jq 'if type=="array" then length else (.identities // .items // []) | length end')"
    local t
    t=$(inns "${appenv[@]}" AZURE_TENANT_ID="$tenant" AZURE_CLIENT_ID="$client" AZURE_CLIENT_SECRET="$secret" \
        "$exe" token --resource "$graph_resource" --credential environment "${cloud[@]}" 2>"$scratch/app.err")
    expect_eq "identity-explorer token: the token's issuer" "$issuer_v1" "$("$exe" decode --json "$t" 2>/dev/null | jq -r .payload.iss)"
    # Managed identity by App Service's 2017-09-01 protocol (MSI_ENDPOINT + MSI_SECRET).
    t=$(inns env MSI_ENDPOINT="$(jq -r .managedIdentityEndpoints.appService "$scratch/sandbox.json")" \
        MSI_SECRET="$(jq -r .identityHeader "$scratch/sandbox.json")" \
        "$exe" token --resource "$graph_resource" --credential managed-identity "${cloud[@]}" 2>"$scratch/app.err")
    expect_eq "identity-explorer token --credential managed-identity (MSI_ENDPOINT + MSI_SECRET)" "$mi_principal" \
        "$("$exe" decode --json "$t" 2>/dev/null | jq -r .payload.oid)$(head -c 300 "$scratch/app.err")"
    # Signed in as a user by device code (approved at the sandbox's verification page): the
    # admin may do everything, the user without a role gets the 403 that names what is missing.
    local user
    for user in adele megan; do
        app_as_user "$user" token --resource "$graph_resource"
        expect_eq "identity-explorer token as $user (exit code)" 0 "$app_rc"
        expect_eq "identity-explorer token as $user: the user's oid" "$(user_oid "$user")" \
            "$("$exe" decode --json "$app_out" 2>/dev/null | jq -r .payload.oid)"
        app_as_user "$user" list --managed --json
        expect_eq "identity-explorer list --managed as $user counts the managed identities" "0 $mi_count" \
            "$app_rc $(jq 'if type=="array" then length else (.identities // .items // []) | length end' <<<"$app_out" 2>/dev/null)"
        app_as_user "$user" report
        if [ "$user" = adele ]; then
            expect_eq "identity-explorer report as $user (exit code)" 0 "$app_rc"
        else
            expect_eq "identity-explorer report as $user: exit 3 and the 403 names the missing role" "3 1" \
                "$app_rc $(grep -c "Signed in as $user@contoso.onmicrosoft.com, which has no directory role that allows reading app role assignments" "$scratch/app.err")"
        fi
    done
}

# Federated identity credentials: `identity-explorer fic add` on a user-assigned identity, the
# sandbox's truth read back from ARM with curl, @azure/identity's ClientAssertionCredential
# exchanging an external issuer's token through it (fic-checks.mjs: the issuer signs with jose and
# serves its OpenID configuration and JWKS over https, which the sandbox fetches as Entra does),
# then `fic remove`.
fic_checks() {
    local armtok uami uami_json fic_issuer fic_subject fic_name out rc
    armtok=$(inns curl -sf --cacert "$ca" "$login/$tenant/oauth2/v2.0/token" -d grant_type=client_credentials \
        -d client_id="$client" --data-urlencode client_secret="$secret" \
        --data-urlencode scope="https://management.core.windows.net//.default" | jq -r .access_token)
    armtruth() { inns curl -sf --cacert "$ca" -H "Authorization: Bearer $armtok" "$arm$1"; }
    uami=$(jq -r '.userAssignedIdentities[0] | "/subscriptions/\(.subscriptionId)/resourceGroups/\(.resourceGroup)/providers/Microsoft.ManagedIdentity/userAssignedIdentities/\(.name)"' "$tenant_file")
    uami_json=$(armtruth "$uami?api-version=2023-01-31")
    fic_issuer="https://127.0.0.1:$issuer_port/cluster-$setup"
    fic_subject="system:serviceaccount:conformance:checker"
    fic_name="conformance-$setup"
    local ficenv=(env AZURE_TENANT_ID="$tenant" AZURE_CLIENT_ID="$client" AZURE_CLIENT_SECRET="$secret")
    local cloud=(--cloud-config "$(jq -r .cloudConfig "$scratch/sandbox.json")")
    [ "$setup" = A2 ] && cloud=(--cloud AzureCloud) # the namespace's /etc/ssl trusts the CA (app_checks)
    out=$(inns "${ficenv[@]}" "$exe" fic add --identity "$uami" --name "$fic_name" --preset kubernetes \
        --issuer "$fic_issuer" --scope conformance --value checker --credential environment "${cloud[@]}" 2>"$scratch/app.err")
    rc=$?
    expect_eq "identity-explorer fic add (exit code)" 0 "$rc$( [ $rc -ne 0 ] && head -c 300 "$scratch/app.err")"
    expect_eq "ARM lists the credential fic add made (issuer, subject, audience)" \
        "$fic_issuer $fic_subject api://AzureADTokenExchange" \
        "$(armtruth "$uami/federatedIdentityCredentials?api-version=2023-01-31" | jq -r --arg n "$fic_name" \
            '.value[] | select(.name==$n) | "\(.properties.issuer) \(.properties.subject) \(.properties.audiences | join(","))"')"
    expect_eq "identity-explorer fic list --json shows it" 1 \
        "$(inns "${ficenv[@]}" "$exe" fic list --json --identity "$uami" --credential environment "${cloud[@]}" 2>/dev/null \
            | jq --arg n "$fic_name" '[.[] | select(.name==$n)] | length')"
    inns env NODE_EXTRA_CA_CERTS="$ca" CONF_SETUP="$setup" CONF_EXE="$exe" CONF_LOGIN="$login" \
        CONF_TENANT="$tenant" CONF_GRAPH_SCOPE="${graph_resource}.default" \
        CONF_FIC_CLIENT_ID="$(jq -r .properties.clientId <<<"$uami_json")" \
        CONF_FIC_PRINCIPAL="$(jq -r .properties.principalId <<<"$uami_json")" \
        CONF_FIC_ISSUER="$fic_issuer" CONF_FIC_SUBJECT="$fic_subject" \
        CONF_ISSUER_CERT="$scratch/issuer.pem" CONF_ISSUER_KEY="$scratch/issuer.key" \
        node "$nodedir/fic-checks.mjs"
    failures=$((failures + $?))
    out=$(inns "${ficenv[@]}" "$exe" fic remove --identity "$uami" --name "$fic_name" \
        --credential environment "${cloud[@]}" 2>"$scratch/app.err")
    expect_eq "identity-explorer fic remove: ARM no longer lists it" 0 \
        "$(armtruth "$uami/federatedIdentityCredentials?api-version=2023-01-31" | jq --arg n "$fic_name" '[.value[] | select(.name==$n)] | length')"
}

# Runs the app with --credential device-code, signs in with its code as USER; sets app_rc and
# app_out (stdout), leaves stderr in $scratch/app.err.
app_as_user() { # user verb args...
    local user=$1 pid
    shift
    : >"$scratch/app.err" # before the background start: never read the last run's code
    inns "${appenv[@]}" "$exe" "$@" --credential device-code --tenant "$tenant" "${cloud[@]}" \
        >"$scratch/app.out" 2>"$scratch/app.err" &
    pid=$!
    approve_device_code "$scratch/app.err" "$user" "$pid" \
        || { fail "identity-explorer $1 as $user: sign in with its device code" "$(head -c 300 "$scratch/app.err")"; kill "$pid" 2>/dev/null; }
    wait "$pid"
    app_rc=$?
    app_out=$(cat "$scratch/app.out")
}

# The window (tests/gui/tst_windowusers: File ▸ Sign in… by device code and by browser as each
# sandbox user, the tree, the details and a grant through the panel) under the production host
# names: its own namespace and hosts file, its in-process sandbox on 127.0.0.1:443, the stock
# AzureCloud in the dialog. IE_WINDOW_TEST names the test binary (CMake sets it).
window_checks() {
    setup=A2-window
    if [ -z "${IE_WINDOW_TEST:-}" ]; then
        echo "SKIP [$setup] no window test binary (IE_WINDOW_TEST unset: built without the user interface)"
        return
    fi
    [ -x "$IE_WINDOW_TEST" ] || { fail "window as each user" "$IE_WINDOW_TEST is not an executable"; return; }
    ns="iec-window-$$-$RANDOM"
    scratch=$(mktemp -d)
    ip netns add "$ns" || { fail "namespace" "ip netns add $ns"; return; }
    inns ip link set lo up
    mkdir -p "/etc/netns/$ns"
    printf '127.0.0.1 localhost\n127.0.0.1 login.microsoftonline.com graph.microsoft.com management.azure.com\n' >"/etc/netns/$ns/hosts"
    if inns env IE_TEST_PUBLIC_NAMES=1 QT_QPA_PLATFORM=offscreen HOME="$scratch" \
        XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" \
        "$IE_WINDOW_TEST" >"$scratch/window.log" 2>&1; then
        expect_eq "the window signed in as adele, nestor and megan by device code and browser (rows passed)" 6 \
            "$(grep -c '^PASS.*everyAreaAsEachUser' "$scratch/window.log")"
    else
        fail "the window signed in as each user" "$(grep -A2 'FAIL!' "$scratch/window.log" | head -c 600)"
    fi
    cleanup
}

for s in "${setups[@]}"; do
    echo "== setup $s"
    run_setup "$s"
    [ "$s" = A2 ] && window_checks
done
echo "== $failures failed"
[ "$failures" -eq 0 ]
