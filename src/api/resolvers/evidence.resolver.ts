import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Article } from '../types/article.type';
import { Evidence } from '../types/evidence.type';
import { loadNode } from './query.resolver';

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Article, { nullable: true })
  article(@Root() e: Evidence, @Ctx() ctx: Context) {
    return loadNode<Article>(ctx, 'Article', e.articleId);
  }

  @FieldResolver(() => String, { description: 'The words of the article that state the fact.' })
  async quote(@Root() e: Evidence, @Ctx() ctx: Context): Promise<string> {
    const a = await ctx.loaders.node('Article').load(e.articleId);
    return typeof a?.text === 'string' ? a.text.slice(e.start, e.end) : '';
  }
}
