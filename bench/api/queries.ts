// The fixed set of bench:api queries: for each, govgraph's GraphQL, the peer's equivalent
// (@neo4j/graphql's generated schema), the same Cypher govgraph sends run without GraphQL (the
// ceiling: src/graph query functions called level by level, as the resolvers' loaders batch
// them, the levels a root field reads ahead in its own statement), and a normal form of each
// answer so the three can be checked equal before timing.
import type { Graph } from '../../src/graph/driver';
import type { Plain } from '../../src/graph/values';
import { listPage } from '../../src/graph/queries/list-nodes';
import { nodesWithNeighbours } from '../../src/graph/queries/nodes-by-id';
import type { NeighbourLists } from '../../src/graph/queries/neighbour-tree';
import type { RelationKey } from '../../src/graph/model';
import { neighbourhood } from '../../src/graph/queries/subgraph';

export interface Params {
  person: string;
  /** The person whose 2-hop neighbourhood is read (the same person, unless a scale run matches answer sizes). */
  hub: string;
  region: string;
  from: string;
  to: string;
  policy: string;
  organization: string;
}

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface BenchQuery {
  name: string;
  description: string;
  govgraph: string;
  peer: string;
  variables: (p: Params) => Record<string, unknown>;
  /** Normal form of govgraph's `data` (the ceiling answers in the same shape). */
  fromGovgraph: (data: Json) => unknown;
  fromPeer: (data: Json) => unknown;
  /** The ceiling: the Cypher govgraph sends for this query, in the same round trips, shaped like govgraph's `data`. */
  ceiling: (graph: Graph, vars: Json) => Promise<unknown>;
}

const ref = (o: Json) => (o ? { id: o.id, name: o.name } : null);
const first = (list: Json[] | undefined) => (list && list.length ? list[0] : null);
const ids = (list: { node: Plain }[]) => list.map((n) => n.node.id as string);
/** A list read ahead (nodesWithNeighbours, listPage with a tree). */
const listOf = (lists: NeighbourLists, key: RelationKey, id: string) => lists.get(key)?.get(id) ?? [];

const personPosts: BenchQuery = {
  name: 'person-posts',
  description: 'a person with the posts held (first/last seen) and their organizations',
  govgraph: `query($id: ID!) { person(id: $id) { id name region holdings { firstSeen lastSeen post { id title organization { id name } } } } }`,
  peer: `query($id: ID!) { people(where: { id: { eq: $id } }) { id name region postsConnection { edges { properties { firstSeen lastSeen } node { id title organization { id name } } } } } }`,
  variables: (p) => ({ id: p.person }),
  fromGovgraph: (d) => d.person && {
    id: d.person.id, name: d.person.name, region: d.person.region,
    holdings: d.person.holdings.map((h: Json) => ({ firstSeen: h.firstSeen, lastSeen: h.lastSeen, post: { id: h.post.id, title: h.post.title, organization: ref(h.post.organization) } })),
  },
  fromPeer: (d) => {
    const p = first(d.people);
    return p && {
      id: p.id, name: p.name, region: p.region,
      holdings: p.postsConnection.edges.map((e: Json) => ({ firstSeen: e.properties.firstSeen, lastSeen: e.properties.lastSeen, post: { id: e.node.id, title: e.node.title, organization: ref(first(e.node.organization)) } })),
    };
  },
  ceiling: async (graph, v) => {
    const { nodes: [person], lists } = await nodesWithNeighbours(graph, 'Person', [v.id], { personHoldings: { postOrganization: {} } });
    if (!person) return { person: null };
    return {
      person: {
        id: person.id, name: person.name, region: person.region,
        holdings: listOf(lists, 'personHoldings', v.id).map((h) => ({
          firstSeen: h.rel.firstSeen ?? null, lastSeen: h.rel.lastSeen ?? null,
          post: { id: h.node.id, title: h.node.title, organization: ref(listOf(lists, 'postOrganization', h.node.id as string)[0]?.node) },
        })),
      },
    };
  },
};

