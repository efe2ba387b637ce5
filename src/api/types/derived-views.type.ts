import { Field, Int, ObjectType } from 'type-graphql';
import { DateResolver } from 'graphql-scalars';
import { Meeting } from './meeting.type';
import { Person } from './person.type';
import { PostHolding } from './post-holding.type';

@ObjectType({ simpleResolvers: true, description: 'One post of a career, with the meetings the person took part in while seen holding it.' })
export class TimelineEntry {
  @Field(() => PostHolding) holding!: PostHolding;
  @Field(() => [Meeting], { description: 'Meetings dated between firstSeen and lastSeen of the holding.' }) meetings!: Meeting[];
}

@ObjectType({ simpleResolvers: true, description: 'Someone met at the same meetings.' })
export class CoAttendee {
  @Field(() => Person) person!: Person;
  @Field(() => Int, { description: 'How many meetings both took part in.' }) meetings!: number;
  @Field(() => DateResolver, { nullable: true }) lastMet!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A meeting related to another one, and why.' })
export class RelatedMeeting {
  @Field(() => Meeting) meeting!: Meeting;
  @Field(() => Int, { description: 'Shared participants, cited documents and FOLLOWS links.' }) shared!: number;
  @Field(() => [String], { description: 'participant, policy, follows' }) why!: string[];
}

@ObjectType({ simpleResolvers: true, description: 'The meetings of one region level that cited a document: how it moved down.' })
export class DiffusionLevel {
  @Field({ description: 'national, province, city, county, township or unknown' }) level!: string;
  @Field(() => DateResolver, { nullable: true, description: 'When a meeting of this level first cited it.' }) firstCited!: string | null;
  @Field(() => [String], { description: 'The regions of this level that cited it.' }) regions!: string[];
  @Field(() => [Meeting], { description: 'Citing meetings of this level, by date.' }) meetings!: Meeting[];
}
