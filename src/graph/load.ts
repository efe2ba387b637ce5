// Extraction → Neo4j, one article a transaction: a crash leaves each article either wholly
// loaded or not at all, and a rerun finishes the job. Transient errors are retried by
// executeWrite; MERGE on the uniqueness constraints makes concurrent loads converge.
import type { Extraction } from '../extract';
import type { Graph, Runner } from './driver';
import { toLoadRows, type LoadRows } from './load-rows';
import * as S from './cypher/load-statements';
import { resolvePersonIds } from './curation';

export interface LoadResult {
  articleId: string;
  status: 'loaded' | 'skipped';
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
}

export interface LoadOptions {
  /** Load even when an article with the same content hash is already in the graph. */
  force?: boolean;
  url?: string | null;
}

const STEPS: [keyof LoadRows, string][] = [
  ['regions', S.MERGE_REGIONS],
  ['organizations', S.MERGE_ORGANIZATIONS],
  ['partOf', S.MERGE_PART_OF],
  ['posts', S.MERGE_POSTS],
  ['persons', S.MERGE_PERSONS],
  ['holds', S.MERGE_HOLDS],
  ['meetings', S.MERGE_MEETINGS],
  ['participations', S.MERGE_PARTICIPATIONS],
  ['policies', S.MERGE_POLICIES],
  ['cites', S.MERGE_CITES],
  ['follows', S.MERGE_FOLLOWS],
];

export async function writeRows(run: Runner, rows: LoadRows): Promise<Omit<LoadResult, 'articleId' | 'status'>> {
  const totals = { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 };
  const count = (summary: { counters: { updates(): Record<string, number> } }) => {
    const u = summary.counters.updates();
    totals.nodesCreated += u.nodesCreated ?? 0;
    totals.relationshipsCreated += u.relationshipsCreated ?? 0;
    totals.propertiesSet += u.propertiesSet ?? 0;
  };
  // Regions first: the article links to its region.
  count((await run(S.MERGE_REGIONS, { rows: rows.regions, aid: rows.aid })).summary);
  count((await run(S.MERGE_ARTICLE, { article: rows.article, aid: rows.aid })).summary);
  for (const [key, cypher] of STEPS.slice(1)) {
    const list = rows[key] as unknown[];
    if (list.length) count((await run(cypher, { rows: list, aid: rows.aid })).summary);
  }
  return totals;
}

/** Curation decisions win over the identity rules: person ids are rewritten before writing. */
export function applyRedirects(rows: LoadRows, ids: Map<string, string>): LoadRows {
  const to = (id: string) => ids.get(id) ?? id;
  return {
    ...rows,
    persons: rows.persons.map((p) => ({ ...p, id: to(p.id) })),
    holds: rows.holds.map((h) => ({ ...h, person: to(h.person) })),
    participations: rows.participations.map((p) => ({ ...p, person: to(p.person) })),
  };
}

export async function loadExtraction(graph: Graph, extraction: Extraction, opts: LoadOptions = {}): Promise<LoadResult> {
  const rows = toLoadRows(extraction, { url: opts.url });
  return graph.write(async (_tx, run) => {
    if (!opts.force) {
      const existing = await run(S.ARTICLE_EXISTS, { aid: rows.aid });
      if (existing.records.length) return { articleId: rows.aid, status: 'skipped', nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 };
    }
    return { articleId: rows.aid, status: 'loaded', ...(await writeRows(run, applyRedirects(rows, await resolvePersonIds(run, rows.aid, rows.persons.map((p) => p.id))))) };
  });
}
