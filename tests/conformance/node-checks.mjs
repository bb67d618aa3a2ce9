// The JavaScript peers against the sandbox: @azure/identity (client secret, client certificate, device code, managed
// identity from each endpoint kind), the Graph JS client (paging, filters, app role assignments)
// and jose (signature, issuer, audience, kid). Run by run.sh inside the namespace; every input is
// in the environment (see run.sh), every check prints one PASS/FAIL line, the exit code is the
// number of failures.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createHash, X509Certificate } from "node:crypto";
import {
  ClientCertificateCredential,
  ClientSecretCredential,
  DeviceCodeCredential,
  ManagedIdentityCredential,
} from "@azure/identity";
import { Client, PageIterator } from "@microsoft/microsoft-graph-client";
import { TokenCredentialAuthenticationProvider } from "@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials/index.js";
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from "jose";

const env = process.env;
const setup = env.CONF_SETUP;
let failures = 0;
function check(name, ok, detail = "") {
  console.log(`${ok ? "PASS" : "FAIL"} [${setup} node] ${name}${ok ? "" : `: ${detail}`}`);
  if (!ok) failures++;
}
async function attempt(name, fn) {
  try {
    await fn();
  } catch (e) {
    check(name, false, `${e.name}: ${String(e.message).split("\n")[0]}`);
  }
}
// The app's own decoder is the second opinion on every token.
function decode(token) {
  return JSON.parse(execFileSync(env.CONF_EXE, ["decode", "--json", token], { encoding: "utf8" }));
}
function claimsOf(token) {
  const d = decode(token);
  return d.claims ?? d.payload ?? d;
}
function claim(token, name) {
  const c = claimsOf(token);
  if (Array.isArray(c)) return c.find((x) => x.name === name)?.value;
  return c[name];
}

const authorityHost = env.CONF_LOGIN; // https://127.0.0.1:P or https://login.microsoftonline.com
const tenantId = env.CONF_TENANT;
const graphBase = env.CONF_GRAPH; // without a trailing slash
const graphScope = env.CONF_GRAPH_SCOPE;
const options = setup === "A1" ? { authorityHost, disableInstanceDiscovery: true } : {};

// 1. Client secret.
const secretCred = new ClientSecretCredential(tenantId, env.CONF_CLIENT_ID, env.CONF_SECRET, options);
let graphToken;
await attempt("ClientSecretCredential gets a Graph token", async () => {
  graphToken = (await secretCred.getToken(graphScope)).token;
  check("ClientSecretCredential gets a Graph token", claim(graphToken, "appid") === env.CONF_CLIENT_ID,
    `appid ${claim(graphToken, "appid")}`);
});
await attempt("ClientSecretCredential refuses a wrong secret", async () => {
  try {
    await new ClientSecretCredential(tenantId, env.CONF_CLIENT_ID, "wrong", options).getToken(graphScope);
    check("ClientSecretCredential refuses a wrong secret", false, "a token came back");
  } catch (e) {
    check("ClientSecretCredential refuses a wrong secret", /7000215/.test(e.message), e.message);
  }
});

