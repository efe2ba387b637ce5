import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { toMeeting, toOrganization } from '../types/from-plain';
import { Meeting } from '../types/meeting.type';
import { Organization } from '../types/organization.type';
import { PolicyDocument } from '../types/policy-document.type';
import { relatedNode, relatedNodes } from './related';

@Resolver(() => PolicyDocument)
export class PolicyResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The issuer, when an article names it.' })
  issuer(@Root() d: PolicyDocument, @Ctx() ctx: Context) { return relatedNode(ctx, 'policyIssuer', d.id, toOrganization); }

  @FieldResolver(() => [Meeting], { description: 'Meetings that cite it, by date.' })
  citedBy(@Root() d: PolicyDocument, @Ctx() ctx: Context) { return relatedNodes(ctx, 'policyCitedBy', d.id, toMeeting); }
}
