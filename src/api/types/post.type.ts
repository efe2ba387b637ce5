import { Field, ObjectType } from 'type-graphql';
import { Node } from './node.type';

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A position: one title in one organization (清远市教育局 · 局长).' })
export class Post extends Node {
  readonly __typename = 'Post';
  @Field() title!: string;
}
