// The graph model as data: node labels and the relationships the API walks. Labels and
// relationship types cannot be Cypher parameters, so every query that varies them takes them
// from here (an allow-list), never from input.

export const LABELS = ['Person', 'Organization', 'Post', 'Meeting', 'PolicyDocument', 'Article', 'Region'] as const;
export type Label = (typeof LABELS)[number];

export interface Relation {
  from: Label;
  type: string;
  to: Label;
  /** `out`: (from)-[type]->(to); `in`: (from)<-[type]-(to). */
  direction: 'out' | 'in';
  /** Orders the neighbours of one node. */
  orderBy: string;
}

const rel = (from: Label, direction: 'out' | 'in', type: string, to: Label, orderBy = 'b.id'): Relation => ({ from, type, to, direction, orderBy });

// Each key names a field of the API that walks one relationship.
export const RELATIONS = {
  personHoldings: rel('Person', 'out', 'HOLDS', 'Post', 'r.firstSeen, b.id'),
  personParticipations: rel('Person', 'out', 'PARTICIPATED', 'Meeting', 'b.date, b.id'),
  postHolders: rel('Post', 'in', 'HOLDS', 'Person', 'r.firstSeen, b.id'),
  postOrganization: rel('Post', 'out', 'IN', 'Organization'),
  organizationPosts: rel('Organization', 'in', 'IN', 'Post', 'b.title'),
  organizationParent: rel('Organization', 'out', 'PART_OF', 'Organization'),
  organizationChildren: rel('Organization', 'in', 'PART_OF', 'Organization', 'b.name'),
  organizationMeetings: rel('Organization', 'out', 'ORGANIZED', 'Meeting', 'b.date, b.id'),
  organizationIssued: rel('Organization', 'in', 'ISSUED_BY', 'PolicyDocument', 'b.title'),
  organizationRegion: rel('Organization', 'out', 'IN_REGION', 'Region'),
  meetingParticipants: rel('Meeting', 'in', 'PARTICIPATED', 'Person', "CASE r.role WHEN 'PRESIDED' THEN 0 WHEN 'SPOKE' THEN 1 ELSE 2 END, b.id"),
  meetingOrganizer: rel('Meeting', 'in', 'ORGANIZED', 'Organization'),
  meetingCites: rel('Meeting', 'out', 'CITES', 'PolicyDocument', 'b.title'),
  meetingArticles: rel('Meeting', 'out', 'REPORTED_IN', 'Article', 'b.published, b.id'),
  meetingFollows: rel('Meeting', 'out', 'FOLLOWS', 'Meeting'),
  meetingFollowedBy: rel('Meeting', 'in', 'FOLLOWS', 'Meeting'),
  meetingRegion: rel('Meeting', 'out', 'IN_REGION', 'Region'),
  policyIssuer: rel('PolicyDocument', 'out', 'ISSUED_BY', 'Organization'),
  policyCitedBy: rel('PolicyDocument', 'in', 'CITES', 'Meeting', 'b.date, b.id'),
  articleMeetings: rel('Article', 'in', 'REPORTED_IN', 'Meeting', 'b.date, b.id'),
  articleMentions: rel('Article', 'out', 'MENTIONS', 'Person', 'b.name'),
  articleRegion: rel('Article', 'out', 'ABOUT', 'Region'),
} as const satisfies Record<string, Relation>;

export type RelationKey = keyof typeof RELATIONS;
