// Picks each query's arguments from the loaded graph, deterministically (ordered by id): a
// person seen in a few posts and articles (in one at least, on a small graph), the region with
// most meetings, a document cited by about twenty meetings, that region's party committee.
// A run over several corpus sizes asks each later graph for answers as large as the first
// graph's (matchParams): the busiest region of 100k articles answers 27 times more ids than that
// of 1k, and its p50 would compare answers, not graphs.
import type { Graph } from '../../src/graph/driver';
import { answerSize, QUERIES, type Params } from './queries';

const FROM = '2019-01-01';
const TO = '2020-12-31';

const one = async <T>(graph: Graph, cypher: string, params: Record<string, unknown> = {}): Promise<T> => {
  const [row] = await graph.read<Record<string, unknown>>(cypher, params);
  if (!row) throw new Error(`the bench graph has nothing for: ${cypher.replace(/\s+/g, ' ').slice(0, 120)}`);
  return row.v as T;
};

export async function pickParams(graph: Graph): Promise<Params> {
  const region = await one<string>(graph, `MATCH (m:Meeting) WHERE m.region IS NOT NULL WITH m.region AS r, count(*) AS c ORDER BY c DESC, r LIMIT 1 RETURN r AS v`);
  const person = await one<string>(graph, `
    MATCH (p:Person {region: $region})
    WITH p, COUNT { (p)-[:HOLDS]->() } AS posts, COUNT { (p)<-[:MENTIONS]-() } AS articles
    WHERE posts >= 1 AND articles >= 1
    RETURN p.id AS v ORDER BY posts >= 2 AND articles >= 2 DESC, abs(articles - 6), p.id LIMIT 1`, { region });
  const policy = await one<string>(graph, `
    MATCH (d:PolicyDocument) WITH d, COUNT { (d)<-[:CITES]-() } AS c WHERE c > 0
    RETURN d.id AS v ORDER BY abs(c - 20), d.id LIMIT 1`);
  // A small graph (seeds/) may not name the region's party committee: then its organization with most posts.
  const organization = await one<string>(graph, `
    MATCH (o:Organization) WHERE o.id = $id OR o.region = $region
    RETURN o.id AS v ORDER BY o.id = $id DESC, COUNT { (o)<-[:IN]-(:Post) } DESC, o.id LIMIT 1`, { id: `org:中共${region}委员会`, region });
  return { person, hub: person, region, from: FROM, to: TO, policy, organization };
}

/** Answer sizes (ids) by query name. */
export type AnswerSizes = Record<string, number>;

/** Candidates ranked by an estimate of the answer size in Cypher, then measured exactly by the ceiling. */
const CANDIDATES = 8;

// Each estimate counts the ids of the query's answer as bench/api/queries.ts asks it.
const ESTIMATES: Record<Exclude<keyof Params, 'from' | 'to'>, { query: string; cypher: string }> = {
  person: {
    query: 'person-posts',
    cypher: `
      MATCH (p:Person) WITH p, COUNT { (p)-[:HOLDS]->() } AS posts, COUNT { (p)<-[:MENTIONS]-() } AS articles WHERE posts >= 1
      RETURN p.id AS v ORDER BY abs(1 + 2 * posts - $target), abs(articles - 6), p.id LIMIT $k`,
  },
  hub: {
    query: 'person-2-hop',
    // Neighbours and theirs, counted with repeats: more than the 2-hop view holds, near enough to rank.
    cypher: `
      MATCH (p:Person) WHERE COUNT { (p)--() } < $target
      CALL (p) { MATCH (p)--(n) RETURN 1 + count(DISTINCT n) + sum(COUNT { (n)--() }) - count(n) AS est }
      RETURN p.id AS v ORDER BY abs(est - $target), p.id LIMIT $k`,
  },
  region: {
    query: 'meetings-region',
    cypher: `
      MATCH (m:Meeting) WHERE m.region IS NOT NULL AND m.date >= date($from) AND m.date <= date($to)
      WITH m.region AS r, m ORDER BY m.date DESC, m.id
      WITH r, collect(m)[..20] AS page
      CALL (page) {
        UNWIND page AS m
        OPTIONAL MATCH (m)<-[:PARTICIPATED]-(p:Person)
        RETURN count(DISTINCT m) + sum(CASE WHEN p IS NULL THEN 0 ELSE 1 + 2 * COUNT { (p)-[:HOLDS]->() } END) AS ids
      }
      RETURN r AS v ORDER BY abs(ids - $target), r LIMIT $k`,
  },
  policy: {
    query: 'policy-cited-by',
    cypher: `
      MATCH (d:PolicyDocument) WITH d, COUNT { (d)<-[:CITES]-() } AS c WHERE c > 0
      RETURN d.id AS v ORDER BY abs(1 + 2 * c - $target), d.id LIMIT $k`,
  },
  organization: {
    query: 'organization-holders',
    cypher: `
      MATCH (o:Organization) WITH o, COUNT { (o)<-[:IN]-(:Post) } AS posts, COUNT { (o)<-[:IN]-(:Post)<-[:HOLDS]-() } AS holders WHERE posts > 0
      RETURN o.id AS v ORDER BY abs(1 + posts + holders - $target), o.id LIMIT $k`,
  },
};

/**
 * Arguments whose answers are as large as `like` says, query by query: the few candidates an
 * estimate ranks first are asked through the ceiling, and the nearest exact size wins.
 */
export async function matchParams(graph: Graph, like: AnswerSizes): Promise<Params> {
  const picked = await pickParams(graph);
  for (const key of Object.keys(ESTIMATES) as (keyof typeof ESTIMATES)[]) {
    const e = ESTIMATES[key];
    const target = like[e.query];
    if (target === undefined) continue;
    const q = QUERIES.find((x) => x.name === e.query)!;
    const rows = await graph.read<{ v: string }>(e.cypher, { target, k: CANDIDATES, from: FROM, to: TO });
    let best: { v: string; off: number } | null = null;
    for (const { v } of rows) {
      const off = Math.abs((await answerSize(graph, q, { ...picked, [key]: v })) - target);
      if (!best || off < best.off) best = { v, off };
    }
    if (best) picked[key] = best.v;
  }
  return picked;
}
