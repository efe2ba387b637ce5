import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { DateResolver } from 'graphql-scalars';
import { Max, Min } from 'class-validator';
import { Role } from './participation.type';

export const MAX_PAGE = 100;
/** A connection's page when neither first nor last is given. */
export const DEFAULT_PAGE = 20;

export enum ListOrder {
  NAME_ASC = 'NAME_ASC',
  NAME_DESC = 'NAME_DESC',
  DATE_ASC = 'DATE_ASC',
  DATE_DESC = 'DATE_DESC',
}
registerEnumType(ListOrder, { name: 'ListOrder', description: 'DATE orders meetings by date and articles by publish date; other types by name.' });

@InputType({ description: 'Filters of a list; those left out match everything. Each applies where it makes sense.' })
export class ListFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name (or title).' }) nameContains?: string | null;
  @Field(() => String, { nullable: true, description: 'A region by name (清远市), with its sub-regions.' }) region?: string | null;
  @Field(() => String, { nullable: true, description: 'A kind (meeting kind 常委会…, organization kind party/government…).' }) kind?: string | null;
  @Field(() => DateResolver, { nullable: true, description: 'On or after this date (meetings, articles).' }) from?: Date | null;
  @Field(() => DateResolver, { nullable: true, description: 'On or before this date (meetings, articles).' }) to?: Date | null;
  @Field(() => ID, { nullable: true, description: 'Meetings it organized; persons and posts in it.' }) organization?: string | null;
  @Field(() => ID, { nullable: true, description: 'Meetings this person took part in.' }) participant?: string | null;
  @Field(() => Role, { nullable: true, description: 'Meetings where someone (or the participant) had this role.' }) role?: Role | null;
  @Field(() => ID, { nullable: true, description: 'Meetings citing this policy document.' }) policy?: string | null;
}

@ArgsType()
export class ListArgs {
  @Field(() => Int, { defaultValue: 20, description: `At most ${MAX_PAGE}.` })
  @Min(0)
  @Max(MAX_PAGE)
  first = 20;

  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  offset = 0;

  @Field(() => ListFilter, { nullable: true }) filter?: ListFilter | null;
  @Field(() => ListOrder, { nullable: true }) orderBy?: ListOrder | null;
}

/** A Relay window: what every connection takes, with or without filters. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `The first n after \`after\` (at most ${MAX_PAGE}; default ${DEFAULT_PAGE}).` })
  @Min(0)
  @Max(MAX_PAGE)
  first?: number | null;

  @Field(() => String, { nullable: true }) after?: string | null;

  @Field(() => Int, { nullable: true, description: `The last n before \`before\` (at most ${MAX_PAGE}).` })
  @Min(0)
  @Max(MAX_PAGE)
  last?: number | null;

  @Field(() => String, { nullable: true }) before?: string | null;
}

@ArgsType()
export class ConnectionArgs extends PageArgs {
  @Field(() => ListFilter, { nullable: true }) filter?: ListFilter | null;
  @Field(() => ListOrder, { nullable: true }) orderBy?: ListOrder | null;
}
