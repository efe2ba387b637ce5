// What an export declares before its first row: which (start label, relationship type) pairs
// exist, and each label's and type's property keys with their Neo4j types (GraphML keys, GEXF
// attributes and neo4j-admin headers are written up front). Pairs come from the count store;
// property types from one scan per label or type (of keys only: values never leave the server).
import type { Graph } from '../driver';
import { LABELS, type Label } from '../model';

/** The relationship types of the graph model (../../shared/docs/design.md): an allow-list. */
export const REL_TYPES = [
  'HOLDS', 'IN', 'PART_OF', 'PARTICIPATED', 'ORGANIZED', 'ATTENDED', 'CITES', 'ISSUED_BY',
  'REPORTED_IN', 'MENTIONS', 'IN_REGION', 'ABOUT', 'FOLLOWS',
] as const;
export type RelType = (typeof REL_TYPES)[number];

/**
 * The end an edge type is paged by: the end with few edges of that type. A meeting has a handful
 * of participants and one organizer, while a person or an organization may have thousands of
 * meetings; and a meeting's participations share its article, so a page reads each article once.
 */
export const anchorEnd = (t: RelType): 'source' | 'target' => (['PARTICIPATED', 'ORGANIZED', 'ATTENDED'].includes(t) ? 'target' : 'source');

export type PropType = 'string' | 'integer' | 'float' | 'boolean' | 'date' | 'datetime' | 'localdatetime'
  | 'string[]' | 'integer[]' | 'float[]' | 'boolean[]' | 'date[]';

/** key → type, in key order. */
export type PropSchema = Map<string, PropType>;

export interface ExportSchema {
  /** Each relationship type with the labels of its anchor end (see anchorEnd), type by type. */
  pairs: { label: Label; type: RelType }[];
  nodes: Map<Label, PropSchema>;
  edges: Map<RelType, PropSchema>;
}

const PAIRS = `CALL () {
${LABELS.flatMap((l) => REL_TYPES.map((t) => `  MATCH ${anchorEnd(t) === 'source' ? `(:${l})-[r:${t}]->()` : `()-[r:${t}]->(:${l})`} RETURN '${l}' AS label, '${t}' AS type, count(r) AS n`)).join('\n  UNION ALL\n')}
}
WITH label, type, n WHERE n > 0
RETURN label, type`;

const nodeKeys = (l: Label) => `MATCH (n:${l}) UNWIND keys(n) AS k RETURN k AS key, collect(DISTINCT valueType(n[k])) AS types`;
const relKeys = (t: RelType) => `MATCH ()-[r:${t}]->() UNWIND keys(r) AS k RETURN k AS key, collect(DISTINCT valueType(r[k])) AS types`;

const SCALARS: Record<string, PropType> = {
  STRING: 'string', INTEGER: 'integer', FLOAT: 'float', BOOLEAN: 'boolean', DATE: 'date',
  'ZONED DATETIME': 'datetime', 'LOCAL DATETIME': 'localdatetime',
};

/** One Neo4j valueType() ("LIST<STRING NOT NULL> NOT NULL") → a PropType; null for an empty list. */
export function propType(valueType: string): PropType | null | undefined {
  const t = valueType.replace(/ NOT NULL/g, '');
  const list = /^LIST<(.+)>$/.exec(t);
  if (!list) return SCALARS[t];
  if (list[1] === 'NOTHING') return null;
  const inner = SCALARS[list[1]!];
  return inner && ['string', 'integer', 'float', 'boolean', 'date'].includes(inner) ? (`${inner}[]` as PropType) : undefined;
}

/** The types one key takes: the one type, a list type (empty lists fit any), else string. */
export function mergeTypes(valueTypes: string[]): PropType {
  const types = new Set(valueTypes.map(propType).filter((t) => t !== null));
  if (types.size === 0) return 'string[]';
  const [only] = types;
  if (types.size === 1 && only) return only;
  return [...types].every((t) => t?.endsWith('[]')) ? 'string[]' : 'string';
}

// Streamed: a scan of every article's keys can outlast the read timeout on a large graph.
async function keysOf(graph: Graph, cypher: string): Promise<PropSchema> {
  const rows: { key: string; types: string[] }[] = [];
  await graph.stream<{ key: string; types: string[] }>(cypher, {}, (r) => rows.push(r));
  rows.sort((a, b) => (a.key === 'id' ? -1 : b.key === 'id' ? 1 : a.key.localeCompare(b.key)));
  return new Map(rows.map((r) => [r.key, mergeTypes(r.types)]));
}

/** The (start label, type) pairs present, type by type: one file per type in the CSV export. */
export async function exportPairs(graph: Graph, labels: readonly Label[]): Promise<ExportSchema['pairs']> {
  const pairs = (await graph.read<{ label: Label; type: RelType }>(PAIRS)).filter((p) => labels.includes(p.label));
  return REL_TYPES.flatMap((t) => pairs.filter((p) => p.type === t));
}

export async function exportSchema(graph: Graph, labels: readonly Label[]): Promise<ExportSchema> {
  const pairs = await exportPairs(graph, labels);
  const nodes = new Map<Label, PropSchema>();
  for (const l of labels) nodes.set(l, await keysOf(graph, nodeKeys(l)));
  const edges = new Map<RelType, PropSchema>();
  for (const t of new Set(pairs.map((p) => p.type))) edges.set(t, await keysOf(graph, relKeys(t)));
  return { pairs, nodes, edges };
}
