import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { Person } from './person.type';

@ObjectType({ simpleResolvers: true, description: 'A curation decision about who is who, kept in the graph with who, why and when.' })
export class CurationDecision {
  @Field(() => ID) id!: string;
  @Field({ description: 'merge, split or distinct' }) kind!: string;
  @Field(() => [ID]) personIds!: string[];
  @Field(() => ID, { nullable: true }) target!: string | null;
  @Field(() => [ID], { nullable: true, description: 'The articles a split moved.' }) articleIds!: string[] | null;
  @Field() reason!: string;
  @Field() by!: string;
  @Field(() => DateTimeResolver) at!: string;
}

@ObjectType({ simpleResolvers: true })
export class CurationResult {
  @Field(() => Person, { nullable: true, description: 'The person the facts now belong to (merge, split).' }) person!: Person | null;
  @Field(() => CurationDecision) decision!: CurationDecision;
}
