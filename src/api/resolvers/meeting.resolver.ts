import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Article } from '../types/article.type';
import { Evidence, parseEvidence } from '../types/evidence.type';
import { toArticle, toMeeting, toOrganization, toPerson, toPolicy } from '../types/from-plain';
import { Meeting } from '../types/meeting.type';
import { Organization } from '../types/organization.type';
import { Participation, Role, toParticipation } from '../types/participation.type';
import { PolicyDocument } from '../types/policy-document.type';
import { related, relatedNode, relatedNodes } from './related';
import { RELATED_MEETINGS } from '../../graph/queries/batched';
import type { Plain } from '../../graph/values';
import { RelatedMeeting } from '../types/derived-views.type';

@Resolver(() => Meeting)
export class MeetingResolver {
  @FieldResolver(() => Organization, { nullable: true })
  organizer(@Root() m: Meeting, @Ctx() ctx: Context) { return relatedNode(ctx, 'meetingOrganizer', m.id, toOrganization); }

  @FieldResolver(() => [Participation], { description: 'Who presided, spoke and attended (in that order).' })
  async participants(@Root() m: Meeting, @Ctx() ctx: Context, @Arg('role', () => Role, { nullable: true }) role?: Role) {
    return (await related(ctx, 'meetingParticipants', m.id))
      .filter((n) => !role || n.rel.role === role)
      .map((n) => toParticipation(toPerson(n.node), m, n.rel));
  }

  @FieldResolver(() => [PolicyDocument], { description: 'Documents the meeting relayed or studied.' })
  cites(@Root() m: Meeting, @Ctx() ctx: Context) { return relatedNodes(ctx, 'meetingCites', m.id, toPolicy); }

  @FieldResolver(() => [Article], { description: 'The articles that report it.' })
  articles(@Root() m: Meeting, @Ctx() ctx: Context) { return relatedNodes(ctx, 'meetingArticles', m.id, toArticle); }

  @FieldResolver(() => [Meeting], { description: 'Earlier meetings this one follows (召开…前, 专门召开会议).' })
  follows(@Root() m: Meeting, @Ctx() ctx: Context) { return relatedNodes(ctx, 'meetingFollows', m.id, toMeeting); }

  @FieldResolver(() => [RelatedMeeting], { description: 'Meetings sharing participants or cited documents, or linked by FOLLOWS.' })
  async related(@Root() m: Meeting, @Ctx() ctx: Context) {
    return (await ctx.loaders.query(RELATED_MEETINGS).load(m.id)).map((r) =>
      Object.assign(new RelatedMeeting(), { meeting: toMeeting(r.meeting as Plain), shared: r.shared as number, why: r.why as string[] }));
  }

  @FieldResolver(() => [Evidence])
  async evidence(@Root() m: Meeting, @Ctx() ctx: Context) {
    return parseEvidence(m.evidence ?? (await ctx.loaders.node('Meeting').load(m.id))?.evidence);
  }
}

@Resolver(() => Participation)
export class ParticipationResolver {
  @FieldResolver(() => [Evidence])
  evidence(@Root() p: Participation) { return parseEvidence(p.evidence); }
}
