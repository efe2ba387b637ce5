// The export's reads, one page at a time in id order through each label's unique index, so an
// export holds one page in memory, waits for a slow reader between pages, and never keeps a
// transaction open for the length of a download. Edges are paged by one of their ends, one
// relationship type at a time (the CSV export writes one file per type).
import type { Graph } from '../driver';
import { LABELS, type Label } from '../model';
import { plain, type Plain } from '../values';
import { edgeInPeriod, keep, scopeParams, type ExportScope } from './export-filter';
import { provenance, type Provenance, type Support } from './export-provenance';
import { anchorEnd, REL_TYPES, type RelType } from './export-schema';
import { nodeEvidenceIn } from '../cypher/node-support';

export type { Provenance } from './export-provenance';

export interface ExportNode { id: string; label: Label; props: Plain }
export interface ExportEdge {
  id: string; type: RelType; source: string; sourceLabel: Label; target: string; props: Plain;
  /** Null for structural edges (no articleIds): MENTIONS, REPORTED_IN, IN, IN_REGION, ABOUT. */
  provenance: Provenance[] | null;
}

// Keys in a fixed order (Neo4j returns them in store order), so two exports of one graph are equal.
const sorted = (p: Plain): Plain => Object.fromEntries(Object.keys(p).sort().map((k) => [k, p[k]]));

const assertLabel = (l: string) => { if (!LABELS.includes(l as Label)) throw new Error(`not a label of the model: ${l}`); };
const assertType = (t: string) => { if (!REL_TYPES.includes(t as RelType)) throw new Error(`not a relationship type of the model: ${t}`); };

export const nodePage = (label: Label, s: ExportScope) => `
MATCH (n:${label}) WHERE n.id > $after AND ${keep('n', s)}
WITH n ORDER BY n.id LIMIT $limit
RETURN n.id AS id, properties(n) AS props`;

// One row per anchor node of the page (OPTIONAL MATCH: a node whose edges are all filtered out
// still tells where the page ends), one per kept edge (a)-[r]->(b), with the evidence of both
// ends in the edge's own articles (for provenance quotes). The anchor is a or b (anchorEnd).
export function edgePage(label: Label, type: RelType, s: ExportScope): string {
  const [x, y] = anchorEnd(type) === 'source' ? ['a', 'b'] : ['b', 'a'];
  const has = x === 'a' ? `(a)-[:${type}]->()` : `()-[:${type}]->(b)`;
  const spans = (v: string) => `CASE WHEN r.articleIds IS NULL THEN null ELSE ${nodeEvidenceIn(v, 'r.articleIds')} END`;
  return `
MATCH (${x}:${label}) WHERE ${x}.id > $after AND EXISTS { ${has} } AND ${keep(x, s)}
WITH ${x} ORDER BY ${x}.id LIMIT $limit
OPTIONAL MATCH (a)-[r:${type}]->(b) WHERE ${keep(y, s)} AND ${edgeInPeriod('r', s)}
WITH ${x}.id AS anchor, a, r, b ORDER BY anchor, ${y}.id, elementId(r)
RETURN anchor, a.id AS source, labels(a)[0] AS sourceLabel, elementId(r) AS id, b.id AS target, properties(r) AS props,
  ${spans('b')} AS targetEvidence, ${spans('a')} AS sourceEvidence`;
}

export interface Page<T> { items: T[]; next: string | null }

export async function readNodes(graph: Graph, label: Label, scope: ExportScope, after: string, limit: number): Promise<Page<ExportNode>> {
  assertLabel(label);
  const rows = await graph.read<{ id: string; props: Plain }>(nodePage(label, scope), { ...scopeParams(scope), after, limit });
  const items = rows.map((r) => ({ id: r.id, label, props: sorted(plain(r.props)) }));
  return { items, next: rows.length === limit ? rows[rows.length - 1]!.id : null };
}

type EdgeRow = { anchor: string; source: string; sourceLabel: Label; id: string | null; target: string | null; props: Plain | null; targetEvidence: string[] | null; sourceEvidence: string[] | null };

export async function readEdges(graph: Graph, label: Label, type: RelType, scope: ExportScope, after: string, limit: number): Promise<Page<ExportEdge>> {
  assertLabel(label);
  assertType(type);
  const rows = await graph.read<EdgeRow>(edgePage(label, type, scope), { ...scopeParams(scope), after, limit });
  const kept = rows.filter((r) => r.id !== null);
  const supports = kept.map((r): Support | null => {
    const ids = r.props!.articleIds as string[] | undefined;
    return ids ? { articleIds: ids, own: (r.props!.evidence as string[] | undefined) ?? [], target: r.targetEvidence ?? [], source: r.sourceEvidence ?? [] } : null;
  });
  const sources = await provenance(graph, supports);
  const items = kept.map((r, i) => ({
    id: r.id!, type, source: r.source, sourceLabel: r.sourceLabel, target: r.target!, props: sorted(plain(r.props)), provenance: sources[i]!,
  }));
  const anchors = new Set(rows.map((r) => r.anchor));
  return { items, next: anchors.size === limit ? rows[rows.length - 1]!.anchor : null };
}
