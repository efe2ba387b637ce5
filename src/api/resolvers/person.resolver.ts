import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import type { Plain } from '../../graph/values';
import { Evidence, parseEvidence } from '../types/evidence.type';
import { toMeeting, toPerson, toPost } from '../types/from-plain';
import { Participation, toParticipation } from '../types/participation.type';
import { Person } from '../types/person.type';
import { Post } from '../types/post.type';
import { PostHolding } from '../types/post-holding.type';
import { toHolding } from './post.resolver';
import { related, relatedNodes } from './related';
import { CO_ATTENDEES } from '../../graph/queries/batched';
import { CoAttendee, TimelineEntry } from '../types/derived-views.type';
import type { Meeting } from '../types/meeting.type';

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
    return (await related(ctx, 'personParticipations', p.id)).map((n) => toParticipation(p, toMeeting(n.node), n.rel));
  }

  @FieldResolver(() => [TimelineEntry], { description: 'The career: posts by firstSeen, each with the meetings of its period.' })
  async timeline(@Root() p: Person, @Ctx() ctx: Context) {
    const [holdings, meetings] = await Promise.all([this.holdings(p, ctx), related(ctx, 'personParticipations', p.id)]);
    const dated = meetings.map((n) => toMeeting(n.node));
    const within = (m: Meeting, h: PostHolding) => !!m.date && !!h.firstSeen && m.date >= h.firstSeen && m.date <= (h.lastSeen ?? h.firstSeen);
    return holdings
      .sort((a, b) => (a.firstSeen ?? '9999').localeCompare(b.firstSeen ?? '9999'))
      .map((h) => Object.assign(new TimelineEntry(), { holding: h, meetings: dated.filter((m) => within(m, h)) }));
  }

  @FieldResolver(() => [CoAttendee], { description: 'People met at the same meetings, most shared meetings first (at most 100).' })
  async coAttendees(@Root() p: Person, @Ctx() ctx: Context) {
    return (await ctx.loaders.query(CO_ATTENDEES).load(p.id)).map((r) =>
      Object.assign(new CoAttendee(), { person: toPerson(r.person as Plain), meetings: r.meetings as number, lastMet: (r.lastMet as string) ?? null }));
  }

  @FieldResolver(() => [Evidence])
  async evidence(@Root() p: Person, @Ctx() ctx: Context) {
    return parseEvidence(p.evidence ?? (await ctx.loaders.node('Person').load(p.id))?.evidence);
  }
}
