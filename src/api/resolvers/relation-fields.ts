// The fields that read a node's whole neighbour list along one relation (through related.ts),
// by type and field name: the lists with a …Connection twin (relation-lists.resolver.ts) and a
// few fields that wrap the far node or return one. A root resolver may read these ahead, in its
// own statement (look-ahead.ts).
import type { ClassType } from 'type-graphql';
import type { Label, RelationKey } from '../../graph/model';
import type { Plain } from '../../graph/values';
import { Article } from '../types/article.type';
import { toArticle, toMeeting, toOrganization, toPolicy, toPost } from '../types/from-plain';
import { Meeting } from '../types/meeting.type';
import { Organization } from '../types/organization.type';
import { Person } from '../types/person.type';
import { PolicyDocument } from '../types/policy-document.type';
import { Post } from '../types/post.type';
import { ArticleConnection, CitingMeetingConnection, MeetingConnection, OrganizationConnection, PolicyDocumentConnection, PostConnection } from '../types/connections.type';

export interface RelationList {
  parent: ClassType<object>;
  field: string;
  key: RelationKey;
  item: ClassType<object>;
  connection: ClassType<object>;
  convert: (p: Plain) => object;
  description: string;
}

export const RELATION_LISTS: RelationList[] = [
  { parent: Person, field: 'posts', key: 'personHoldings', item: Post, connection: PostConnection, convert: toPost, description: 'The posts this person was seen holding, earliest first' },
  { parent: Organization, field: 'children', key: 'organizationChildren', item: Organization, connection: OrganizationConnection, convert: toOrganization, description: 'Bodies part of it' },
  { parent: Organization, field: 'posts', key: 'organizationPosts', item: Post, connection: PostConnection, convert: toPost, description: 'Its posts, by title' },
  { parent: Organization, field: 'meetings', key: 'organizationMeetings', item: Meeting, connection: MeetingConnection, convert: toMeeting, description: 'Meetings it organized, by date' },
  { parent: Organization, field: 'issued', key: 'organizationIssued', item: PolicyDocument, connection: PolicyDocumentConnection, convert: toPolicy, description: 'Documents it issued' },
  { parent: Meeting, field: 'cites', key: 'meetingCites', item: PolicyDocument, connection: PolicyDocumentConnection, convert: toPolicy, description: 'Documents the meeting relayed or studied' },
  { parent: Meeting, field: 'articles', key: 'meetingArticles', item: Article, connection: ArticleConnection, convert: toArticle, description: 'The articles that report it' },
  { parent: Meeting, field: 'follows', key: 'meetingFollows', item: Meeting, connection: MeetingConnection, convert: toMeeting, description: 'Earlier meetings this one follows, as 召开…前 and 专门召开会议 say' },
  { parent: PolicyDocument, field: 'citedBy', key: 'policyCitedBy', item: Meeting, connection: CitingMeetingConnection, convert: toMeeting, description: 'Meetings that cite it, by date' },
  { parent: Article, field: 'meetings', key: 'articleMeetings', item: Meeting, connection: MeetingConnection, convert: toMeeting, description: 'The meetings it reports' },
];

export interface RelationField {
  key: RelationKey;
  /** The sub-field that holds the far node when the field wraps it (a holding's post); none when the field is the node. */
  node?: string;
}

const WRAPPED_AND_SINGLE: Partial<Record<Label, Record<string, RelationField>>> = {
  Person: { holdings: { key: 'personHoldings', node: 'post' }, participations: { key: 'personParticipations', node: 'meeting' } },
  Post: { organization: { key: 'postOrganization' }, holders: { key: 'postHolders', node: 'person' } },
  Organization: { parent: { key: 'organizationParent' }, regionNode: { key: 'organizationRegion' } },
  Meeting: { organizer: { key: 'meetingOrganizer' }, participants: { key: 'meetingParticipants', node: 'person' } },
  PolicyDocument: { issuer: { key: 'policyIssuer' } },
};

/** By type (its label) and field name. */
export const RELATION_FIELDS: Partial<Record<Label, Record<string, RelationField>>> = { ...WRAPPED_AND_SINGLE };
for (const l of RELATION_LISTS) {
  const type = l.parent.name as Label;
  RELATION_FIELDS[type] = { ...RELATION_FIELDS[type], [l.field]: { key: l.key } };
}
