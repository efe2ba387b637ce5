// citedBy and citedByConnection are in relation-lists.resolver.ts.
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { toMeeting, toOrganization } from '../types/from-plain';
import { Organization } from '../types/organization.type';
import { PolicyDocument } from '../types/policy-document.type';
import { relatedNode, relatedNodes } from './related';
import { regionLevel, REGION_LEVELS } from '../../graph/region-level';
import { PageArgs } from '../types/list.args';
import { DiffusionLevel } from '../types/derived-views.type';
import { DiffusionLevelConnection } from '../types/connections.type';
import { pageOf } from './nested-connections';

@Resolver(() => PolicyDocument)
export class PolicyResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The issuer, when an article names it.' })
  issuer(@Root() d: PolicyDocument, @Ctx() ctx: Context) { return relatedNode(ctx, 'policyIssuer', d.id, toOrganization); }

  @FieldResolver(() => [DiffusionLevel], { description: 'How the document moved down: citing meetings by region level (national → township), each by date.' })
  diffusion(@Root() d: PolicyDocument, @Ctx() ctx: Context) { return this.levels(d, ctx); }

  @FieldResolver(() => DiffusionLevelConnection, { description: 'diffusion as a Relay connection.' })
  async diffusionConnection(@Root() d: PolicyDocument, @Ctx() ctx: Context, @Args() args: PageArgs) {
    return pageOf(await this.levels(d, ctx), args);
  }

  private async levels(d: PolicyDocument, ctx: Context): Promise<DiffusionLevel[]> {
    const meetings = await relatedNodes(ctx, 'policyCitedBy', d.id, toMeeting);
    return REGION_LEVELS.flatMap((level) => {
      const here = meetings.filter((m) => regionLevel(m.region ?? '') === level);
      if (!here.length) return [];
      const dates = here.map((m) => m.date).filter((x): x is string => !!x).sort();
      return [Object.assign(new DiffusionLevel(), { level, firstCited: dates[0] ?? null, regions: [...new Set(here.map((m) => m.region).filter((r): r is string => !!r))], meetings: here })];
    });
  }
}
