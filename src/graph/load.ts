// Extraction → Neo4j, one article a transaction: a crash leaves each article either wholly
// loaded or not at all, and a rerun finishes the job. Transient errors are retried by
// executeWrite; MERGE on the uniqueness constraints makes concurrent loads converge.
import type { Extraction } from '../extract';
import type { Graph, Runner } from './driver';
import { toLoadRows, uniqueById, type LoadRows } from './load-rows';
import { FACT_KEYS, joinFacts } from './load-facts';
import * as S from './cypher/load-statements';
import { resolvePersonIds } from './curation';
import { unloadArticle } from './remove';
import { searchableAfter } from './searchable';

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
  /** Load again an article already in the graph (same content hash): it is removed, then loaded. */
  force?: boolean;
  url?: string | null;
}

// Regions first (the article links to its region), then the article, then what refers to it.
// Last, the facts many articles support (an office's PART_OF its party committee, a leader's
// HOLDS): adding to one locks it until commit, so the later, the shorter the other writer waits.
const STEPS: [keyof LoadRows | 'article', string][] = [
  ['regions', S.MERGE_REGIONS],
  ['regionLinks', S.MERGE_REGION_LINKS],
  ['article', S.CREATE_ARTICLE],
  ['organizations', S.MERGE_ORGANIZATIONS],
  ['posts', S.MERGE_POSTS],
  ['persons', S.MERGE_PERSONS],
  ['meetings', S.MERGE_MEETINGS],
  ['participations', S.MERGE_PARTICIPATIONS],
  ['policies', S.MERGE_POLICIES],
  ['cites', S.MERGE_CITES],
  ['follows', S.MERGE_FOLLOWS],
  ['holds', S.MERGE_HOLDS],
  ['partOf', S.MERGE_PART_OF],
];

const zero = (): StepCounts => ({ nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 });

export function addCounts(into: StepCounts, c: StepCounts): StepCounts {
  into.nodesCreated += c.nodesCreated;
  into.relationshipsCreated += c.relationshipsCreated;
  into.propertiesSet += c.propertiesSet;
  return into;
}

/**
 * The rows of several articles as one set: every node row carries the id of its article, every
 * fact is one row with the ids of the articles stating it (./load-facts).
 */
export function batchRows(list: LoadRows[]): Record<string, Record<string, unknown>[]> {
  const out: Record<string, Record<string, unknown>[]> = { article: [] };
  for (const rows of list) {
    out.article!.push(rows.article);
    for (const [key] of STEPS) {
      if (key === 'article') continue;
      for (const row of rows[key] as object[]) (out[key] ??= []).push({ ...row, aid: rows.aid });
    }
  }
  for (const [key, keyOf] of Object.entries(FACT_KEYS)) if (out[key]) out[key] = joinFacts(out[key] as { aid: string }[], keyOf);
  return out;
}

export async function writeRows(run: Runner, list: LoadRows[]): Promise<Pick<LoadResult, 'steps'> & StepCounts> {
  const steps: Record<string, StepCounts> = {};
  const total = zero();
  const batch = batchRows(list);
  const articleNode = new Map<string, string>();
  for (const [key, cypher] of STEPS) {
    const rows = (batch[key] ?? []).map((r) => (typeof r.aid === 'string' ? { ...r, article: articleNode.get(r.aid) } : r));
    if (!rows.length) continue;
    const result = await run<{ id: string; node: string }>(cypher, { rows });
    if (key === 'article') for (const r of result.records) articleNode.set(r.get('id'), r.get('node'));
    const u = result.summary.counters.updates();
    steps[key] = { nodesCreated: u.nodesCreated ?? 0, relationshipsCreated: u.relationshipsCreated ?? 0, propertiesSet: u.propertiesSet ?? 0 };
    addCounts(total, steps[key]);
  }
  return { steps, ...total };
}

/**
 * Curation decisions win over the identity rules: person ids are rewritten before writing (two
 * persons of one article that a merge joined are then one row, mentioned once).
 */
export function applyRedirects(rows: LoadRows, ids: Map<string, string>): LoadRows {
  const to = (id: string) => ids.get(id) ?? id;
  return {
    ...rows,
    persons: uniqueById(rows.persons.map((p) => ({ ...p, id: to(p.id) }))),
    holds: rows.holds.map((h) => ({ ...h, person: to(h.person) })),
    participations: rows.participations.map((p) => ({ ...p, person: to(p.person) })),
  };
}

export interface BatchItem {
  extraction: Extraction;
  url?: string | null;
}

/**
 * A new article's node and relationships are CREATEd (see load-statements.ts), so two writers
 * loading the same text at once both find it absent and the second commit breaks the Article id
 * constraint. Its transaction is rolled back whole; run again, it finds the article and skips it.
 */
const DUPLICATE_ARTICLE = 'Neo.ClientError.Schema.ConstraintValidationFailed';
const ATTEMPTS = 3;

/**
 * Loads several articles in one transaction (all or none of them), skipping those already in
 * the graph unless forced (a forced one is removed and loaded anew, in the same transaction).
 * Returns one result per article, in order.
 */
export async function loadBatch(graph: Graph, items: BatchItem[], opts: Pick<LoadOptions, 'force'> = {}): Promise<LoadResult[]> {
  const all = items.map((i) => toLoadRows(i.extraction, { url: i.url }));
  for (let attempt = 1; ; attempt++) {
    try {
      return await writeBatch(graph, all, opts);
    } catch (err) {
      if ((err as { code?: string }).code !== DUPLICATE_ARTICLE || attempt >= ATTEMPTS) throw err;
    }
  }
}

async function writeBatch(graph: Graph, all: LoadRows[], opts: Pick<LoadOptions, 'force'>): Promise<LoadResult[]> {
  return graph.write(async (_tx, run) => {
    const found = new Set((await run(S.ARTICLES_EXISTING, { ids: all.map((r) => r.aid) })).records.map((r) => r.get('id') as string));
    if (opts.force) for (const aid of found) await unloadArticle(run, aid);
    const existing = opts.force ? new Set<string>() : found;
    // The same text twice in one batch is one article.
    const seen = new Set<string>();
    const fresh = all.filter((r) => !existing.has(r.aid) && !seen.has(r.aid) && seen.add(r.aid));
    const redirects = await resolvePersonIds(run, fresh.map((r) => ({ aid: r.aid, ids: r.persons.map((p) => p.id) })));
    const redirected = fresh.map((rows, i) => applyRedirects(rows, redirects[i]!));
    const written = fresh.length ? await writeRows(run, redirected) : { steps: {}, ...zero() };
    // Counts are per batch; they are reported on its first loaded article.
    let reported = false;
    return all.map((rows): LoadResult => {
      const loaded = fresh.includes(rows);
      const counts = loaded && !reported ? ((reported = true), written) : { steps: {}, ...zero() };
      return { articleId: rows.aid, status: loaded ? 'loaded' : 'skipped', ...counts };
    });
  });
}

export async function loadExtraction(graph: Graph, extraction: Extraction, opts: LoadOptions = {}): Promise<LoadResult> {
  const [result] = await searchableAfter(graph, loadBatch(graph, [{ extraction, url: opts.url }], opts));
  return result!;
}
