// Removing an article removes exactly what only it supported: its entries leave every
// relationship and node it touched, and whatever is left with no supporting article goes.
import { recomputeSeen } from './support';

// Nodes the article touched: those it mentions and the meetings it reports.
const TOUCHED = `MATCH (a:Article {id: $aid})
CALL (a) {
  MATCH (a)-[:MENTIONS]->(n) RETURN n
  UNION
  MATCH (n:Meeting)-[:REPORTED_IN]->(a) RETURN n
}
WITH DISTINCT n`;

export const UNSUPPORT_RELATIONSHIPS = `${TOUCHED}
MATCH (n)-[r]-()
WHERE $aid IN coalesce(r.articleIds, [])
WITH DISTINCT r
SET r.articleIds = [x IN r.articleIds WHERE x <> $aid],
    r.evidence = CASE WHEN r.evidence IS NULL THEN null ELSE [e IN r.evidence WHERE NOT e STARTS WITH $aid + '|'] END
WITH r
CALL (r) {
  WITH r WHERE type(r) = 'HOLDS' AND size(r.articleIds) > 0
  SET r.seen = [s IN coalesce(r.seen, []) WHERE NOT s STARTS WITH $aid + '|']
  SET ${recomputeSeen('r')}
}
WITH r WHERE size(r.articleIds) = 0
DELETE r`;

export const UNSUPPORT_NODES = `${TOUCHED}
WHERE $aid IN coalesce(n.articleIds, [])
SET n.articleIds = [x IN n.articleIds WHERE x <> $aid],
    n.evidence = CASE WHEN n.evidence IS NULL THEN null ELSE [e IN n.evidence WHERE NOT e STARTS WITH $aid + '|'] END
WITH n
CALL (n) {
  WITH n WHERE size(n.articleIds) = 0
  DETACH DELETE n
}
RETURN count(*) AS touched`;

export const DELETE_ARTICLE = `MATCH (a:Article {id: $aid}) DETACH DELETE a RETURN count(a) AS removed`;
