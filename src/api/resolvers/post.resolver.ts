import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import type { Plain } from '../../graph/values';
import { Evidence, parseEvidence } from '../types/evidence.type';
import { toOrganization, toPerson } from '../types/from-plain';
import { Organization } from '../types/organization.type';
import type { Person } from '../types/person.type';
import { Post } from '../types/post.type';
import { PostHolding } from '../types/post-holding.type';
import { related, relatedNode } from './related';

export function toHolding(person: Person, post: Post, rel: Plain): PostHolding {
  return Object.assign(new PostHolding(), {
    person, post, firstSeen: (rel.firstSeen as string) ?? null, lastSeen: (rel.lastSeen as string) ?? null,
    raw: Array.isArray(rel.raw) ? rel.raw : [], evidence: rel.evidence,
  });
}

@Resolver(() => Post)
export class PostResolver {
  @FieldResolver(() => Organization, { nullable: true })
  organization(@Root() p: Post, @Ctx() ctx: Context) {
    return relatedNode(ctx, 'postOrganization', p.id, toOrganization);
  }

  @FieldResolver(() => [PostHolding], { description: 'Everyone seen holding this post, earliest first.' })
  async holders(@Root() p: Post, @Ctx() ctx: Context) {
    return (await related(ctx, 'postHolders', p.id)).map((n) => toHolding(toPerson(n.node), p, n.rel));
  }
}

@Resolver(() => PostHolding)
export class PostHoldingResolver {
  @FieldResolver(() => [Evidence])
  evidence(@Root() h: PostHolding) {
    return parseEvidence(h.evidence);
  }
}
