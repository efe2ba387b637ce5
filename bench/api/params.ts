// Picks each query's arguments from the loaded graph, deterministically (ordered by id): a
// person seen in a few posts and articles (in one at least, on a small graph), the region with
// most meetings, a document cited by about twenty meetings, that region's party committee.
import type { Graph } from '../../src/graph/driver';
import type { Params } from './queries';

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
  return { person, region, from: '2019-01-01', to: '2020-12-31', policy, organization };
}
