// Subgraphs for visualization front ends: a neighbourhood (breadth-first, one round trip per
// level, so hubs cannot explode into paths; the edges met on the way are kept) and a shortest
// path, both returned as { nodes, edges } in the shape Cytoscape.js and graphology load.
import type { Graph } from '../driver';
import { LABELS, type Label } from '../model';
import { plain, type Plain } from '../values';
import { NODE_FIELDS } from './neighbours';

export interface ViewNode { id: string; type: string; label: string; properties: Plain }
export interface ViewEdge { id: string; type: string; source: string; target: string; properties: Plain }
export interface GraphView { nodes: ViewNode[]; edges: ViewEdge[]; truncated: boolean }

// Seeds by id through each label's unique index (a label-less match would scan every node).
const SEED_NODES = `CALL () { ${LABELS.map((l) => `MATCH (n:${l}) WHERE n.id IN $ids RETURN n`).join(' UNION ')} }`;
const SEEDS = `${SEED_NODES} RETURN elementId(n) AS eid`;

/** What a caller reads of the view: properties are the bulk of it (provenance lists on edges). */
export interface ViewFields { nodeProperties: boolean; edgeProperties: boolean }
const EVERYTHING: ViewFields = { nodeProperties: true, edgeProperties: true };

// An edge as a list, not a map: a view has about seven edges per node, and maps cost more to send.
const EDGE = `[elementId(r), type(r), elementId(startNode(r)), elementId(endNode(r)), CASE WHEN $edgeProps THEN properties(r) END]`;

// One level: the new nodes (at most $limit in all, one more to tell a cut), and every
// relationship walked to a node of the view (new or seen), so the nodes expanded never need
// their edges fetched again. The first level starts from the seeds' ids (no round trip of its own).
const expand = (frontier: string) => `${frontier}
UNWIND frontier AS a
OPTIONAL MATCH (a)-[r]-(b) WHERE elementId(b) IN seen OR $labels IS NULL OR any(l IN labels(b) WHERE l IN $labels)
WITH seen, r, elementId(b) AS eid
WITH seen, collect(DISTINCT CASE WHEN r IS NOT NULL THEN ${EDGE} END) AS walked,
  collect(DISTINCT CASE WHEN eid IS NOT NULL AND NOT eid IN seen THEN eid END) AS reached
RETURN seen, walked, reached[..CASE WHEN $limit - size(seen) + 1 > 0 THEN $limit - size(seen) + 1 ELSE 0 END] AS next`;
const EXPAND_SEEDS = expand(`${SEED_NODES}\nWITH collect(n) AS frontier\nWITH frontier, [x IN frontier | elementId(x)] AS seen`);
const EXPAND = expand(`UNWIND $frontier AS e MATCH (a) WHERE elementId(a) = e\nWITH collect(a) AS frontier, $seen AS seen`);

// The nodes, and the edges among those that were not expanded (the last level, a path). Each id
// is looked up on its own (UNWIND … =): with `IN $list` the planner scans all nodes of a small graph.
const FETCH = `CALL () {
  UNWIND $eids AS e MATCH (n) WHERE elementId(n) = e
  RETURN collect({eid: e, id: n.id, type: labels(n)[0],
    props: CASE WHEN $nodeProps THEN n {${NODE_FIELDS}, aliasText: null} ELSE n {.name, .title} END}) AS nodes
}
CALL () {
  UNWIND $last AS e MATCH (n) WHERE elementId(n) = e
  MATCH (n)-[r]->(m) WHERE elementId(m) IN $last
  RETURN collect(${EDGE}) AS among
}
RETURN nodes, among`;

const PATH = `MATCH (a) WHERE elementId(a) = $from
MATCH (b) WHERE elementId(b) = $to
MATCH p = shortestPath((a)-[*..MAXLEN]-(b))
RETURN [n IN nodes(p) | elementId(n)] AS eids`;

