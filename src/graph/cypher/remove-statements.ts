// Removing an article removes exactly what only it supported: its entries leave every fact
// relationship it supported, and a node that no article mentions (or, for a meeting, reports)
// any longer goes.
import { isSupported } from './node-support';
import { recomputeSeen } from './support';

// Nodes the article touched: those it mentions and the meetings it reports.
const TOUCHED = `MATCH (a:Article {id: $aid})
CALL (a) {
  MATCH (a)-[:MENTIONS]->(n) RETURN n
  UNION
  MATCH (n:Meeting)-[:REPORTED_IN]->(a) RETURN n
}
WITH DISTINCT n`;

export const TOUCHED_NODES = `${TOUCHED} RETURN collect(elementId(n)) AS touched`;

// The nodes $touched (TOUCHED_NODES, read once for this and DELETE_UNMENTIONED).
const EACH_TOUCHED = `UNWIND $touched AS eid
MATCH (n) WHERE elementId(n) = eid`;

export const UNSUPPORT_RELATIONSHIPS = `${EACH_TOUCHED}
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

// Its MENTIONS, REPORTED_IN and ABOUT go with it.
export const DELETE_ARTICLE = `MATCH (a:Article {id: $aid}) DETACH DELETE a RETURN count(a) AS removed`;

// A node's support is its mentions (a meeting's, its reports): with none left, it goes.
export const DELETE_UNMENTIONED = `
${EACH_TOUCHED} AND NOT ${isSupported('n')}
DETACH DELETE n`;
