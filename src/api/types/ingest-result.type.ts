import { Field, Int, ObjectType } from 'type-graphql';
import { DateResolver } from 'graphql-scalars';

@ObjectType({ simpleResolvers: true, description: 'What ingestArticle read and wrote.' })
export class IngestResult {
  @Field({ description: 'The article node id (article:<sha256 of the cleaned text>).' }) articleId!: string;
  @Field({ description: 'loaded, or skipped when the same text was already in the graph.' }) status!: string;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => DateResolver, { nullable: true }) published!: string | null;
  @Field(() => [String], { description: 'Names of the officials read.' }) persons!: string[];
  @Field(() => [String], { description: 'Names of the meetings read.' }) meetings!: string[];
  @Field(() => [String], { description: 'Titles of the documents read.' }) policies!: string[];
  @Field(() => [String], { description: 'What was dropped or uncertain.' }) warnings!: string[];
  @Field(() => Int) nodesCreated!: number;
  @Field(() => Int) relationshipsCreated!: number;
}
