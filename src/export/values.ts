// Property values as the XML formats write them: a list becomes JSON text (GraphML has no
// lists) or a GEXF 1.3 list ("[a, b]"), provenance becomes JSON text.
import type { PropType } from '../graph/queries/export-schema';
import type { ExportEdge } from './types';

export const isList = (t: PropType): boolean => t.endsWith('[]');

/** GraphML attr.type: numbers and booleans keep their type; dates and lists are strings. */
export function graphmlType(t: PropType): string {
  return ({ integer: 'long', float: 'double', boolean: 'boolean' } as Record<string, string>)[t] ?? 'string';
}

/** GEXF 1.3 attribute type (it has no date type: dates are YYYY-MM-DD strings). */
export function gexfType(t: PropType): string {
  const base = ({ integer: 'long', float: 'double', boolean: 'boolean' } as Record<string, string>)[t.replace('[]', '')] ?? 'string';
  return isList(t) ? `list${base}` : base;
}

export function scalarText(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/** GEXF 1.3 list syntax, as graphology-gexf and Gephi read it: [a, "b c", 1]. */
export const gexfList = (v: unknown[]): string => `[${v.map((x) => JSON.stringify(x)).join(', ')}]`;

/** The provenance of a fact edge as JSON text, or null for structural edges. */
export const provenanceText = (e: ExportEdge): string | null => (e.provenance ? JSON.stringify(e.provenance) : null);
