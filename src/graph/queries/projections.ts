// What lists of nodes and relationships read of each: the properties the API shows, and no
// more, already plain (dates as text, integers as numbers: the driver is told so), so the rows
// need no conversion. A projection with .* would also carry the provenance lists (evidence, articleIds,
// seen), alias and article text, which grow with the corpus and are most of the bytes; the
// fields that show those read them by id. test/unit/graph/projections.test.ts checks the
// schema's plain fields against these lists.
import type { Label } from '../model';

export const NODE_PROPERTIES: Record<Label, readonly string[]> = {
  Person: ['id', 'name', 'region'],
  Organization: ['id', 'name', 'kind', 'region'],
  Post: ['id', 'title'],
  Meeting: ['id', 'name', 'date', 'venue', 'kind', 'region', 'branchVenues', 'groupAttendees', 'topics'],
  PolicyDocument: ['id', 'title', 'aliases', 'number'],
  Article: ['id', 'title', 'publisher', 'published', 'url', 'region', 'contentHash'],
  Region: ['id', 'name', 'level'],
};

/** By relationship type; a holding's or participation's evidence is read by the element id, `eid`. */
export const REL_PROPERTIES: Record<string, readonly string[]> = {
  HOLDS: ['firstSeen', 'lastSeen', 'raw'],
  PARTICIPATED: ['role', 'action'],
};
const WITH_EVIDENCE = new Set(['HOLDS', 'PARTICIPATED']);

// Dates leave Neo4j as text (YYYY-MM-DD, what the API shows): the driver's own conversion of a
// date does 64-bit arithmetic on every row of a list.
const DATES = new Set(['date', 'published', 'firstSeen', 'lastSeen']);
const property = (v: string) => (p: string) => (DATES.has(p) ? `${p}: toString(${v}.${p})` : `.${p}`);

/** The inside of the map projection of node `v`, of `label` (`v {…}`). */
export const nodeFields = (label: Label, v: string): string => NODE_PROPERTIES[label].map(property(v)).join(', ');

/** The inside of the map projection of relationship `r`, of `type` (`r {…}`). */
export const relFields = (type: string, r: string): string =>
  [...(REL_PROPERTIES[type] ?? []).map(property(r)), ...(WITH_EVIDENCE.has(type) ? [`eid: elementId(${r})`] : [])].join(', ');