// 1b. Client certificate (ClientCertificateCredential with a PEM): a self-signed certificate made
// here with openssl, registered on the Contoso Build Pipeline app as Graph documents it (PATCH
// keyCredentials with the DER certificate), then signed in with; the sandbox's truth is the app
// and its service principal from resources/sandbox/contoso.json. A certificate that is not
// registered gets Entra's AADSTS700027.
const certApp = "5f4c3d2e-1b0a-4f9c-c8d7-e6f5a4b3c2d1";
const certAppPrincipal = "b1a2c3d4-0003-4e5f-8a9b-c0d1e2f3a4b5";
function makePem(dir, name) {
  const key = join(dir, `${name}.key`), crt = join(dir, `${name}.crt`);
  execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", crt,
    "-days", "2", "-subj", `/CN=${name}`], { stdio: "ignore" });
  const pem = execFileSync("cat", [crt, key], { encoding: "utf8" });
  const file = join(dir, `${name}.pem`);
  writeFileSync(file, pem);
  return { file, der: new X509Certificate(pem).raw };
}
await attempt("ClientCertificateCredential (PEM) signs in with a registered certificate", async () => {
  const dir = mkdtempSync(join(tmpdir(), "conf-cert-"));
  const good = makePem(dir, "conf-cert"), stranger = makePem(dir, "conf-stranger");
  const patch = await fetch(`${graphBase}/v1.0/applications(appId='${certApp}')`, {
    method: "PATCH",
    headers: { Authorization: `Bearer ${graphToken}`, "Content-Type": "application/json" },
    body: JSON.stringify({ keyCredentials: [{ type: "AsymmetricX509Cert", usage: "Verify",
      displayName: "CN=conf-cert", key: good.der.toString("base64") }] }),
  });
  check("PATCH keyCredentials registers the certificate (204)", patch.status === 204, `${patch.status}`);
  const app = await (await fetch(`${graphBase}/v1.0/applications(appId='${certApp}')?$select=keyCredentials`,
    { headers: { Authorization: `Bearer ${graphToken}` } })).json();
  const thumb = Buffer.from(app.keyCredentials?.[0]?.customKeyIdentifier ?? "", "base64").toString("hex");
  check("Graph names its SHA-1 thumbprint as customKeyIdentifier",
    thumb === createHash("sha1").update(good.der).digest("hex"), thumb);
  const cred = new ClientCertificateCredential(tenantId, certApp, { certificatePath: good.file }, options);
  const t = (await cred.getToken(graphScope)).token;
  check("ClientCertificateCredential gets a Graph token as the app",
    claim(t, "appid") === certApp && claim(t, "oid") === certAppPrincipal, `${claim(t, "appid")} ${claim(t, "oid")}`);
  // msal-node sends the same assertion again for the next token: the sandbox takes it, as Entra.
  const arm = (await cred.getToken(env.CONF_ARM_SCOPE)).token;
  check("ClientCertificateCredential's second token (ARM, the same assertion) comes too",
    claim(arm, "appid") === certApp, `${claim(arm, "appid")}`);
  try {
    await new ClientCertificateCredential(tenantId, certApp, { certificatePath: stranger.file }, options)
      .getToken(graphScope);
    check("ClientCertificateCredential with an unregistered certificate is refused", false, "a token came back");
  } catch (e) {
    check("ClientCertificateCredential with an unregistered certificate is refused (AADSTS700027)",
      /700027/.test(e.message), e.message);
  }
});

// 2. jose verifies the token with the sandbox's JWKS: issuer, audience, kid.
await attempt("jose verifies the Graph token", async () => {
  const jwks = createRemoteJWKSet(new URL(`${authorityHost}/${tenantId}/discovery/v2.0/keys`));
  const { payload, protectedHeader } = await jwtVerify(graphToken, jwks, {
    issuer: env.CONF_ISSUER_V1,
    audience: claim(graphToken, "aud"),
    algorithms: ["RS256"],
  });
  const keys = await (await fetch(`${authorityHost}/${tenantId}/discovery/v2.0/keys`)).json();
  check("jose verifies the Graph token (issuer, audience, RS256)", payload.tid === tenantId);
  check("the token's kid is in the JWKS", keys.keys.some((k) => k.kid === protectedHeader.kid),
    protectedHeader.kid);
});
await attempt("jose refuses a wrong audience", async () => {
  const jwks = createRemoteJWKSet(new URL(`${authorityHost}/${tenantId}/discovery/v2.0/keys`));
  try {
    await jwtVerify(graphToken, jwks, { issuer: env.CONF_ISSUER_V1, audience: "https://wrong.example" });
    check("jose refuses a wrong audience", false, "verified");
  } catch (e) {
    check("jose refuses a wrong audience", e.code === "ERR_JWT_CLAIM_VALIDATION_FAILED", e.code);
  }
});
await attempt("OpenID document names the asked host", async () => {
  const doc = await (await fetch(`${authorityHost}/${tenantId}/v2.0/.well-known/openid-configuration`)).json();
  check("OpenID v2.0 document names the asked host", doc.token_endpoint.startsWith(`${authorityHost}/`)
    && doc.issuer === `${authorityHost}/${tenantId}/v2.0`, `${doc.token_endpoint} ${doc.issuer}`);
  const v1 = await (await fetch(`${authorityHost}/${tenantId}/.well-known/openid-configuration`)).json();
  check("OpenID v1.0 document's issuer is the tokens' issuer", v1.issuer === env.CONF_ISSUER_V1, v1.issuer);
});

