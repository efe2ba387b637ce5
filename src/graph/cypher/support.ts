// Provenance bookkeeping shared by every write: a node or relationship lists the articles that
// support it (`articleIds`) and, per article, the evidence spans (`evidence`: "aid|start|end").
// Re-loading an article replaces its own entries, so loading twice changes nothing.
// These fragments take variable names from code only, never from input.

export const addSupport = (v: string): string =>
  `${v}.articleIds = CASE WHEN $aid IN coalesce(${v}.articleIds, []) THEN ${v}.articleIds ELSE coalesce(${v}.articleIds, []) + $aid END`;

export const replaceEvidence = (v: string): string =>
  `${v}.evidence = [e IN coalesce(${v}.evidence, []) WHERE NOT e STARTS WITH $aid + '|'] + row.evidence`;

export const supportWithEvidence = (v: string): string => `${addSupport(v)}, ${replaceEvidence(v)}`;
