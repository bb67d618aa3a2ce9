#!/usr/bin/env bash
# list_vs_graphjs.sh: `identity-explorer list --json` side by side with Microsoft's own Graph JS
# client on the same sandbox, in one run (issue 16). For each size: ONE sandbox
# (`identity-explorer sandbox --size N`), then, alternately, `list --json` (Graph and ARM, joined)
# and a Node script (@azure/identity's ClientSecretCredential + the Graph client's PageIterator on
# /servicePrincipals, $top=999, the same $select, download only), --runs times each; each run's
# wall time and peak RSS (GNU time), the ratio app/node per pair, and the sandbox alone (a plain
# keep-alive client that follows the next links without parsing the pages). Everything runs inside
# a private network namespace with only loopback (tests/conformance, /work/shared/peers.md).
#
# The same sandbox also holds 2 Microsoft Graph app role assignments per generated identity
# (--app-role-assignments), and `report --json` is timed once on it (issue 16's report target).
#
# Usage: list_vs_graphjs.sh IDENTITY_EXPLORER NODE_DIR [--size N]... [--runs N] [--smoke] [--json FILE]
#   --size N    service principals the sandbox adds (default 100000; give it twice, e.g.
#               --size 100000 --size 300000, for the linearity figures side by side)
#   --runs N    runs of each client per size (default 3)
#   --smoke     --size 2000 --runs 1, checks only that everything works (CTest)
#   --json FILE also write every figure as JSON
# Exit 0 done, 1 a client failed or lost identities, 77 skipped (not root, no namespaces, no node).
# The npm packages come from tests/conformance/package-lock.json (@azure/identity 4.13.1,
# @microsoft/microsoft-graph-client 3.0.7), installed with `npm ci` into NODE_DIR.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
[ $# -ge 2 ] || { echo "usage: $0 IDENTITY_EXPLORER NODE_DIR [--size N]... [--runs N] [--smoke] [--json FILE]" >&2; exit 2; }
exe=$(realpath "$1")
[ -x "$exe" ] || { echo "no executable $1" >&2; exit 2; }
nodedir=$2
shift 2
sizes=()
runs=3
jsonout=""
while [ $# -gt 0 ]; do
    case $1 in
    --size) sizes+=("$2"); shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --smoke) sizes=(2000); runs=1; shift ;;
    --json) jsonout=$2; shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
