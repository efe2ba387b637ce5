// Curation: decisions about who is who, kept as data. A merge or a split moves the support of
// some articles (all of them for a merge) from one person to another, and leaves a
// PersonRedirect so that re-loading those articles lands on the same person again. A relationship
// keeps its support as articleIds/evidence lists; a person's is the MENTIONS of its articles.
import { isSupported } from './node-support';
import { recomputeSeen } from './support';

// Moves the entries of the articles in `moving` from relationship r to r2.
const moveSupport = (r: string, r2: string) => `
SET ${r2}.articleIds = coalesce(${r2}.articleIds, []) + [x IN moving WHERE NOT x IN coalesce(${r2}.articleIds, [])],
    ${r2}.evidence = coalesce(${r2}.evidence, []) + [e IN coalesce(${r}.evidence, []) WHERE split(e, '|')[0] IN moving],
    ${r}.articleIds = [x IN ${r}.articleIds WHERE NOT x IN moving],
    ${r}.evidence = [e IN coalesce(${r}.evidence, []) WHERE NOT split(e, '|')[0] IN moving]`;

const MOVING = `[x IN coalesce(r.articleIds, []) WHERE $articles IS NULL OR x IN $articles] AS moving`;

export const TRANSFER_HOLDS = `
MATCH (p:Person {id: $from})-[r:HOLDS]->(post:Post), (q:Person {id: $to})
WITH q, r, post, ${MOVING} WHERE size(moving) > 0
MERGE (q)-[r2:HOLDS]->(post)
SET r2.seen = coalesce(r2.seen, []) + [s IN coalesce(r.seen, []) WHERE split(s, '|')[0] IN moving],
    r2.raw = coalesce(r2.raw, []) + [x IN coalesce(r.raw, []) WHERE NOT x IN coalesce(r2.raw, [])],
    r.seen = [s IN coalesce(r.seen, []) WHERE NOT split(s, '|')[0] IN moving]
${moveSupport('r', 'r2')}
SET ${recomputeSeen('r')}, ${recomputeSeen('r2')}
WITH r WHERE size(r.articleIds) = 0
DELETE r`;

export const TRANSFER_PARTICIPATIONS = `
MATCH (p:Person {id: $from})-[r:PARTICIPATED]->(m:Meeting), (q:Person {id: $to})
WITH q, r, m, ${MOVING} WHERE size(moving) > 0
MERGE (q)-[r2:PARTICIPATED {role: r.role}]->(m)
SET r2.action = coalesce(r2.action, r.action)
${moveSupport('r', 'r2')}
WITH r WHERE size(r.articleIds) = 0
DELETE r`;

// The articles' mentions (with their evidence) move; a person no article mentions any longer goes.
export const TRANSFER_PERSON = `
MATCH (p:Person {id: $from}), (q:Person {id: $to})
CALL (p, q) {
  MATCH (a:Article)-[m:MENTIONS]->(p) WHERE $articles IS NULL OR a.id IN $articles
  MERGE (a)-[m2:MENTIONS]->(q)
  SET m2.evidence = CASE WHEN m.evidence IS NULL THEN m2.evidence ELSE coalesce(m2.evidence, []) + m.evidence END
  DELETE m
}
WITH p WHERE NOT ${isSupported('p')}
DETACH DELETE p`;

export const PERSONS = `UNWIND $ids AS id MATCH (p:Person {id: id})
RETURN p.id AS id, p.name AS name, p.region AS region, [(a:Article)-[:MENTIONS]->(p) | a.id] AS articleIds`;

export const CREATE_PERSON = `MERGE (q:Person {id: $id}) ON CREATE SET q.name = $name, q.region = $region`;

// Redirects that pointed at a merged person now point at its target.
export const REDIRECT = `
UNWIND $keys AS key
MERGE (r:PersonRedirect {id: key})
SET r.to = $to
WITH count(*) AS _
MATCH (old:PersonRedirect) WHERE old.to IN $keys
SET old.to = $to`;

export const CONFLICTING_DISTINCT = `
MATCH (d:CurationDecision {kind: 'distinct'})
WHERE size([x IN d.personIds WHERE x IN $ids]) >= 2
RETURN d.id AS id, d.reason AS reason LIMIT 1`;

export const RECORD_DECISION = `
CREATE (d:CurationDecision {id: $id, kind: $kind, personIds: $ids, target: $target, articleIds: $articles,
  reason: $reason, by: $by, at: datetime()})
RETURN d {.*} AS decision`;

export const RESOLVE_REDIRECTS = `UNWIND $keys AS key MATCH (r:PersonRedirect {id: key}) RETURN key, r.to AS to`;

export const DECISIONS_FOR = `MATCH (d:CurationDecision) WHERE any(x IN d.personIds WHERE x IN $ids) OR d.target IN $ids RETURN d {.*} AS decision ORDER BY d.at`;
