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

// Filled in place, without a temporary object: these run for every node of an answer.
type Nullable<T> = { -readonly [K in keyof T]: T[K] | null | undefined };
const nulls = <T extends object>(o: T, keys: (keyof T)[]): T => {
  for (const k of keys) (o as Nullable<T>)[k] ??= null;
  return o;
};
const lists = <T extends object>(o: T, keys: (keyof T)[]): T => {
  for (const k of keys) if (!Array.isArray(o[k])) (o as Record<keyof T, unknown>)[k] = [];
  return o;
};

export const toPerson = (p: Plain) => nulls(Object.assign(new Person(), p), ['region']);
export const toPost = (p: Plain) => Object.assign(new Post(), p);
export const toRegion = (p: Plain) => Object.assign(new Region(), { level: 'unknown', ...p });
export const toOrganization = (p: Plain) => nulls(Object.assign(new Organization(), p), ['kind', 'region']);
export const toArticle = (p: Plain) => nulls(Object.assign(new Article(), p), ['title', 'publisher', 'published', 'url', 'region']);
export const toMeeting = (p: Plain) =>
  lists(nulls(Object.assign(new Meeting(), p), ['date', 'venue', 'kind', 'region', 'branchVenues']), ['groupAttendees', 'topics']);
export const toPolicy = (p: Plain) => lists(nulls(Object.assign(new PolicyDocument(), p), ['number']), ['aliases']);