// 3. Graph client: paging with and without a filter, against the sandbox's own counts.
const client = Client.initWithMiddleware({
  authProvider: new TokenCredentialAuthenticationProvider(secretCred, { scopes: [graphScope] }),
  baseUrl: `${graphBase}/`,
  customHosts: new Set([new URL(graphBase).hostname]),
  defaultVersion: "v1.0",
});
async function countAll(request) {
  let n = 0;
  const ids = new Set();
  const first = await request.get();
  await new PageIterator(client, first, (sp) => { n++; ids.add(sp.id); return true; }).iterate();
  return { n, ids };
}
await attempt("PageIterator lists every service principal", async () => {
  const { n, ids } = await countAll(client.api("/servicePrincipals").top(7).select("id,displayName"));
  check(`PageIterator $top=7 lists every service principal (${env.CONF_SP_COUNT})`,
    n === Number(env.CONF_SP_COUNT) && ids.size === n, `${n} rows, ${ids.size} ids`);
});
await attempt("PageIterator with a filter", async () => {
  const { n } = await countAll(client.api("/servicePrincipals").top(3)
    .filter("(servicePrincipalType eq 'ManagedIdentity')"));
  check(`PageIterator $filter=(servicePrincipalType eq 'ManagedIdentity') (${env.CONF_MI_COUNT})`,
    n === Number(env.CONF_MI_COUNT), `${n}`);
});
await attempt("ne needs the advanced query parameters", async () => {
  try {
    await client.api("/servicePrincipals").filter("servicePrincipalType ne 'ManagedIdentity'").get();
    check("ne without ConsistencyLevel is Request_UnsupportedQuery", false, "accepted");
  } catch (e) {
    check("ne without ConsistencyLevel is Request_UnsupportedQuery", e.code === "Request_UnsupportedQuery", e.code);
  }
  const r = await client.api("/servicePrincipals").header("ConsistencyLevel", "eventual").count(true)
    .filter("servicePrincipalType ne 'ManagedIdentity'").top(999).get();
  check("ne with the advanced query parameters counts the rest",
    r["@odata.count"] === Number(env.CONF_SP_COUNT) - Number(env.CONF_MI_COUNT), `${r["@odata.count"]}`);
});
await attempt("$orderby", async () => {
  const r = await client.api("/servicePrincipals").header("ConsistencyLevel", "eventual").count(true)
    .orderby("displayName desc").select("displayName").top(999).get();
  const names = r.value.map((s) => s.displayName);
  const sorted = [...names].sort((a, b) => b.localeCompare(a, "en", { sensitivity: "base" }));
  check("$orderby=displayName desc sorts", names.length > 1 && names.every((n, i) =>
    n.toLowerCase() === sorted[i].toLowerCase()), names.slice(0, 3).join(","));
  try {
    await client.api("/servicePrincipals").orderby("displayName").get();
    check("$orderby without the advanced query parameters is refused", false, "accepted");
  } catch (e) {
    check("$orderby without the advanced query parameters is refused", e.code === "Request_UnsupportedQuery", e.code);
  }
});

// 4. App role assignments: POST, list with $top and paging, GET, DELETE.
await attempt("appRoleAssignments POST/GET/DELETE", async () => {
  const principal = env.CONF_MI_PRINCIPAL; // the VM's system-assigned identity
  const graphSp = (await client.api("/servicePrincipals").filter("appId eq '00000003-0000-0000-c000-000000000000'").get()).value[0];
  const role = graphSp.appRoles.find((r) => r.value === "Group.Read.All");
  const created = await client.api(`/servicePrincipals/${principal}/appRoleAssignments`)
    .post({ principalId: principal, resourceId: graphSp.id, appRoleId: role.id });
  check("POST appRoleAssignments answers the assignment", created.appRoleId === role.id && !!created.id);
  const token = await imdsToken(graphScope.replace("/.default", ""));
  check("a fresh managed identity token carries the granted role",
    (claim(token, "roles") ?? []).includes("Group.Read.All"), JSON.stringify(claim(token, "roles")));
  const all = await countAll(client.api(`/servicePrincipals/${principal}/appRoleAssignments`).top(1));
  const filtered = await client.api(`/servicePrincipals/${principal}/appRoleAssignments`)
    .filter(`appRoleId eq '${role.id}'`).select("id,appRoleId").get();
  check("appRoleAssignments pages with $top=1 and lists the new one", all.ids.has(created.id) && all.n >= 1, `${all.n}`);
  check("appRoleAssignments honours $filter and $select", filtered.value.length === 1
    && Object.keys(filtered.value[0]).sort().join() === "appRoleId,id", JSON.stringify(filtered.value));
  await client.api(`/servicePrincipals/${principal}/appRoleAssignments/${created.id}`).delete();
  const after = await countAll(client.api(`/servicePrincipals/${principal}/appRoleAssignments`));
  check("DELETE appRoleAssignments removes it", !after.ids.has(created.id) && after.n === all.n - 1);
  const token2 = await imdsToken(graphScope.replace("/.default", ""));
  check("a fresh token after DELETE lacks the role", !(claim(token2, "roles") ?? []).includes("Group.Read.All"));
});

