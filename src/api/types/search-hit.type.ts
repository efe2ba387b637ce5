import { Field, Float, ObjectType } from 'type-graphql';
import { Node } from './node.type';
import { NodeType } from './node-type';

@ObjectType({ simpleResolvers: true, description: 'A full-text match, ranked by score.' })
export class SearchHit {
  @Field(() => Node) node!: Node;
  @Field(() => NodeType) type!: NodeType;
  @Field({ description: 'The name or title matched.' }) label!: string;
  @Field(() => Float) score!: number;
  @Field(() => String, { nullable: true, description: 'The text around the match.' }) snippet!: string | null;
}
