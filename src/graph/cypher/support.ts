// Provenance bookkeeping shared by every write: a node or relationship lists the articles that
// support it (`articleIds`) and, per article, the evidence spans (`evidence`: "aid|start|end").
// Re-loading an article replaces its own entries, so loading twice changes nothing.
// These fragments take variable names from code only, never from input. Rows of a batch of
// articles each carry their article's id (`row.aid`).
const AID = 'row.aid';

export const addSupport = (v: string): string =>
  `${v}.articleIds = CASE WHEN ${AID} IN coalesce(${v}.articleIds, []) THEN ${v}.articleIds ELSE coalesce(${v}.articleIds, []) + ${AID} END`;

export const replaceEvidence = (v: string): string =>
  `${v}.evidence = [e IN coalesce(${v}.evidence, []) WHERE NOT e STARTS WITH ${AID} + '|'] + row.evidence`;

export const supportWithEvidence = (v: string): string => `${addSupport(v)}, ${replaceEvidence(v)}`;

/** HOLDS.firstSeen/lastSeen: the extremes of the dates in `seen` ("aid|YYYY-MM-DD"). */
export const recomputeSeen = (v: string): string =>
  `${v}.firstSeen = reduce(lo = null, s IN coalesce(${v}.seen, []) | CASE WHEN lo IS NULL OR date(split(s, '|')[1]) < lo THEN date(split(s, '|')[1]) ELSE lo END),
    ${v}.lastSeen = reduce(hi = null, s IN coalesce(${v}.seen, []) | CASE WHEN hi IS NULL OR date(split(s, '|')[1]) > hi THEN date(split(s, '|')[1]) ELSE hi END)`;
