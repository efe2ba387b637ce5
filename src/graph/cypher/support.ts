// Provenance bookkeeping shared by every write. A fact relationship lists the articles that
// support it (`articleIds`) and, per article, the evidence spans (`evidence`: "aid|start|end").
// A node's support is its (Article)-[:MENTIONS {evidence}]->(node) relationships (a meeting's,
// its (Meeting)-[:REPORTED_IN {evidence}]->(Article)): one small relationship per article, so a
// node that thousands of articles mention is never rewritten, nor locked, by the next one.
// These fragments take variable names from code only, never from input. A node's row carries
// its article's id (`row.aid`); a fact's row, those of the batch's articles stating it
// (`row.aids`, ../load-facts.ts).
//
// loadBatch writes only articles not in the graph (a forced one is removed first), so their ids
// and spans are appended without looking for them in lists that grow with every article.

/** The articles of the Cypher list `aids` join those supporting `v`. */
export const addSupport = (v: string, aids = 'row.aids'): string => `${v}.articleIds = coalesce(${v}.articleIds, []) + ${aids}`;

const addEvidence = (v: string): string => `${v}.evidence = coalesce(${v}.evidence, []) + row.evidence`;

export const supportWithEvidence = (v: string): string => `${addSupport(v)}, ${addEvidence(v)}`;

/** An empty evidence list is no property at all (as on a node's other optional facts). */
export const evidenceOf = (v: string): string => `${v}.evidence = CASE WHEN size(row.evidence) > 0 THEN row.evidence END`;

/**
 * The row's article as `a`, by the element id CREATE_ARTICLE returned (`row.article`): a direct
 * lookup, where a match on its id would seek, and lock, the Article id index once per row.
 */
export const theArticle = 'MATCH (a) WHERE elementId(a) = row.article';

/** The article's mention of node `n`: created, never merged (loadBatch loads only new articles). */
export const mentionBy = (n: string): string => `
WITH ${n}, row
${theArticle}
CREATE (a)-[mention:MENTIONS]->(${n})`;

/**
 * HOLDS.firstSeen/lastSeen widened by the row's dates (`first`, `last`: the extremes of its
 * articles'): loading only adds dates, so this equals recomputeSeen without reading back a list
 * that grows with every article naming the holder.
 */
export const widenSeen = (v: string): string =>
  `${v}.firstSeen = CASE WHEN row.first IS NULL OR ${v}.firstSeen <= date(row.first) THEN ${v}.firstSeen ELSE date(row.first) END,
    ${v}.lastSeen = CASE WHEN row.last IS NULL OR ${v}.lastSeen >= date(row.last) THEN ${v}.lastSeen ELSE date(row.last) END`;

/** HOLDS.firstSeen/lastSeen: the extremes of the dates in `seen` ("aid|YYYY-MM-DD"). */
export const recomputeSeen = (v: string): string =>
  `${v}.firstSeen = reduce(lo = null, s IN coalesce(${v}.seen, []) | CASE WHEN lo IS NULL OR date(split(s, '|')[1]) < lo THEN date(split(s, '|')[1]) ELSE lo END),
    ${v}.lastSeen = reduce(hi = null, s IN coalesce(${v}.seen, []) | CASE WHEN hi IS NULL OR date(split(s, '|')[1]) > hi THEN date(split(s, '|')[1]) ELSE hi END)`;
