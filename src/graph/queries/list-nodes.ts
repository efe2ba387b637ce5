// The API's top-level lists. The query is built from the filters given, and only from them, so
// each filter on an indexed property (region, date) is an index seek and a filter by a related
// node's id starts from that node (a fixed query where a null filter "matches everything" makes
// the planner scan the label). The window is cut by ORDER BY … SKIP … LIMIT in the database;
// the matches are counted, in the same round trip, only when asked.
import type { Graph } from '../driver';
import type { Label } from '../model';
import type { Plain } from '../values';
import { nodeFields } from './projections';
import { neighbourLists, treeReads, type NeighbourLists, type RawLists, type RelationTree } from './neighbour-tree';

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

type Filter = keyof ListFilter;

/**
 * How each label reads a filter: a condition on n, or a pattern anchored on the node a filter
 * names (matched first, so the query starts from that one node). Filters a label does not list
 * are ignored, as the API documents ("each applies where it makes sense").
 */
interface ListSpec {
  name: string;
  date: string | null;
  conditions: Partial<Record<Filter, string>>;
  /** Patterns that bind n from a node given by id; they may reach n twice, hence DISTINCT. */
  anchors?: Partial<Record<Filter, string>>;
  /**
   * Start from the region index when a region is given (schema/*.cypher): the planner cannot
   * size a list of sub-regions and picks the date range instead, which grows with the corpus.
   */
  regionIndexed?: boolean;
  /** A (region, date) index exists too. */
  regionDateIndexed?: boolean;
}

/** The region index to start from: with a date range, the (region, date) one where the label has it. */
const regionIndex = (spec: ListSpec, f: ListFilter) => (spec.regionDateIndexed && (given(f, 'from') || given(f, 'to')) ? 'region, date' : 'region');

const NAME = { nameContains: 'n.name CONTAINS $nameContains' };
const TITLE = { nameContains: 'n.title CONTAINS $nameContains' };
const REGION = { region: 'n.region IN regions' };
const SPECS: Record<Label, ListSpec> = {
  Person: {
    name: 'n.name', date: null, conditions: { ...NAME, ...REGION }, regionIndexed: true,
    anchors: { organization: '(:Organization {id: $organization})<-[:IN]-(:Post)<-[:HOLDS]-(n:Person)' },
  },
  Organization: { name: 'n.name', date: null, conditions: { ...NAME, ...REGION, kind: 'n.kind = $kind' }, regionIndexed: true },
  Post: { name: 'n.title', date: null, conditions: TITLE, anchors: { organization: '(:Organization {id: $organization})<-[:IN]-(n:Post)' } },
  Meeting: {
    name: 'n.name', date: 'n.date', regionIndexed: true, regionDateIndexed: true,
    conditions: {
      ...NAME, ...REGION, kind: 'n.kind = $kind', from: 'n.date >= date($from)', to: 'n.date <= date($to)',
      // A role alone: some participant had it (with a participant, the anchor checks the role).
      role: 'EXISTS { ()-[:PARTICIPATED {role: $role}]->(n) }',
    },
    anchors: {
      participant: '(:Person {id: $participant})-[:PARTICIPATED]->(n:Meeting)',
      organization: '(:Organization {id: $organization})-[:ORGANIZED]->(n:Meeting)',
      policy: '(:PolicyDocument {id: $policy})<-[:CITES]-(n:Meeting)',
    },
  },
  PolicyDocument: { name: 'n.title', date: null, conditions: TITLE },
  Article: {
    name: 'n.title', date: 'n.published',
    conditions: { ...TITLE, ...REGION, from: 'n.published >= date($from)', to: 'n.published <= date($to)' },
  },
  Region: { name: 'n.name', date: null, conditions: NAME },
};

const given = (f: ListFilter, k: Filter) => f[k] !== null && f[k] !== undefined && f[k] !== '';

