// The API's top-level lists: one fixed, parameterised query per label, in which a filter left
// null matches everything. The window (Relay first/after/last/before, or offset) is cut in the
// same round trip that counts the matches.
import type { Graph } from '../driver';
import type { Label } from '../model';
import { plain, type Plain } from '../values';

export interface ListFilter {
  nameContains?: string | null;
  /** A region by name; matches its sub-regions too (Region IN_REGION Region). */
  region?: string | null;
  from?: string | null;
  to?: string | null;
  kind?: string | null;
  /** Meetings organized by this organization id; persons holding a post in it. */
  organization?: string | null;
  /** Meetings this person id took part in. */
  participant?: string | null;
  /** Meetings where someone (or the participant) had this role. */
  role?: string | null;
  /** Meetings citing this policy document id. */
  policy?: string | null;
}

export type ListOrder = 'NAME_ASC' | 'NAME_DESC' | 'DATE_ASC' | 'DATE_DESC';

/** Items [lo, hi) of the ordered matches, then the first `first` or the last `last` of those. */
export interface Window {
  lo: number;
  hi: number | null;
  first: number | null;
  last: number | null;
}

interface ListSpec {
  where: string;
  name: string;
  date: string | null;
}

const NAME = `($nameContains IS NULL OR n.name CONTAINS $nameContains)`;
const REGION = `(regions IS NULL OR n.region IN regions)`;
const SPECS: Record<Label, ListSpec> = {
  Person: {
    where: `${NAME} AND ${REGION} AND ($organization IS NULL OR EXISTS { (n)-[:HOLDS]->(:Post)-[:IN]->(:Organization {id: $organization}) })`,
    name: 'n.name', date: null,
  },
  Organization: { where: `${NAME} AND ${REGION} AND ($kind IS NULL OR n.kind = $kind)`, name: 'n.name', date: null },
  Post: { where: `($nameContains IS NULL OR n.title CONTAINS $nameContains) AND ($organization IS NULL OR EXISTS { (n)-[:IN]->(:Organization {id: $organization}) })`, name: 'n.title', date: null },
  Meeting: {
    where: `${NAME} AND ${REGION} AND ($kind IS NULL OR n.kind = $kind)
      AND ($from IS NULL OR n.date >= date($from)) AND ($to IS NULL OR n.date <= date($to))
      AND ($organization IS NULL OR EXISTS { (:Organization {id: $organization})-[:ORGANIZED]->(n) })
      AND ($participant IS NULL OR EXISTS { (:Person {id: $participant})-[r:PARTICIPATED]->(n) WHERE $role IS NULL OR r.role = $role })
      AND ($role IS NULL OR $participant IS NOT NULL OR EXISTS { ()-[:PARTICIPATED {role: $role}]->(n) })
      AND ($policy IS NULL OR EXISTS { (n)-[:CITES]->(:PolicyDocument {id: $policy}) })`,
    name: 'n.name', date: 'n.date',
  },
  PolicyDocument: { where: `($nameContains IS NULL OR n.title CONTAINS $nameContains)`, name: 'n.title', date: null },
  Article: {
    where: `($nameContains IS NULL OR n.title CONTAINS $nameContains) AND ${REGION}
      AND ($from IS NULL OR n.published >= date($from)) AND ($to IS NULL OR n.published <= date($to))`,
    name: 'n.title', date: 'n.published',
  },
  Region: { where: NAME, name: 'n.name', date: null },
};

function orderBy(spec: ListSpec, order: ListOrder | null | undefined): string {
  const o = order ?? (spec.date ? 'DATE_DESC' : 'NAME_ASC');
  const key = o.startsWith('DATE') && spec.date ? spec.date : spec.name;
  // Undated items go last in both directions.
  return `${key} IS NULL, ${key} ${o.endsWith('DESC') ? 'DESC' : 'ASC'}, n.id`;
}

const params = (f: ListFilter) => ({
  nameContains: f.nameContains ?? null, region: f.region ?? null, from: f.from ?? null, to: f.to ?? null, kind: f.kind ?? null,
  organization: f.organization ?? null, participant: f.participant ?? null, role: f.role ?? null, policy: f.policy ?? null,
});

/** Cypher slices take 32-bit indexes: an offset or cursor past any list is cut to the largest. */
const int32 = (n: number): number => Math.min(n, 2 ** 31 - 1);

export async function listNodes(graph: Graph, label: Label, filter: ListFilter, win: Window, order?: ListOrder | null): Promise<{ nodes: Plain[]; total: number; start: number }> {
  const spec = SPECS[label];
  const cypher = `WITH CASE WHEN $region IS NULL THEN null
  ELSE [$region] + COLLECT { MATCH (sub:Region)-[:IN_REGION*1..4]->(:Region {name: $region}) RETURN sub.name } END AS regions
MATCH (n:${label}) WHERE ${spec.where}
WITH n ORDER BY ${orderBy(spec, order)}
WITH collect(n) AS matched
WITH size(matched) AS total, matched[$lo..coalesce($hi, size(matched))] AS win
WITH total, win, CASE WHEN $last IS NULL THEN win[..coalesce($first, size(win))] ELSE win[-$last..] END AS page
RETURN total, size(win) - size(page) AS skipped, [x IN page | x {.*, text: null}] AS nodes`;
  const [row] = await graph.read<{ total: number; skipped: number; nodes: Plain[] }>(cypher, { ...params(filter), lo: int32(win.lo), hi: win.hi === null ? null : int32(win.hi), first: win.first, last: win.last });
  const total = row?.total ?? 0;
  // With `last`, the page is the tail of the window: it starts after what was skipped.
  const start = win.lo + (win.last !== null ? row?.skipped ?? 0 : 0);
  return { total, start, nodes: (row?.nodes ?? []).map(plain) };
}
