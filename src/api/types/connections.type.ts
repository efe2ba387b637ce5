// Every connection type of the schema, from the one generic factory. Lists of nodes share the
// type of their label (an organization's meetings are a MeetingConnection, like the top-level
// meetings); lists of relationships get a type of their own whose edges carry the relationship
// as `properties`, the convention of @neo4j/graphql.
import { ObjectType } from 'type-graphql';
import { Article } from './article.type';
import { Connection } from './connection.type';
import { CoAttendee, DiffusionLevel, RelatedMeeting, TimelineEntry } from './derived-views.type';
import { Evidence } from './evidence.type';
import { Meeting } from './meeting.type';
import { Organization } from './organization.type';
import { Participation } from './participation.type';
import { Person } from './person.type';
import { PolicyDocument } from './policy-document.type';
import { Post } from './post.type';
import { PostHolding } from './post-holding.type';
import { Region } from './region.type';

@ObjectType({ simpleResolvers: true }) export class PersonConnection extends Connection(Person, 'Person') {}
@ObjectType({ simpleResolvers: true }) export class OrganizationConnection extends Connection(Organization, 'Organization') {}
@ObjectType({ simpleResolvers: true }) export class PostConnection extends Connection(Post, 'Post') {}
@ObjectType({ simpleResolvers: true }) export class MeetingConnection extends Connection(Meeting, 'Meeting') {}
@ObjectType({ simpleResolvers: true }) export class PolicyDocumentConnection extends Connection(PolicyDocument, 'PolicyDocument') {}
@ObjectType({ simpleResolvers: true }) export class ArticleConnection extends Connection(Article, 'Article') {}
@ObjectType({ simpleResolvers: true }) export class RegionConnection extends Connection(Region, 'Region') {}
/** PolicyDocument.citedByConnection's type since before the other nested connections; kept for clients that name it. */
@ObjectType({ simpleResolvers: true }) export class CitingMeetingConnection extends Connection(Meeting, 'CitingMeeting') {}

@ObjectType({ simpleResolvers: true }) export class PersonHoldingsConnection extends Connection(Post, 'PersonHoldings', PostHolding) {}
@ObjectType({ simpleResolvers: true }) export class PersonParticipationsConnection extends Connection(Meeting, 'PersonParticipations', Participation) {}
@ObjectType({ simpleResolvers: true }) export class PersonCoAttendeesConnection extends Connection(Person, 'PersonCoAttendees', CoAttendee) {}
@ObjectType({ simpleResolvers: true }) export class MeetingParticipantsConnection extends Connection(Person, 'MeetingParticipants', Participation) {}
@ObjectType({ simpleResolvers: true }) export class MeetingRelatedConnection extends Connection(Meeting, 'MeetingRelated', RelatedMeeting) {}
@ObjectType({ simpleResolvers: true }) export class PostHoldersConnection extends Connection(Person, 'PostHolders', PostHolding) {}
@ObjectType({ simpleResolvers: true }) export class OrganizationHoldersConnection extends Connection(Person, 'OrganizationHolders', PostHolding) {}

@ObjectType({ simpleResolvers: true }) export class TimelineEntryConnection extends Connection(TimelineEntry, 'TimelineEntry') {}
@ObjectType({ simpleResolvers: true }) export class DiffusionLevelConnection extends Connection(DiffusionLevel, 'DiffusionLevel') {}
@ObjectType({ simpleResolvers: true }) export class EvidenceConnection extends Connection(Evidence, 'Evidence') {}
