// Graph-wide checks: what a reload lost or doubled against a reference, and provenance (every
// fact node is mentioned by an article, every fact relationship names the articles that state
// it, and those articles exist).
import { isSupported } from '../../../src/graph/cypher/node-support';
import type { GraphStats } from '../../../src/graph/stats';
import type { Harness } from './harness';

export interface StatsDiff {
  /** Nodes and relationships the reference has and this graph lacks, summed over labels/types. */
  lost: number;
  /** Nodes and relationships this graph has beyond the reference. */
  duplicated: number;
  checksumEqual: boolean;
  detail: string[];
}

export function diffStats(ref: GraphStats, got: GraphStats): StatsDiff {
  let lost = 0;
  let duplicated = 0;
  const detail: string[] = [];
  for (const [kind, a, b] of [['node', ref.nodes, got.nodes], ['relationship', ref.relationships, got.relationships]] as const) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = (b[k] ?? 0) - (a[k] ?? 0);
      if (d < 0) lost -= d;
      if (d > 0) duplicated += d;
      if (d) detail.push(`${kind} ${k}: ${a[k] ?? 0} → ${b[k] ?? 0}`);
    }
  }
  const checksumEqual = ref.checksum === got.checksum;
  if (!checksumEqual && !detail.length) detail.push(`same counts, different checksum (${ref.checksum} vs ${got.checksum}): some property differs`);
  return { lost, duplicated, checksumEqual, detail };
}

/** Relationships doubled between the same two nodes (same type, same role). */
export function duplicateRelationships(h: Harness): Promise<number> {
  return h.count(`MATCH (a)-[r]->(b) WITH a, b, type(r) AS t, r.role AS role, count(*) AS c WHERE c > 1 RETURN coalesce(sum(c - 1), 0) AS n`);
}

export const FACT_LABELS = ['Person', 'Meeting', 'PolicyDocument', 'Organization', 'Post'];
export const FACT_TYPES = ['HOLDS', 'PARTICIPATED', 'CITES', 'ORGANIZED', 'PART_OF', 'ISSUED_BY', 'FOLLOWS'];

export interface Provenance {
  nodesWithout: Record<string, number>;
  relationshipsWithout: Record<string, number>;
  /** articleIds entries naming an article that is not in the graph. */
  dangling: number;
  /** Evidence spans ("aid|start|end") outside their article's text. */
  badEvidence: number;
  ok: boolean;
  summary: string;
}

export async function provenance(h: Harness): Promise<Provenance> {
  const nodesWithout: Record<string, number> = {};
  for (const r of await h.graph.read<{ label: string; n: number }>(
    `MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) AND NOT ${isSupported('n')}
     RETURN [l IN labels(n) WHERE l IN $labels][0] AS label, count(*) AS n`, { labels: FACT_LABELS })) nodesWithout[r.label] = Number(r.n);
  const relationshipsWithout: Record<string, number> = {};
  for (const r of await h.graph.read<{ type: string; n: number }>(
    `MATCH ()-[r]->() WHERE type(r) IN $types AND (r.articleIds IS NULL OR size(r.articleIds) = 0) RETURN type(r) AS type, count(*) AS n`, { types: FACT_TYPES })) relationshipsWithout[r.type] = Number(r.n);
  // A node's support is relationships to articles that exist; a fact's, a list of ids.
  const dangling =
    await h.count(`MATCH ()-[r]->() WHERE r.articleIds IS NOT NULL UNWIND r.articleIds AS aid WITH DISTINCT aid WHERE NOT EXISTS { MATCH (:Article {id: aid}) } RETURN count(*) AS n`);
  // Evidence spans against their article's length, in JS: a Cypher lookup per span of a 5 MB
  // article's text would be slow.
  const lengths = new Map<string, number>();
  // Offsets count UTF-16 code units (JavaScript's length); Cypher's size() counts code points.
  await h.graph.stream<{ id: string; text: string | null }>('MATCH (a:Article) RETURN a.id AS id, a.text AS text', {}, (r) => { lengths.set(r.id, (r.text ?? '').length); });
  let badEvidence = 0;
  const check = (r: { ev: unknown }) => {
    for (const e of Array.isArray(r.ev) ? r.ev : [r.ev]) {
      const p = String(e).split('|');
      const len = lengths.get(p[0]!);
      const start = Number(p[1]);
      const end = Number(p[2]);
      if (p.length !== 3 || len === undefined || !Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > len) badEvidence++;
    }
  };
  await h.graph.stream<{ ev: unknown }>('MATCH ()-[x]->() WHERE x.evidence IS NOT NULL RETURN x.evidence AS ev', {}, check);
  // A mention's or report's spans are in the article at its other end.
  badEvidence += await h.count(`MATCH (a:Article)-[x:MENTIONS|REPORTED_IN]-() WHERE any(e IN coalesce(x.evidence, []) WHERE NOT e STARTS WITH a.id + '|') RETURN count(x) AS n`);
  const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
  const ok = sum(nodesWithout) === 0 && sum(relationshipsWithout) === 0 && dangling === 0 && badEvidence === 0;
  const fmt = (o: Record<string, number>) => (sum(o) ? ` (${Object.entries(o).map(([k, v]) => `${k} ${v}`).join(', ')})` : '');
  const summary = `${sum(nodesWithout)} nodes${fmt(nodesWithout)} and ${sum(relationshipsWithout)} relationships${fmt(relationshipsWithout)} without provenance, ${dangling} dangling article ids, ${badEvidence} evidence spans outside their article`;
  return { nodesWithout, relationshipsWithout, dangling, badEvidence, ok, summary };
}
