// Lists inside derived views (a career's period, a level of a document's diffusion) are already
// in memory with their parent: their connections page them there.
import { Args, FieldResolver, Resolver, Root } from 'type-graphql';
import { DiffusionLevel, TimelineEntry } from '../types/derived-views.type';
import { PageArgs } from '../types/list.args';
import { MeetingConnection } from '../types/connections.type';
import { pageOf } from './nested-connections';

@Resolver(() => TimelineEntry)
export class TimelineEntryResolver {
  @FieldResolver(() => MeetingConnection, { description: 'meetings as a Relay connection.' })
  meetingsConnection(@Root() t: TimelineEntry, @Args() args: PageArgs) { return pageOf(t.meetings, args); }
}

@Resolver(() => DiffusionLevel)
export class DiffusionLevelResolver {
  @FieldResolver(() => MeetingConnection, { description: 'meetings as a Relay connection.' })
  meetingsConnection(@Root() l: DiffusionLevel, @Args() args: PageArgs) { return pageOf(l.meetings, args); }
}
