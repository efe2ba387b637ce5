// The API over HTTP against the real Neo4j with seeds/ loaded.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { RunningServer } from '../../src/api/server';
import type { Graph } from '../../src/graph/driver';
import { gql, seededApi } from '../helpers/http';

let graph: Graph;
let server: RunningServer;
before(async () => {
  ({ graph, server } = await seededApi());
});
after(async () => { await server?.stop(); await graph?.close(); });

const README_QUERY = `{ meetings(first: 100) { name date venue participants { role person { name posts { title organization { name } } } } cites { title issuer { name } } } }`;

test("the README's query answers the 2022-03-04 meeting with its roles and its cited policy", async () => {
  const res = await gql(server.url, README_QUERY);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  const m = res.data.meetings.find((x: { date: string }) => x.date === '2022-03-04');
  assert.ok(m, 'the 2022-03-04 meeting is listed');
  assert.equal(m.name, '推进中小学校党组织领导的校长负责制工作动员部署会');
  assert.equal(m.venue, '清远国际会展中心');
  const byRole = (role: string) => m.participants.filter((p: { role: string }) => p.role === role).map((p: { person: { name: string } }) => p.person.name).sort();
  assert.deepEqual(byRole('PRESIDED'), ['杨焕']);
  assert.deepEqual(byRole('SPOKE'), ['张玉兰', '王报山']);
  const zhang = m.participants.find((p: { person: { name: string } }) => p.person.name === '张玉兰').person;
  assert.ok(zhang.posts.some((p: { title: string; organization: { name: string } | null }) => p.title === '局长' && p.organization?.name === '清远市教育局'));
  assert.deepEqual(m.cites.map((c: { title: string }) => c.title), ['关于建立中小学校党组织领导的校长负责制的意见(试行)']);
  assert.equal(m.cites[0].issuer?.name, '中央办公厅');
});

test('a policy lists the meetings citing it; evidence quotes the article', async () => {
  const res = await gql(server.url, `{ policies(filter: {nameContains: "校长负责制"}) { title aliases citedBy { date } } persons(filter: {nameContains: "张玉兰"}) { name region evidence { quote article { title published } } } }`);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  assert.deepEqual(res.data.policies[0].citedBy.map((m: { date: string }) => m.date), ['2022-03-04']);
  assert.ok(res.data.policies[0].aliases.includes('意见'));
  const zhang = res.data.persons[0];
  assert.equal(zhang.region, '清远市');
  assert.ok(zhang.evidence.some((e: { quote: string }) => e.quote.includes('张玉兰')), JSON.stringify(zhang.evidence));
  assert.equal(zhang.evidence[0].article.published, '2022-03-09');
});

test('a nested query costs one round trip per field level, whatever the number of rows (no N+1)', async () => {
  // 7 walks: meetings, participants, person.posts, post.organization, cites, citedBy, organizer.
  const query = `{ meetings(first: 100) { participants { person { posts { organization { name } } } } cites { citedBy { name } } organizer { name } } }`;
  const before = graph.statements;
  const res = await gql(server.url, query);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  const trips = graph.statements - before;
  const rows = res.data.meetings.length;
  const participants = res.data.meetings.flatMap((m: { participants: unknown[] }) => m.participants).length;
  assert.ok(rows > 10 && participants > rows, `the seeds hold many meetings (${rows}) and participants (${participants})`);
  assert.ok(trips <= 7, `${trips} round trips for ${rows} meetings and ${participants} participants`);
});

test('a root field reads the relation lists selected below it, three levels deep, in its own statement', async () => {
  const trips = async (query: string) => {
    const before = graph.statements;
    const res = await gql(server.url, query);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    return graph.statements - before;
  };
  // meetings, then participants → person.posts → post.organization and cites → issuer.
  assert.equal(await trips(README_QUERY), 1);
  assert.equal(await trips(`{ person(id: "person:清远市:张玉兰") { holdings { post { organization { name } } } } }`), 1);
  assert.equal(await trips(`{ meetingsConnection(first: 50) { totalCount edges { node { participants { person { name } } } } nodes { cites { title } } } }`), 1);
  // A fourth level is read by its loader, batched over all its parents: one more.
  assert.equal(await trips(`{ meetings(first: 100) { participants { person { posts { organization { parent { name } } } } } } }`), 2);
});

test('nested connections cost one round trip per field level, the same for 5 meetings as for 50 (no N+1)', async () => {
  // The query in its connection form: 6 walks (meetings, participants, posts,
  // organization, cites, citedBy), each batched over all the parents of its level.
  const query = `query($first: Int) { meetingsConnection(first: $first) { totalCount edges { node {
    participantsConnection(first: 10) { totalCount edges { properties { role } node { postsConnection(first: 5) { nodes { organization { name } } } } } }
    cites { citedByConnection(first: 5) { totalCount } } } } } }`;
  const trips: number[] = [];
  const sizes: number[] = [];
  for (const first of [5, 50]) {
    const before = graph.statements;
    const res = await gql(server.url, query, { first });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    trips.push(graph.statements - before);
    const edges = res.data.meetingsConnection.edges;
    sizes.push(edges.length + edges.flatMap((e: any) => e.node.participantsConnection.edges).length);
  }
  assert.ok(sizes[1]! > 3 * sizes[0]!, `50 meetings bring many more rows (${sizes.join(' vs ')})`);
  assert.ok(trips[1]! <= 6, `${trips[1]} round trips for ${sizes[1]} meetings and participants`);
  assert.equal(trips[1], trips[0], 'the round trips do not grow with the rows');
});

test('first above 100 is refused with BAD_USER_INPUT', async () => {
  const res = await gql(server.url, `{ persons(first: 1000) { name } }`);
  assert.equal(res.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
});

test('health and readiness answer', async () => {
  assert.equal((await fetch(`${server.url}/healthz`)).status, 200);
  const ready = await fetch(`${server.url}/readyz`);
  assert.equal(ready.status, 200);
  assert.deepEqual(await ready.json(), { ready: true });
});
