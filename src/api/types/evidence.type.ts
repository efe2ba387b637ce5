import { Field, Int, ObjectType } from 'type-graphql';

/** Where a fact is stated: a span of an article's cleaned text. */
@ObjectType({ simpleResolvers: true, description: "A span of an article's cleaned text that states a fact." })
export class Evidence {
  articleId!: string;
  @Field(() => Int) start!: number;
  @Field(() => Int) end!: number;
}

/** Stored as "articleId|start|end" on nodes and relationships. */
export function parseEvidence(list: unknown): Evidence[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((s) => {
    const [articleId, start, end] = String(s).split('|');
    const e = Object.assign(new Evidence(), { articleId, start: Number(start), end: Number(end) });
    return articleId && Number.isFinite(e.start) && Number.isFinite(e.end) ? [e] : [];
  });
}
