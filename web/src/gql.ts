// The explorer's few GraphQL requests, POSTed to this server's /graphql.

export interface GraphNode { id: string; type: string; label: string; properties: Record<string, unknown> }
export interface GraphEdge { id: string; type: string; source: string; target: string; properties: Record<string, unknown> }
export interface GraphView { nodes: GraphNode[]; edges: GraphEdge[]; truncated: boolean }
export interface SearchHit { type: string; label: string; score: number; snippet: string | null; node: { id: string } }
export interface ArticleRef { id: string; title: string | null; published: string | null; url: string | null }
export interface Evidence { quote: string; article: ArticleRef | null }

export async function gql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  if (!body.data) throw new Error(`HTTP ${res.status}`);
  return body.data;
}

const VIEW = 'truncated nodes { id type label properties } edges { id type source target properties }';

export async function search(query: string): Promise<SearchHit[]> {
  const doc = `query Search($q: String!) { search(query: $q, first: 50) { type label score snippet node { id } } }`;
  return (await gql<{ search: SearchHit[] }>(doc, { q: query })).search;
}

export async function neighbourhood(ids: string[], depth: number, limit: number): Promise<GraphView> {
  const q = `query View($ids: [ID!]!, $depth: Int!, $limit: Int!) { graph(ids: $ids, depth: $depth, limit: $limit) { ${VIEW} } }`;
  return (await gql<{ graph: GraphView }>(q, { ids, depth, limit })).graph;
}

const ARTICLE = 'article { id title published url }';

/** What the side panel shows beyond a node's own properties: the quotes that state it. */
export interface NodeDetails {
  __typename: string;
  evidence?: Evidence[];
  holdings?: { post: { title: string; organization: { name: string } | null }; firstSeen: string | null; lastSeen: string | null; evidence: Evidence[] }[];
  participants?: { role: string; action: string; person: { name: string }; evidence: Evidence[] }[];
}

export async function nodeDetails(id: string): Promise<NodeDetails | null> {
  const q = `query Details($id: ID!) { node(id: $id) { __typename
    ... on Person { evidence { quote ${ARTICLE} } holdings { post { title organization { name } } firstSeen lastSeen evidence { quote ${ARTICLE} } } }
    ... on Meeting { evidence { quote ${ARTICLE} } participants { role action person { name } evidence { quote ${ARTICLE} } } }
  } }`;
  return (await gql<{ node: NodeDetails | null }>(q, { id })).node;
}

/** Articles with their text, to cut an edge's evidence spans out of. */
export async function articles(ids: string[]): Promise<(ArticleRef & { text: string })[]> {
  if (!ids.length) return [];
  const decl = ids.map((_, i) => `$i${i}: ID!`).join(', ');
  const fields = ids.map((_, i) => `a${i}: article(id: $i${i}) { id title published url text }`).join(' ');
  const vars = Object.fromEntries(ids.map((id, i) => [`i${i}`, id]));
  const data = await gql<Record<string, (ArticleRef & { text: string }) | null>>(`query Articles(${decl}) { ${fields} }`, vars);
  return Object.values(data).filter((a): a is ArticleRef & { text: string } => !!a);
}
