// Writes, allowed only with `Authorization: Bearer <GOVGRAPH_ADMIN_TOKEN>`; without it nothing
// is read or written and the answer is UNAUTHENTICATED.
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { GraphQLError } from 'graphql';
import { DateResolver } from 'graphql-scalars';
import type { Context } from '../context';
import { extract, rejection } from '../../extract';
import { loadExtraction } from '../../graph/load';
import { removeArticle } from '../../graph/remove';
import { IngestResult } from '../types/ingest-result.type';
import { CurationDecision, CurationResult } from '../types/curation.type';
import { CurationError, markDistinct, mergePersons, splitPerson } from '../../graph/curation';
import type { Plain } from '../../graph/values';
import type { Person } from '../types/person.type';
import { loadNode } from './query.resolver';

const MAX_TEXT = 1_000_000;

function requireAdmin(ctx: Context): void {
  if (!ctx.admin) {
    throw new GraphQLError('Mutations need Authorization: Bearer <GOVGRAPH_ADMIN_TOKEN> (and the server started with that variable set).', {
      extensions: { code: 'UNAUTHENTICATED' },
    });
  }
}

async function curated(ctx: Context, work: () => Promise<{ target?: string; decision: Plain }>): Promise<CurationResult> {
  requireAdmin(ctx);
  try {
    const r = await work();
    return Object.assign(new CurationResult(), {
      person: r.target ? await loadNode<Person>(ctx, 'Person', r.target) : null,
      decision: Object.assign(new CurationDecision(), { target: null, articleIds: null, ...r.decision }),
    });
  } catch (err) {
    if (err instanceof CurationError) throw new GraphQLError(err.message, { extensions: { code: 'BAD_USER_INPUT' } });
    throw err;
  }
}

@Resolver()
export class MutationResolver {
  @Mutation(() => IngestResult, { description: 'Read an article and load what it states into the graph.' })
  async ingestArticle(
    @Arg('text') text: string,
    @Ctx() ctx: Context,
    @Arg('url', () => String, { nullable: true }) url?: string | null,
    @Arg('published', () => DateResolver, { nullable: true }) published?: Date | null,
  ): Promise<IngestResult> {
    requireAdmin(ctx);
    if (text.length > MAX_TEXT) throw new GraphQLError(`text is longer than ${MAX_TEXT} characters`, { extensions: { code: 'BAD_USER_INPUT' } });
    const x = extract({ source: url ?? 'graphql', content: text, url, published: published ? published.toISOString().slice(0, 10) : null });
    const rejected = rejection(x);
    if (rejected) throw new GraphQLError(`not loaded: ${rejected}`, { extensions: { code: 'BAD_USER_INPUT' } });
    const r = await loadExtraction(ctx.graph, x, { url });
    return Object.assign(new IngestResult(), {
      articleId: r.articleId, status: r.status, title: x.article.title, published: x.article.published,
      persons: x.persons.map((p) => p.name), meetings: x.meetings.map((m) => m.name), policies: x.policies.map((d) => d.title),
      warnings: x.warnings, nodesCreated: r.nodesCreated, relationshipsCreated: r.relationshipsCreated,
    });
  }

  @Mutation(() => Boolean, { description: 'Remove an article and exactly the facts only it supported; false when it was not there.' })
  async removeArticle(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    requireAdmin(ctx);
    return removeArticle(ctx.graph, id);
  }

  @Mutation(() => CurationResult, { description: 'Join persons into the first one (refused when marked distinct); survives re-ingest.' })
  mergePersons(@Arg('ids', () => [ID]) ids: string[], @Arg('reason') reason: string, @Ctx() ctx: Context) {
    return curated(ctx, () => mergePersons(ctx.graph, ids, reason, ctx.user));
  }

  @Mutation(() => CurationResult, { description: 'Move what the given articles say of a person to a new person.' })
  splitPerson(@Arg('id', () => ID) id: string, @Arg('articleIds', () => [ID]) articleIds: string[], @Arg('reason') reason: string, @Ctx() ctx: Context) {
    return curated(ctx, () => splitPerson(ctx.graph, id, articleIds, reason, ctx.user));
  }

  @Mutation(() => CurationResult, { description: 'Record that these persons are different people.' })
  markDistinct(@Arg('ids', () => [ID]) ids: string[], @Arg('reason') reason: string, @Ctx() ctx: Context) {
    return curated(ctx, () => markDistinct(ctx.graph, ids, reason, ctx.user));
  }
}