const meetingsInRegion: BenchQuery = {
  name: 'meetings-region',
  description: 'meetings in a date range and region (20 newest) with participants, their posts and organizations',
  govgraph: `query($region: String!, $from: Date!, $to: Date!) { meetings(first: 20, filter: { region: $region, from: $from, to: $to }) { id name date participants { role person { id name posts { id title organization { id name } } } } } }`,
  peer: `query($region: String!, $from: Date!, $to: Date!) { meetings(where: { region: { eq: $region }, date: { gte: $from, lte: $to } }, sort: [{ date: DESC }, { id: ASC }], limit: 20) { id name date participantsConnection { edges { properties { role } node { id name posts { id title organization { id name } } } } } } }`,
  variables: (p) => ({ region: p.region, from: p.from, to: p.to }),
  fromGovgraph: (d) => d.meetings.map((m: Json) => ({
    id: m.id, name: m.name, date: m.date,
    participants: m.participants.map((x: Json) => ({ role: x.role, person: { id: x.person.id, name: x.person.name, posts: x.person.posts.map((p: Json) => ({ id: p.id, title: p.title, organization: ref(p.organization) })) } })),
  })),
  fromPeer: (d) => d.meetings.map((m: Json) => ({
    id: m.id, name: m.name, date: m.date,
    participants: m.participantsConnection.edges.map((e: Json) => ({ role: e.properties.role, person: { id: e.node.id, name: e.node.name, posts: e.node.posts.map((p: Json) => ({ id: p.id, title: p.title, organization: ref(first(p.organization)) })) } })),
  })),
  ceiling: async (graph, v) => {
    const tree = { meetingParticipants: { personHoldings: { postOrganization: {} } } };
    const { nodes, lists } = await listPage(graph, 'Meeting', { region: v.region, from: v.from, to: v.to }, { lo: 0, hi: 20, first: null, last: null }, null, false, tree);
    const parts = nodes.map((m) => listOf(lists, 'meetingParticipants', m.id as string));
    const postsOf = lists.get('personHoldings')!;
    const orgOf = new Map([...lists.get('postOrganization')!].map(([id, orgs]) => [id, orgs[0]?.node]));
    return {
      meetings: nodes.map((m, i) => ({
        id: m.id, name: m.name, date: m.date ?? null,
        participants: parts[i].map((x) => ({
          role: x.rel.role, person: { id: x.node.id, name: x.node.name, posts: postsOf.get(x.node.id as string)!.map((p) => ({ id: p.node.id, title: p.node.title, organization: ref(orgOf.get(p.node.id as string)) })) },
        })),
      })),
    };
  },
};

const policyCitedBy: BenchQuery = {
  name: 'policy-cited-by',
  description: 'a policy document with the meetings citing it and their organizers',
  govgraph: `query($id: ID!) { policy(id: $id) { id title citedBy { id name date organizer { id name } } } }`,
  peer: `query($id: ID!) { policyDocuments(where: { id: { eq: $id } }) { id title citedBy { id name date organizer { id name } } } }`,
  variables: (p) => ({ id: p.policy }),
  fromGovgraph: (d) => d.policy && { id: d.policy.id, title: d.policy.title, citedBy: d.policy.citedBy.map((m: Json) => ({ id: m.id, name: m.name, date: m.date, organizer: ref(m.organizer) })) },
  fromPeer: (d) => {
    const p = first(d.policyDocuments);
    return p && { id: p.id, title: p.title, citedBy: p.citedBy.map((m: Json) => ({ id: m.id, name: m.name, date: m.date, organizer: ref(first(m.organizer)) })) };
  },
  ceiling: async (graph, v) => {
    const { nodes: [policy], lists } = await nodesWithNeighbours(graph, 'PolicyDocument', [v.id], { policyCitedBy: { meetingOrganizer: {} } });
    if (!policy) return { policy: null };
    const citedBy = listOf(lists, 'policyCitedBy', v.id).map((m) => ({ id: m.node.id, name: m.node.name, date: m.node.date ?? null, organizer: ref(listOf(lists, 'meetingOrganizer', m.node.id as string)[0]?.node) }));
    return { policy: { id: policy.id, title: policy.title, citedBy } };
  },
};

