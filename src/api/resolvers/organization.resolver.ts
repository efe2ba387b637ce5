import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { toMeeting, toOrganization, toPerson, toPolicy, toPost, toRegion } from '../types/from-plain';
import { Meeting } from '../types/meeting.type';
import { Organization } from '../types/organization.type';
import { PolicyDocument } from '../types/policy-document.type';
import { Post } from '../types/post.type';
import { Region } from '../types/region.type';
import { relatedNode, relatedNodes } from './related';
import { ORGANIZATION_HOLDERS } from '../../graph/queries/batched';
import type { Plain } from '../../graph/values';
import { PostHolding } from '../types/post-holding.type';
import { toHolding } from './post.resolver';

@Resolver(() => Organization)
export class OrganizationResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The party committee or government this body is part of.' })
  parent(@Root() o: Organization, @Ctx() ctx: Context) { return relatedNode(ctx, 'organizationParent', o.id, toOrganization); }

  @FieldResolver(() => [Organization])
  children(@Root() o: Organization, @Ctx() ctx: Context) { return relatedNodes(ctx, 'organizationChildren', o.id, toOrganization); }

  @FieldResolver(() => [Post])
  posts(@Root() o: Organization, @Ctx() ctx: Context) { return relatedNodes(ctx, 'organizationPosts', o.id, toPost); }

  @FieldResolver(() => [Meeting], { description: 'Meetings it organized, by date.' })
  meetings(@Root() o: Organization, @Ctx() ctx: Context) { return relatedNodes(ctx, 'organizationMeetings', o.id, toMeeting); }

  @FieldResolver(() => [PolicyDocument], { description: 'Documents it issued.' })
  issued(@Root() o: Organization, @Ctx() ctx: Context) { return relatedNodes(ctx, 'organizationIssued', o.id, toPolicy); }

  @FieldResolver(() => [PostHolding], { description: 'Who holds or held its posts; current: the latest seen holder of each post.' })
  async holders(@Root() o: Organization, @Ctx() ctx: Context, @Arg('current', () => Boolean, { nullable: true, description: 'true: current only; false: past only.' }) current?: boolean) {
    return (await ctx.loaders.query(ORGANIZATION_HOLDERS).load(o.id))
      .filter((r) => current == null || r.current === current)
      .map((r) => Object.assign(toHolding(toPerson(r.person as Plain), toPost(r.post as Plain), r.rel as Plain), { current: r.current as boolean }));
  }

  @FieldResolver(() => Region, { nullable: true, name: 'regionNode' })
  regionNode(@Root() o: Organization, @Ctx() ctx: Context) { return relatedNode(ctx, 'organizationRegion', o.id, toRegion); }
}
