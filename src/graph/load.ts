// Extraction → Neo4j, one article a transaction: a crash leaves each article either wholly
// loaded or not at all, and a rerun finishes the job. Transient errors are retried by
// executeWrite; MERGE on the uniqueness constraints makes concurrent loads converge.
import type { Extraction } from '../extract';
import type { Graph, Runner } from './driver';
import { toLoadRows, type LoadRows } from './load-rows';
import * as S from './cypher/load-statements';
import { resolvePersonIds } from './curation';

/** What one statement of the load did: nodes and relationships created, properties set. */
export interface StepCounts {
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
}

export interface LoadResult extends StepCounts {
  articleId: string;
  status: 'loaded' | 'skipped';
  /** Per kind of row (article, persons, holds, meetings…). */
  steps: Record<string, StepCounts>;
}

export interface LoadOptions {
  /** Load even when an article with the same content hash is already in the graph. */
  force?: boolean;
  url?: string | null;
}

// Regions first (the article links to its region), then the article, then what refers to it.
const STEPS: [keyof LoadRows | 'article', string][] = [
  ['regions', S.MERGE_REGIONS],
  ['article', S.MERGE_ARTICLE],
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

const zero = (): StepCounts => ({ nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 });

export function addCounts(into: StepCounts, c: StepCounts): StepCounts {
  into.nodesCreated += c.nodesCreated;
  into.relationshipsCreated += c.relationshipsCreated;
  into.propertiesSet += c.propertiesSet;
  return into;
}

export async function writeRows(run: Runner, rows: LoadRows): Promise<Pick<LoadResult, 'steps'> & StepCounts> {
  const steps: Record<string, StepCounts> = {};
  const total = zero();
  for (const [key, cypher] of STEPS) {
    const params = key === 'article' ? { article: rows.article, aid: rows.aid } : { rows: rows[key], aid: rows.aid };
    if (key !== 'article' && !(rows[key] as unknown[]).length) continue;
    const u = (await run(cypher, params)).summary.counters.updates();
    steps[key] = { nodesCreated: u.nodesCreated ?? 0, relationshipsCreated: u.relationshipsCreated ?? 0, propertiesSet: u.propertiesSet ?? 0 };
    addCounts(total, steps[key]);
  }
  return { steps, ...total };
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
    if (!opts.force && (await run(S.ARTICLE_EXISTS, { aid: rows.aid })).records.length) {
      return { articleId: rows.aid, status: 'skipped', steps: {}, ...zero() };
    }
    const redirects = await resolvePersonIds(run, rows.aid, rows.persons.map((p) => p.id));
    return { articleId: rows.aid, status: 'loaded', ...(await writeRows(run, applyRedirects(rows, redirects))) };
  });
}
