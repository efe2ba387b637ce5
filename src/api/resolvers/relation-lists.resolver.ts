// The lists of a node's neighbours along one relationship, each with its …Connection twin. Every
// such pair reads the same way, so they are a table: the plain list (bounded, for simple clients
// and the explorer) and the connection (paged, filtered and counted in Cypher).
import { Args, Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { Context } from '../context';
import { ConnectionArgs, MAX_PAGE } from '../types/list.args';
import { relatedNodes, then } from './related';
import { bounded, neighbourConnection } from './nested-connections';
import { RELATION_LISTS, type RelationList } from './relation-fields';

// type-graphql matches a field resolver to its field by method name, so each pair gets methods
// named after its fields (decorated here, since the names are data), not shared names.
function relationListResolver(l: RelationList): ClassType<object> {
  @Resolver(() => l.parent)
  class RelationListResolver {}
  const proto = RelationListResolver.prototype as unknown as Record<string, unknown>;
  const field = (name: string, type: () => ClassType<object> | ClassType<object>[], description: string, paged: boolean, resolve: (...args: never[]) => unknown) => {
    proto[name] = resolve;
    Root()(proto, name, 0);
    Ctx()(proto, name, 1);
    if (paged) Args(() => ConnectionArgs)(proto, name, 2);
    FieldResolver(type, { description })(proto, name, Object.getOwnPropertyDescriptor(proto, name)!);
  };
  field(l.field, () => [l.item], `${l.description} (at most ${MAX_PAGE}; ${l.field}Connection pages through all).`, false,
    (parent: { id: string }, ctx: Context) => then(relatedNodes(ctx, l.key, parent.id, l.convert), bounded));
  field(`${l.field}Connection`, () => l.connection, `${l.field} as a Relay connection, with the filters and orders of the top-level lists.`, true,
    (parent: { id: string }, ctx: Context, args: ConnectionArgs) => neighbourConnection(ctx, l.key, parent.id, args, (n) => ({ node: l.convert(n.node) })));
  return RelationListResolver;
}

export const RELATION_LIST_RESOLVERS = RELATION_LISTS.map(relationListResolver);
