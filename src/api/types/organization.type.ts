import { Field, ObjectType } from 'type-graphql';
import { Node } from './node.type';

@ObjectType({ simpleResolvers: true, implements: Node, description: 'An organization by its canonical full name (中共清远市委员会, 清远市教育局).' })
export class Organization extends Node {
  readonly __typename = 'Organization';
  @Field() name!: string;
  @Field(() => String, { nullable: true, description: 'party, government, congress, cppcc, court, procuratorate, group, school, enterprise or other' }) kind!: string | null;
  @Field(() => String, { nullable: true }) region!: string | null;
}
