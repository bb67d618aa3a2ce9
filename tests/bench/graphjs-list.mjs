// The Graph JS client's side of list_vs_graphjs.sh: ClientSecretCredential (@azure/identity) and
// the Graph client's PageIterator paging /servicePrincipals with $top=999 and the same $select as
// `identity-explorer list`, download only (every item counted, nothing else done with it).
// Inputs in the environment: BENCH_LOGIN, BENCH_TENANT, BENCH_CLIENT_ID, BENCH_SECRET, BENCH_GRAPH
// (without a trailing slash), BENCH_SELECT. Prints one JSON line {"items", "pages"}.
import { ClientSecretCredential } from "@azure/identity";
import { Client, PageIterator } from "@microsoft/microsoft-graph-client";
import { TokenCredentialAuthenticationProvider } from "@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials/index.js";

const env = process.env;
const cred = new ClientSecretCredential(env.BENCH_TENANT, env.BENCH_CLIENT_ID, env.BENCH_SECRET, {
  authorityHost: env.BENCH_LOGIN,
  disableInstanceDiscovery: true,
});
const graph = new URL(env.BENCH_GRAPH);
const authProvider = new TokenCredentialAuthenticationProvider(cred, {
  scopes: [`${env.BENCH_GRAPH}/.default`],
});
const client = Client.initWithMiddleware({
  authProvider,
  baseUrl: `${env.BENCH_GRAPH}/`,
  customHosts: new Set([graph.hostname]),
  defaultVersion: "v1.0",
});
let items = 0;
let pages = 1;
let request = client.api("/servicePrincipals").top(999);
if (env.BENCH_SELECT) request = request.select(env.BENCH_SELECT);
const first = await request.get();
const it = new PageIterator(client, first, () => {
  items++;
  return true;
});
// Count the pages: each one the iterator fetches replaces its collection.
const fetchNext = it.fetchAndUpdateNextPageData.bind(it);
it.fetchAndUpdateNextPageData = async () => {
  await fetchNext();
  pages++;
};
await it.iterate();
console.log(JSON.stringify({ items, pages }));
