// posts and postsConnection are in relation-lists.resolver.ts.
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import type { Plain } from '../../graph/values';
import { Evidence } from '../types/evidence.type';
import { toMeeting, toPerson, toPost } from '../types/from-plain';
import { Participation, toParticipation } from '../types/participation.type';
import { Person } from '../types/person.type';
import { PostHolding } from '../types/post-holding.type';
import { toHolding } from './post.resolver';
import { related, then, type MaybePromise } from './related';
import { CO_ATTENDEES } from '../../graph/queries/batched';
import { CoAttendee, TimelineEntry } from '../types/derived-views.type';
import type { Meeting } from '../types/meeting.type';
import { ConnectionArgs, PageArgs } from '../types/list.args';
import { EvidenceConnection, PersonCoAttendeesConnection, PersonHoldingsConnection, PersonParticipationsConnection, TimelineEntryConnection } from '../types/connections.type';
import { bounded, edgePageOf, neighbourConnection, pageOf, withProperties } from './nested-connections';
import { nodeEvidence } from './node-evidence';

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => [PostHolding], { description: 'Posts with the dates they were seen held (at most 100).' })
  holdings(@Root() p: Person, @Ctx() ctx: Context) {
    return then(this.allHoldings(p, ctx), bounded);
  }

  @FieldResolver(() => PersonHoldingsConnection, { description: 'holdings as a Relay connection: node the post, properties the holding.' })
  holdingsConnection(@Root() p: Person, @Ctx() ctx: Context, @Args() args: ConnectionArgs) {
    return neighbourConnection(ctx, 'personHoldings', p.id, args, withProperties(toPost, (post, rel) => toHolding(p, post, rel)));
  }

  @FieldResolver(() => [Participation], { description: 'Meetings this person took part in, by date (at most 100).' })
  participations(@Root() p: Person, @Ctx() ctx: Context) {
    return then(related(ctx, 'personParticipations', p.id), (list) => bounded(list.map((n) => toParticipation(p, toMeeting(n.node), n.rel))));
  }

  @FieldResolver(() => PersonParticipationsConnection, { description: 'participations as a Relay connection: node the meeting, properties the participation; filter.role is this person\'s role.' })
  participationsConnection(@Root() p: Person, @Ctx() ctx: Context, @Args() args: ConnectionArgs) {
    return neighbourConnection(ctx, 'personParticipations', p.id, args, withProperties(toMeeting, (meeting, rel) => toParticipation(p, meeting, rel)));
  }

  @FieldResolver(() => [TimelineEntry], { description: 'The career: posts by firstSeen, each with the meetings of its period (at most 100).' })
  async timeline(@Root() p: Person, @Ctx() ctx: Context) {
    return bounded(await this.career(p, ctx));
  }

  @FieldResolver(() => TimelineEntryConnection, { description: 'timeline as a Relay connection.' })
  async timelineConnection(@Root() p: Person, @Ctx() ctx: Context, @Args() args: PageArgs) {
    return pageOf(await this.career(p, ctx), args);
  }

  @FieldResolver(() => [CoAttendee], { description: 'People met at the same meetings, most shared meetings first (at most 100).' })
  coAttendees(@Root() p: Person, @Ctx() ctx: Context) {
    return this.allCoAttendees(p, ctx);
  }

  @FieldResolver(() => PersonCoAttendeesConnection, { description: 'coAttendees as a Relay connection: node the person met, properties the counts.' })
  async coAttendeesConnection(@Root() p: Person, @Ctx() ctx: Context, @Args() args: PageArgs) {
    return edgePageOf((await this.allCoAttendees(p, ctx)).map((c) => ({ node: c.person, properties: c })), args);
  }

  @FieldResolver(() => [Evidence], { description: 'Where articles name this person (at most 100).' })
  async evidence(@Root() p: Person, @Ctx() ctx: Context) {
    return bounded(await nodeEvidence(ctx, 'Person', p));
  }

  @FieldResolver(() => EvidenceConnection, { description: 'evidence as a Relay connection.' })
  async evidenceConnection(@Root() p: Person, @Ctx() ctx: Context, @Args() args: PageArgs) {
    return pageOf(await nodeEvidence(ctx, 'Person', p), args);
  }

  private allHoldings(p: Person, ctx: Context): MaybePromise<PostHolding[]> {
    return then(related(ctx, 'personHoldings', p.id), (list) => list.map((n) => toHolding(p, toPost(n.node), n.rel)));
  }

  private async career(p: Person, ctx: Context): Promise<TimelineEntry[]> {
    const [holdings, meetings] = await Promise.all([this.allHoldings(p, ctx), related(ctx, 'personParticipations', p.id)]);
    const dated = meetings.map((n) => toMeeting(n.node));
    const within = (m: Meeting, h: PostHolding) => !!m.date && !!h.firstSeen && m.date >= h.firstSeen && m.date <= (h.lastSeen ?? h.firstSeen);
    return holdings
      .sort((a, b) => (a.firstSeen ?? '9999').localeCompare(b.firstSeen ?? '9999'))
      .map((h) => Object.assign(new TimelineEntry(), { holding: h, meetings: dated.filter((m) => within(m, h)) }));
  }

  private async allCoAttendees(p: Person, ctx: Context): Promise<CoAttendee[]> {
    return (await ctx.loaders.query(CO_ATTENDEES).load(p.id)).map((r) =>
      Object.assign(new CoAttendee(), { person: toPerson(r.person as Plain), meetings: r.meetings as number, lastMet: (r.lastMet as string) ?? null }));
  }
}
