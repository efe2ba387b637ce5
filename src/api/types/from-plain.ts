// Graph rows → API objects. Lists default to [] and absent scalars to null, so a property that
// an older load never set still satisfies the schema.
import type { Plain } from '../../graph/values';
import { Article } from './article.type';
import { Meeting } from './meeting.type';
import { Organization } from './organization.type';
import { Person } from './person.type';
import { PolicyDocument } from './policy-document.type';
import { Post } from './post.type';
import { Region } from './region.type';

const orNull = (v: unknown) => (v === undefined ? null : v);
const list = (v: unknown) => (Array.isArray(v) ? v : []);

export const toPerson = (p: Plain) => Object.assign(new Person(), p, { region: orNull(p.region) });
export const toPost = (p: Plain) => Object.assign(new Post(), p);
export const toRegion = (p: Plain) => Object.assign(new Region(), { level: 'unknown', ...p });
export const toOrganization = (p: Plain) => Object.assign(new Organization(), p, { kind: orNull(p.kind), region: orNull(p.region) });
export const toArticle = (p: Plain) =>
  Object.assign(new Article(), p, { title: orNull(p.title), publisher: orNull(p.publisher), published: orNull(p.published), url: orNull(p.url), region: orNull(p.region) });
export const toMeeting = (p: Plain) =>
  Object.assign(new Meeting(), p, {
    date: orNull(p.date), venue: orNull(p.venue), kind: orNull(p.kind), region: orNull(p.region), branchVenues: orNull(p.branchVenues),
    groupAttendees: list(p.groupAttendees), topics: list(p.topics),
  });
export const toPolicy = (p: Plain) => Object.assign(new PolicyDocument(), p, { aliases: list(p.aliases), number: orNull(p.number) });
