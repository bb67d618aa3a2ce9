// The sandbox alone, for list_vs_graphjs.sh: one token by a plain POST, then every page of
// /servicePrincipals ($top=999, the same $select as `identity-explorer list`) over one keep-alive
// connection (node's https.Agent), following @odata.nextLink found by a string search: no JSON
// parse of the pages, so the figure is the sandbox's serving cost plus TLS and the transfer.
// Inputs as graphjs-list.mjs. Prints one JSON line {"pages", "bytes"}.
import https from "node:https";

const env = process.env;
const agent = new https.Agent({ keepAlive: true, maxSockets: 1 });

function request(url, { method = "GET", headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = https.request(url, { method, headers, agent }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    if (body) req.write(body);
    req.end();
  });
}

const form = new URLSearchParams({
  grant_type: "client_credentials",
  client_id: env.BENCH_CLIENT_ID,
  client_secret: env.BENCH_SECRET,
  scope: `${env.BENCH_GRAPH}/.default`,
}).toString();
const tokenReply = await request(`${env.BENCH_LOGIN}/${env.BENCH_TENANT}/oauth2/v2.0/token`, {
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded" },
  body: form,
});
const token = JSON.parse(tokenReply.body.toString()).access_token;
// A literal "$" as the Graph client sends it (the sandbox reads "%24top" as another parameter).
let url = `${env.BENCH_GRAPH}/v1.0/servicePrincipals?$top=999`;
if (env.BENCH_SELECT) url += `&$select=${encodeURIComponent(env.BENCH_SELECT)}`;
let pages = 0;
let bytes = 0;
const marker = Buffer.from('"@odata.nextLink":"');
while (url) {
  const r = await request(url, { headers: { authorization: `Bearer ${token}` } });
  if (r.status !== 200) throw new Error(`HTTP ${r.status} on page ${pages + 1}: ${r.body.toString().slice(0, 300)}`);
  pages++;
  bytes += r.body.length;
  const at = r.body.indexOf(marker);
  if (at < 0) break;
  const from = at + marker.length;
  url = JSON.parse(`"${r.body.subarray(from, r.body.indexOf('"', from)).toString()}"`);
}
agent.destroy();
console.log(JSON.stringify({ pages, bytes }));
