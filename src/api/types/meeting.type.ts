import { Field, ObjectType } from 'type-graphql';
import { DateResolver } from 'graphql-scalars';
import { Node } from './node.type';

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A meeting, one node however many articles report it.' })
export class Meeting extends Node {
  readonly __typename = 'Meeting';
  @Field() name!: string;
  @Field(() => DateResolver, { nullable: true }) date!: string | null;
  @Field(() => String, { nullable: true }) venue!: string | null;
  @Field(() => String, { nullable: true, description: '常委会, 常务会议, 动员部署会, 中心组学习…' }) kind!: string | null;
  @Field(() => String, { nullable: true }) region!: string | null;
  @Field(() => String, { nullable: true }) branchVenues!: string | null;
  @Field(() => [String]) groupAttendees!: string[];
  @Field(() => [String]) topics!: string[];
  evidence?: unknown;
}
