// Top-level lists and connections over src/graph's listPage, reading ahead the relation fields
// selected below their nodes.
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context';
import type { Label } from '../../graph/model';
import { listPage, type ListFilter as GraphFilter, type ListPage, type Window } from '../../graph/queries/list-nodes';
import { fromCursor, toConnection, type ConnectionShape } from '../types/connection.type';
import { DEFAULT_PAGE, type ConnectionArgs, type ListArgs, type ListFilter, type PageArgs } from '../types/list.args';
import type { Node } from '../types/node.type';
import { CONVERT } from './convert';
import { lookAhead } from './look-ahead';

const isoDay = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : null);

export function graphFilter(f: ListFilter | null | undefined): GraphFilter {
  return { ...(f ?? {}), from: isoDay(f?.from), to: isoDay(f?.to) };
}

/** The page's nodes as API objects, their lists read ahead handed to the loaders. */
function nodesOf<T extends Node>(ctx: Context, label: Label, page: ListPage): T[] {
  ctx.loaders.prime(page.lists);
  return page.nodes.map((n) => CONVERT[label](n) as T);
}

export async function list<T extends Node>(ctx: Context, label: Label, args: ListArgs, info?: GraphQLResolveInfo): Promise<T[]> {
  const win: Window = { lo: args.offset, hi: args.offset + args.first, first: null, last: null };
  // A plain list has no totalCount: nothing is counted.
  const page = await listPage(ctx.graph, label, graphFilter(args.filter), win, args.orderBy, false, info && lookAhead(info, label));
  return nodesOf<T>(ctx, label, page);
}

export function relayWindow(args: PageArgs): Window {
  if (args.first != null && args.last != null) throw new GraphQLError('give first or last, not both', { extensions: { code: 'BAD_USER_INPUT' } });
  const after = fromCursor(args.after);
  const before = fromCursor(args.before);
  return {
    lo: after === null ? 0 : after + 1,
    hi: before,
    first: args.last == null ? args.first ?? DEFAULT_PAGE : null,
    last: args.last ?? null,
  };
}

export async function connection<T extends Node>(ctx: Context, label: Label, args: ConnectionArgs, info?: GraphQLResolveInfo): Promise<ConnectionShape<T>> {
  const tree = info && lookAhead(info, label, ['edges', 'node'], ['nodes']);
  const page = await listPage(ctx.graph, label, graphFilter(args.filter), relayWindow(args), args.orderBy, true, tree);
  return toConnection(nodesOf<T>(ctx, label, page), page.start, page.total ?? 0);
}
