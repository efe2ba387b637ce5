// The loader's statements, one UNWIND … MERGE per kind of row (see ../load-rows.ts).
import { addSupport, recomputeSeen, supportWithEvidence } from './support';

export const ARTICLES_EXISTING = `UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id`;

export const MERGE_ARTICLE = `
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.contentHash = row.contentHash, a.title = row.title, a.publisher = row.publisher,
    a.published = CASE WHEN row.published IS NULL THEN null ELSE date(row.published) END,
    a.url = row.url, a.text = row.text, a.source = row.source, a.region = row.region
WITH a, row
CALL (a, row) {
  MATCH (r:Region {id: 'region:' + row.region}) MERGE (a)-[:ABOUT]->(r)
}`;

export const MERGE_REGIONS = `
UNWIND $rows AS row
MERGE (r:Region {id: row.id})
ON CREATE SET r.name = row.name, r.level = row.level`;

export const MERGE_ORGANIZATIONS = `
UNWIND $rows AS row
MERGE (o:Organization {id: row.id})
ON CREATE SET o.name = row.name
SET o.kind = coalesce(o.kind, row.kind), o.region = coalesce(o.region, row.region), ${addSupport('o')}
WITH o, row
MATCH (a:Article {id: row.aid})
MERGE (a)-[:MENTIONS]->(o)
WITH o, row WHERE row.region IS NOT NULL
MATCH (r:Region {id: 'region:' + row.region})
MERGE (o)-[:IN_REGION]->(r)`;

// A relationship between two nodes named by a row, supported by the row's article.
const link = (from: string, fromKey: string, type: string, to: string, toKey: string) => `
UNWIND $rows AS row
MATCH (a:${from} {id: row.${fromKey}}), (b:${to} {id: row.${toKey}})
MERGE (a)-[r:${type}]->(b)
SET ${addSupport('r')}`;

export const MERGE_PART_OF = link('Organization', 'child', 'PART_OF', 'Organization', 'parent');

export const MERGE_POSTS = `
UNWIND $rows AS row
MERGE (p:Post {id: row.id})
ON CREATE SET p.title = row.title
SET ${addSupport('p')}
WITH p, row
MATCH (a:Article {id: row.aid})
MERGE (a)-[:MENTIONS]->(p)
WITH p, row WHERE row.organization IS NOT NULL
MATCH (o:Organization {id: row.organization})
MERGE (p)-[:IN]->(o)`;

export const MERGE_PERSONS = `
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
ON CREATE SET p.name = row.name, p.region = row.region
SET ${supportWithEvidence('p')}
WITH p, row
MATCH (a:Article {id: row.aid})
MERGE (a)-[:MENTIONS]->(p)`;

// firstSeen/lastSeen are the extremes of the dates the supporting articles give (\`seen\`:
// "aid|date"), so a later article widens them and removing one narrows them back.
export const MERGE_HOLDS = `
UNWIND $rows AS row
MATCH (person:Person {id: row.person}), (post:Post {id: row.post})
MERGE (person)-[h:HOLDS]->(post)
SET ${supportWithEvidence('h')},
    h.raw = CASE WHEN row.raw IN coalesce(h.raw, []) THEN h.raw ELSE coalesce(h.raw, []) + row.raw END,
    h.seen = [s IN coalesce(h.seen, []) WHERE NOT s STARTS WITH row.aid + '|'] + CASE WHEN row.date IS NULL THEN [] ELSE [row.aid + '|' + row.date] END
SET ${recomputeSeen('h')}`;

export const MERGE_MEETINGS = `
UNWIND $rows AS row
MERGE (m:Meeting {id: row.id})
ON CREATE SET m.name = row.name
SET m.date = CASE WHEN row.date IS NULL THEN m.date ELSE date(row.date) END,
    m.venue = coalesce(m.venue, row.venue), m.kind = coalesce(m.kind, row.kind), m.region = coalesce(m.region, row.region),
    m.branchVenues = coalesce(m.branchVenues, row.branchVenues),
    m.groupAttendees = coalesce(m.groupAttendees, []) + [g IN row.groupAttendees WHERE NOT g IN coalesce(m.groupAttendees, [])],
    m.topics = coalesce(m.topics, []) + [t IN row.topics WHERE NOT t IN coalesce(m.topics, [])],
    ${supportWithEvidence('m')}
WITH m, row
MATCH (a:Article {id: row.aid})
MERGE (m)-[:REPORTED_IN]->(a)
WITH m, row
CALL (m, row) {
  MATCH (r:Region {id: 'region:' + row.region}) MERGE (m)-[:IN_REGION]->(r)
}
CALL (m, row) {
  MATCH (o:Organization {id: row.organizer})
  MERGE (o)-[r:ORGANIZED]->(m)
  SET ${addSupport('r')}
}`;

export const MERGE_PARTICIPATIONS = `
UNWIND $rows AS row
MATCH (p:Person {id: row.person}), (m:Meeting {id: row.meeting})
MERGE (p)-[r:PARTICIPATED {role: row.role}]->(m)
SET r.action = row.action, ${supportWithEvidence('r')}`;

export const MERGE_POLICIES = `
UNWIND $rows AS row
MERGE (d:PolicyDocument {id: row.id})
ON CREATE SET d.title = row.title
SET d.number = coalesce(d.number, row.number),
    d.aliases = coalesce(d.aliases, []) + [x IN row.aliases WHERE NOT x IN coalesce(d.aliases, [])],
    ${supportWithEvidence('d')}
SET d.aliasText = reduce(s = '', x IN d.aliases | s + ' ' + x)
WITH d, row
MATCH (a:Article {id: row.aid})
MERGE (a)-[mention:MENTIONS]->(d)
SET mention.aliases = row.aliases
WITH d, row, a WHERE row.issuer IS NOT NULL
MERGE (o:Organization {id: row.issuerId})
ON CREATE SET o.name = row.issuer, o.kind = 'other'
SET ${addSupport('o')}
MERGE (a)-[:MENTIONS]->(o)
MERGE (d)-[r:ISSUED_BY]->(o)
SET ${addSupport('r')}`;

export const MERGE_CITES = link('Meeting', 'meeting', 'CITES', 'PolicyDocument', 'policy');

export const MERGE_FOLLOWS = link('Meeting', 'meeting', 'FOLLOWS', 'Meeting', 'earlier');
