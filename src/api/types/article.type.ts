import { Field, ObjectType } from 'type-graphql';
import { DateResolver } from 'graphql-scalars';
import { Node } from './node.type';

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A news article the graph was read from.' })
export class Article extends Node {
  readonly __typename = 'Article';
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => String, { nullable: true }) publisher!: string | null;
  @Field(() => DateResolver, { nullable: true }) published!: string | null;
  @Field(() => String, { nullable: true }) url!: string | null;
  @Field(() => String, { nullable: true, description: 'The jurisdiction the article speaks for.' }) region!: string | null;
  @Field({ description: 'sha256 of the cleaned text.' }) contentHash!: string;
  text?: string;
}
