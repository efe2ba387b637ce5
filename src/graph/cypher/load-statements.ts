// The loader's statements, one UNWIND per kind of row (see ../load-rows.ts). Shared nodes are
// MERGEd on their uniqueness constraints but written only when they are created or learn a
// missing fact, so a hub (中共中央, a county's 县委) is not locked by every article that names it.
// What a new article brings (its MENTIONS, REPORTED_IN and ABOUT) is CREATEd: loadBatch loads
// only articles not in the graph, so none of it can exist yet, and CREATE does not lock a dense
// node exclusively as MERGE (MergeInto) does to rule out a duplicate.
import { addSupport, evidenceOf, mentionBy, supportWithEvidence, theArticle, widenSeen } from './support';

export const ARTICLES_EXISTING = `UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id`;

export const CREATE_ARTICLE = `
UNWIND $rows AS row
CREATE (a:Article {id: row.id})
SET a.contentHash = row.contentHash, a.title = row.title, a.publisher = row.publisher,
    a.published = CASE WHEN row.published IS NULL THEN null ELSE date(row.published) END,
    a.url = row.url, a.text = row.text, a.source = row.source, a.region = row.region
WITH a, row
CALL (a, row) {
  MATCH (r:Region {id: 'region:' + row.region})
  CREATE (a)-[:ABOUT]->(r)
}
RETURN row.id AS id, elementId(a) AS node`;

export const MERGE_REGIONS = `
UNWIND $rows AS row
MERGE (r:Region {id: row.id})
ON CREATE SET r.name = row.name, r.level = row.level`;

// The parent's name is kept on the child too (parent, indexed): the sub-regions of a region are
// then found by index, level by level, not by walking its incoming IN_REGION, which are mostly
// its meetings (1 124 of 1 145 for a busy district of 100k articles). Written only when it
// changes, so a batch does not lock every region it names.
export const MERGE_REGION_LINKS = `
UNWIND $rows AS row
MATCH (c:Region {id: row.child}), (p:Region {id: row.parent})
MERGE (c)-[:IN_REGION]->(p)
WITH c, p WHERE c.parent IS NULL OR c.parent <> p.name
SET c.parent = p.name`;

// A fact relationship (a)-[:TYPE {keys}]->(b), supported by the row's articles. MERGE would lock
// both ends to create it, one of them shared (the parent organization, the issuer 国务院, the
// post, the document cited): instead only the less shared end `lock` is locked (a write of its
// own id, a no-op) and the relationship created if it is still absent, so two transactions
// adding it wait on that end only. A relationship found at once is read once. Run per row
// (CALL) so that a later row sees what an earlier one created. `set` is what the row's articles
// add to the relationship (variable name `r`).
interface Fact { keys?: string; set?: string; lock?: string }
const upsertFact = (a: string, type: string, b: string, { keys = '', set = addSupport('r'), lock = a }: Fact = {}) => `
CALL (${a}, ${b}, row) {
  OPTIONAL MATCH (${a})-[found:${type}${keys}]->(${b})
  OPTIONAL CALL (${a}, ${b}, ${lock === a || lock === b ? '' : `${lock}, `}found, row) {
    WITH ${a}, ${b}, ${lock === a || lock === b ? '' : `${lock}, `}found, row WHERE found IS NULL
    SET ${lock}.id = ${lock}.id
    WITH ${a}, ${b}, row
    OPTIONAL MATCH (${a})-[again:${type}${keys}]->(${b})
    OPTIONAL CALL (${a}, ${b}, again, row) {
      WITH ${a}, ${b}, again, row WHERE again IS NULL
      CREATE (${a})-[made:${type}${keys}]->(${b})
      RETURN made
    }
    RETURN coalesce(again, made) AS added
  }
  WITH coalesce(found, added) AS r, row
  SET ${set}
}`;

// The one place a node is in (a post IN its organization, an organization IN_REGION of its
// region), linked when the node is created or first learns its region: this transaction then
// holds the node's lock, so no other one can be adding the same link, and CREATE is safe.
// Per row (CALL), so that a second row of the same node sees the link the first one made.
const inItsPlace = (n: string, type: string, label: string, id: string) => `
WITH ${n}, row
CALL (${n}, row) {
  WITH ${n}, row WHERE ${id} IS NOT NULL AND NOT EXISTS { (${n})-[:${type}]->(:${label}) }
  MATCH (place:${label} {id: ${id}})
  CREATE (${n})-[:${type}]->(place)
}`;

export const MERGE_ORGANIZATIONS = `
UNWIND $rows AS row
MERGE (o:Organization {id: row.id})
ON CREATE SET o.name = row.name, o.kind = row.kind, o.region = row.region
WITH o, row
CALL (o, row) {
  WITH o, row WHERE (o.kind IS NULL AND row.kind IS NOT NULL) OR (o.region IS NULL AND row.region IS NOT NULL)
  SET o.kind = coalesce(o.kind, row.kind), o.region = coalesce(o.region, row.region)
}
${mentionBy('o')}
SET ${evidenceOf('mention')}
${inItsPlace('o', 'IN_REGION', 'Region', "'region:' + o.region")}`;

