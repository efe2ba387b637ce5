// Every Cypher statement the API sends for bench:api's queries and the main list, search and
// graph queries, captured from real GraphQL requests over HTTP on seeds/, then re-run under
// PROFILE: no AllNodesScan anywhere, and no NodeByLabelScan where an index (id, name, region,
// date) could serve the request (issue 8 §4).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import neo4j from 'neo4j-driver';
import type { RunningServer } from '../../src/api/server';
import { cypherIntegers, type Graph, type Params } from '../../src/graph/driver';
import { pickParams } from '../../bench/api/params';
import { QUERIES, type Params as BenchParams } from '../../bench/api/queries';
import { neighbourhood } from '../../src/graph/queries/subgraph';
import { gql, seededApi } from '../helpers/http';

interface PlanNode { operatorType: string; rows: number; children: PlanNode[] }
interface Request {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Why the top-level list (the request's first statement) may read the whole label. */
  listScan?: string;
}

let graph: Graph;
let server: RunningServer;
let p: BenchParams;
before(async () => {
  ({ graph, server } = await seededApi());
  p = await pickParams(graph);
});
after(async () => { await server?.stop(); await graph?.close(); });

const requests = (): Request[] => [
  ...QUERIES.map((q) => ({ name: `bench ${q.name}`, query: q.govgraph, variables: q.variables(p) })),
  { name: 'README meetings', query: `{ meetings(first: 100) { name date participants { role person { name posts { title organization { name } } } } cites { title issuer { name } } } }`, listScan: 'no filter: every meeting is a candidate for the newest first' },
  { name: 'meetingsConnection by region and dates', query: `query($r: String!) { meetingsConnection(first: 10, filter: {region: $r, from: "2015-01-01", to: "2025-12-31"}) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { name organizer { name } participants(role: PRESIDED) { person { name } } } } } }`, variables: { r: p.region } },
  { name: 'meetings by participant and role', query: `query($id: ID!) { meetings(filter: {participant: $id, role: SPOKE}) { name related { meeting { name } why } } }`, variables: { id: p.person } },
  { name: 'meetings by organizer', query: `query($id: ID!) { meetings(filter: {organization: $id}) { name } }`, variables: { id: p.organization } },
  { name: 'meetings citing a policy', query: `query($id: ID!) { meetings(filter: {policy: $id}, orderBy: DATE_ASC) { name } }`, variables: { id: p.policy } },
  { name: 'persons of a region', query: `query($r: String!) { persons(filter: {region: $r}) { name holdings { post { title } } } }`, variables: { r: p.region } },
  { name: 'persons holding a post of an organization', query: `query($id: ID!) { persons(filter: {organization: $id}) { name } }`, variables: { id: p.organization } },
  { name: 'organizations of a region', query: `query($r: String!) { organizations(filter: {region: $r}) { name parent { name } holders(current: true) { person { name } } } }`, variables: { r: p.region } },
  { name: 'articles by dates', query: `{ articles(filter: {from: "2015-01-01", to: "2025-12-31"}) { title meetings { name } } }` },
  { name: 'person page', query: `query($id: ID!) { person(id: $id) { name timeline { holding { firstSeen } meetings { name } } coAttendees { person { name } } evidence { quote article { title } } } }`, variables: { id: p.person } },
  { name: 'policy page', query: `query($id: ID!) { policy(id: $id) { title issuer { name } diffusion { level meetings { name } } } }`, variables: { id: p.policy } },
  { name: 'search', query: `query($q: String!) { search(query: $q) { type label node { id } } }`, variables: { q: p.region } },
  { name: 'organization with its posts, holders and their evidence', query: `query($id: ID!) { organization(id: $id) { posts { holders { person { name } evidence { quote } } } } }`, variables: { id: p.organization } },
  { name: 'meeting participations with evidence', query: `query($id: ID!) { person(id: $id) { participations { meeting { name organizer { name } } evidence { quote } } } }`, variables: { id: p.person } },
  { name: 'graph depth 2, nodes only', query: `query($id: ID!) { graph(ids: [$id], depth: 2) { nodes { id type label } } }`, variables: { id: p.person } },
  { name: 'graph depth 2', query: `query($id: ID!) { graph(ids: [$id], depth: 2) { nodes { id properties } edges { type properties } } }`, variables: { id: p.person } },
  { name: 'path', query: `query($a: ID!, $b: ID!) { path(from: $a, to: $b) { nodes { id } } }`, variables: { a: p.person, b: p.organization } },
];

function scans(plan: PlanNode, into: string[] = []): string[] {
  if (/AllNodesScan|NodeByLabelScan/.test(plan.operatorType)) into.push(plan.operatorType.replace(/@neo4j$/, ''));
  plan.children.forEach((c) => scans(c, into));
  return into;
}

async function profile(cypher: string, params: Params): Promise<PlanNode> {
  const session = graph.driver.session({ database: graph.database, defaultAccessMode: neo4j.session.READ });
  try {
    const res = await session.run(`PROFILE ${cypher}`, cypherIntegers(params));
    assert.ok(res.summary.profile, `a profile for ${cypher}`);
    return res.summary.profile as unknown as PlanNode;
  } finally {
    await session.close();
  }
}

test('the bench parameters name nodes of the sample graph', () => {
  for (const k of ['person', 'region', 'policy', 'organization'] as const) assert.ok(p[k], `${k}: ${JSON.stringify(p)}`);
});

test('no statement of the API scans all nodes, nor a label where an index serves the request', async () => {
  const found: string[] = [];
  let profiled = 0;
  for (const r of requests()) {
    const sent: { cypher: string; params: Params }[] = [];
    graph.onStatement = (cypher, params) => sent.push({ cypher, params });
    const res = await gql(server.url, r.query, r.variables);
    graph.onStatement = null;
    assert.equal(res.errors, undefined, `${r.name}: ${JSON.stringify(res.errors)}`);
    assert.ok(sent.length > 0, `${r.name} sent no statement`);
    for (const [i, s] of sent.entries()) {
      const hit = scans(await profile(s.cypher, s.params));
      profiled++;
      const allowed = r.listScan && i === 0 ? hit.filter((h) => h !== 'NodeByLabelScan') : hit;
      if (allowed.length) found.push(`${r.name}, statement ${i + 1}: ${allowed.join(', ')} in ${s.cypher.replace(/\s+/g, ' ').slice(0, 300)}`);
    }
  }
  assert.ok(profiled >= requests().length, `${profiled} statements profiled`);
  assert.deepEqual(found, []);
});

test('the graph fetch, which keeps the edges walked while expanding, returns every edge among the view\'s nodes', async () => {
  for (const [depth, limit] of [[1, 500], [2, 500], [2, 10], [3, 2000]]) {
    const v = await neighbourhood(graph, [p.person], depth, null, limit, { nodeProperties: false, edges: true, edgeProperties: true });
    const ids = v.nodes.map((n) => n.id);
    assert.ok(ids.length > 1, `depth ${depth}: ${ids.length} nodes`);
    const expected = await graph.read<{ e: string }>(
      'MATCH (n)-[r]->(m) WHERE n.id IN $ids AND m.id IN $ids RETURN n.id + \' \' + type(r) + \' \' + m.id AS e', { ids });
    const got = v.edges.map((e) => `${e.source} ${e.type} ${e.target}`);
    assert.deepEqual(got.sort(), expected.map((r) => r.e).sort(), `depth ${depth}, limit ${limit}`);
    // 10 is fewer than the seed person's 2-hop neighbourhood: the cut view keeps only its own edges.
    assert.equal(v.truncated, limit === 10, `depth ${depth}, limit ${limit}: truncated ${v.truncated}`);
    assert.ok(v.nodes.length <= limit);
  }
});