/** MATCH … WHERE … binding n to every match once, from the filters given. */
function matchClause(label: Label, f: ListFilter): string {
  const spec = SPECS[label];
  const anchors = Object.entries(spec.anchors ?? {}).filter(([k]) => given(f, k as Filter)).map(([, p]) => p);
  const where = Object.entries(spec.conditions)
    .filter(([k]) => given(f, k as Filter) && !(k === 'role' && anchors.length && given(f, 'participant')))
    .map(([, c]) => c);
  // The participant's own role is on the anchor's relationship.
  const [first, ...more] = anchors.map((a) => (a.includes('$participant') && given(f, 'role') ? a.replace('[:PARTICIPATED]', '[:PARTICIPATED {role: $role}]') : a));
  const hint = spec.regionIndexed && given(f, 'region') ? ` USING INDEX n:${label}(${regionIndex(spec, f)})` : '';
  if (!first) return `MATCH (n:${label})${hint}${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`;
  const rest = [...more.map((a) => `EXISTS { ${onBound(a)} }`), ...where];
  return `MATCH ${first}${rest.length ? ` WHERE ${rest.join(' AND ')}` : ''}\nWITH DISTINCT n`;
}

function orderBy(label: Label, f: ListFilter, order: ListOrder | null | undefined): string {
  return orderKeys(SPECS[label], order, keyIsSet(SPECS[label], f, order));
}

/** Whether the filters leave no null in the sort key (a date range on the date, a name filter on the name). */
function keyIsSet(spec: ListSpec, f: ListFilter, order: ListOrder | null | undefined): boolean {
  const byDate = (order ?? (spec.date ? 'DATE_DESC' : 'NAME_ASC')).startsWith('DATE') && !!spec.date;
  return byDate ? given(f, 'from') || given(f, 'to') : given(f, 'nameContains');
}

function orderKeys(spec: ListSpec, order: ListOrder | null | undefined, keySet: boolean): string {
  const o = order ?? (spec.date ? 'DATE_DESC' : 'NAME_ASC');
  const key = o.startsWith('DATE') && spec.date ? spec.date : spec.name;
  const desc = o.endsWith('DESC');
  // Undated items go last in both directions; null already sorts last ascending, and a date
  // range (or a name filter on the key) leaves no null to sort.
  return `${desc && !keySet ? `${key} IS NULL, ` : ''}${key} ${desc ? 'DESC' : 'ASC'}, n.id`;
}

/** Province → city → county → township: levels below a region that a filter reaches. */
const REGION_DEPTH = 4;
const levels = Array.from({ length: REGION_DEPTH }, (_, i) => i);

/**
 * The region and its sub-regions: each level by the index on Region.parent
 * (schema/02-indexes.cypher), not by walking IN_REGION into the region, which passes its
 * meetings and organizations too.
 */
const WITH_SUB_REGIONS = `COLLECT {
  CALL () {
    WITH [$region] AS l0
${levels.map((i) => `    CALL (l${i}) { RETURN COLLECT { MATCH (sub:Region) WHERE sub.parent IN l${i} RETURN sub.name } AS l${i + 1} }\n`).join('')}\
    RETURN ${[...levels, REGION_DEPTH].map((i) => `l${i}`).join(' + ')} AS names
  }
  UNWIND names AS name RETURN name
}`;
/** Resolved in the same statement, before the match. */
const REGIONS = `CALL () { RETURN ${WITH_SUB_REGIONS} AS regions }\n`;

/** An anchor pattern as a condition on an n bound already. */
const onBound = (anchor: string) => anchor.replace(/\(n:\w+\)/, '(n)');

const params = (f: ListFilter) => ({
  nameContains: f.nameContains ?? null, region: f.region ?? null, from: f.from ?? null, to: f.to ?? null, kind: f.kind ?? null,
  organization: f.organization ?? null, participant: f.participant ?? null, role: f.role ?? null, policy: f.policy ?? null,
});

/** Cypher slices take 32-bit indexes: an offset or cursor past any list is cut to the largest. */
const int32 = (n: number): number => Math.min(n, 2 ** 31 - 1);

/** A window's bounds as the list and connection queries take them. */
export const windowParams = (win: Window) => ({ lo: int32(win.lo), hi: win.hi === null ? null : int32(win.hi), first: win.first, last: win.last });

/** Where a page starts among the matches: with `last`, after what the window's tail skipped. */
export const pageStart = (win: Window, skipped: number | undefined): number => win.lo + (win.last !== null ? skipped ?? 0 : 0);

