import { Field, ObjectType } from 'type-graphql';
import { Node } from './node.type';

@ObjectType({ implements: Node, description: 'An official, identified by name and region unless curated otherwise.' })
export class Person extends Node {
  readonly __typename = 'Person';
  @Field() name!: string;
  @Field({ description: 'The jurisdiction the person was seen in (全国 for national leaders).' }) region!: string;
  evidence?: unknown;
}