export const displayLabel = (type: string, p: Plain): string => String(p.name ?? p.title ?? p.id ?? type);

/** id, type, start and end element ids, properties (when asked). */
type RawEdge = [string, string, string, string, Plain | null];
interface RawNode { eid: string; id: string; type: string; props: Plain }

async function view(graph: Graph, eids: string[], last: string[], walked: Map<string, RawEdge>, truncated: boolean, fields: ViewFields): Promise<GraphView> {
  if (!eids.length) return { nodes: [], edges: [], truncated };
  const [row] = await graph.read<{ nodes: RawNode[]; among: RawEdge[] }>(FETCH, { eids, last, nodeProps: fields.nodeProperties, edgeProps: fields.edgeProperties });
  const idOf = new Map(row.nodes.map((n) => [n.eid, n.id]));
  const nodes = row.nodes.map((r) => {
    const properties = Object.fromEntries(Object.entries(plain(r.props)).filter(([, v]) => v !== null));
    return { id: r.id, type: r.type, label: displayLabel(r.type, { ...properties, id: r.id }), properties: fields.nodeProperties ? properties : {} };
  });
  row.among.forEach((e) => walked.set(e[0], e));
  const edges = [...walked.values()]
    .filter(([, , from, to]) => idOf.has(from) && idOf.has(to))
    .map(([id, type, from, to, properties]) => ({ id, type, source: idOf.get(from)!, target: idOf.get(to)!, properties: properties ? plain(properties) : {} }));
  return { nodes, edges, truncated };
}

export async function neighbourhood(graph: Graph, ids: string[], depth: number, labels: Label[] | null, limit: number, fields: ViewFields = EVERYTHING): Promise<GraphView> {
  if (depth < 1) {
    const seeds = (await graph.read<{ eid: string }>(SEEDS, { ids })).map((r) => r.eid).slice(0, limit);
    return view(graph, seeds, seeds, new Map(), false, fields);
  }
  const seen = new Set<string>();
  const walked = new Map<string, RawEdge>();
  let frontier: string[] = [];
  let truncated = false;
  let level = 0;
  for (; level < depth && (level === 0 || frontier.length) && !truncated; level++) {
    const common = { labels, limit, edgeProps: fields.edgeProperties };
    const [row] = await graph.read<{ seen: string[]; walked: RawEdge[]; next: string[] }>(
      level === 0 ? EXPAND_SEEDS : EXPAND, level === 0 ? { ...common, ids } : { ...common, frontier, seen: [...seen] });
    if (!row) break;
    row.seen.forEach((e) => seen.add(e));
    row.walked.forEach((e) => walked.set(e[0], e));
    const room = limit - seen.size;
    const next = row.next;
    if (next.length > room) { truncated = true; next.length = Math.max(0, room); }
    next.forEach((e) => seen.add(e));
    frontier = next;
  }
  // The last level reached was not expanded (depth, truncation): its own edges are still to fetch.
  return view(graph, [...seen].slice(0, limit), frontier, walked, truncated, fields);
}

export async function shortestPath(graph: Graph, from: string, to: string, maxLength: number, fields: ViewFields = EVERYTHING): Promise<GraphView> {
  const [a, b] = await Promise.all([from, to].map(async (id) => (await graph.read<{ eid: string }>(SEEDS, { ids: [id] }))[0]?.eid));
  if (!a || !b) return { nodes: [], edges: [], truncated: false };
  // Neo4j refuses shortestPath between a node and itself: that path is the node alone.
  if (a === b) return view(graph, [a], [a], new Map(), false, fields);
  // maxLength is an integer the API has bounded (1..6): a length cannot be a parameter.
  const rows = await graph.read<{ eids: string[] }>(PATH.replace('MAXLEN', String(Math.trunc(maxLength))), { from: a, to: b });
  const eids = rows[0]?.eids ?? [];
  return view(graph, eids, eids, new Map(), false, fields);
}