export function listCypher(label: Label, f: ListFilter, order: ListOrder | null | undefined, count: boolean, tail: boolean, tree: RelationTree = {}): string {
  const prelude = given(f, 'region') && SPECS[label].conditions.region ? REGIONS : '';
  const match = matchClause(label, f);
  const sorted = `${match}\nWITH n ORDER BY ${orderBy(label, f, order)}`;
  const scope = prelude ? '(regions)' : '()';
  if (tail) {
    // `last`: the tail of the window, whose end may be the end of the matches: cut after sorting all.
    return `${prelude}CALL ${scope} { ${sorted}
  WITH collect(n) AS matched
  WITH size(matched) AS total, matched[$lo..coalesce($hi, size(matched))] AS win
  // win[-0..] would be the whole window, not none of it.
  WITH total, win, CASE WHEN $last = 0 THEN [] ELSE win[-$last..] END AS page
  RETURN total, page, size(win) - size(page) AS skipped }
RETURN total, skipped, [n IN page | n {${nodeFields(label, 'n')}}] AS nodes`;
  }
  // The page's nodes in order, then the neighbour lists read below them, all in this statement.
  const reads = treeReads(tree, 'page');
  const page = `CALL ${scope} { ${sorted} SKIP $lo LIMIT $limit RETURN collect(n) AS page }${reads.calls ? `\n${reads.calls}` : ''}`;
  const out = `[n IN page | n {${nodeFields(label, 'n')}}] AS nodes${reads.lists ? `, [${reads.lists}] AS below` : ''}`;
  if (!count) return `${prelude}${page}\nRETURN ${out}`;
  return `${prelude}CALL ${scope} { ${match}\n  RETURN count(n) AS total }\n${page}\nRETURN total, ${out}`;
}

export interface ListPage {
  nodes: Plain[];
  start: number;
  total: number | null;
  /** The neighbour lists along the tree asked for, below the page's nodes (empty for a window cut from the end). */
  lists: NeighbourLists;
}

/**
 * The window's nodes; total (all matches) only when `count`, or when the window is cut from the
 * end; with a `tree`, the neighbour lists below the page's nodes, read in the same statement.
 */
export async function listPage(
  graph: Graph, label: Label, filter: ListFilter, win: Window, order: ListOrder | null | undefined, count: boolean, tree: RelationTree = {},
): Promise<ListPage> {
  const tail = win.last !== null;
  const end = Math.min(win.hi ?? Infinity, win.first === null ? Infinity : win.lo + win.first);
  const limit = Math.max(0, Math.min(end, 2 ** 31 - 1) - win.lo);
  const p = { ...params(filter), ...windowParams(win), limit };
  const below = tail ? {} : tree;
  const [row] = await graph.read<{ total?: number; skipped?: number; nodes: Plain[]; below?: RawLists }>(listCypher(label, filter, order, count, tail, below), p);
  const nodes = row?.nodes ?? [];
  return {
    nodes, start: pageStart(win, row?.skipped), total: row?.total ?? (count || tail ? 0 : null),
    lists: row?.below ? neighbourLists(below, nodes.map((n) => n.id as string), row.below) : new Map(),
  };
}

/**
 * A label's list filter as one fixed condition on an already bound n, a filter left null
 * matching everything: for nested connections, where n is reached from its parent (no label
 * scan to avoid) and one cached query serves every combination of filters.
 */
export interface FixedFilter {
  /** Binds `regions` (null without a region filter); goes before the query's first clause. */
  regions: string;
  where: string;
  orderBy(order: ListOrder): string;
  params(f: ListFilter): Record<string, unknown>;
}

export function listFilterOf(label: Label): FixedFilter {
  const spec = SPECS[label];
  const orNull = (k: string, c: string) => `($${k} IS NULL OR ${c})`;
  const anchors = Object.entries(spec.anchors ?? {}).map(([k, a]) => k === 'participant'
    ? orNull(k, `EXISTS { ${onBound(a).replace('[:PARTICIPATED]', '[took:PARTICIPATED]')} WHERE $role IS NULL OR took.role = $role }`)
    : orNull(k, `EXISTS { ${onBound(a)} }`));
  const conditions = Object.entries(spec.conditions).map(([k, c]) => k === 'region' ? `(regions IS NULL OR ${c})`
    : k === 'role' && spec.anchors?.participant ? `($role IS NULL OR $participant IS NOT NULL OR ${c})` : orNull(k, c));
  return {
    regions: `WITH CASE WHEN $region IS NULL THEN null ELSE ${WITH_SUB_REGIONS} END AS regions`,
    where: [...conditions, ...anchors].join(' AND '),
    orderBy: (order) => orderKeys(spec, order, false),
    params,
  };
}
