// The export's reads, one page at a time in id order through each label's unique index, so an
// export holds one page in memory, waits for a slow reader between pages, and never keeps a
// transaction open for the length of a download. Edges are paged by their start node, one
// relationship type at a time (the CSV export writes one file per type).
import type { Graph } from '../driver';
import { LABELS, type Label } from '../model';
import { plain, type Plain } from '../values';
import { edgeInPeriod, keep, scopeParams, type ExportScope } from './export-filter';
import { REL_TYPES, type RelType } from './export-schema';

export interface Provenance {
  articleId: string;
  url: string | null;
  /** The article's publication date, YYYY-MM-DD. */
  date: string | null;
  /** The evidence spans' text in that article (the fact's own spans, else its ends'), or null. */
  quote: string | null;
}

export interface ExportNode { id: string; label: Label; props: Plain }
export interface ExportEdge {
  id: string; type: RelType; source: string; sourceLabel: Label; target: string; props: Plain;
  /** Null for structural edges (no articleIds): MENTIONS, REPORTED_IN, IN, IN_REGION, ABOUT. */
  provenance: Provenance[] | null;
}

// Keys in a fixed order (Neo4j returns them in store order), so two exports of one graph are equal.
const sorted = (p: Plain): Plain => Object.fromEntries(Object.keys(p).sort().map((k) => [k, p[k]]));
const provenance = (p: Plain): Provenance => ({ articleId: String(p.articleId), url: (p.url as string) ?? null, date: (p.date as string) ?? null, quote: (p.quote as string) ?? null });

const assertLabel = (l: string) => { if (!LABELS.includes(l as Label)) throw new Error(`not a label of the model: ${l}`); };
const assertType = (t: string) => { if (!REL_TYPES.includes(t as RelType)) throw new Error(`not a relationship type of the model: ${t}`); };

export const nodePage = (label: Label, s: ExportScope) => `
MATCH (n:${label}) WHERE n.id > $after AND ${keep('n', s)}
WITH n ORDER BY n.id LIMIT $limit
RETURN n.id AS id, properties(n) AS props`;

// Every article supporting a fact edge (its articleIds), with the article's url and date and the
// quoted evidence: the edge's own spans in that article, else the target's, else the source's.
const PROVENANCE = `CASE WHEN r.articleIds IS NULL THEN null ELSE COLLECT {
  UNWIND r.articleIds AS aid
  MATCH (x:Article {id: aid})
  WITH aid, x, [e IN coalesce(r.evidence, []) WHERE e STARTS WITH aid + '|'] AS own,
       [e IN coalesce(b.evidence, []) WHERE e STARTS WITH aid + '|'] AS target,
       [e IN coalesce(a.evidence, []) WHERE e STARTS WITH aid + '|'] AS source
  WITH aid, x, CASE WHEN size(own) > 0 THEN own WHEN size(target) > 0 THEN target ELSE source END AS spans
  WITH aid, x, [s IN spans | [toInteger(split(s, '|')[1]), toInteger(split(s, '|')[2])]] AS cuts
  WITH aid, x, [c IN cuts WHERE c[0] IS NOT NULL AND c[1] >= c[0] | substring(x.text, c[0], c[1] - c[0])] AS quotes
  RETURN {articleId: aid, url: x.url, date: x.published,
          quote: CASE WHEN size(quotes) = 0 THEN null ELSE reduce(q = head(quotes), t IN tail(quotes) | q + ' … ' + t) END} AS p
} END`;

export const edgePage = (label: Label, type: RelType, s: ExportScope) => `
MATCH (a:${label}) WHERE a.id > $after AND EXISTS { (a)-[:${type}]->() } AND ${keep('a', s)}
WITH a ORDER BY a.id LIMIT $limit
CALL (a) {
  MATCH (a)-[r:${type}]->(b) WHERE ${keep('b', s)} AND ${edgeInPeriod('r', s)}
  WITH a, r, b ORDER BY b.id, elementId(r)
  WITH r, b, ${PROVENANCE} AS provenance
  RETURN collect({id: elementId(r), target: b.id, props: properties(r), provenance: provenance}) AS edges
}
RETURN a.id AS id, edges`;

export interface Page<T> { items: T[]; next: string | null }

export async function readNodes(graph: Graph, label: Label, scope: ExportScope, after: string, limit: number): Promise<Page<ExportNode>> {
  assertLabel(label);
  const rows = await graph.read<{ id: string; props: Plain }>(nodePage(label, scope), { ...scopeParams(scope), after, limit });
  const items = rows.map((r) => ({ id: r.id, label, props: sorted(plain(r.props)) }));
  return { items, next: rows.length === limit ? rows[rows.length - 1]!.id : null };
}

type RawEdge = { id: string; target: string; props: Plain; provenance: Plain[] | null };

export async function readEdges(graph: Graph, label: Label, type: RelType, scope: ExportScope, after: string, limit: number): Promise<Page<ExportEdge>> {
  assertLabel(label);
  assertType(type);
  const rows = await graph.read<{ id: string; edges: RawEdge[] }>(edgePage(label, type, scope), { ...scopeParams(scope), after, limit });
  const items = rows.flatMap((r) => r.edges.map((e) => ({
    id: e.id, type, source: r.id, sourceLabel: label, target: e.target, props: sorted(plain(e.props)),
    provenance: e.provenance ? e.provenance.map((p) => provenance(plain(p))) : null,
  })));
  return { items, next: rows.length === limit ? rows[rows.length - 1]!.id : null };
}
