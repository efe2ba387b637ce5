// Nested Relay connections (the …Connection twin of every nested list) on known answers from
// the seed articles, over HTTP against the real Neo4j.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { RunningServer } from '../../src/api/server';
import type { Graph } from '../../src/graph/driver';
import { gql, seededApi } from '../helpers/http';

const ZHANG = 'person:清远市:张玉兰';
// 县委十六届第43次常委会议 (2014-02-28): 陆晓延 presided and spoke, twelve others attended.
const STANDING_COMMITTEE = '第43次常委会议';
let graph: Graph;
let server: RunningServer;
before(async () => {
  ({ graph, server } = await seededApi());
});
after(async () => { await server?.stop(); await graph?.close(); });

async function data(query: string, variables: Record<string, unknown> = {}) {
  const res = await gql(server.url, query, variables);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  return res.data;
}

interface Page { totalCount: number; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null }; edges: { cursor: string; node: { id: string; name: string }; properties: { role: string } }[] }

const PARTICIPANTS = `query($name: String!, $first: Int, $after: String, $last: Int, $before: String, $filter: ListFilter, $orderBy: ListOrder) {
  meetings(first: 1, filter: {nameContains: $name}) { participantsConnection(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id name } properties { role } } } } }`;

async function participants(vars: Record<string, unknown>): Promise<Page> {
  const d = await data(PARTICIPANTS, { name: STANDING_COMMITTEE, ...vars });
  assert.equal(d.meetings.length, 1);
  return d.meetings[0].participantsConnection;
}

const key = (e: Page['edges'][number]) => `${e.node.id}/${e.properties.role}`;

test("a meeting's participants page forward and back with cursors, with the relationship on each edge", async () => {
  const all = await participants({ first: 100 });
  assert.equal(all.totalCount, 14);
  assert.deepEqual(all.edges.slice(0, 2).map((e) => [e.node.name, e.properties.role]), [['陆晓延', 'PRESIDED'], ['陆晓延', 'SPOKE']]);
  assert.equal(all.edges.filter((e) => e.properties.role === 'ATTENDED').length, 12);
  assert.deepEqual([all.pageInfo.hasPreviousPage, all.pageInfo.hasNextPage], [false, false]);

  const forward: string[] = [];
  let cursor: string | null = null;
  for (let pages = 0; ; pages++) {
    assert.ok(pages < 10, 'forward paging ends');
    const page: Page = await participants({ first: 4, after: cursor });
    assert.equal(page.totalCount, 14, 'every page counts all matches');
    assert.equal(page.pageInfo.hasPreviousPage, cursor !== null);
    forward.push(...page.edges.map(key));
    if (!page.pageInfo.hasNextPage) break;
    cursor = page.pageInfo.endCursor;
  }
  assert.deepEqual(forward, all.edges.map(key), 'forward pages of 4 visit every participation once, in order');

  const backward: string[] = [];
  cursor = null;
  for (let pages = 0; ; pages++) {
    assert.ok(pages < 10, 'backward paging ends');
    const page: Page = await participants({ last: 4, before: cursor });
    assert.equal(page.pageInfo.hasNextPage, cursor !== null);
    backward.unshift(...page.edges.map(key));
    if (!page.pageInfo.hasPreviousPage) break;
    cursor = page.pageInfo.startCursor;
  }
  assert.deepEqual(backward, all.edges.map(key), 'backward pages of 4 visit the same list');

  const middle = await participants({ first: 100, after: all.edges[2]!.cursor, before: all.edges[6]!.cursor });
  assert.deepEqual(middle.edges.map(key), all.edges.slice(3, 6).map(key));
});

test('nested connections filter (the role on the relationship) and order like the top-level lists', async () => {
  const attended = await participants({ first: 100, filter: { role: 'ATTENDED' } });
  assert.equal(attended.totalCount, 12);
  assert.ok(attended.edges.every((e) => e.properties.role === 'ATTENDED'));
  const byName = await participants({ first: 100, orderBy: 'NAME_DESC' });
  const names = byName.edges.map((e) => e.node.name);
  assert.deepEqual(names, [...names].sort().reverse());
  const named = await participants({ first: 100, filter: { nameContains: '张' } });
  assert.deepEqual(named.edges.map((e) => e.node.name).sort(), ['张成群', '张永潮', '张萍', '张阅农']);
});

