// A root field (a node by id, a list, a connection) reads the relation fields selected below
// its nodes in its own statement, LOOKAHEAD_LEVELS levels deep, and primes the request's
// loaders with them: a nested query costs one round trip for those levels instead of one each.
// Deeper levels, and fields that are not plain relation lists, still batch per level.
import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { RELATIONS, type Label, type RelationKey } from '../../graph/model';
import type { RelationTree } from '../../graph/queries/neighbour-tree';
import { RELATION_FIELDS } from './relation-fields';
import { fieldsIn, setsAt } from './selected-fields';

export const LOOKAHEAD_LEVELS = 3;

function treeOf(label: Label, sets: SelectionSetNode[], levels: number, info: GraphQLResolveInfo): RelationTree {
  const below = new Map<RelationKey, SelectionSetNode[]>();
  if (levels > 0) {
    for (const f of fieldsIn(sets, info.fragments)) {
      const walk = RELATION_FIELDS[label]?.[f.name.value];
      if (!walk) continue;
      const far = f.selectionSet ? (walk.node ? setsAt([f.selectionSet], [walk.node], info.fragments) : [f.selectionSet]) : [];
      below.set(walk.key, [...(below.get(walk.key) ?? []), ...far]);
    }
  }
  const tree: RelationTree = {};
  for (const [key, far] of below) tree[key] = treeOf(RELATIONS[key].to, far, levels - 1, info);
  return tree;
}

// Trees already found, by field node: Apollo keeps one parsed document per query text, so a
// repeated query meets the same nodes, and the tree depends on them alone (not on variables).
const known = new WeakMap<FieldNode, Map<string, RelationTree>>();

/** The relations selected below the root field's nodes, found at each of `paths` (none: the field's own selection). */
export function lookAhead(info: GraphQLResolveInfo, label: Label, ...paths: string[][]): RelationTree {
  const [field, ...more] = info.fieldNodes;
  const key = JSON.stringify([label, paths]);
  const cached = more.length ? undefined : known.get(field)?.get(key);
  if (cached) return cached;
  const root = info.fieldNodes.map((f) => f.selectionSet);
  const sets = (paths.length ? paths : [[]]).flatMap((p) => setsAt(root, p, info.fragments));
  const tree = treeOf(label, sets, LOOKAHEAD_LEVELS, info);
  if (!more.length) known.set(field, (known.get(field) ?? new Map()).set(key, tree));
  return tree;
}