done
[ ${#sizes[@]} -eq 0 ] && sizes=(100000)

skip() { echo "SKIP: $*"; exit 77; }
[ "$(id -u)" -eq 0 ] || skip "not root: no private network namespace, so the Node client is not run (it could reach out)"
command -v ip >/dev/null || skip "no 'ip' (package iproute2)"
command -v node >/dev/null && command -v npm >/dev/null || skip "no node/npm"
[ -x /usr/bin/time ] || skip "no /usr/bin/time (package time)"
command -v jq >/dev/null || skip "no jq"

mkdir -p "$nodedir"
if ! cmp -s "$here/../conformance/package-lock.json" "$nodedir/package-lock.json" \
    || [ ! -d "$nodedir/node_modules/@microsoft/microsoft-graph-client" ]; then
    cp "$here/../conformance/package.json" "$here/../conformance/package-lock.json" "$nodedir/"
    (cd "$nodedir" && npm ci --no-audit --no-fund --loglevel=error) || { echo "FAIL: npm ci in $nodedir"; exit 1; }
fi
cp "$here/graphjs-list.mjs" "$here/sandbox-alone.mjs" "$nodedir/"

# The fields `list` asks Graph for (IdentityLoader::graphSelect): the same bytes for both clients.
select="id,appId,displayName,servicePrincipalType,alternativeNames,appOwnerOrganizationId"

ns=""
sandbox_pid=""
scratch=$(mktemp -d)
cleanup() {
    if [ -n "$sandbox_pid" ]; then kill "$sandbox_pid" 2>/dev/null; wait "$sandbox_pid" 2>/dev/null; fi
    sandbox_pid=""
    [ -n "$ns" ] && ip netns del "$ns" 2>/dev/null
    ns=""
}
trap 'cleanup; rm -rf "$scratch"' EXIT
trap 'cleanup; rm -rf "$scratch"; exit 1' INT TERM
inns() { ip netns exec "$ns" "$@"; }

failed=0
results="[]"
# timed NAME OUTFILE CMD...: runs CMD in the namespace under GNU time; sets $secs and $kb.
timed() {
    local name=$1 outfile=$2
    shift 2
    if ! inns /usr/bin/time -f "%e %M" -o "$scratch/$name.time" "$@" >"$outfile" 2>"$scratch/$name.err"; then
        echo "FAIL: $name: $(tail -c 400 "$scratch/$name.err")" >&2
        failed=1
    fi
    read -r secs kb < <(tail -1 "$scratch/$name.time")
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

for size in "${sizes[@]}"; do
    ns="ieb-$$-$RANDOM"
    ip netns add "$ns" || { echo "FAIL: ip netns add"; exit 1; }
    inns ip link set lo up
    # Not through inns(): $! must be the sandbox itself (ip netns exec execs it), to kill it and
    # read its peak RSS.
    ip netns exec "$ns" "$exe" sandbox --json --port 0 --size "$size" --app-role-assignments "$((size * 2))" --ca-out "$scratch/ca.pem" >"$scratch/sandbox.json" 2>"$scratch/sandbox.err" &
    sandbox_pid=$!
    for _ in $(seq 1200); do
        [ -s "$scratch/sandbox.json" ] || ! kill -0 "$sandbox_pid" 2>/dev/null && break
        sleep 0.1
    done
    jq -e .tenantId "$scratch/sandbox.json" >/dev/null 2>&1 || { echo "FAIL: sandbox: $(cat "$scratch/sandbox.err")"; exit 1; }
    sb="$scratch/sandbox.json"
    benv=(env NODE_EXTRA_CA_CERTS="$scratch/ca.pem" BENCH_LOGIN="$(jq -r .endpoints.login "$sb")"
        BENCH_TENANT="$(jq -r .tenantId "$sb")" BENCH_CLIENT_ID="$(jq -r .clientId "$sb")"
        BENCH_SECRET="$(jq -r .clientSecret "$sb")" BENCH_GRAPH="$(jq -r .endpoints.graph "$sb")"
        BENCH_SELECT="$select")
    aenv=(env AZURE_TENANT_ID="$(jq -r .tenantId "$sb")" AZURE_CLIENT_ID="$(jq -r .clientId "$sb")"
        AZURE_CLIENT_SECRET="$(jq -r .clientSecret "$sb")" QT_LOGGING_RULES="*.debug=false")
    cloud=(--cloud-config "$(jq -r .cloudConfig "$sb")")

    echo "== $size service principals (sandbox pid $sandbox_pid; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
    # Warm-up: the sandbox's first answers, node's module cache, the page cache of both programs.
    inns "${benv[@]}" node "$nodedir/sandbox-alone.mjs" >/dev/null 2>&1
    printf '%-28s %9s %9s %9s %9s\n' "run" "app s" "app MB" "node s" "node MB"
    apps=(); nodes=(); ratios=(); appmb=(); nodemb=(); items=""
    for r in $(seq "$runs"); do
        timed "app$r" "$scratch/app.json" "${aenv[@]}" "$exe" list --json --credential environment "${cloud[@]}"
        at=$secs am=$kb
        timed "node$r" "$scratch/node.json" "${benv[@]}" node "$nodedir/graphjs-list.mjs"
        nt=$secs nm=$kb
        appn=$(jq length "$scratch/app.json" 2>/dev/null || echo 0)
        noden=$(jq .items "$scratch/node.json" 2>/dev/null || echo 0)
        if [ "$appn" != "$noden" ] || [ "$appn" -lt "$size" ] 2>/dev/null; then
            echo "FAIL: run $r: the app listed $appn identities, the Graph JS client $noden"
            failed=1
        fi
        items=$appn
        apps+=("$at"); nodes+=("$nt"); ratios+=("$(ratio "$at" "$nt")")
        appmb+=("$((am / 1024))"); nodemb+=("$((nm / 1024))")
        printf '%-28s %9s %9s %9s %9s   ratio %s\n' "run $r ($appn identities)" "$at" "$((am / 1024))" "$nt" "$((nm / 1024))" "$(ratio "$at" "$nt")"
    done
    timed "alone" "$scratch/alone.json" "${benv[@]}" node "$nodedir/sandbox-alone.mjs"
    st=$secs sm=$kb
    timed "report" "$scratch/report.json" "${aenv[@]}" "$exe" report --json --credential environment "${cloud[@]}"
    rt=$secs rm=$kb
    reportn=$(jq length "$scratch/report.json" 2>/dev/null || echo 0)
    reportroles=$(jq '[.[].appRoles // [] | length] | add' "$scratch/report.json" 2>/dev/null || echo 0)
    pages=$(jq .pages "$scratch/alone.json" 2>/dev/null)
    printf 'median: app %s s %s MB, Graph JS %s s %s MB, ratio %s (per run: %s)\n' \
        "$(median "${apps[@]}")" "$(median "${appmb[@]}")" "$(median "${nodes[@]}")" "$(median "${nodemb[@]}")" \
        "$(median "${ratios[@]}")" "${ratios[*]}"
    printf 'sandbox alone (keep-alive, %s pages, no parse): %s s, client %s MB\n' "$pages" "$st" "$((sm / 1024))"
    printf 'report --json: %s s, %s MB (%s identities, %s app roles held)\n' "$rt" "$((rm / 1024))" "$reportn" "$reportroles"
    sandbox_mb=$(awk '/VmHWM/ { print int($2 / 1024) }' "/proc/$sandbox_pid/status" 2>/dev/null)
    printf 'sandbox peak RSS %s MB\n' "$sandbox_mb"
    results=$(jq -c --argjson size "$size" --argjson items "${items:-0}" \
        --arg app "$(median "${apps[@]}")" --arg appmb "$(median "${appmb[@]}")" \
        --arg node "$(median "${nodes[@]}")" --arg nodemb "$(median "${nodemb[@]}")" \
        --arg ratio "$(median "${ratios[@]}")" --arg alone "$st" --arg pages "${pages:-0}" \
        --arg sandboxmb "${sandbox_mb:-0}" --arg report "$rt" --arg reportmb "$((rm / 1024))" \
        '. + [{size: $size, identities: $items, appS: ($app|tonumber), appMb: ($appmb|tonumber),
               graphJsS: ($node|tonumber), graphJsMb: ($nodemb|tonumber), ratio: ($ratio|tonumber),
               sandboxAloneS: ($alone|tonumber), sandboxPages: ($pages|tonumber),
               sandboxPeakMb: ($sandboxmb|tonumber), reportS: ($report|tonumber),
               reportMb: ($reportmb|tonumber)}]' <<<"$results")
    cleanup
done

if [ ${#sizes[@]} -gt 1 ]; then
    echo "== linearity (each figure at ${sizes[-1]} over ${sizes[0]}; tenant ×$(ratio "${sizes[-1]}" "${sizes[0]}"))"
    jq -r '(.[0]) as $a | (.[-1]) as $b |
        "app time ×\($b.appS / $a.appS * 100 | round / 100), app RSS ×\($b.appMb / $a.appMb * 100 | round / 100), " +
        "Graph JS time ×\($b.graphJsS / $a.graphJsS * 100 | round / 100), sandbox alone ×\($b.sandboxAloneS / $a.sandboxAloneS * 100 | round / 100), " +
        "report time ×\($b.reportS / $a.reportS * 100 | round / 100), report RSS ×\($b.reportMb / $a.reportMb * 100 | round / 100)"' <<<"$results"
fi
[ -n "$jsonout" ] && jq . <<<"$results" >"$jsonout"
exit "$failed"
