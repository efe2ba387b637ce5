import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { DateResolver } from 'graphql-scalars';
import { Max, Min } from 'class-validator';

export const MAX_PAGE = 100;

@ArgsType()
export class ListArgs {
  @Field(() => Int, { defaultValue: 20, description: `At most ${MAX_PAGE}.` })
  @Min(0)
  @Max(MAX_PAGE)
  first = 20;

  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  offset = 0;
}

@InputType({ description: 'Filters of a list; those left out match everything.' })
export class ListFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name (or title).' }) nameContains?: string | null;
  @Field(() => String, { nullable: true, description: 'A region by name (清远市).' }) region?: string | null;
  @Field(() => String, { nullable: true, description: 'A kind (meeting kind, organization kind).' }) kind?: string | null;
  @Field(() => DateResolver, { nullable: true, description: 'On or after this date.' }) from?: Date | null;
  @Field(() => DateResolver, { nullable: true, description: 'On or before this date.' }) to?: Date | null;
}

@ArgsType()
export class FilteredListArgs extends ListArgs {
  @Field(() => ListFilter, { nullable: true }) filter?: ListFilter | null;
}