async function imdsToken(resource) {
  const r = await fetch(`http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=${encodeURIComponent(resource)}`,
    { headers: { Metadata: "true" } });
  return (await r.json()).access_token;
}

// 5. Managed identity from every endpoint kind @azure/identity knows.
const miSources = [
  ["IMDS 169.254.169.254", {}],
  ["AZURE_POD_IDENTITY_AUTHORITY_HOST", { AZURE_POD_IDENTITY_AUTHORITY_HOST: env.CONF_MI_BASE }],
  ["App Service IDENTITY_ENDPOINT", { IDENTITY_ENDPOINT: `${env.CONF_MI_BASE}/msi/token`, IDENTITY_HEADER: env.CONF_IDENTITY_HEADER }],
  ["MSI_ENDPOINT", { MSI_ENDPOINT: `${env.CONF_MI_BASE}/oauth2/token` }],
];
for (const [name, vars] of miSources) {
  await attempt(`ManagedIdentityCredential via ${name}`, async () => {
    for (const v of ["AZURE_POD_IDENTITY_AUTHORITY_HOST", "IDENTITY_ENDPOINT", "IDENTITY_HEADER", "MSI_ENDPOINT"]) delete process.env[v];
    Object.assign(process.env, vars);
    const t = (await new ManagedIdentityCredential().getToken(graphScope)).token;
    check(`ManagedIdentityCredential via ${name} (Graph at ${graphScope})`,
      claim(t, "oid") === env.CONF_MI_PRINCIPAL && claim(t, "xms_mirid") === env.CONF_MI_RESOURCE,
      `oid ${claim(t, "oid")}`);
  });
}
for (const v of ["AZURE_POD_IDENTITY_AUTHORITY_HOST", "IDENTITY_ENDPOINT", "IDENTITY_HEADER", "MSI_ENDPOINT"]) delete process.env[v];

// 6. Device code (msal-node polls with grant_type=device_code), signed in as each sandbox user at
// the sandbox's verification page, as the user would in a browser; then Graph as that user.
async function approve(prompt, user) {
  const r = await fetch(`${authorityHost}/devicelogin`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ otc: prompt.userCode, login_hint: `${user}@contoso.onmicrosoft.com` }),
  });
  if (!r.ok) throw new Error(`devicelogin answered ${r.status}`);
}
for (const [user, oid, mayList] of [
  ["adele", env.CONF_ADELE_OID, true], // a role that may read app role assignments
  ["megan", env.CONF_MEGAN_OID, false], // none: 403
]) {
  await attempt(`DeviceCodeCredential as ${user}`, async () => {
    let prompt;
    let approved;
    const cred = new DeviceCodeCredential({
      tenantId, clientId: env.CONF_PUBLIC_CLIENT, ...options,
      userPromptCallback: (info) => { prompt = info; approved = approve(info, user); },
    });
    const t = (await cred.getToken(env.CONF_ARM_SCOPE)).token;
    await approved;
    check(`DeviceCodeCredential (${user}): the prompt names the asked host`,
      prompt?.verificationUri?.startsWith(`${authorityHost}/`) && prompt.message.includes(prompt.userCode),
      JSON.stringify(prompt));
    check(`DeviceCodeCredential signs ${user} in`, claim(t, "idtyp") === "user" && claim(t, "oid") === oid,
      `${claim(t, "idtyp")} ${claim(t, "oid")}`);
    // The next resource from the refresh token: no second device code.
    const g = (await cred.getToken(graphScope)).token;
    check(`DeviceCodeCredential (${user}): Graph token from the refresh token, the user's wids`,
      claim(g, "oid") === oid && [...(claim(g, "wids") ?? [])].sort().join(" ") === env[`CONF_${user.toUpperCase()}_WIDS`],
      JSON.stringify(claim(g, "wids")));
    const userClient = Client.initWithMiddleware({
      authProvider: new TokenCredentialAuthenticationProvider(cred, { scopes: [graphScope] }),
      baseUrl: `${graphBase}/`, customHosts: new Set([new URL(graphBase).hostname]), defaultVersion: "v1.0",
    });
    try {
      const r = await userClient.api(`/servicePrincipals/${env.CONF_MI_PRINCIPAL}/appRoleAssignments`).get();
      check(`Graph appRoleAssignments as ${user}`, mayList && Array.isArray(r.value), "answered 200");
    } catch (e) {
      check(`Graph appRoleAssignments as ${user} ${mayList ? "works" : "gets Graph's 403"}`,
        !mayList && e.statusCode === 403 && e.code === "Authorization_RequestDenied", `${e.statusCode} ${e.code}`);
    }
  });
}

process.exit(failures);
