// The extraction contract of ../shared/docs/extraction-format.md: the seam between the pure
// extractor and the graph loader. Field names are the contract; fields may be added, never renamed.

export interface Span {
  start: number;
  end: number;
}

export interface ExtractedPost {
  /** The title as written before/after the name, split at 、 , ， (what the scorer compares). */
  raw: string;
  /** The canonical title (局长). */
  title: string;
  /** The full organization name with its region and ellipses filled (清远市教育局), or null. */
  organization: string | null;
  /** Where the post is written (its first mention) in article.text. */
  evidence?: Span[];
}

export interface ExtractedPerson {
  id: string;
  name: string;
  posts: ExtractedPost[];
  evidence: Span[];
}

export type OrganizationKind =
  | 'party'
  | 'government'
  | 'congress'
  | 'cppcc'
  | 'court'
  | 'procuratorate'
  | 'group'
  | 'school'
  | 'enterprise'
  | 'other';

export interface ExtractedOrganization {
  id: string;
  name: string;
  kind: OrganizationKind;
  region: string | null;
  /** The parent organization's id (市委组织部 → 市委), or null. */
  parent: string | null;
}

export type Role = 'presided' | 'spoke' | 'attended';

export interface ExtractedParticipant {
  person: string;
  role: Role;
  action: string;
  evidence?: Span[];
}

export interface ExtractedMeeting {
  id: string;
  name: string;
  kind: string | null;
  /** YYYY-MM-DD, or MM-DD when no year can be known, or null when no day is stated. */
  date: string | null;
  venue: string | null;
  organizer: string | null;
  participants: ExtractedParticipant[];
  groupAttendees: string[];
  branchVenues: string | null;
  cites: string[];
  topics: string[];
  /** The id of an earlier meeting this one follows (召开…前, 专门召开会议), or null. */
  follows?: string | null;
  evidence: Span[];
}

export interface ExtractedPolicy {
  id: string;
  title: string;
  aliases: string[];
  issuer: string | null;
  number?: string | null;
  evidence: Span[];
}

export interface ExtractedArticle {
  /** sha256 of the cleaned text, hex. */
  id: string;
  title: string | null;
  publisher: string | null;
  published: string | null;
  url?: string | null;
  region: string | null;
  text: string;
  /** Reporters, editors and photographers credited by the page (not persons of the article). */
  bylines?: Array<{ name: string; role: string }>;
}

export interface Extraction {
  source: string;
  article: ExtractedArticle;
  persons: ExtractedPerson[];
  organizations: ExtractedOrganization[];
  meetings: ExtractedMeeting[];
  policies: ExtractedPolicy[];
  warnings: string[];
}

/** What the caller knows about an input besides its bytes (never read from disk inside src/extract). */
export interface ExtractInput {
  source: string;
  /** Raw bytes as read (any encoding) or already-decoded text. */
  content: Uint8Array | string;
  url?: string | null;
  /** A publish date known from outside the text (a JSON lines record), YYYY-MM-DD. */
  published?: string | null;
}
