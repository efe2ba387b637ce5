// Nested Relay connections: one page of the neighbours of many parents in a single round trip
// (the loaders' batch function), counted and cut in Cypher so a hub (an organization with
// thousands of meetings) never ships more than the page.
import type { Graph } from '../driver';
import { RELATIONS, type RelationKey } from '../model';
import type { Plain } from '../values';
import { listFilterOf, pageStart, windowParams, type ListFilter, type ListOrder, type Window } from './list-nodes';
import { neighbourItem, type Neighbour } from './neighbours';

export interface NeighbourPage {
  items: Neighbour[];
  /** Neighbours matching the filter, not only this page. */
  total: number;
  /** The offset of the page's first item among the matches. */
  start: number;
}

const cypherCache = new Map<string, string>();

/**
 * The target's list filter (as the top-level lists apply it), plus, on PARTICIPATED, the role on
 * the relationship itself: a person's meetings where they spoke, a meeting's speakers. The
 * relationship is `rel` until the filter has run: the filter's own subqueries name theirs `r`.
 */
function neighbourConnectionCypher(key: RelationKey, order: ListOrder | null | undefined): string {
  const cacheKey = `${key}|${order ?? ''}`;
  let cypher = cypherCache.get(cacheKey);
  if (!cypher) {
    const r = RELATIONS[key];
    const f = listFilterOf(r.to);
    const pattern = r.direction === 'out' ? `-[rel:${r.type}]->` : `<-[rel:${r.type}]-`;
    const roleOnRel = r.type === 'PARTICIPATED' ? ' AND ($relRole IS NULL OR rel.role = $relRole)' : '';
    cypher = `${f.regions}
UNWIND $ids AS key
MATCH (a:${r.from} {id: key})${pattern}(n:${r.to})
WHERE ${f.where}${roleOnRel}
WITH key, rel AS r, n, n AS b ORDER BY ${order ? f.orderBy(order) : r.orderBy}
WITH key, collect(${neighbourItem(r)}) AS matched
WITH key, size(matched) AS total, matched[$lo..coalesce($hi, size(matched))] AS win
WITH key, total, win, CASE WHEN $last IS NULL THEN win[..coalesce($first, size(win))]
  ELSE win[CASE WHEN size(win) > $last THEN size(win) - $last ELSE 0 END..] END AS page
RETURN key, total, size(win) - size(page) AS skipped, page AS items`;
    cypherCache.set(cacheKey, cypher);
  }
  return cypher;
}

export async function neighbourPages(
  graph: Graph, key: RelationKey, ids: readonly string[], filter: ListFilter, win: Window, order?: ListOrder | null,
): Promise<NeighbourPage[]> {
  const onRel = RELATIONS[key].type === 'PARTICIPATED';
  const params = {
    ...listFilterOf(RELATIONS[key].to).params({ ...filter, role: onRel ? null : filter.role }),
    relRole: onRel ? filter.role ?? null : null,
    ids: [...new Set(ids)],
    ...windowParams(win),
  };
  const rows = await graph.read<{ key: string; total: number; skipped: number; items: { node: Plain; rel: Plain }[] }>(neighbourConnectionCypher(key, order), params);
  const byKey = new Map(rows.map((row) => [row.key, row]));
  return ids.map((id) => {
    const row = byKey.get(id);
    if (!row) return { items: [], total: 0, start: win.lo };
    return {
      items: row.items,
      total: row.total,
      start: pageStart(win, row.skipped),
    };
  });
}
