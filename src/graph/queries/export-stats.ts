// How many nodes and relationships an export of a filter holds, by label and type: the same
// predicates as the export's reads (./export-read.ts), counted on the server.
import type { Graph } from '../driver';
import type { Label } from '../model';
import { edgeInPeriod, keep, resolveScope, scopeParams, type ExportFilter, type ExportScope } from './export-filter';
import { anchorEnd, exportPairs, type RelType } from './export-schema';

export interface ExportStats {
  nodes: Partial<Record<Label, number>>;
  relationships: Partial<Record<RelType, number>>;
  totalNodes: number;
  totalRelationships: number;
}

const countNodes = (label: Label, s: ExportScope) => `MATCH (n:${label}) WHERE ${keep('n', s)} RETURN count(n) AS n`;
const countEdges = (label: Label, type: RelType, s: ExportScope) =>
  `MATCH ${anchorEnd(type) === 'source' ? `(a:${label})-[r:${type}]->(b)` : `(a)-[r:${type}]->(b:${label})`} WHERE ${keep('a', s)} AND ${keep('b', s)} AND ${edgeInPeriod('r', s)} RETURN count(r) AS n`;

async function count(graph: Graph, cypher: string, s: ExportScope): Promise<number> {
  let n = 0;
  // Streamed (no read timeout): a filtered count over a large graph is a scan.
  await graph.stream<{ n: number }>(cypher, scopeParams(s), (r) => { n = Number(r.n); });
  return n;
}

export async function exportStatsForScope(graph: Graph, scope: ExportScope): Promise<ExportStats> {
  const nodes: ExportStats['nodes'] = {};
  const relationships: ExportStats['relationships'] = {};
  for (const l of scope.labels) {
    const n = await count(graph, countNodes(l, scope), scope);
    if (n) nodes[l] = n;
  }
  for (const { label, type } of await exportPairs(graph, scope.labels)) {
    const n = await count(graph, countEdges(label, type, scope), scope);
    if (n) relationships[type] = (relationships[type] ?? 0) + n;
  }
  const total = (o: Record<string, number | undefined>) => Object.values(o).reduce<number>((a, b) => a + (b ?? 0), 0);
  return { nodes, relationships, totalNodes: total(nodes), totalRelationships: total(relationships) };
}

/** The counts of the subgraph an export of `filter` writes (compare with graphStats for no filter). */
export async function exportStats(graph: Graph, filter: ExportFilter = {}): Promise<ExportStats> {
  return exportStatsForScope(graph, await resolveScope(graph, filter));
}
