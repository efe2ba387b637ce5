// The rows of the neo4j-admin import CSV files: headers with `:ID(govgraph)`, `:LABEL`,
// `:START_ID`/`:END_ID`/`:TYPE` and typed properties (`name:string`, `date:date`,
// `articleIds:string[]`). Every string is quoted, so "" stays an empty string and an empty
// field means "no property". Two things neo4j-admin cannot say are carried beside the data:
// an empty list (the `govgraphEmptyLists` column, undone by post-import.cypher) and provenance
// (a `provenance:IGNORE` column of JSON: readable, and not imported as a property).
import type { PropSchema, PropType } from '../graph/queries/export-schema';
import type { ExportEdge, ExportNode } from './types';

export const ID_SPACE = 'govgraph';
/** U+001F (unit separator): no text in the graph contains it, unlike ';' (the tool's default). */
export const ARRAY_DELIMITER = '\u001F';
export const EMPTY_LISTS = 'govgraphEmptyLists';

const HEADER_TYPES: Record<PropType, string> = {
  string: 'string', integer: 'long', float: 'double', boolean: 'boolean', date: 'date', datetime: 'datetime',
  localdatetime: 'localdatetime', 'string[]': 'string[]', 'integer[]': 'long[]', 'float[]': 'double[]',
  'boolean[]': 'boolean[]', 'date[]': 'date[]',
};

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

function field(v: unknown, t: PropType): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.length ? quote(v.map((x) => String(x).replaceAll(ARRAY_DELIMITER, '\uFFFD')).join(ARRAY_DELIMITER)) : '';
  if (t === 'string' && typeof v !== 'string') return quote(JSON.stringify(v));
  return typeof v === 'string' ? quote(v) : String(v);
}

const propColumns = (schema: PropSchema) => [...schema].filter(([k]) => k !== 'id').map(([k, t]) => `${k}:${HEADER_TYPES[t]}`);

function propFields(props: Record<string, unknown>, schema: PropSchema): string[] {
  const out: string[] = [];
  const empty: string[] = [];
  for (const [k, t] of schema) {
    if (k === 'id') continue;
    const v = props[k];
    if (Array.isArray(v) && v.length === 0) empty.push(k);
    out.push(field(v, t));
  }
  out.push(field(empty, 'string[]'));
  return out;
}

export const nodeHeader = (schema: PropSchema): string =>
  [`id:ID(${ID_SPACE})`, ':LABEL', ...propColumns(schema), `${EMPTY_LISTS}:string[]`].join(',') + '\n';

export const nodeRow = (n: ExportNode, schema: PropSchema): string =>
  [quote(n.id), n.label, ...propFields(n.props, schema)].join(',') + '\n';

export const edgeHeader = (schema: PropSchema): string =>
  [`:START_ID(${ID_SPACE})`, `:END_ID(${ID_SPACE})`, ':TYPE', ...propColumns(schema), `${EMPTY_LISTS}:string[]`, 'provenance:IGNORE'].join(',') + '\n';

export const edgeRow = (e: ExportEdge, schema: PropSchema): string =>
  [quote(e.source), quote(e.target), e.type, ...propFields(e.props, schema), e.provenance ? quote(JSON.stringify(e.provenance)) : ''].join(',') + '\n';

/** List-typed keys: post-import.cypher restores the empty ones. */
export const listKeys = (schema: PropSchema): string[] => [...schema].filter(([, t]) => t.endsWith('[]')).map(([k]) => k);
