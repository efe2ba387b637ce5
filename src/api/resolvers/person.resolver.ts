import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Evidence, parseEvidence } from '../types/evidence.type';
import { toMeeting, toPost } from '../types/from-plain';
import { Participation, type Role } from '../types/participation.type';
import { Person } from '../types/person.type';
import { Post } from '../types/post.type';
import { PostHolding } from '../types/post-holding.type';
import { toHolding } from './post.resolver';
import { related, relatedNodes } from './related';

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => [Post], { description: 'The posts this person was seen holding, earliest first.' })
  posts(@Root() p: Person, @Ctx() ctx: Context) {
    return relatedNodes(ctx, 'personHoldings', p.id, toPost);
  }

  @FieldResolver(() => [PostHolding], { description: 'Posts with the dates they were seen held.' })
  async holdings(@Root() p: Person, @Ctx() ctx: Context) {
    return (await related(ctx, 'personHoldings', p.id)).map((n) => toHolding(p, toPost(n.node), n.rel));
  }

  @FieldResolver(() => [Participation], { description: 'Meetings this person took part in, by date.' })
  async participations(@Root() p: Person, @Ctx() ctx: Context) {
    return (await related(ctx, 'personParticipations', p.id)).map((n) =>
      Object.assign(new Participation(), { person: p, meeting: toMeeting(n.node), role: n.rel.role as Role, action: String(n.rel.action ?? ''), evidence: n.rel.evidence }),
    );
  }

  @FieldResolver(() => [Evidence])
  async evidence(@Root() p: Person, @Ctx() ctx: Context) {
    return parseEvidence(p.evidence ?? (await ctx.loaders.node('Person').load(p.id))?.evidence);
  }
}
