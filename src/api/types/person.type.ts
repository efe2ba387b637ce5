import { Field, ObjectType } from 'type-graphql';
import { Node } from './node.type';

@ObjectType({ simpleResolvers: true, implements: Node, description: 'An official, identified by name and region unless curated otherwise.' })
export class Person extends Node {
  readonly __typename = 'Person';
  @Field() name!: string;
  @Field(() => String, { nullable: true, description: 'The jurisdiction the person was seen in (全国 for national leaders); null when the article names none, and the person is then known only within that article.' }) region!: string | null;
  evidence?: unknown;
}