test("张玉兰's holdings, participations, co-attendees and career as connections", async () => {
  const d = await data(`query($id: ID!) { person(id: $id) {
    holdingsConnection(filter: {nameContains: "局长"}) { totalCount edges { node { title organization { name } } properties { firstSeen person { name } } } }
    spoke: participationsConnection(filter: {role: SPOKE}) { totalCount edges { node { name date } properties { role action } } }
    presided: participationsConnection(filter: {role: PRESIDED}) { totalCount }
    postsConnection(first: 1) { totalCount pageInfo { hasNextPage } }
    coAttendeesConnection(first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } properties { meetings } } }
    timelineConnection(last: 1) { totalCount edges { node { holding { post { title } } meetingsConnection { totalCount nodes { date } } } } } } }`, { id: ZHANG });
  const p = d.person;
  assert.deepEqual(p.holdingsConnection.edges.map((e: any) => [e.node.organization.name, e.node.title, e.properties.firstSeen, e.properties.person.name]),
    [['清远市教育局', '局长', '2022-03-04', '张玉兰']]);
  assert.equal(p.spoke.totalCount, 1);
  assert.equal(p.spoke.edges[0].node.date, '2022-03-04');
  assert.equal(p.spoke.edges[0].properties.role, 'SPOKE');
  assert.equal(p.presided.totalCount, 0);
  assert.deepEqual([p.postsConnection.totalCount, p.postsConnection.pageInfo.hasNextPage], [3, true]);
  assert.equal(p.coAttendeesConnection.totalCount, 2);
  assert.equal(p.coAttendeesConnection.edges[0].properties.meetings, 1);
  const rest = await data(`query($id: ID!, $after: String) { person(id: $id) { coAttendeesConnection(after: $after) { edges { node { name } } pageInfo { hasNextPage hasPreviousPage } } } }`,
    { id: ZHANG, after: p.coAttendeesConnection.pageInfo.endCursor });
  assert.deepEqual([p.coAttendeesConnection.edges[0].node.name, ...rest.person.coAttendeesConnection.edges.map((e: any) => e.node.name)].sort(), ['杨焕', '王报山']);
  assert.deepEqual(rest.person.coAttendeesConnection.pageInfo, { hasNextPage: false, hasPreviousPage: true });
  assert.equal(p.timelineConnection.totalCount, 3);
  assert.deepEqual(p.timelineConnection.edges[0].node.meetingsConnection.nodes, [{ date: '2022-03-04' }]);
});

test('organization, post, policy and article connections answer on the seed', async () => {
  const d = await data(`{ organizations(first: 3, filter: {nameContains: "清远市教育局"}) { name
      holdersConnection(first: 10, current: true) { totalCount edges { node { name } properties { post { title } current } } }
      postsConnection(first: 5, filter: {nameContains: "局长"}) { edges { node { title holdersConnection(first: 5) { totalCount edges { node { name } properties { firstSeen } } } } } } }
    policies(first: 1, filter: {nameContains: "校长负责制"}) {
      citedByConnection(first: 5) { totalCount edges { node { date } } }
      later: citedByConnection(filter: {from: "2023-01-01"}) { totalCount }
      withHer: citedByConnection(filter: {participant: "person:清远市:张玉兰", role: SPOKE}) { totalCount }
      diffusionConnection(first: 6) { totalCount edges { node { level meetingsConnection(first: 5) { totalCount } } } } }
    meetings(first: 1, filter: {nameContains: "校长负责制"}) { citesConnection(first: 5) { nodes { title } } articlesConnection(first: 5) { totalCount nodes { published meetingsConnection(first: 5) { totalCount } } } } }`);
  const bureau = d.organizations.find((o: { name: string }) => o.name === '清远市教育局');
  assert.ok(bureau.holdersConnection.edges.some((e: any) => e.node.name === '张玉兰' && e.properties.post.title === '局长' && e.properties.current === true));
  const director = bureau.postsConnection.edges.find((e: any) => e.node.title === '局长').node;
  assert.deepEqual(director.holdersConnection.edges.map((e: any) => [e.node.name, e.properties.firstSeen]), [['张玉兰', '2022-03-04']]);
  const [policy] = d.policies;
  assert.deepEqual([policy.citedByConnection.totalCount, policy.citedByConnection.edges[0].node.date], [1, '2022-03-04']);
  assert.equal(policy.later.totalCount, 0, 'the filters of citedByConnection apply');
  assert.equal(policy.withHer.totalCount, 1, 'a filter by participant applies across another relationship');
  assert.deepEqual(policy.diffusionConnection.edges.map((e: any) => [e.node.level, e.node.meetingsConnection.totalCount]), [['city', 1]]);
  const [meeting] = d.meetings;
  assert.deepEqual(meeting.citesConnection.nodes.map((n: { title: string }) => n.title), ['关于建立中小学校党组织领导的校长负责制的意见(试行)']);
  assert.equal(meeting.articlesConnection.nodes[0].published, '2022-03-09');
  assert.ok(meeting.articlesConnection.nodes[0].meetingsConnection.totalCount >= 1);
});

