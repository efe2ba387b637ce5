// children, posts, meetings and issued, with their connections, are in relation-lists.resolver.ts.
import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { toOrganization, toPerson, toPost, toRegion } from '../types/from-plain';
import { Organization } from '../types/organization.type';
import { Region } from '../types/region.type';
import { relatedNode } from './related';
import { ORGANIZATION_HOLDERS } from '../../graph/queries/batched';
import type { Plain } from '../../graph/values';
import { PostHolding } from '../types/post-holding.type';
import { toHolding } from './post.resolver';
import { PageArgs } from '../types/list.args';
import { OrganizationHoldersConnection } from '../types/connections.type';
import { bounded, edgePageOf } from './nested-connections';

const CURRENT = { nullable: true, description: 'true: current only; false: past only.' } as const;

@Resolver(() => Organization)
export class OrganizationResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The party committee or government this body is part of.' })
  parent(@Root() o: Organization, @Ctx() ctx: Context) { return relatedNode(ctx, 'organizationParent', o.id, toOrganization); }

  @FieldResolver(() => [PostHolding], { description: 'Who holds or held its posts; current: the latest seen holder of each post (at most 100).' })
  async holders(@Root() o: Organization, @Ctx() ctx: Context, @Arg('current', () => Boolean, CURRENT) current?: boolean) {
    return bounded(await this.allHolders(o, ctx, current));
  }

  @FieldResolver(() => OrganizationHoldersConnection, { description: 'holders as a Relay connection: node the person, properties the holding.' })
  async holdersConnection(@Root() o: Organization, @Ctx() ctx: Context, @Args() args: PageArgs, @Arg('current', () => Boolean, CURRENT) current?: boolean) {
    return edgePageOf((await this.allHolders(o, ctx, current)).map((h) => ({ node: h.person, properties: h })), args);
  }

  @FieldResolver(() => Region, { nullable: true, name: 'regionNode' })
  regionNode(@Root() o: Organization, @Ctx() ctx: Context) { return relatedNode(ctx, 'organizationRegion', o.id, toRegion); }

  private async allHolders(o: Organization, ctx: Context, current: boolean | undefined): Promise<PostHolding[]> {
    return (await ctx.loaders.query(ORGANIZATION_HOLDERS).load(o.id))
      .filter((r) => current == null || r.current === current)
      .map((r) => Object.assign(toHolding(toPerson(r.person as Plain), toPost(r.post as Plain), r.rel as Plain), { current: r.current as boolean }));
  }
}
