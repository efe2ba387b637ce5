// The …Connection twins of nested lists. Relationship lists are paged in Cypher, one batched
// round trip per field, arguments and level; derived lists that one batched read already
// returns whole and bounded (co-attendees, related meetings, a career) are paged in memory with
// the same window and cursors.
import type { Context } from '../context';
import type { RelationKey } from '../../graph/model';
import type { Neighbour } from '../../graph/queries/neighbours';
import type { Plain } from '../../graph/values';
import { toConnection, type ConnectionShape } from '../types/connection.type';
import { MAX_PAGE, type ConnectionArgs, type PageArgs } from '../types/list.args';
import { graphFilter, relayWindow } from './lists';

export interface EdgeOf<N, P> {
  node: N;
  properties?: P;
}

/** A page of the neighbours of `id` along `key`, filtered and ordered as the top-level lists are. */
export async function neighbourConnection<N, P = never>(
  ctx: Context, key: RelationKey, id: string, args: ConnectionArgs, edge: (n: Neighbour) => EdgeOf<N, P>,
): Promise<ConnectionShape<N, P>> {
  const page = await ctx.loaders.page(key, graphFilter(args.filter), relayWindow(args), args.orderBy).load(id);
  return edgeConnection(page.items.map(edge), page.start, page.total);
}

const edgeConnection = <N, P>(edges: EdgeOf<N, P>[], start: number, total: number): ConnectionShape<N, P> =>
  toConnection(edges.map((e) => e.node), start, total, edges.map((e) => e.properties as P));

/** An edge whose properties are the relationship as an API object, built from the far node and the relationship's row. */
export const withProperties = <N, P>(toNode: (p: Plain) => N, toProperties: (node: N, rel: Plain) => P) =>
  (n: Neighbour): EdgeOf<N, P> => {
    const node = toNode(n.node);
    return { node, properties: toProperties(node, n.rel) };
  };

/** The window of a list already in memory, cut like listNodes cuts it. */
function cut<T>(all: T[], args: PageArgs): { page: T[]; start: number } {
  const w = relayWindow(args);
  const win = all.slice(w.lo, w.hi ?? all.length);
  const page = w.last != null ? win.slice(Math.max(0, win.length - w.last)) : win.slice(0, w.first ?? win.length);
  return { page, start: w.lo + (w.last != null ? win.length - page.length : 0) };
}

/** A Relay page of a list already in memory (a node's few neighbours). */
export function pageOf<T>(all: T[], args: PageArgs): ConnectionShape<T> {
  const { page, start } = cut(all, args);
  return toConnection(page, start, all.length);
}

/** A Relay page of relationships already in memory: edges carry their properties. */
export function edgePageOf<N, P>(all: EdgeOf<N, P>[], args: PageArgs): ConnectionShape<N, P> {
  const { page, start } = cut(all, args);
  return edgeConnection(page, start, all.length);
}

/** Plain nested lists stay, bounded like a page: the …Connection twin reaches the rest. */
export const bounded = <T>(all: T[]): T[] => (all.length > MAX_PAGE ? all.slice(0, MAX_PAGE) : all);
