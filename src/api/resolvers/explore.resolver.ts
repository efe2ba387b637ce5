// Search and subgraphs: what the explorer and other visualization front ends call.
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context';
import { search, snippet } from '../../graph/queries/search';
import { displayLabel, neighbourhood, shortestPath } from '../../graph/queries/subgraph';
import { GraphView } from '../types/graph-view.type';
import { labelsOf, NodeType } from '../types/node-type';
import { SearchHit } from '../types/search-hit.type';
import { CONVERT } from './convert';
import { selected } from './selected-fields';

// Edges and properties (provenance lists on edges) are read only when the request selects them.
const fieldsOf = (info: GraphQLResolveInfo) => ({ nodeProperties: selected(info, 'nodes', 'properties'), edges: selected(info, 'edges'), edgeProperties: selected(info, 'edges', 'properties') });

const bad = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
const within = (name: string, v: number, lo: number, hi: number) => {
  if (!Number.isInteger(v) || v < lo || v > hi) throw bad(`${name} must be between ${lo} and ${hi}`);
};

@Resolver()
export class ExploreResolver {
  @Query(() => [SearchHit], { description: 'Full-text search (Chinese-aware) over names, titles and article text, best first.' })
  async search(
    @Arg('query') query: string,
    @Ctx() ctx: Context,
    @Arg('types', () => [NodeType], { nullable: true }) types?: NodeType[],
    @Arg('first', () => Int, { defaultValue: 20 }) first = 20,
  ): Promise<SearchHit[]> {
    within('first', first, 1, 100);
    if (query.length > 200) throw bad('query must be at most 200 characters');
    const labels = labelsOf(types) ?? ['Person', 'Organization', 'Meeting', 'PolicyDocument', 'Article'];
    const rows = await search(ctx.graph, query, labels, first);
    return rows.map((r) => {
      const label = displayLabel(r.label, r.node);
      return Object.assign(new SearchHit(), {
        node: CONVERT[r.label](r.node), type: r.label as NodeType, label, score: r.score,
        snippet: snippet(label.includes(query.trim()) ? label : r.text ?? label, query),
      });
    });
  }

  @Query(() => GraphView, { description: 'The neighbourhood of some nodes, up to depth 3 and 2000 nodes.' })
  graph(
    @Arg('ids', () => [ID]) ids: string[],
    @Ctx() ctx: Context,
    @Arg('depth', () => Int, { defaultValue: 1 }) depth = 1,
    @Arg('types', () => [NodeType], { nullable: true, description: 'Only nodes of these types (besides the seeds).' }) types?: NodeType[],
    @Arg('limit', () => Int, { defaultValue: 500 }) limit = 500,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<GraphView> {
    within('depth', depth, 0, 3);
    within('limit', limit, 1, 2000);
    if (ids.length > 100) throw bad('at most 100 ids');
    return neighbourhood(ctx.graph, ids, depth, labelsOf(types), limit, info && fieldsOf(info));
  }

  @Query(() => GraphView, { description: 'A shortest path between two nodes, at most maxLength relationships long.' })
  path(
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
    @Ctx() ctx: Context,
    @Arg('maxLength', () => Int, { defaultValue: 4 }) maxLength = 4,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<GraphView> {
    within('maxLength', maxLength, 1, 6);
    return shortestPath(ctx.graph, from, to, maxLength, info && fieldsOf(info));
  }
}
