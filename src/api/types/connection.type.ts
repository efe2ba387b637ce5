// Relay connections: one generic class per item type; cursors are opaque offsets into the
// ordered matches, so `after`/`before` round-trip with first/last.
import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { GraphQLError } from 'graphql';

@ObjectType({ simpleResolvers: true })
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field() hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export interface ConnectionShape<T, P = unknown> {
  edges: { node: T; cursor: string; properties?: P }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * A Relay connection of `Item`s. With `Properties` (a list of relationships, as in
 * @neo4j/graphql), each edge also carries the relationship: `edges { node properties }`.
 */
export function Connection<T extends object>(Item: ClassType<T>, name: string, Properties?: ClassType<object>) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge {
    @Field(() => Item) node!: T;
    @Field() cursor!: string;
    properties?: object;
  }
  if (Properties) Field(() => Properties, { description: 'The relationship between the parent and this node.' })(Edge.prototype, 'properties');
  @ObjectType(`${name}Connection`, { simpleResolvers: true, description: `A page of ${name} items (Relay).` })
  class ConnectionClass implements ConnectionShape<T> {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => [Item], { description: 'The nodes of the edges, for clients that do not need cursors.' }) nodes!: T[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int, { description: 'All matches, not only this page.' }) totalCount!: number;
  }
  return ConnectionClass;
}

const PREFIX = 'o:';
export const toCursor = (offset: number) => Buffer.from(PREFIX + offset).toString('base64url');

export function fromCursor(cursor: string | null | undefined): number | null {
  if (cursor == null) return null;
  const raw = Buffer.from(cursor, 'base64url').toString();
  const n = Number(raw.slice(PREFIX.length));
  if (!raw.startsWith(PREFIX) || !Number.isInteger(n) || n < 0) throw new GraphQLError(`invalid cursor ${JSON.stringify(cursor)}`, { extensions: { code: 'BAD_USER_INPUT' } });
  return n;
}

/** hasPreviousPage/hasNextPage say whether any match lies before/after this page at all. */
export function toConnection<T, P = unknown>(nodes: T[], start: number, total: number, properties?: P[]): ConnectionShape<T, P> {
  const edges = nodes.map((node, i) => ({ node, cursor: toCursor(start + i), properties: properties?.[i] }));
  const end = start + nodes.length;
  return {
    edges, nodes, totalCount: total,
    pageInfo: Object.assign(new PageInfo(), {
      hasPreviousPage: start > 0,
      hasNextPage: end < total,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    }),
  };
}
