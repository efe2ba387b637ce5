import { Field, ObjectType } from 'type-graphql';
import { DateResolver } from 'graphql-scalars';
import { Person } from './person.type';
import { Post } from './post.type';

@ObjectType({ simpleResolvers: true, description: 'A person holding a post, seen between two dates (the Popolo membership).' })
export class PostHolding {
  @Field(() => Person) person!: Person;
  @Field(() => Post) post!: Post;
  @Field(() => DateResolver, { nullable: true }) firstSeen!: string | null;
  @Field(() => DateResolver, { nullable: true }) lastSeen!: string | null;
  @Field(() => [String], { description: 'The title as written in the articles.' }) raw!: string[];
  @Field(() => Boolean, { nullable: true, description: 'Organization.holders: whether this is the latest seen holder of the post.' }) current?: boolean | null;
  /** The HOLDS relationship's element id, by which its evidence is read. */
  relId?: string | null;
}
