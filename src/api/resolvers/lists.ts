// Top-level lists and connections over src/graph's listNodes.
import { GraphQLError } from 'graphql';
import type { Context } from '../context';
import type { Label } from '../../graph/model';
import { listNodes, listPage, type ListFilter as GraphFilter, type Window } from '../../graph/queries/list-nodes';
import { fromCursor, toConnection, type ConnectionShape } from '../types/connection.type';
import { DEFAULT_PAGE, type ConnectionArgs, type ListArgs, type ListFilter, type PageArgs } from '../types/list.args';
import type { Node } from '../types/node.type';
import { CONVERT } from './convert';

const isoDay = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : null);

export function graphFilter(f: ListFilter | null | undefined): GraphFilter {
  return { ...(f ?? {}), from: isoDay(f?.from), to: isoDay(f?.to) };
}

export async function list<T extends Node>(ctx: Context, label: Label, args: ListArgs): Promise<T[]> {
  const win: Window = { lo: args.offset, hi: args.offset + args.first, first: null, last: null };
  // A plain list has no totalCount: nothing is counted.
  const { nodes } = await listPage(ctx.graph, label, graphFilter(args.filter), win, args.orderBy, false);
  return nodes.map((n) => CONVERT[label](n) as T);
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

export async function connection<T extends Node>(ctx: Context, label: Label, args: ConnectionArgs): Promise<ConnectionShape<T>> {
  const { nodes, total, start } = await listNodes(ctx.graph, label, graphFilter(args.filter), relayWindow(args), args.orderBy);
  return toConnection(nodes.map((n) => CONVERT[label](n) as T), start, total);
}
