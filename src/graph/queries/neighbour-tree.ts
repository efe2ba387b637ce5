// Neighbour lists read in the same statement as the nodes they hang from: for each relation of a
// tree, one CALL subquery that walks it from all the parents of its level at once (the distinct
// neighbours of the level above), as the per-level loaders would, but without a round trip each.
// Each list is what `neighbours` reads for that node and relation (same fields, same order),
// so it can stand in for that read.
import { RELATIONS, type RelationKey } from '../model';
import { neighbourItem, relationPattern, type Neighbour } from './neighbours';

/** Relations to read below a node, each with the relations to read below its neighbours. */
export type RelationTree = { [K in RelationKey]?: RelationTree };

/** Neighbour lists by relation, then by parent id; a parent without neighbours has an empty list. */
export type NeighbourLists = Map<RelationKey, Map<string, Neighbour[]>>;

/**
 * The API shows at most the first 100 of a nested list (MAX_PAGE): the level below a list is
 * read for those only, so a hub (an organization's thousands of meetings) is not walked whole.
 */
export const FAR_PER_PARENT = 100;

export const isEmptyTree = (tree: RelationTree | null | undefined): boolean => !tree || Object.keys(tree).length === 0;

/**
 * CALL clauses reading `tree` below the list of nodes bound to `parents`, one per relation in
 * pre-order, and the list expression of their results in that order (null for an empty tree).
 * Relation keys and labels come from the model (an allow-list); t<i> is a relation's
 * [parent id, neighbours] pairs, f<i> its distinct neighbours when a level below needs them.
 */
export function treeReads(tree: RelationTree, parents: string, next = { i: 0 }): { calls: string; lists: string | null } {
  const calls: string[] = [];
  const names: string[] = [];
  for (const key of Object.keys(tree) as RelationKey[]) {
    const r = RELATIONS[key];
    const i = next.i++;
    const deeper = !isEmptyTree(tree[key]);
    calls.push(`CALL (${parents}) {
  UNWIND ${parents} AS a MATCH (a)${relationPattern(r)}(b:${r.to})
  WITH a, r, b ORDER BY ${r.orderBy}
  WITH a, collect(${neighbourItem(r)}) AS items${deeper ? `, collect(b)[..${FAR_PER_PARENT}] AS far` : ''}
  ${deeper ? `WITH collect([a.id, items]) AS pairs, collect(far) AS fars
  RETURN pairs AS t${i}, COLLECT { UNWIND fars AS fs UNWIND fs AS x RETURN DISTINCT x } AS f${i}` : `RETURN collect([a.id, items]) AS t${i}`}
}`);
    names.push(`t${i}`);
    if (deeper) {
      const below = treeReads(tree[key]!, `f${i}`, next);
      calls.push(below.calls);
      names.push(below.lists!);
    }
  }
  return calls.length ? { calls: calls.join('\n'), lists: names.join(', ') } : { calls: '', lists: null };
}

/** The results of treeReads' calls, in their order: [parent id, neighbours] pairs. */
export type RawLists = [string, Neighbour[]][][];

/** The lists read below `parents` → neighbour lists by relation and parent. */
export function neighbourLists(tree: RelationTree, parents: readonly string[], raw: RawLists, into: NeighbourLists = new Map(), at = { i: 0 }): NeighbourLists {
  for (const key of Object.keys(tree) as RelationKey[]) {
    const found = new Map<string, Neighbour[]>(raw[at.i++]);
    let lists = into.get(key);
    if (!lists) into.set(key, (lists = new Map()));
    for (const id of parents) if (!lists.has(id)) lists.set(id, found.get(id) ?? []);
    // The level below was read for the first FAR_PER_PARENT of each list only: only those are its parents.
    const far = [...found.values()].flatMap((list) => list.slice(0, FAR_PER_PARENT).map((n) => n.node.id as string));
    if (!isEmptyTree(tree[key])) neighbourLists(tree[key]!, [...new Set(far)], raw, into, at);
  }
  return into;
}
