import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Article } from '../types/article.type';
import { toMeeting } from '../types/from-plain';
import { Meeting } from '../types/meeting.type';
import { relatedNodes } from './related';

@Resolver(() => Article)
export class ArticleResolver {
  @FieldResolver(() => [Meeting])
  meetings(@Root() a: Article, @Ctx() ctx: Context) { return relatedNodes(ctx, 'articleMeetings', a.id, toMeeting); }

  @FieldResolver(() => String, { description: 'The cleaned, simplified-Chinese text.' })
  async text(@Root() a: Article, @Ctx() ctx: Context): Promise<string> {
    if (typeof a.text === 'string') return a.text;
    const full = await ctx.loaders.node('Article').load(a.id);
    return typeof full?.text === 'string' ? full.text : '';
  }
}
