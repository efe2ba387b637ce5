// Subgraphs for visualization front ends: a neighbourhood (breadth-first, one round trip per
// level, so hubs cannot explode into paths; the edges met on the way are kept) and a shortest
// path, both returned as { nodes, edges } in the shape Cytoscape.js and graphology load.
import type { Graph } from '../driver';
import { LABELS, type Label } from '../model';
import { plain, type Plain } from '../values';

export interface ViewNode { id: string; type: string; label: string; properties: Plain }
export interface ViewEdge { id: string; type: string; source: string; target: string; properties: Plain }
export interface GraphView { nodes: ViewNode[]; edges: ViewEdge[]; truncated: boolean }

// Seeds by id through each label's unique index (a label-less match would scan every node).
const SEED_NODES = `CALL () { ${LABELS.map((l) => `MATCH (n:${l}) WHERE n.id IN $ids RETURN n`).join(' UNION ')} }`;

/** What a caller reads of the view: node properties, the edges, and their properties (provenance lists, the bulk). */
export interface ViewFields { nodeProperties: boolean; edges: boolean; edgeProperties: boolean }
const EVERYTHING: ViewFields = { nodeProperties: true, edges: true, edgeProperties: true };

// An edge as a list, not a map: a view has about seven edges per node, and maps cost more to send.
const EDGE = `[elementId(r), type(r), elementId(startNode(r)), elementId(endNode(r)), CASE WHEN $edgeProps THEN properties(r) END]`;
// A node as a list: element id, id, label and what to draw on it, so the view needs no fetch of its own.
const NODE = (n: string) => `[elementId(${n}), ${n}.id, labels(${n})[0], coalesce(${n}.name, ${n}.title)]`;
const SEEDS = `${SEED_NODES} RETURN ${NODE('n')} AS node`;

// One level: the new nodes (at most $limit in all, one more to tell a cut), and, when edges are
// asked for, every relationship walked to a node of the view (new or seen), so the nodes
// expanded never need their edges fetched again. The first level starts from the seeds' ids (no
// round trip of its own) and returns the seeds too.
const expand = (frontier: string, edges: boolean) => `${frontier}
UNWIND frontier AS a
OPTIONAL MATCH (a)-[r]-(b) WHERE elementId(b) IN seen OR $labels IS NULL OR any(l IN labels(b) WHERE l IN $labels)
WITH seeds, seen, r, b, elementId(b) AS eid
WITH seeds, seen, ${edges ? `collect(DISTINCT CASE WHEN r IS NOT NULL THEN ${EDGE} END)` : '[]'} AS walked,
  collect(DISTINCT CASE WHEN eid IS NOT NULL AND NOT eid IN seen THEN ${NODE('b')} END) AS reached
RETURN seeds, walked, reached[..CASE WHEN $limit - size(seen) + 1 > 0 THEN $limit - size(seen) + 1 ELSE 0 END] AS next`;
const FROM_SEEDS = `${SEED_NODES}\nWITH collect(n) AS frontier\nWITH frontier, [x IN frontier | ${NODE('x')}] AS seeds, [x IN frontier | elementId(x)] AS seen`;
const FROM_FRONTIER = 'UNWIND $frontier AS e MATCH (a) WHERE elementId(a) = e\nWITH collect(a) AS frontier, [] AS seeds, $seen AS seen';
const EXPAND = {
  seeds: { edges: expand(FROM_SEEDS, true), nodes: expand(FROM_SEEDS, false) },
  frontier: { edges: expand(FROM_FRONTIER, true), nodes: expand(FROM_FRONTIER, false) },
};

// What the levels did not return: node properties, and the edges among the nodes that were not
// expanded (the last level, a path). Each id is looked up on its own (UNWIND … =): with `IN
// $list` the planner scans all nodes of a small graph.
const FETCH = `CALL () {
  UNWIND $eids AS e MATCH (n) WHERE elementId(n) = e
  RETURN collect([e, n {.*, text: null, evidence: null, articleIds: null, aliasText: null}]) AS props
}
CALL () {
  UNWIND $last AS e MATCH (n) WHERE elementId(n) = e
  MATCH (n)-[r]->(m) WHERE elementId(m) IN $last
  RETURN collect(${EDGE}) AS among
}
RETURN props, among`;

const PATH = `MATCH (a) WHERE elementId(a) = $from
MATCH (b) WHERE elementId(b) = $to
MATCH p = shortestPath((a)-[*..MAXLEN]-(b))
RETURN [n IN nodes(p) | ${NODE('n')}] AS nodes`;

