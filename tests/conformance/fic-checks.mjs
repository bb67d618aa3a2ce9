// Workload identity federation with @azure/identity's ClientAssertionCredential: an external
// issuer's token (a Kubernetes service account's) exchanged for a sandbox Graph token. The issuer
// is made here: jose signs its tokens, and it serves its OpenID configuration and JWKS over https
// (a certificate from run.sh's CA, which the sandbox was started to trust with --issuer-ca); the
// sandbox fetches them as Entra does and checks the signature as well as issuer, subject,
// audience and lifetime against the identity's federated credentials. Run by run.sh inside the
// namespace after it added the credential with `identity-explorer fic add`; every input is in the
// environment, the sandbox's truth (the identity's client id and principal id, read from ARM with
// curl) included. One PASS/FAIL line per check; the exit code is the number of failures.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:https";
import { ClientAssertionCredential } from "@azure/identity";
import { SignJWT, exportJWK, generateKeyPair } from "jose";

const env = process.env;
const setup = env.CONF_SETUP;
let failures = 0;
function check(name, ok, detail = "") {
  console.log(`${ok ? "PASS" : "FAIL"} [${setup} node] ${name}${ok ? "" : `: ${detail}`}`);
  if (!ok) failures++;
}
const options = setup === "A1" ? { authorityHost: env.CONF_LOGIN, disableInstanceDiscovery: true } : {};

// The issuer: one RS256 key in its JWKS; another key (same kid) that it never published.
const issuer = new URL(env.CONF_FIC_ISSUER);
const kid = "conformance-1";
const { publicKey, privateKey } = await generateKeyPair("RS256");
const { privateKey: strangerKey } = await generateKeyPair("RS256");
const jwk = { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" };
const fetched = { config: 0, keys: 0 };
const server = createServer({ cert: readFileSync(env.CONF_ISSUER_CERT), key: readFileSync(env.CONF_ISSUER_KEY) },
  (req, res) => {
    const json = (o) => { res.writeHead(200, { "content-type": "application/json" }); res.end(JSON.stringify(o)); };
    if (req.url === `${issuer.pathname}/.well-known/openid-configuration`) {
      fetched.config++;
      json({ issuer: env.CONF_FIC_ISSUER, jwks_uri: `${env.CONF_FIC_ISSUER}/keys`,
        response_types_supported: ["id_token"], subject_types_supported: ["public"],
        id_token_signing_alg_values_supported: ["RS256"] });
    } else if (req.url === `${issuer.pathname}/keys`) {
      fetched.keys++;
      json({ keys: [jwk] });
    } else {
      res.writeHead(404).end();
    }
  });
await new Promise((resolve) => server.listen(Number(issuer.port), "127.0.0.1", resolve));

async function externalToken(sub, aud = "api://AzureADTokenExchange", key = privateKey) {
  return new SignJWT({ sub })
    .setProtectedHeader({ alg: "RS256", typ: "JWT", kid })
    .setIssuer(env.CONF_FIC_ISSUER).setAudience(aud)
    .setIssuedAt().setNotBefore("0s").setExpirationTime("10m")
    .sign(key);
}
function oidOf(token) {
  const d = JSON.parse(execFileSync(env.CONF_EXE, ["decode", "--json", token], { encoding: "utf8" }));
  return (d.payload ?? d.claims ?? d).oid;
}
async function exchange(name, sub, aud, key) {
  const cred = new ClientAssertionCredential(env.CONF_TENANT, env.CONF_FIC_CLIENT_ID,
    async () => externalToken(sub, aud, key), options);
  return (await cred.getToken(env.CONF_GRAPH_SCOPE)).token;
}

try {
  const token = await exchange("match", env.CONF_FIC_SUBJECT);
  check("ClientAssertionCredential exchanges the external token for the identity's token (oid = ARM's principalId)",
    oidOf(token) === env.CONF_FIC_PRINCIPAL, `oid ${oidOf(token)}`);
} catch (e) {
  check("ClientAssertionCredential exchanges the external token", false, String(e.message).split("\n")[0]);
}
check("the sandbox fetched the issuer's OpenID configuration and JWKS over https",
  fetched.config >= 1 && fetched.keys >= 1, JSON.stringify(fetched));
for (const [what, sub, aud, key, code] of [
  ["another subject", `${env.CONF_FIC_SUBJECT}-other`, undefined, undefined, "AADSTS700213"],
  ["another audience", env.CONF_FIC_SUBJECT, "api://other", undefined, "AADSTS700212"],
  ["a key the issuer never published", env.CONF_FIC_SUBJECT, undefined, strangerKey, "AADSTS7000274"],
]) {
  try {
    await exchange(what, sub, aud, key);
    check(`ClientAssertionCredential with ${what} is refused`, false, "a token came back");
  } catch (e) {
    check(`ClientAssertionCredential with ${what} is refused with ${code}`, String(e.message).includes(code),
      String(e.message).split("\n")[0]);
  }
}
server.close();
process.exit(failures);
