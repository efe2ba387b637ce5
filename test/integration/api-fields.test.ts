// The API's fields on known answers from the seed articles, over HTTP against the real Neo4j.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { RunningServer } from '../../src/api/server';
import type { Graph } from '../../src/graph/driver';
import { gql, seededApi } from '../helpers/http';

const TOKEN = 'fields-admin-token-0123456789';
const ZHANG = 'person:清远市:张玉兰';
let graph: Graph;
let server: RunningServer;
before(async () => {
  ({ graph, server } = await seededApi(TOKEN));
});
after(async () => { await server?.stop(); await graph?.close(); });

async function data(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const res = await gql(server.url, query, variables, headers);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  return res.data;
}

test('search finds 张玉兰 first, with a snippet; one character works too', async () => {
  const d = await data(`{ search(query: "张玉兰") { type label snippet node { id } } one: search(query: "焕", types: [PERSON]) { label } }`);
  assert.equal(d.search[0].node.id, ZHANG);
  assert.equal(d.search[0].type, 'PERSON');
  assert.ok(d.search.some((h: { type: string; snippet: string }) => h.type === 'ARTICLE' && h.snippet.includes('张玉兰')));
  assert.ok(d.one.some((h: { label: string }) => h.label === '杨焕'));
});

test('her timeline holds 清远市教育局 局长 with the meeting of its period; her co-attendees are the others of that meeting', async () => {
  const d = await data(`query($id: ID!) { person(id: $id) { timeline { holding { post { title organization { name } } firstSeen } meetings { date } } coAttendees { person { name } meetings } } }`, { id: ZHANG });
  const director = d.person.timeline.find((t: any) => t.holding.post.title === '局长' && t.holding.post.organization?.name === '清远市教育局');
  assert.ok(director, JSON.stringify(d.person.timeline));
  assert.equal(director.holding.firstSeen, '2022-03-04');
  assert.deepEqual(director.meetings.map((m: { date: string }) => m.date), ['2022-03-04']);
  assert.deepEqual(d.person.coAttendees.map((c: any) => c.person.name).sort(), ['杨焕', '王报山']);
});

test("the seed policy's diffusion lists the 2022-03-04 meeting at city level; its organization's holders include her as current 局长", async () => {
  const d = await data(`{ policies(filter: {nameContains: "校长负责制"}) { diffusion { level firstCited regions meetings { date } } }
    organizations(filter: {nameContains: "清远市教育局"}) { name holders(current: true) { person { name } post { title } current } } }`);
  assert.deepEqual(d.policies[0].diffusion, [{ level: 'city', firstCited: '2022-03-04', regions: ['清远市'], meetings: [{ date: '2022-03-04' }] }]);
  const bureau = d.organizations.find((o: { name: string }) => o.name === '清远市教育局');
  assert.ok(bureau.holders.some((h: any) => h.person.name === '张玉兰' && h.post.title === '局长' && h.current === true));
});