export const displayLabel = (type: string, p: Plain): string => String(p.name ?? p.title ?? p.id ?? type);

/** id, type, start and end element ids, properties (when asked). */
type RawEdge = [string, string, string, string, Plain | null];
/** Element id, id, label, name or title. */
type RawNode = [string, string, string, string | null];

const withoutNulls = (p: Plain): Plain => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== null));

async function view(graph: Graph, raw: RawNode[], last: string[], walked: Map<string, RawEdge>, truncated: boolean, fields: ViewFields): Promise<GraphView> {
  if (!raw.length) return { nodes: [], edges: [], truncated };
  const props = new Map<string, Plain>();
  if (fields.nodeProperties || fields.edges) {
    const eids = fields.nodeProperties ? raw.map(([eid]) => eid) : [];
    const [row] = await graph.read<{ props: [string, Plain][]; among: RawEdge[] }>(FETCH, { eids, last: fields.edges ? last : [], edgeProps: fields.edgeProperties });
    row.props.forEach(([eid, p]) => props.set(eid, withoutNulls(plain(p))));
    row.among.forEach((e) => walked.set(e[0], e));
  }
  const idOf = new Map(raw.map(([eid, id]) => [eid, id]));
  const nodes = raw.map(([eid, id, type, name]) => ({ id, type, label: displayLabel(type, { name, id }), properties: props.get(eid) ?? {} }));
  const edges = [...walked.values()]
    .filter(([, , from, to]) => idOf.has(from) && idOf.has(to))
    .map(([id, type, from, to, properties]) => ({ id, type, source: idOf.get(from)!, target: idOf.get(to)!, properties: properties ? plain(properties) : {} }));
  return { nodes, edges, truncated };
}

export async function neighbourhood(graph: Graph, ids: string[], depth: number, labels: Label[] | null, limit: number, fields: ViewFields = EVERYTHING): Promise<GraphView> {
  if (depth < 1) {
    const seeds = (await graph.read<{ node: RawNode }>(SEEDS, { ids })).map((r) => r.node).slice(0, limit);
    return view(graph, seeds, seeds.map(([eid]) => eid), new Map(), false, fields);
  }
  // The view's nodes by element id, in the order reached.
  const seen = new Map<string, RawNode>();
  const walked = new Map<string, RawEdge>();
  const variant = fields.edges ? 'edges' : 'nodes';
  let frontier: string[] = [];
  let truncated = false;
  for (let level = 0; level < depth && (level === 0 || frontier.length) && !truncated; level++) {
    const common = { labels, limit, edgeProps: fields.edgeProperties };
    const [row] = await graph.read<{ seeds: RawNode[]; walked: RawEdge[]; next: RawNode[] }>(
      level === 0 ? EXPAND.seeds[variant] : EXPAND.frontier[variant], level === 0 ? { ...common, ids } : { ...common, frontier, seen: [...seen.keys()] });
    if (!row) break;
    row.seeds.forEach((n) => seen.set(n[0], n));
    row.walked.forEach((e) => walked.set(e[0], e));
    const room = limit - seen.size;
    const next = row.next;
    if (next.length > room) { truncated = true; next.length = Math.max(0, room); }
    next.forEach((n) => seen.set(n[0], n));
    frontier = next.map(([eid]) => eid);
  }
  // The last level reached was not expanded (depth, truncation): its own edges are still to fetch.
  return view(graph, [...seen.values()].slice(0, limit), frontier, walked, truncated, fields);
}

export async function shortestPath(graph: Graph, from: string, to: string, maxLength: number, fields: ViewFields = EVERYTHING): Promise<GraphView> {
  const [a, b] = await Promise.all([from, to].map(async (id) => (await graph.read<{ node: RawNode }>(SEEDS, { ids: [id] }))[0]?.node));
  if (!a || !b) return { nodes: [], edges: [], truncated: false };
  // Neo4j refuses shortestPath between a node and itself: that path is the node alone.
  if (a[0] === b[0]) return view(graph, [a], [a[0]], new Map(), false, fields);
  // maxLength is an integer the API has bounded (1..6): a length cannot be a parameter.
  const rows = await graph.read<{ nodes: RawNode[] }>(PATH.replace('MAXLEN', String(Math.trunc(maxLength))), { from: a[0], to: b[0] });
  const nodes = rows[0]?.nodes ?? [];
  return view(graph, nodes, nodes.map(([eid]) => eid), new Map(), false, fields);
}
