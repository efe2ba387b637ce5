// Field resolvers walk relationships through the per-request loaders, so every field costs one
// batched round trip per level of the query, however many parents it has.
import type { Context } from '../context';
import type { RelationKey } from '../../graph/model';
import type { Neighbour } from '../../graph/queries/neighbours';
import type { Plain } from '../../graph/values';

export function related(ctx: Context, key: RelationKey, id: string): Promise<Neighbour[]> {
  return ctx.loaders.rel(key).load(id);
}

export async function relatedNodes<T>(ctx: Context, key: RelationKey, id: string, convert: (p: Plain) => T): Promise<T[]> {
  return (await related(ctx, key, id)).map((n) => convert(n.node));
}

export async function relatedNode<T>(ctx: Context, key: RelationKey, id: string, convert: (p: Plain) => T): Promise<T | null> {
  const [first] = await related(ctx, key, id);
  return first ? convert(first.node) : null;
}
