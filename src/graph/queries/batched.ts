// Reads keyed by many parent ids at once (the loaders' batch functions): one round trip for
// all the parents of a level, rows grouped back per parent in the order asked.
import type { Graph, Params } from '../driver';
import { plain, type Plain } from '../values';

export async function batched(graph: Graph, cypher: string, ids: readonly string[], params: Params = {}): Promise<Plain[][]> {
  const rows = await graph.read<{ key: string; items: Plain[] }>(cypher, { ...params, ids: [...new Set(ids)] });
  const byKey = new Map(rows.map((r) => [r.key, r.items.map(plain)]));
  return ids.map((id) => byKey.get(id) ?? []);
}

/** People met at the same meetings, most shared meetings first. */
export const CO_ATTENDEES = `UNWIND $ids AS key
MATCH (p:Person {id: key})-[:PARTICIPATED]->(m:Meeting)<-[:PARTICIPATED]-(o:Person)
WHERE o <> p
WITH key, o, count(DISTINCT m) AS meetings, max(m.date) AS lastMet
ORDER BY meetings DESC, o.name
RETURN key, collect({person: o {.id, .name, .region}, meetings: meetings, lastMet: lastMet})[..100] AS items`;

/** Everyone who held a post of an organization; current = seen last among that post's holders. */
export const ORGANIZATION_HOLDERS = `UNWIND $ids AS key
MATCH (o:Organization {id: key})<-[:IN]-(post:Post)<-[h:HOLDS]-(p:Person)
WITH key, post, collect({p: p, h: h}) AS hs
WITH key, post, hs, reduce(m = null, x IN hs | CASE WHEN m IS NULL OR x.h.lastSeen > m THEN x.h.lastSeen ELSE m END) AS latest
UNWIND hs AS x
WITH key, post, x.p AS p, x.h AS h, latest ORDER BY post.title, h.lastSeen DESC, p.name
RETURN key, collect({person: p {.id, .name, .region}, post: post {.id, .title}, rel: h {.firstSeen, .lastSeen, .raw, eid: elementId(h)},
  current: h.lastSeen IS NOT NULL AND h.lastSeen = latest}) AS items`;

/** Meetings sharing participants or cited documents, or linked by FOLLOWS, most shared first. */
export const RELATED_MEETINGS = `UNWIND $ids AS key
MATCH (m:Meeting {id: key})
CALL (m) {
  MATCH (m)<-[:PARTICIPATED]-(:Person)-[:PARTICIPATED]->(o:Meeting) WHERE o <> m RETURN o, 'participant' AS why
  UNION ALL
  MATCH (m)-[:CITES]->(:PolicyDocument)<-[:CITES]-(o:Meeting) WHERE o <> m RETURN o, 'policy' AS why
  UNION ALL
  MATCH (m)-[:FOLLOWS]-(o:Meeting) RETURN o, 'follows' AS why
}
WITH key, o, count(*) AS shared, collect(DISTINCT why) AS why
ORDER BY shared DESC, o.date DESC
RETURN key, collect({meeting: o {.*, evidence: null, articleIds: null}, shared: shared, why: why})[..50] AS items`;
