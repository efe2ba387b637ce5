// What a request selects below the field being resolved (through fragments too): lets a
// resolver leave out of its Cypher what nobody asked for, or read ahead what will be asked next.
import { Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

type Fragments = Record<string, FragmentDefinitionNode>;

/** The fields of some selection sets, fragments spread (their type conditions are not checked). */
export function fieldsIn(sets: readonly (SelectionSetNode | undefined)[], fragments: Fragments): FieldNode[] {
  return sets.flatMap((set) => (set?.selections ?? []).flatMap((s) => {
    if (s.kind === Kind.FIELD) return [s];
    if (s.kind === Kind.INLINE_FRAGMENT) return fieldsIn([s.selectionSet], fragments);
    return fieldsIn([fragments[s.name.value]?.selectionSet], fragments);
  }));
}

/** The selection sets reached from `sets` along the field names of `path`. */
export function setsAt(sets: readonly (SelectionSetNode | undefined)[], path: readonly string[], fragments: Fragments): SelectionSetNode[] {
  let at = sets.filter((s): s is SelectionSetNode => !!s);
  for (const name of path) at = fieldsIn(at, fragments).filter((f) => f.name.value === name).flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  return at;
}

/** True when the field being resolved selects `path` (e.g. ['edges', 'properties']). */
export function selected(info: GraphQLResolveInfo, ...path: string[]): boolean {
  const above = setsAt(info.fieldNodes.map((f) => f.selectionSet), path.slice(0, -1), info.fragments);
  return fieldsIn(above, info.fragments).some((f) => f.name.value === path[path.length - 1]);
}
