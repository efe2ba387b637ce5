// The lists of a node's neighbours along one relationship, each with its …Connection twin. Every
// such pair reads the same way, so they are a table: the plain list (bounded, for simple clients
// and the explorer) and the connection (paged, filtered and counted in Cypher).
import { Args, Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { Context } from '../context';
import type { RelationKey } from '../../graph/model';
import type { Plain } from '../../graph/values';
import { Article } from '../types/article.type';
import { toArticle, toMeeting, toOrganization, toPolicy, toPost } from '../types/from-plain';
import { ConnectionArgs, MAX_PAGE } from '../types/list.args';
import { Meeting } from '../types/meeting.type';
import { Organization } from '../types/organization.type';
import { Person } from '../types/person.type';
import { PolicyDocument } from '../types/policy-document.type';
import { Post } from '../types/post.type';
import { ArticleConnection, CitingMeetingConnection, MeetingConnection, OrganizationConnection, PolicyDocumentConnection, PostConnection } from '../types/connections.type';
import { relatedNodes } from './related';
import { bounded, neighbourConnection } from './nested-connections';

interface RelationList {
  parent: ClassType<object>;
  field: string;
  key: RelationKey;
  item: ClassType<object>;
  connection: ClassType<object>;
  convert: (p: Plain) => object;
  description: string;
}

const LISTS: RelationList[] = [
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

// type-graphql matches a field resolver to its field by method name, so each pair gets methods
// named after its fields (decorated here, since the names are data), not shared names.
function relationListResolver(l: RelationList): ClassType<object> {
  @Resolver(() => l.parent)
  class RelationListResolver {}
  const proto = RelationListResolver.prototype as unknown as Record<string, unknown>;
  const field = (name: string, type: () => ClassType<object> | ClassType<object>[], description: string, paged: boolean, resolve: (...args: never[]) => unknown) => {
    proto[name] = resolve;
    Root()(proto, name, 0);
    Ctx()(proto, name, 1);
    if (paged) Args(() => ConnectionArgs)(proto, name, 2);
    FieldResolver(type, { description })(proto, name, Object.getOwnPropertyDescriptor(proto, name)!);
  };
  field(l.field, () => [l.item], `${l.description} (at most ${MAX_PAGE}; ${l.field}Connection pages through all).`, false,
    async (parent: { id: string }, ctx: Context) => bounded(await relatedNodes(ctx, l.key, parent.id, l.convert)));
  field(`${l.field}Connection`, () => l.connection, `${l.field} as a Relay connection, with the filters and orders of the top-level lists.`, true,
    (parent: { id: string }, ctx: Context, args: ConnectionArgs) => neighbourConnection(ctx, l.key, parent.id, args, (n) => ({ node: l.convert(n.node) })));
  return RelationListResolver;
}

export const RELATION_LIST_RESOLVERS = LISTS.map(relationListResolver);
