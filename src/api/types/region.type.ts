import { Field, ObjectType } from 'type-graphql';
import { Node } from './node.type';

@ObjectType({ simpleResolvers: true, implements: Node, description: 'An administrative region (province, city, county…).' })
export class Region extends Node {
  readonly __typename = 'Region';
  @Field() name!: string;
  @Field({ description: 'national, province, city, county, township or unknown' }) level!: string;
}
