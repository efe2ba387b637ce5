// Limits, error codes and the admin token, over HTTP against the real Neo4j.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { RunningServer } from '../../src/api/server';
import type { Graph } from '../../src/graph/driver';
import { graphStats } from '../../src/graph/stats';
import { emptyGraph, testGraph } from '../helpers/neo4j';
import { gql, startTestServer } from '../helpers/http';

const TOKEN = 'test-admin-token-0123456789';
const ARTICLE = '清远市教育局召开会议\n来源:清远市教育局 发布时间:2022-03-09\n3月4日,市教育局召开工作会议。市教育局局长张玉兰主持会议。';
let graph: Graph;
let server: RunningServer;
before(async () => {
  graph = await testGraph();
  await emptyGraph(graph);
  server = await startTestServer(graph, TOKEN);
});
after(async () => { await server?.stop(); await graph?.close(); });

const INGEST = `mutation($text: String!) { ingestArticle(text: $text, published: "2022-03-09") { articleId status nodesCreated } }`;

test('mutations without the token, with a wrong one or in the query string: UNAUTHENTICATED and nothing written', async () => {
  const before = await graphStats(graph);
  for (const headers of [{} as Record<string, string>, { authorization: 'Bearer wrong-token-0123456789' }, { authorization: TOKEN }]) {
    const res = await gql(server.url, INGEST, { text: ARTICLE }, headers);
    assert.equal(res.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED', JSON.stringify(res));
  }
  const viaQueryString = await fetch(`${server.url}/graphql?token=${TOKEN}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: INGEST, variables: { text: ARTICLE } }) });
  assert.equal(((await viaQueryString.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code, 'UNAUTHENTICATED');
  assert.deepEqual(await graphStats(graph), before);
});

test('with the token an article is ingested, then removed', async () => {
  const auth = { authorization: `Bearer ${TOKEN}` };
  const res = await gql(server.url, INGEST, { text: ARTICLE }, auth);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  assert.equal(res.data.ingestArticle.status, 'loaded');
  assert.ok(res.data.ingestArticle.nodesCreated > 0);
  const again = await gql(server.url, INGEST, { text: ARTICLE }, auth);
  assert.equal(again.data.ingestArticle.status, 'skipped');
  const removed = await gql(server.url, `mutation($id: ID!) { removeArticle(id: $id) }`, { id: res.data.ingestArticle.articleId }, auth);
  assert.equal(removed.data.removeArticle, true);
  assert.equal((await graphStats(graph)).nodes.Article ?? 0, 0);
});

test('a query deeper than 10 is refused with QUERY_TOO_COMPLEX', async () => {
  let q = 'id';
  for (let i = 0; i < 6; i++) q = `posts { holders { person { ${q} } } }`;
  const res = await gql(server.url, `{ persons { ${q} } }`);
  assert.equal(res.errors?.[0]?.extensions?.code, 'QUERY_TOO_COMPLEX', JSON.stringify(res.errors));
});

test('an alias flood is refused with QUERY_TOO_COMPLEX', async () => {
  const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: persons { id }`).join(' ');
  const res = await gql(server.url, `{ ${aliases} }`);
  assert.equal(res.errors?.[0]?.extensions?.code, 'QUERY_TOO_COMPLEX');
});

test('the cost limit counts first: big pages of nested lists are refused', async () => {
  const res = await gql(server.url, `{ meetings(first: 100) { participants { person { holdings { post { holders { person { participations { meeting { name } } } } } } } } } }`);
  assert.equal(res.errors?.[0]?.extensions?.code, 'QUERY_TOO_COMPLEX', JSON.stringify(res.errors));
  const small = await gql(server.url, `{ meetings(first: 5) { participants { person { name } } } }`);
  assert.equal(small.errors, undefined);
});

test('the cost limit counts first and last of nested connections, and their default page, but not their edges twice', async () => {
  const cost = async (query: string) => (await gql(server.url, query)).errors?.[0]?.extensions as { code?: string; cost?: number } | undefined;
  const page = (n: string) => `{ meetingsConnection(first: 100) { edges { node { participantsConnection(${n}) { edges { node { name } } } } } } }`;
  // 100 meetings × (edges, node, the connection) + 100 × 100 × (connection's edges, node, name).
  assert.equal((await cost(page('first: 100')))?.code, 'QUERY_TOO_COMPLEX');
  assert.equal((await cost(page('last: 100')))?.code, 'QUERY_TOO_COMPLEX');
  assert.equal(await cost(page('first: 10')), undefined, 'small nested pages pass');
  const byDefault = await cost(`{ meetingsConnection(first: 100) { edges { node { participantsConnection { edges { node { holdingsConnection { edges { node { title } } } } } } } } } }`);
  assert.equal(byDefault?.code, 'QUERY_TOO_COMPLEX', 'a connection without first counts its default page of 20');
});

test('a page size or @include given by a variable is priced per request, though the query text repeats', async () => {
  const code = async (query: string, variables: Record<string, unknown>) => (await gql(server.url, query, variables)).errors?.[0]?.extensions?.code;
  const paged = `query($n: Int, $region: String) { meetings(first: $n, filter: { region: $region }) { participants { person { holdings { post { holders { person { participations { meeting { name } } } } } } } } } }`;
  assert.equal(await code(paged, { n: 1, region: '清远市' }), undefined, 'one meeting passes');
  assert.equal(await code(paged, { n: 100, region: '清远市' }), 'QUERY_TOO_COMPLEX', 'the same text with 100 does not');
  assert.equal(await code(paged, { n: 1, region: '广东省' }), undefined, 'nor does a region change the price');
  const included = `query($deep: Boolean!) { meetings(first: 100) { name participants @include(if: $deep) { person { holdings { post { holders { person { name } } } } } } } }`;
  assert.equal(await code(included, { deep: false }), undefined);
  assert.equal(await code(included, { deep: true }), 'QUERY_TOO_COMPLEX');
  const named = `query($region: String) { meetings(first: 100, filter: { region: $region }) { participants { person { holdings { post { holders { person { participations { meeting { name } } } } } } } } } }`;
  assert.equal(await code(named, { region: '清远市' }), 'QUERY_TOO_COMPLEX');
  assert.equal(await code(named, { region: '广东省' }), 'QUERY_TOO_COMPLEX', 'a variable that only names a region keeps the price');
  const cheap = `query($region: String) { meetings(first: 2, filter: { region: $region }) { name } }`;
  for (const region of ['清远市', '广东省']) assert.equal(await code(cheap, { region }), undefined);
  // Variables that do not coerce are the client's error first, whatever was asked before them.
  assert.equal(await code(named, { region: 7 }), 'BAD_USER_INPUT');
  assert.equal(await code(cheap, { region: 7 }), 'BAD_USER_INPUT');
});

test('bad arguments are BAD_USER_INPUT; unknown fields are validation errors; internals are not shown', async () => {
  assert.equal((await gql(server.url, `{ graph(ids: ["x"], depth: 9) { truncated } }`)).errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  assert.equal((await gql(server.url, `{ nope }`)).errors?.[0]?.extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
  const big = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ persons { id } }`, pad: 'x'.repeat(3 * 1024 * 1024) }) });
  assert.equal(big.status, 413, 'a body above 2 MB is refused');
});

test('search escapes Lucene syntax and a one-character query still works', async () => {
  for (const q of ['*:*', 'name:"x" OR', '") DETACH DELETE n //', '张']) {
    const res = await gql(server.url, `query($q: String!) { search(query: $q) { label } }`, { q });
    assert.equal(res.errors, undefined, `${q}: ${JSON.stringify(res.errors)}`);
  }
});
