// Reading a node's support: the articles that mention it, (Article)-[:MENTIONS {evidence}]->(n),
// or, for a meeting, report it, (n)-[:REPORTED_IN {evidence}]->(Article). Fragments of Cypher
// with variable names from code only; an article has at most one of these per node.
const SUPPORT = 'MENTIONS|REPORTED_IN';

/** True while some article still supports node `n`. */
export const isSupported = (n: string): string => `EXISTS { (${n})-[:${SUPPORT}]-(:Article) }`;

/** True when an article published between $from and $to supports node `n`. */
export const supportedBetween = (n: string): string =>
  `EXISTS { MATCH (${n})-[:${SUPPORT}]-(${n}Src:Article) WHERE ${n}Src.published >= date($from) AND ${n}Src.published <= date($to) }`;

/** Node `n`'s evidence spans ("aid|start|end"), all of them. */
export const nodeEvidence = (n: string): string =>
  `reduce(acc = [], ev IN [(${n})-[${n}Ev:${SUPPORT}]-(:Article) | coalesce(${n}Ev.evidence, [])] | acc + ev)`;

/**
 * Node `n`'s evidence in the articles of the list `aids` only: each looked up by id, so a node
 * that thousands of articles mention costs no more than one that few do.
 */
export const nodeEvidenceIn = (n: string, aids: string): string =>
  `reduce(acc = [], ev IN COLLECT { UNWIND ${aids} AS ${n}Aid MATCH (${n})-[${n}Ev:${SUPPORT}]-(:Article {id: ${n}Aid}) RETURN coalesce(${n}Ev.evidence, []) AS ev } | acc + ev)`;
