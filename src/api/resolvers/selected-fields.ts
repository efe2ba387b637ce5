// Whether a request selects a field below the one being resolved (through fragments too): lets a
// resolver leave out of its Cypher what nobody asked for.
import { Kind, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

function selects(set: SelectionSetNode | undefined, path: string[], fragments: Record<string, FragmentDefinitionNode>): boolean {
  if (!set) return false;
  const [name, ...rest] = path;
  return set.selections.some((s) => {
    if (s.kind === Kind.FIELD) return s.name.value === name && (!rest.length || selects(s.selectionSet, rest, fragments));
    if (s.kind === Kind.INLINE_FRAGMENT) return selects(s.selectionSet, path, fragments);
    return selects(fragments[s.name.value]?.selectionSet, path, fragments);
  });
}

/** True when the field being resolved selects `path` (e.g. ['edges', 'properties']). */
export function selected(info: GraphQLResolveInfo, ...path: string[]): boolean {
  return info.fieldNodes.some((f) => selects(f.selectionSet, path, info.fragments));
}
