// Subgraphs for visualization front ends: a neighbourhood (breadth-first, one round trip per
// level, so hubs cannot explode into paths) and a shortest path, both returned as
// { nodes, edges } in the shape Cytoscape.js and graphology load.
import type { Graph } from '../driver';
import { LABELS, type Label } from '../model';
import { plain, type Plain } from '../values';

export interface ViewNode { id: string; type: string; label: string; properties: Plain }
export interface ViewEdge { id: string; type: string; source: string; target: string; properties: Plain }
export interface GraphView { nodes: ViewNode[]; edges: ViewEdge[]; truncated: boolean }

// Seeds by id through each label's unique index (a label-less match would scan every node).
const SEEDS = `CALL () { ${LABELS.map((l) => `MATCH (n:${l}) WHERE n.id IN $ids RETURN n`).join(' UNION ')} } RETURN elementId(n) AS eid`;

const EXPAND = `MATCH (a) WHERE elementId(a) IN $frontier
MATCH (a)-[]-(b)
WHERE ($labels IS NULL OR any(l IN labels(b) WHERE l IN $labels)) AND NOT elementId(b) IN $seen
RETURN DISTINCT elementId(b) AS eid LIMIT $room`;

const FETCH = `MATCH (n) WHERE elementId(n) IN $eids
CALL (n) {
  OPTIONAL MATCH (n)-[r]->(m) WHERE elementId(m) IN $eids
  RETURN collect(CASE WHEN r IS NULL THEN null ELSE {id: elementId(r), type: type(r), target: m.id, properties: properties(r)} END) AS out
}
RETURN n.id AS id, labels(n)[0] AS type, n {.*, text: null, articleIds: null, evidence: null, aliasText: null} AS props, out`;

const PATH = `MATCH (a) WHERE elementId(a) = $from
MATCH (b) WHERE elementId(b) = $to
MATCH p = shortestPath((a)-[*..MAXLEN]-(b))
RETURN [n IN nodes(p) | elementId(n)] AS eids`;

export const displayLabel = (type: string, p: Plain): string => String(p.name ?? p.title ?? p.id ?? type);

async function view(graph: Graph, eids: string[], truncated: boolean): Promise<GraphView> {
  if (!eids.length) return { nodes: [], edges: [], truncated };
  const rows = await graph.read<{ id: string; type: string; props: Plain; out: { id: string; type: string; target: string; properties: Plain }[] }>(FETCH, { eids });
  const nodes = rows.map((r) => {
    const properties = Object.fromEntries(Object.entries(plain(r.props)).filter(([, v]) => v !== null));
    return { id: r.id, type: r.type, label: displayLabel(r.type, properties), properties };
  });
  const edges = rows.flatMap((r) => r.out.map((e) => ({ id: e.id, type: e.type, source: r.id, target: e.target, properties: plain(e.properties) })));
  return { nodes, edges, truncated };
}

export async function neighbourhood(graph: Graph, ids: string[], depth: number, labels: Label[] | null, limit: number): Promise<GraphView> {
  const seeds = (await graph.read<{ eid: string }>(SEEDS, { ids })).map((r) => r.eid);
  const seen = new Set(seeds);
  let frontier = seeds;
  let truncated = false;
  for (let level = 0; level < depth && frontier.length && !truncated; level++) {
    const room = limit - seen.size;
    const next = (await graph.read<{ eid: string }>(EXPAND, { frontier, labels, seen: [...seen], room: room + 1 })).map((r) => r.eid);
    if (next.length > room) { truncated = true; next.length = Math.max(0, room); }
    next.forEach((e) => seen.add(e));
    frontier = next;
  }
  return view(graph, [...seen].slice(0, limit), truncated);
}

export async function shortestPath(graph: Graph, from: string, to: string, maxLength: number): Promise<GraphView> {
  const [a, b] = await Promise.all([from, to].map(async (id) => (await graph.read<{ eid: string }>(SEEDS, { ids: [id] }))[0]?.eid));
  if (!a || !b) return { nodes: [], edges: [], truncated: false };
  // Neo4j refuses shortestPath between a node and itself: that path is the node alone.
  if (a === b) return view(graph, [a], false);
  // maxLength is an integer the API has bounded (1..6): a length cannot be a parameter.
  const rows = await graph.read<{ eids: string[] }>(PATH.replace('MAXLEN', String(Math.trunc(maxLength))), { from: a, to: b });
  return view(graph, rows[0]?.eids ?? [], false);
}
