// cites, articles and follows, with their connections, are in relation-lists.resolver.ts.
import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Evidence } from '../types/evidence.type';
import { factEvidence } from './fact-evidence';
import { toMeeting, toOrganization, toPerson } from '../types/from-plain';
import { Meeting } from '../types/meeting.type';
import { Organization } from '../types/organization.type';
import { Participation, Role, toParticipation } from '../types/participation.type';
import { related, relatedNode, then } from './related';
import { RELATED_MEETINGS } from '../../graph/queries/batched';
import type { Plain } from '../../graph/values';
import { RelatedMeeting } from '../types/derived-views.type';
import { ConnectionArgs, PageArgs } from '../types/list.args';
import { EvidenceConnection, MeetingParticipantsConnection, MeetingRelatedConnection } from '../types/connections.type';
import { bounded, edgePageOf, neighbourConnection, pageOf, withProperties } from './nested-connections';
import { nodeEvidence } from './node-evidence';

@Resolver(() => Meeting)
export class MeetingResolver {
  @FieldResolver(() => Organization, { nullable: true })
  organizer(@Root() m: Meeting, @Ctx() ctx: Context) { return relatedNode(ctx, 'meetingOrganizer', m.id, toOrganization); }

  @FieldResolver(() => [Participation], { description: 'Who presided, spoke and attended (in that order; at most 100).' })
  participants(@Root() m: Meeting, @Ctx() ctx: Context, @Arg('role', () => Role, { nullable: true }) role?: Role) {
    return then(related(ctx, 'meetingParticipants', m.id), (list) => bounded((role ? list.filter((n) => n.rel.role === role) : list)
      .map((n) => toParticipation(toPerson(n.node), m, n.rel))));
  }

  @FieldResolver(() => MeetingParticipantsConnection, { description: 'participants as a Relay connection: node the person, properties the participation; filter.role is their role here.' })
  participantsConnection(@Root() m: Meeting, @Ctx() ctx: Context, @Args() args: ConnectionArgs) {
    return neighbourConnection(ctx, 'meetingParticipants', m.id, args, withProperties(toPerson, (person, rel) => toParticipation(person, m, rel)));
  }

  @FieldResolver(() => [RelatedMeeting], { description: 'Meetings sharing participants or cited documents, or linked by FOLLOWS (at most 50).' })
  related(@Root() m: Meeting, @Ctx() ctx: Context) { return this.allRelated(m, ctx); }

  @FieldResolver(() => MeetingRelatedConnection, { description: 'related as a Relay connection: node the meeting, properties why.' })
  async relatedConnection(@Root() m: Meeting, @Ctx() ctx: Context, @Args() args: PageArgs) {
    return edgePageOf((await this.allRelated(m, ctx)).map((r) => ({ node: r.meeting, properties: r })), args);
  }

  @FieldResolver(() => [Evidence], { description: 'Where articles report it (at most 100).' })
  async evidence(@Root() m: Meeting, @Ctx() ctx: Context) { return bounded(await nodeEvidence(ctx, 'Meeting', m)); }

  @FieldResolver(() => EvidenceConnection, { description: 'evidence as a Relay connection.' })
  async evidenceConnection(@Root() m: Meeting, @Ctx() ctx: Context, @Args() args: PageArgs) {
    return pageOf(await nodeEvidence(ctx, 'Meeting', m), args);
  }

  private async allRelated(m: Meeting, ctx: Context): Promise<RelatedMeeting[]> {
    return (await ctx.loaders.query(RELATED_MEETINGS).load(m.id)).map((r) =>
      Object.assign(new RelatedMeeting(), { meeting: toMeeting(r.meeting as Plain), shared: r.shared as number, why: r.why as string[] }));
  }
}

@Resolver(() => Participation)
export class ParticipationResolver {
  @FieldResolver(() => [Evidence])
  evidence(@Root() p: Participation, @Ctx() ctx: Context) { return factEvidence(ctx, p); }

  @FieldResolver(() => EvidenceConnection, { description: 'evidence as a Relay connection.' })
  evidenceConnection(@Root() p: Participation, @Ctx() ctx: Context, @Args() args: PageArgs) { return then(factEvidence(ctx, p), (all) => pageOf(all, args)); }
}
