import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import type { Plain } from '../../graph/values';
import { Evidence } from '../types/evidence.type';
import { factEvidence } from './fact-evidence';
import { toOrganization, toPerson } from '../types/from-plain';
import { Organization } from '../types/organization.type';
import type { Person } from '../types/person.type';
import { Post } from '../types/post.type';
import { PostHolding } from '../types/post-holding.type';
import { related, relatedNode, then } from './related';
import { ConnectionArgs, PageArgs } from '../types/list.args';
import { EvidenceConnection, PostHoldersConnection } from '../types/connections.type';
import { bounded, neighbourConnection, pageOf, withProperties } from './nested-connections';

export function toHolding(person: Person, post: Post, rel: Plain): PostHolding {
  return Object.assign(new PostHolding(), {
    person, post, firstSeen: (rel.firstSeen as string) ?? null, lastSeen: (rel.lastSeen as string) ?? null,
    raw: Array.isArray(rel.raw) ? rel.raw : [], relId: (rel.eid as string) ?? null,
  });
}

@Resolver(() => Post)
export class PostResolver {
  @FieldResolver(() => Organization, { nullable: true })
  organization(@Root() p: Post, @Ctx() ctx: Context) {
    return relatedNode(ctx, 'postOrganization', p.id, toOrganization);
  }

  @FieldResolver(() => [PostHolding], { description: 'Everyone seen holding this post, earliest first (at most 100).' })
  holders(@Root() p: Post, @Ctx() ctx: Context) {
    return then(related(ctx, 'postHolders', p.id), (list) => bounded(list.map((n) => toHolding(toPerson(n.node), p, n.rel))));
  }

  @FieldResolver(() => PostHoldersConnection, { description: 'holders as a Relay connection: node the person, properties the holding.' })
  holdersConnection(@Root() p: Post, @Ctx() ctx: Context, @Args() args: ConnectionArgs) {
    return neighbourConnection(ctx, 'postHolders', p.id, args, withProperties(toPerson, (person, rel) => toHolding(person, p, rel)));
  }
}

@Resolver(() => PostHolding)
export class PostHoldingResolver {
  @FieldResolver(() => [Evidence])
  evidence(@Root() h: PostHolding, @Ctx() ctx: Context) { return factEvidence(ctx, h); }

  @FieldResolver(() => EvidenceConnection, { description: 'evidence as a Relay connection.' })
  evidenceConnection(@Root() h: PostHolding, @Ctx() ctx: Context, @Args() args: PageArgs) { return then(factEvidence(ctx, h), (all) => pageOf(all, args)); }
}