const organizationHolders: BenchQuery = {
  name: 'organization-holders',
  description: 'an organization with its posts and their holders (first/last seen: the current one is the latest)',
  govgraph: `query($id: ID!) { organization(id: $id) { id name posts { id title holders { firstSeen lastSeen person { id name } } } } }`,
  peer: `query($id: ID!) { organizations(where: { id: { eq: $id } }) { id name posts { id title holdersConnection { edges { properties { firstSeen lastSeen } node { id name } } } } } }`,
  variables: (p) => ({ id: p.organization }),
  fromGovgraph: (d) => d.organization && {
    id: d.organization.id, name: d.organization.name,
    posts: d.organization.posts.map((p: Json) => ({ id: p.id, title: p.title, holders: p.holders.map((h: Json) => ({ firstSeen: h.firstSeen, lastSeen: h.lastSeen, person: ref(h.person) })) })),
  },
  fromPeer: (d) => {
    const o = first(d.organizations);
    return o && {
      id: o.id, name: o.name,
      posts: o.posts.map((p: Json) => ({ id: p.id, title: p.title, holders: p.holdersConnection.edges.map((e: Json) => ({ firstSeen: e.properties.firstSeen, lastSeen: e.properties.lastSeen, person: ref(e.node) })) })),
    };
  },
  ceiling: async (graph, v) => {
    const { nodes: [org], lists } = await nodesWithNeighbours(graph, 'Organization', [v.id], { organizationPosts: { postHolders: {} } });
    if (!org) return { organization: null };
    return {
      organization: {
        id: org.id, name: org.name,
        posts: listOf(lists, 'organizationPosts', v.id).map((p) => ({
          id: p.node.id, title: p.node.title,
          holders: listOf(lists, 'postHolders', p.node.id as string).map((h) => ({ firstSeen: h.rel.firstSeen ?? null, lastSeen: h.rel.lastSeen ?? null, person: ref(h.node) })),
        })),
      },
    };
  },
};

/** Every id in a nested answer. */
function collectIds(v: Json, into: Set<string>): Set<string> {
  if (Array.isArray(v)) v.forEach((x) => collectIds(x, into));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) k === 'id' ? into.add(x as string) : collectIds(x, into);
  return into;
}

const neighbourhood2: BenchQuery = {
  name: 'person-2-hop',
  description: 'the 2-hop neighbourhood of a person (its nodes, as the peer returns them: no edges)',
  govgraph: `query($id: ID!) { graph(ids: [$id], depth: 2, limit: 2000) { truncated nodes { id type label } } }`,
  peer: `query($id: ID!) { people(where: { id: { eq: $id } }) { id
    posts { id organization { id } holders { id } mentionedIn { id } }
    meetings { id participants { id } organizer { id } cites { id } articles { id } follows { id } followedBy { id } regionNode { id } }
    mentionedIn { id persons { id } organizations { id } posts { id } policies { id } meetings { id } regionNode { id } } } }`,
  variables: (p) => ({ id: p.hub }),
  fromGovgraph: (d) => ({ truncated: d.graph.truncated, nodes: d.graph.nodes.map((n: Json) => n.id).sort() }),
  fromPeer: (d) => ({ truncated: false, nodes: [...collectIds(d.people, new Set())].sort() }),
  ceiling: async (graph, v) => {
    const view = await neighbourhood(graph, [v.id], 2, null, 2000, { nodeProperties: false, edges: false, edgeProperties: false });
    return { graph: { truncated: view.truncated, nodes: view.nodes.map((n) => ({ id: n.id, type: n.type, label: n.label })) } };
  },
};

export const QUERIES: BenchQuery[] = [personPosts, meetingsInRegion, policyCitedBy, organizationHolders, neighbourhood2];

/** Order-insensitive normal form: lists sorted by their items' JSON. */
export function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical).map((x) => [JSON.stringify(x), x] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, x]) => x);
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])]));
  return v;
}

/** How many nodes an answer names (ids, or the node list of a graph view): its size. */
export function idsIn(v: unknown): number {
  const nodes = (v as { nodes?: unknown })?.nodes;
  return Array.isArray(nodes) ? nodes.length : JSON.stringify(v).match(/"id"/g)?.length ?? 0;
}

/** The size of a query's answer on this graph, read through the ceiling. */
export async function answerSize(graph: Graph, q: BenchQuery, p: Params): Promise<number> {
  return idsIn(canonical(q.fromGovgraph(await q.ceiling(graph, q.variables(p)))));
}
