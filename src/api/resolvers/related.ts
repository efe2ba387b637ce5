// Field resolvers walk relationships through the per-request loaders, so every field costs one
// batched round trip per level of the query, however many parents it has; a list a root field
// read ahead (look-ahead.ts) is already known, and the field answers without a promise.
import type { Context } from '../context';
import type { RelationKey } from '../../graph/model';
import type { Neighbour } from '../../graph/queries/neighbours';
import type { Plain } from '../../graph/values';

export type MaybePromise<T> = T | Promise<T>;

/** `f` of a value that may still be on its way: a known value stays synchronous, so graphql-js completes it without waiting. */
export const then = <T, U>(v: MaybePromise<T>, f: (t: T) => U): MaybePromise<U> => (v instanceof Promise ? v.then(f) : f(v));

export function related(ctx: Context, key: RelationKey, id: string): MaybePromise<Neighbour[]> {
  return ctx.loaders.knownNeighbours(key, id) ?? ctx.loaders.rel(key).load(id);
}

export function relatedNodes<T>(ctx: Context, key: RelationKey, id: string, convert: (p: Plain) => T): MaybePromise<T[]> {
  return then(related(ctx, key, id), (list) => list.map((n) => convert(n.node)));
}

export function relatedNode<T>(ctx: Context, key: RelationKey, id: string, convert: (p: Plain) => T): MaybePromise<T | null> {
  return then(related(ctx, key, id), ([first]) => (first ? convert(first.node) : null));
}
