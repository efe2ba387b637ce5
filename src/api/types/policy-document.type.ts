import { Field, ObjectType } from 'type-graphql';
import { Node } from './node.type';

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A policy document, law, notice or speech, by its normalized full title.' })
export class PolicyDocument extends Node {
  readonly __typename = 'PolicyDocument';
  @Field() title!: string;
  @Field(() => [String], { description: 'Short names articles gave it (以下简称《意见》); each applies only within its article.' }) aliases!: string[];
  @Field(() => String, { nullable: true, description: 'The document number when stated (国发〔2022〕1号).' }) number!: string | null;
}
