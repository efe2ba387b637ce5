// Provenance bookkeeping shared by every write. A fact relationship lists the articles that
// support it (`articleIds`) and, per article, the evidence spans (`evidence`: "aid|start|end").
// A node's support is its (Article)-[:MENTIONS {evidence}]->(node) relationships (a meeting's,
// its (Meeting)-[:REPORTED_IN {evidence}]->(Article)): one small relationship per article, so a
// node that thousands of articles mention is never rewritten, nor locked, by the next one.
// These fragments take variable names from code only, never from input. Rows of a batch of
// articles each carry their article's id (`row.aid`).
const AID = 'row.aid';

export const addSupport = (v: string): string =>
  `${v}.articleIds = CASE WHEN ${AID} IN coalesce(${v}.articleIds, []) THEN ${v}.articleIds ELSE coalesce(${v}.articleIds, []) + ${AID} END`;

export const replaceEvidence = (v: string): string =>
  `${v}.evidence = [e IN coalesce(${v}.evidence, []) WHERE NOT e STARTS WITH ${AID} + '|'] + row.evidence`;

export const supportWithEvidence = (v: string): string => `${addSupport(v)}, ${replaceEvidence(v)}`;

/** An empty evidence list is no property at all (as on a node's other optional facts). */
export const evidenceOf = (v: string): string => `${v}.evidence = CASE WHEN size(row.evidence) > 0 THEN row.evidence END`;

/** The article's mention of node `n`: created, never merged (loadBatch loads only new articles). */
export const mentionBy = (n: string): string => `
WITH ${n}, row
MATCH (a:Article {id: row.aid})
CREATE (a)-[mention:MENTIONS]->(${n})`;

/**
 * HOLDS.firstSeen/lastSeen widened by the row's date: loading only adds dates, so this equals
 * recomputeSeen without reading back a list that grows with every article naming the holder.
 */
export const widenSeen = (v: string): string =>
  `${v}.firstSeen = CASE WHEN row.date IS NULL OR ${v}.firstSeen <= date(row.date) THEN ${v}.firstSeen ELSE date(row.date) END,
    ${v}.lastSeen = CASE WHEN row.date IS NULL OR ${v}.lastSeen >= date(row.date) THEN ${v}.lastSeen ELSE date(row.date) END`;

/** HOLDS.firstSeen/lastSeen: the extremes of the dates in `seen` ("aid|YYYY-MM-DD"). */
export const recomputeSeen = (v: string): string =>
  `${v}.firstSeen = reduce(lo = null, s IN coalesce(${v}.seen, []) | CASE WHEN lo IS NULL OR date(split(s, '|')[1]) < lo THEN date(split(s, '|')[1]) ELSE lo END),
    ${v}.lastSeen = reduce(hi = null, s IN coalesce(${v}.seen, []) | CASE WHEN hi IS NULL OR date(split(s, '|')[1]) > hi THEN date(split(s, '|')[1]) ELSE hi END)`;
