// Top-level lookups, lists and Relay connections: each one call into src/graph.
// `meetings` (a plain list) and `meetingsConnection` (Relay) follow the convention of
// @neo4j/graphql, so both simple clients and paginating ones are served.
import { Arg, Args, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context';
import type { Label } from '../../graph/model';
import { labelOfId } from '../../graph/queries/nodes-by-id';
import { Article } from '../types/article.type';
import { ArticleConnection, MeetingConnection, OrganizationConnection, PersonConnection, PolicyDocumentConnection, PostConnection, RegionConnection } from '../types/connections.type';
import { ConnectionArgs, ListArgs } from '../types/list.args';
import { Meeting } from '../types/meeting.type';
import { Node } from '../types/node.type';
import { Organization } from '../types/organization.type';
import { Person } from '../types/person.type';
import { PolicyDocument } from '../types/policy-document.type';
import { Post } from '../types/post.type';
import { Region } from '../types/region.type';
import { CONVERT } from './convert';
import { connection, list } from './lists';
import { lookAhead } from './look-ahead';
import { isEmptyTree } from '../../graph/queries/neighbour-tree';

/** A node by id; with `info`, the relation fields selected below it are read in the same statement. */
export async function loadNode<T extends Node>(ctx: Context, label: Label, id: string, info?: GraphQLResolveInfo): Promise<T | null> {
  const tree = info && lookAhead(info, label);
  const p = await (tree && !isEmptyTree(tree) ? ctx.loaders.nodeWithNeighbours(label, tree) : ctx.loaders.node(label)).load(id);
  return p ? (CONVERT[label](p) as T) : null;
}

@Resolver()
export class QueryResolver {
  @Query(() => Node, { nullable: true, description: 'Any node by its global id.' })
  node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Node | null> {
    const label = labelOfId(id);
    return label ? loadNode(ctx, label, id, info) : Promise.resolve(null);
  }

  @Query(() => [Person], { description: 'Officials, by name.' })
  persons(@Args() args: ListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) { return list<Person>(ctx, 'Person', args, info); }
  @Query(() => PersonConnection)
  personsConnection(@Args() args: ConnectionArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) { return connection<Person>(ctx, 'Person', args, info); }
  @Query(() => Person, { nullable: true })
  person(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) { return loadNode<Person>(ctx, 'Person', id, info); }

  @Query(() => [Organization])
  organizations(@Args() args: ListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) { return list<Organization>(ctx, 'Organization', args, info); }
  @Query(() => OrganizationConnection)
  organizationsConnection(@Args() args: ConnectionArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) { return connection<Organization>(ctx, 'Organization', args, info); }
  @Query(() => Organization, { nullable: true })
  organization(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) { return loadNode<Organization>(ctx, 'Organization', id, info); }

  @Query(() => [Post])
  posts(@Args() args: ListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) { return list<Post>(ctx, 'Post', args, info); }
  @Query(() => PostConnection)
  postsConnection(@Args() args: ConnectionArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) { return connection<Post>(ctx, 'Post', args, info); }
  @Query(() => Post, { nullable: true })
  post(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) { return loadNode<Post>(ctx, 'Post', id, info); }

  @Query(() => [Meeting], { description: 'Meetings, newest first.' })
  meetings(@Args() args: ListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) { return list<Meeting>(ctx, 'Meeting', args, info); }
  @Query(() => MeetingConnection)
  meetingsConnection(@Args() args: ConnectionArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) { return connection<Meeting>(ctx, 'Meeting', args, info); }
  @Query(() => Meeting, { nullable: true })
  meeting(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) { return loadNode<Meeting>(ctx, 'Meeting', id, info); }

  @Query(() => [PolicyDocument])
  policies(@Args() args: ListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) { return list<PolicyDocument>(ctx, 'PolicyDocument', args, info); }
  @Query(() => PolicyDocumentConnection)
  policiesConnection(@Args() args: ConnectionArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) { return connection<PolicyDocument>(ctx, 'PolicyDocument', args, info); }
  @Query(() => PolicyDocument, { nullable: true })
  policy(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) { return loadNode<PolicyDocument>(ctx, 'PolicyDocument', id, info); }

  @Query(() => [Article], { description: 'Articles, newest first.' })
  articles(@Args() args: ListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) { return list<Article>(ctx, 'Article', args, info); }
  @Query(() => ArticleConnection)
  articlesConnection(@Args() args: ConnectionArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) { return connection<Article>(ctx, 'Article', args, info); }
  @Query(() => Article, { nullable: true })
  article(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) { return loadNode<Article>(ctx, 'Article', id, info); }

  @Query(() => [Region])
  regions(@Args() args: ListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) { return list<Region>(ctx, 'Region', args, info); }
  @Query(() => RegionConnection)
  regionsConnection(@Args() args: ConnectionArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) { return connection<Region>(ctx, 'Region', args, info); }
}