test('connections page forward and back with cursors and count everything', async () => {
  const q = `query($first: Int, $after: String, $last: Int, $before: String) { meetingsConnection(first: $first, after: $after, last: $last, before: $before) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } }`;
  const all = (await data(q, { first: 100 })).meetingsConnection;
  assert.ok(all.totalCount > 10);
  assert.equal(all.edges.length, all.totalCount);
  const ids = all.edges.map((e: any) => e.node.id);
  const seen: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page: any = (await data(q, { first: 4, after })).meetingsConnection;
    seen.push(...page.edges.map((e: any) => e.node.id));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  assert.deepEqual(seen, ids, 'forward paging visits every meeting once, in order');
  const back = (await data(q, { last: 3, before: all.edges[5].cursor })).meetingsConnection;
  assert.deepEqual(back.edges.map((e: any) => e.node.id), ids.slice(2, 5));
  assert.equal(back.pageInfo.hasPreviousPage, true);
  const bad = await gql(server.url, `{ meetingsConnection(after: "nonsense") { totalCount } }`);
  assert.equal(bad.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
});

test('meeting filters: region, date range, participant with role, policy', async () => {
  const d = await data(`query($p: ID!) {
    inRange: meetings(first: 100, filter: {region: "清远市", from: "2022-03-01", to: "2022-03-31"}) { date }
    presided: meetings(filter: {participant: $p, role: SPOKE}) { date }
    none: meetings(filter: {participant: $p, role: PRESIDED}) { date } }`, { p: ZHANG });
  assert.deepEqual(d.inRange.map((m: { date: string }) => m.date), ['2022-03-04']);
  assert.deepEqual(d.presided.map((m: { date: string }) => m.date), ['2022-03-04']);
  assert.deepEqual(d.none, []);
});

test('graph: her neighbourhood holds the meeting and 清远市教育局; path links her to 杨焕', async () => {
  const d = await data(`query($id: ID!) { graph(ids: [$id], depth: 2) { nodes { id type label } edges { source target type } truncated }
    path(from: $id, to: "person:清远市:杨焕") { nodes { label } } }`, { id: ZHANG });
  const labels = d.graph.nodes.map((n: { label: string }) => n.label);
  assert.ok(labels.includes('清远市教育局'), labels.join(','));
  assert.ok(d.graph.nodes.some((n: { type: string; label: string }) => n.type === 'Meeting' && n.label.includes('动员部署会')));
  const ids = new Set(d.graph.nodes.map((n: { id: string }) => n.id));
  assert.ok(d.graph.edges.every((e: { source: string; target: string }) => ids.has(e.source) && ids.has(e.target)), 'edges join drawn nodes');
  assert.deepEqual([d.path.nodes[0].label, d.path.nodes.at(-1).label].sort(), ['张玉兰', '杨焕']);
  const small = await data(`query($id: ID!) { graph(ids: [$id], depth: 3, limit: 3) { nodes { id } truncated } }`, { id: ZHANG });
  assert.equal(small.graph.nodes.length, 3);
  assert.equal(small.graph.truncated, true);
});

test('graph without edges asked reads no edges: one round trip less, the same nodes', async () => {
  const q = (fields: string) => `query($id: ID!) { graph(ids: [$id], depth: 2) { truncated nodes { id type label } ${fields} } }`;
  const before = graph.statements;
  const withEdges = await data(q('edges { source target }'), { id: ZHANG });
  const between = graph.statements;
  const nodesOnly = await data(q(''), { id: ZHANG });
  assert.equal(graph.statements - between, 2, 'one statement per level, no fetch');
  assert.equal(between - before, 3);
  assert.ok(withEdges.graph.edges.length > 0);
  assert.deepEqual(nodesOnly.graph.nodes, withEdges.graph.nodes);
});

test('a holding and a participation quote their evidence (read by the relationship, not with the lists)', async () => {
  const d = await data(`query($id: ID!) { person(id: $id) { holdings { post { title } evidence { quote article { id } } }
    participations { role evidence { quote } evidenceConnection(first: 1) { totalCount } } } }`, { id: ZHANG });
  const chief = d.person.holdings.find((h: { post: { title: string } }) => h.post.title === '局长');
  assert.ok(chief.evidence.length > 0 && chief.evidence.every((e: { quote: string; article: { id: string } }) => e.quote.includes('局长') && e.article.id), JSON.stringify(chief.evidence));
  const spoke = d.person.participations.find((p: { role: string }) => p.role === 'SPOKE');
  assert.ok(spoke.evidence.length > 0 && spoke.evidence[0].quote.length > 0, JSON.stringify(spoke.evidence));
  assert.equal(spoke.evidenceConnection.totalCount, spoke.evidence.length);
});

test('node(id) answers any type; related meetings and evidence are reachable', async () => {
  const d = await data(`query($id: ID!) { node(id: $id) { id ... on Person { name evidence { quote article { title } } } } }`, { id: ZHANG });
  assert.equal(d.node.name, '张玉兰');
  assert.ok(d.node.evidence[0].quote.includes('张玉兰'));
});

test('curation mutations with the token: mark distinct, then a merge of those is refused', async () => {
  const auth = { authorization: `Bearer ${TOKEN}` };
  const d = await data(`mutation { markDistinct(ids: ["person:清远市:张玉兰", "person:清远市:杨焕"], reason: "different people") { decision { kind reason by personIds } } }`, {}, auth);
  assert.equal(d.markDistinct.decision.kind, 'distinct');
  assert.equal(d.markDistinct.decision.by, 'admin');
  const refused = await gql(server.url, `mutation { mergePersons(ids: ["person:清远市:张玉兰", "person:清远市:杨焕"], reason: "x") { person { id } } }`, {}, auth);
  assert.equal(refused.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  const anonymous = await gql(server.url, `mutation { splitPerson(id: "person:清远市:张玉兰", articleIds: ["x"], reason: "x") { person { id } } }`);
  assert.equal(anonymous.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
});
