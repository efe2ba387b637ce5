// Article.meetings and its connection are in relation-lists.resolver.ts.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Article } from '../types/article.type';

@Resolver(() => Article)
export class ArticleResolver {
  @FieldResolver(() => String, { description: 'The cleaned, simplified-Chinese text.' })
  async text(@Root() a: Article, @Ctx() ctx: Context): Promise<string> {
    if (typeof a.text === 'string') return a.text;
    const full = await ctx.loaders.node('Article').load(a.id);
    return typeof full?.text === 'string' ? full.text : '';
  }
}
