// Top-level lookups, lists and Relay connections: each one call into src/graph.
// `meetings` (a plain list) and `meetingsConnection` (Relay) follow the convention of
// @neo4j/graphql, so both simple clients and paginating ones are served.
import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
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

export async function loadNode<T extends Node>(ctx: Context, label: Label, id: string): Promise<T | null> {
  const p = await ctx.loaders.node(label).load(id);
  return p ? (CONVERT[label](p) as T) : null;
}

@Resolver()
export class QueryResolver {
  @Query(() => Node, { nullable: true, description: 'Any node by its global id.' })
  node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Node | null> {
    const label = labelOfId(id);
    return label ? loadNode(ctx, label, id) : Promise.resolve(null);
  }

  @Query(() => [Person], { description: 'Officials, by name.' })
  persons(@Args() args: ListArgs, @Ctx() ctx: Context) { return list<Person>(ctx, 'Person', args); }
  @Query(() => PersonConnection)
  personsConnection(@Args() args: ConnectionArgs, @Ctx() ctx: Context) { return connection<Person>(ctx, 'Person', args); }
  @Query(() => Person, { nullable: true })
  person(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) { return loadNode<Person>(ctx, 'Person', id); }

  @Query(() => [Organization])
  organizations(@Args() args: ListArgs, @Ctx() ctx: Context) { return list<Organization>(ctx, 'Organization', args); }
  @Query(() => OrganizationConnection)
  organizationsConnection(@Args() args: ConnectionArgs, @Ctx() ctx: Context) { return connection<Organization>(ctx, 'Organization', args); }
  @Query(() => Organization, { nullable: true })
  organization(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) { return loadNode<Organization>(ctx, 'Organization', id); }

  @Query(() => [Post])
  posts(@Args() args: ListArgs, @Ctx() ctx: Context) { return list<Post>(ctx, 'Post', args); }
  @Query(() => PostConnection)
  postsConnection(@Args() args: ConnectionArgs, @Ctx() ctx: Context) { return connection<Post>(ctx, 'Post', args); }
  @Query(() => Post, { nullable: true })
  post(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) { return loadNode<Post>(ctx, 'Post', id); }

  @Query(() => [Meeting], { description: 'Meetings, newest first.' })
  meetings(@Args() args: ListArgs, @Ctx() ctx: Context) { return list<Meeting>(ctx, 'Meeting', args); }
  @Query(() => MeetingConnection)
  meetingsConnection(@Args() args: ConnectionArgs, @Ctx() ctx: Context) { return connection<Meeting>(ctx, 'Meeting', args); }
  @Query(() => Meeting, { nullable: true })
  meeting(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) { return loadNode<Meeting>(ctx, 'Meeting', id); }

  @Query(() => [PolicyDocument])
  policies(@Args() args: ListArgs, @Ctx() ctx: Context) { return list<PolicyDocument>(ctx, 'PolicyDocument', args); }
  @Query(() => PolicyDocumentConnection)
  policiesConnection(@Args() args: ConnectionArgs, @Ctx() ctx: Context) { return connection<PolicyDocument>(ctx, 'PolicyDocument', args); }
  @Query(() => PolicyDocument, { nullable: true })
  policy(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) { return loadNode<PolicyDocument>(ctx, 'PolicyDocument', id); }

  @Query(() => [Article], { description: 'Articles, newest first.' })
  articles(@Args() args: ListArgs, @Ctx() ctx: Context) { return list<Article>(ctx, 'Article', args); }
  @Query(() => ArticleConnection)
  articlesConnection(@Args() args: ConnectionArgs, @Ctx() ctx: Context) { return connection<Article>(ctx, 'Article', args); }
  @Query(() => Article, { nullable: true })
  article(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) { return loadNode<Article>(ctx, 'Article', id); }

  @Query(() => [Region])
  regions(@Args() args: ListArgs, @Ctx() ctx: Context) { return list<Region>(ctx, 'Region', args); }
  @Query(() => RegionConnection)
  regionsConnection(@Args() args: ConnectionArgs, @Ctx() ctx: Context) { return connection<Region>(ctx, 'Region', args); }
}
