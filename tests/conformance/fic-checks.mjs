// Workload identity federation with @azure/identity's ClientAssertionCredential: an external
// issuer's token (a Kubernetes service account's, made here: the sandbox checks issuer, subject,
// audience and lifetime against the identity's federated credentials, as Entra does) exchanged for
// a sandbox Graph token. Run by run.sh inside the namespace after it added the credential with
// `identity-explorer fic add`; every input is in the environment, the sandbox's truth (the
// identity's client id and principal id, read from ARM with curl) included. One PASS/FAIL line
// per check; the exit code is the number of failures.
import { execFileSync } from "node:child_process";
import { ClientAssertionCredential } from "@azure/identity";

const env = process.env;
const setup = env.CONF_SETUP;
let failures = 0;
function check(name, ok, detail = "") {
  console.log(`${ok ? "PASS" : "FAIL"} [${setup} node] ${name}${ok ? "" : `: ${detail}`}`);
  if (!ok) failures++;
}
const options = setup === "A1" ? { authorityHost: env.CONF_LOGIN, disableInstanceDiscovery: true } : {};
const b64 = (o) => Buffer.from(JSON.stringify(o)).toString("base64url");
function externalToken(sub, aud = "api://AzureADTokenExchange") {
  const now = Math.floor(Date.now() / 1000);
  return `${b64({ alg: "RS256", typ: "JWT", kid: "conformance" })}.${b64({
    iss: env.CONF_FIC_ISSUER, sub, aud, iat: now, nbf: now, exp: now + 600,
  })}.${Buffer.from("not-checked").toString("base64url")}`;
}
function oidOf(token) {
  const d = JSON.parse(execFileSync(env.CONF_EXE, ["decode", "--json", token], { encoding: "utf8" }));
  return (d.payload ?? d.claims ?? d).oid;
}
async function exchange(name, sub, aud) {
  const cred = new ClientAssertionCredential(env.CONF_TENANT, env.CONF_FIC_CLIENT_ID,
    async () => externalToken(sub, aud), options);
  return (await cred.getToken(env.CONF_GRAPH_SCOPE)).token;
}

try {
  const token = await exchange("match", env.CONF_FIC_SUBJECT);
  check("ClientAssertionCredential exchanges the external token for the identity's token (oid = ARM's principalId)",
    oidOf(token) === env.CONF_FIC_PRINCIPAL, `oid ${oidOf(token)}`);
} catch (e) {
  check("ClientAssertionCredential exchanges the external token", false, String(e.message).split("\n")[0]);
}
for (const [what, sub, aud, code] of [
  ["another subject", `${env.CONF_FIC_SUBJECT}-other`, undefined, "AADSTS700213"],
  ["another audience", env.CONF_FIC_SUBJECT, "api://other", "AADSTS700212"],
]) {
  try {
    await exchange(what, sub, aud);
    check(`ClientAssertionCredential with ${what} is refused`, false, "a token came back");
  } catch (e) {
    check(`ClientAssertionCredential with ${what} is refused with ${code}`, String(e.message).includes(code),
      String(e.message).split("\n")[0]);
  }
}
process.exit(failures);