test('first or last above 100 on a nested connection is refused with BAD_USER_INPUT; so are both at once and a bad cursor', async () => {
  for (const field of ['participantsConnection', 'citesConnection']) {
    for (const args of ['first: 101', 'last: 1000', 'first: 2, last: 2', 'after: "nonsense"']) {
      const res = await gql(server.url, `{ meetings(first: 1) { ${field}(${args}) { totalCount } } }`);
      assert.equal(res.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', `${field}(${args}): ${JSON.stringify(res.errors)}`);
    }
  }
  const derived = await gql(server.url, `{ person(id: "${ZHANG}") { coAttendeesConnection(first: 101) { totalCount } } }`);
  assert.equal(derived.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
});

test('every plain nested list and its connection list the same items, and the connection counts them', async () => {
  const twins: Record<string, string[]> = {
    person: ['posts', 'holdings', 'participations', 'timeline', 'coAttendees', 'evidence'],
    organization: ['children', 'posts', 'meetings', 'issued', 'holders'],
    meeting: ['participants', 'cites', 'articles', 'follows', 'related', 'evidence'],
    policy: ['citedBy', 'diffusion'],
    post: ['holders'],
  };
  // What identifies an item of each list; a list of relationships compares the edge's properties.
  const ITEM: Record<string, string> = {
    holdings: 'post { id }', participations: 'meeting { id }', participants: 'person { id }', holders: 'person { id }',
    coAttendees: 'person { id }', related: 'meeting { id }', timeline: 'holding { post { id } }', diffusion: 'level', evidence: 'start end',
  };
  const RELATIONSHIPS = new Set(['holdings', 'participations', 'participants', 'holders', 'coAttendees', 'related']);
  const fields = (names: string[]) => names.map((f) => {
    const item = ITEM[f] ?? 'id';
    return `${f} { ${item} } ${f}Connection(first: 100) { totalCount edges { ${RELATIONSHIPS.has(f) ? 'properties' : 'node'} { ${item} } } }`;
  }).join(' ');
  const d = await data(`query($person: ID!, $org: ID!, $policy: ID!, $post: ID!) {
    person(id: $person) { ${fields(twins.person!)} }
    organization(id: $org) { ${fields(twins.organization!)} }
    meetings(first: 1, filter: {nameContains: "校长负责制"}) { ${fields(twins.meeting!)} }
    policy(id: $policy) { ${fields(twins.policy!)} }
    post(id: $post) { ${fields(twins.post!)} } }`,
  { person: ZHANG, org: 'org:中共清远市委员会', policy: 'policy:关于建立中小学校党组织领导的校长负责制的意见(试行)', post: 'post:清远市教育局:局长' });
  const parents: Record<string, Record<string, any>> = { person: d.person, organization: d.organization, meeting: d.meetings[0], policy: d.policy, post: d.post };
  let nonEmpty = 0;
  for (const [type, names] of Object.entries(twins)) {
    const parent = parents[type];
    assert.ok(parent, `${type} found`);
    for (const f of names) {
      const plain = parent[f].map((x: unknown) => JSON.stringify(x));
      const connection = parent[`${f}Connection`];
      const edges = connection.edges.map((e: Record<string, unknown>) => JSON.stringify(e.properties ?? e.node));
      assert.deepEqual(edges, plain, `${type}.${f} and ${f}Connection`);
      assert.equal(connection.totalCount, plain.length, `${type}.${f}Connection counts`);
      if (plain.length) nonEmpty++;
    }
  }
  assert.ok(nonEmpty >= 14, `${nonEmpty} of the compared lists hold items`);
});

test('lists of the same name on different types read their own relationship', async () => {
  const d = await data(`query($id: ID!) { organization(id: "org:清远市教育局") { posts { title } postsConnection { nodes { title } } meetings { name } children { name } }
    person(id: $id) { posts { title } postsConnection { nodes { title } } } }`, { id: ZHANG });
  assert.deepEqual(d.organization.posts.map((p: { title: string }) => p.title), ['党组书记', '局长']);
  assert.deepEqual(d.organization.postsConnection.nodes, d.organization.posts);
  assert.deepEqual(d.person.posts.map((p: { title: string }) => p.title).sort(), ['书记', '党组书记', '局长'].sort());
  assert.deepEqual(d.person.postsConnection.nodes, d.person.posts);
});

test('first: 0 and last: 0 give no edges but still the count, at the root and nested', async () => {
  const d = await data(`{ meetingsConnection(last: 0) { totalCount edges { cursor } }
    tail: meetingsConnection(first: 0) { totalCount edges { cursor } } }`);
  assert.ok(d.meetingsConnection.totalCount > 0);
  assert.deepEqual(d.meetingsConnection.edges, []);
  assert.deepEqual(d.tail.edges, []);
  const nested = await participants({ last: 0 });
  assert.equal(nested.totalCount, 14);
  assert.deepEqual(nested.edges, []);
});