// A relationship between two nodes named by a row, supported by the row's article.
const link = (from: string, fromKey: string, type: string, to: string, toKey: string) => `
UNWIND $rows AS row
MATCH (a:${from} {id: row.${fromKey}}), (b:${to} {id: row.${toKey}})
${upsertFact('a', type, 'b')}`;

export const MERGE_PART_OF = link('Organization', 'child', 'PART_OF', 'Organization', 'parent');

export const MERGE_POSTS = `
UNWIND $rows AS row
MERGE (p:Post {id: row.id})
ON CREATE SET p.title = row.title
${mentionBy('p')}
${inItsPlace('p', 'IN', 'Organization', 'row.organization')}`;

export const MERGE_PERSONS = `
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
ON CREATE SET p.name = row.name, p.region = row.region
${mentionBy('p')}
SET ${evidenceOf('mention')}`;

// firstSeen/lastSeen are the extremes of the dates the supporting articles give (\`seen\`:
// "aid|date"): a later article widens them, removing one narrows them back (recomputeSeen).
export const MERGE_HOLDS = `
UNWIND $rows AS row
MATCH (person:Person {id: row.person}), (post:Post {id: row.post})
${upsertFact('person', 'HOLDS', 'post', { set: `${supportWithEvidence('r')},
    r.raw = coalesce(r.raw, []) + [x IN row.raw WHERE NOT x IN coalesce(r.raw, [])],
    r.seen = coalesce(r.seen, []) + row.seen,
    ${widenSeen('r')}` })}`;

// The SET runs for every row, changed or not: it takes the meeting's lock, which its IN_REGION
// (created when absent) relies on. A meeting is reported by a few articles, never a hub.
export const MERGE_MEETINGS = `
UNWIND $rows AS row
MERGE (m:Meeting {id: row.id})
ON CREATE SET m.name = row.name
SET m.date = CASE WHEN row.date IS NULL THEN m.date ELSE date(row.date) END,
    m.venue = coalesce(m.venue, row.venue), m.kind = coalesce(m.kind, row.kind), m.region = coalesce(m.region, row.region),
    m.branchVenues = coalesce(m.branchVenues, row.branchVenues),
    m.groupAttendees = coalesce(m.groupAttendees, []) + [g IN row.groupAttendees WHERE NOT g IN coalesce(m.groupAttendees, [])],
    m.topics = coalesce(m.topics, []) + [t IN row.topics WHERE NOT t IN coalesce(m.topics, [])]
WITH m, row
${theArticle}
CREATE (m)-[reported:REPORTED_IN]->(a)
SET ${evidenceOf('reported')}
WITH m, row
CALL (m, row) {
  MATCH (r:Region {id: 'region:' + row.region}) WHERE NOT EXISTS { (m)-[:IN_REGION]->(r) }
  CREATE (m)-[:IN_REGION]->(r)
}
CALL (m, row) {
  MATCH (o:Organization {id: row.organizer})
  ${upsertFact('o', 'ORGANIZED', 'm', { lock: 'm', set: addSupport('r', '[row.aid]') })}
}`;

export const MERGE_PARTICIPATIONS = `
UNWIND $rows AS row
MATCH (p:Person {id: row.person}), (m:Meeting {id: row.meeting})
${upsertFact('p', 'PARTICIPATED', 'm', { keys: ' {role: row.role}', set: `r.action = row.action, ${supportWithEvidence('r')}`, lock: 'm' })}`;

// Number and aliases are written only when the article brings one the document lacks.
export const MERGE_POLICIES = `
UNWIND $rows AS row
MERGE (d:PolicyDocument {id: row.id})
ON CREATE SET d.title = row.title, d.number = row.number, d.aliases = row.aliases,
    d.aliasText = reduce(s = '', x IN row.aliases | s + ' ' + x)
WITH d, row
CALL (d, row) {
  WITH d, row WHERE (d.number IS NULL AND row.number IS NOT NULL) OR any(x IN row.aliases WHERE NOT x IN coalesce(d.aliases, []))
  SET d.number = coalesce(d.number, row.number),
      d.aliases = coalesce(d.aliases, []) + [x IN row.aliases WHERE NOT x IN coalesce(d.aliases, [])]
  SET d.aliasText = reduce(s = '', x IN d.aliases | s + ' ' + x)
}
${mentionBy('d')}
SET mention.aliases = row.aliases, ${evidenceOf('mention')}
WITH d, row WHERE row.issuerId IS NOT NULL
MATCH (o:Organization {id: row.issuerId})
${upsertFact('d', 'ISSUED_BY', 'o', { set: addSupport('r', '[row.aid]') })}`;

export const MERGE_CITES = link('Meeting', 'meeting', 'CITES', 'PolicyDocument', 'policy');

export const MERGE_FOLLOWS = link('Meeting', 'meeting', 'FOLLOWS', 'Meeting', 'earlier');
