// Top-level lookups and lists: each one call into src/graph.
import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import type { Label } from '../../graph/model';
import { labelOfId } from '../../graph/queries/nodes-by-id';
import { listNodes } from '../../graph/queries/list-nodes';
import { Article } from '../types/article.type';
import { FilteredListArgs } from '../types/list.args';
import { Meeting } from '../types/meeting.type';
import { Node } from '../types/node.type';
import { Organization } from '../types/organization.type';
import { Person } from '../types/person.type';
import { PolicyDocument } from '../types/policy-document.type';
import { Post } from '../types/post.type';
import { Region } from '../types/region.type';
import { CONVERT } from './convert';


const isoDay = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : null);

async function list<T extends Node>(ctx: Context, label: Label, args: FilteredListArgs): Promise<T[]> {
  const f = args.filter ?? {};
  const { nodes } = await listNodes(ctx.graph, label, { ...f, from: isoDay(f.from), to: isoDay(f.to) }, { offset: args.offset, limit: args.first });
  return nodes.map((n) => CONVERT[label](n) as T);
}

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
  persons(@Args() args: FilteredListArgs, @Ctx() ctx: Context) { return list<Person>(ctx, 'Person', args); }
  @Query(() => Person, { nullable: true })
  person(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) { return loadNode<Person>(ctx, 'Person', id); }

  @Query(() => [Organization])
  organizations(@Args() args: FilteredListArgs, @Ctx() ctx: Context) { return list<Organization>(ctx, 'Organization', args); }
  @Query(() => Organization, { nullable: true })
  organization(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) { return loadNode<Organization>(ctx, 'Organization', id); }

  @Query(() => [Post])
  posts(@Args() args: FilteredListArgs, @Ctx() ctx: Context) { return list<Post>(ctx, 'Post', args); }
  @Query(() => Post, { nullable: true })
  post(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) { return loadNode<Post>(ctx, 'Post', id); }

  @Query(() => [Meeting], { description: 'Meetings, newest first.' })
  meetings(@Args() args: FilteredListArgs, @Ctx() ctx: Context) { return list<Meeting>(ctx, 'Meeting', args); }
  @Query(() => Meeting, { nullable: true })
  meeting(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) { return loadNode<Meeting>(ctx, 'Meeting', id); }

  @Query(() => [PolicyDocument])
  policies(@Args() args: FilteredListArgs, @Ctx() ctx: Context) { return list<PolicyDocument>(ctx, 'PolicyDocument', args); }
  @Query(() => PolicyDocument, { nullable: true })
  policy(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) { return loadNode<PolicyDocument>(ctx, 'PolicyDocument', id); }

  @Query(() => [Article], { description: 'Articles, newest first.' })
  articles(@Args() args: FilteredListArgs, @Ctx() ctx: Context) { return list<Article>(ctx, 'Article', args); }
  @Query(() => Article, { nullable: true })
  article(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) { return loadNode<Article>(ctx, 'Article', id); }

  @Query(() => [Region])
  regions(@Args() args: FilteredListArgs, @Ctx() ctx: Context) { return list<Region>(ctx, 'Region', args); }
}
