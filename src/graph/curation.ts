// Curation decisions (merge, split, mark distinct) applied to the graph and kept as data with
// who, why and when; the loader consults the redirects they leave, so they survive re-ingest.
import { createHash, randomUUID } from 'node:crypto';
import type { Graph, Runner } from './driver';
import * as C from './cypher/curation-statements';
import { plain, type Plain } from './values';
import { searchableAfter } from './searchable';

export class CurationError extends Error {}

export interface Decision {
  kind: 'merge' | 'split' | 'distinct';
  reason: string;
  by: string;
}

async function persons(run: Runner, ids: string[]): Promise<{ id: string; name: string; region: string; articleIds: string[] }[]> {
  const found = (await run(C.PERSONS, { ids })).records.map((r) => r.toObject() as { id: string; name: string; region: string; articleIds: string[] });
  const missing = ids.filter((id) => !found.some((p) => p.id === id));
  if (missing.length) throw new CurationError(`no person with id ${missing.join(', ')}`);
  return found;
}

async function transfer(run: Runner, from: string, to: string, articles: string[] | null): Promise<void> {
  for (const cypher of [C.TRANSFER_HOLDS, C.TRANSFER_PARTICIPATIONS, C.TRANSFER_PERSON]) await run(cypher, { from, to, articles });
}

async function record(run: Runner, d: Decision, ids: string[], target: string | null, articles: string[] | null): Promise<Plain> {
  const r = await run(C.RECORD_DECISION, { id: `decision:${randomUUID()}`, kind: d.kind, ids, target, articles, reason: d.reason, by: d.by });
  return plain(r.records[0]!.get('decision'));
}

/** Joins persons into the first one; refused when a decision marked two of them distinct. */
export async function mergePersons(graph: Graph, ids: string[], reason: string, by: string): Promise<{ target: string; decision: Plain }> {
  const unique = [...new Set(ids)];
  if (unique.length < 2) throw new CurationError('a merge needs at least two different person ids');
  return searchableAfter(graph, graph.write(async (_tx, run) => {
    await persons(run, unique);
    const conflict = (await run(C.CONFLICTING_DISTINCT, { ids: unique })).records[0];
    if (conflict) throw new CurationError(`these persons were marked distinct (${conflict.get('id')}: ${conflict.get('reason')})`);
    const [target, ...others] = unique as [string, ...string[]];
    for (const other of others) {
      await transfer(run, other, target, null);
      await run(C.REDIRECT, { keys: [other], to: target });
    }
    return { target, decision: await record(run, { kind: 'merge', reason, by }, unique, target, null) };
  }));
}

/** Moves what the given articles say of a person to a new person. */
export async function splitPerson(graph: Graph, id: string, articleIds: string[], reason: string, by: string): Promise<{ target: string; decision: Plain }> {
  const articles = [...new Set(articleIds.map((a) => (a.startsWith('article:') ? a : `article:${a}`)))].sort();
  if (!articles.length) throw new CurationError('a split needs the articles that speak of the other person');
  return searchableAfter(graph, graph.write(async (_tx, run) => {
    const [p] = await persons(run, [id]);
    const foreign = articles.filter((a) => !p!.articleIds.includes(a));
    if (foreign.length) throw new CurationError(`${id} is not supported by ${foreign.join(', ')}`);
    if (articles.length === p!.articleIds.length) throw new CurationError('a split must leave the person at least one article');
    const target = `${id}#${createHash('sha256').update(articles.join(',')).digest('hex').slice(0, 12)}`;
    await run(C.CREATE_PERSON, { id: target, name: p!.name, region: p!.region });
    await transfer(run, id, target, articles);
    await run(C.REDIRECT, { keys: articles.map((a) => `${id}@${a}`), to: target });
    return { target, decision: await record(run, { kind: 'split', reason, by }, [id], target, articles) };
  }));
}

/** Records that these persons are different people: a later merge of any two is refused. */
export async function markDistinct(graph: Graph, ids: string[], reason: string, by: string): Promise<{ decision: Plain }> {
  const unique = [...new Set(ids)];
  if (unique.length < 2) throw new CurationError('marking distinct needs at least two different person ids');
  return graph.write(async (_tx, run) => {
    await persons(run, unique);
    return { decision: await record(run, { kind: 'distinct', reason, by }, unique, null, null) };
  });
}

/**
 * Person ids after curation, for several articles in one round trip: `id@article` (a split)
 * wins over `id` (a merge), which wins over the identity rule.
 */
export async function resolvePersonIds(run: Runner, articles: { aid: string; ids: string[] }[]): Promise<Map<string, string>[]> {
  const keys = articles.flatMap(({ aid, ids }) => ids.flatMap((id) => [`${id}@${aid}`, id]));
  const found = keys.length ? new Map((await run(C.RESOLVE_REDIRECTS, { keys })).records.map((r) => [r.get('key') as string, r.get('to') as string])) : new Map<string, string>();
  return articles.map(({ aid, ids }) => new Map(ids.map((id) => [id, found.get(`${id}@${aid}`) ?? found.get(id) ?? id])));
}

export async function decisionsFor(graph: Graph, ids: string[]): Promise<Plain[]> {
  return (await graph.read<{ decision: Plain }>(C.DECISIONS_FOR, { ids })).map((r) => plain(r.decision));
}
