import { Args, Ctx, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { toMeeting, toOrganization } from '../types/from-plain';
import { Meeting } from '../types/meeting.type';
import { Organization } from '../types/organization.type';
import { PolicyDocument } from '../types/policy-document.type';
import { relatedNode, relatedNodes } from './related';
import { regionLevel, REGION_LEVELS } from '../../graph/region-level';
import { Connection, toConnection } from '../types/connection.type';
import { ConnectionArgs } from '../types/list.args';
import { DiffusionLevel } from '../types/derived-views.type';
import { pageOf } from './lists';

@ObjectType() export class CitingMeetingConnection extends Connection(Meeting, 'CitingMeeting') {}

@Resolver(() => PolicyDocument)
export class PolicyResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The issuer, when an article names it.' })
  issuer(@Root() d: PolicyDocument, @Ctx() ctx: Context) { return relatedNode(ctx, 'policyIssuer', d.id, toOrganization); }

  @FieldResolver(() => [Meeting], { description: 'Meetings that cite it, by date.' })
  citedBy(@Root() d: PolicyDocument, @Ctx() ctx: Context) { return relatedNodes(ctx, 'policyCitedBy', d.id, toMeeting); }

  @FieldResolver(() => CitingMeetingConnection, { description: 'citedBy as a Relay connection (filters and orderBy are ignored here).' })
  async citedByConnection(@Root() d: PolicyDocument, @Ctx() ctx: Context, @Args() args: ConnectionArgs) {
    return pageOf(await relatedNodes(ctx, 'policyCitedBy', d.id, toMeeting), args);
  }

  @FieldResolver(() => [DiffusionLevel], { description: 'How the document moved down: citing meetings by region level (national → township), each by date.' })
  async diffusion(@Root() d: PolicyDocument, @Ctx() ctx: Context) {
    const meetings = await relatedNodes(ctx, 'policyCitedBy', d.id, toMeeting);
    return REGION_LEVELS.flatMap((level) => {
      const here = meetings.filter((m) => regionLevel(m.region ?? '') === level);
      if (!here.length) return [];
      const dates = here.map((m) => m.date).filter((x): x is string => !!x).sort();
      return [Object.assign(new DiffusionLevel(), { level, firstCited: dates[0] ?? null, regions: [...new Set(here.map((m) => m.region).filter((r): r is string => !!r))], meetings: here })];
    });
  }
}
