// People of an article: findings merged by name (posts in reading order, each raw once) and every
// later mention of a known name, with the span each mention covers.
import type { Indexes } from '../indexes';
import { findPersons, type Finding } from './find';
import type { RawPost } from './post-items';
import { WordIndex } from '../text/scan';

export interface Mention {
  name: string;
  start: number;
  end: number;
  /** Where the mention's posts begin (the mention itself when it has none). */
  postStart: number;
  /** After the name and a title or 同志 written right after it. */
  tailEnd: number;
}

export interface PersonDraft {
  name: string;
  /** Post lists as written, one per mention that has posts (ellipses resolve within a list). */
  postLists: RawPost[][];
  mentions: Mention[];
  /** Where the name's end was a guess (no verb or punctuation after it). */
  guessed: boolean;
}

function tailEnd(t: string, end: number, ix: Indexes): number {
  const title = ix.nameFirst.startingAt(t, end);
  return end + (title ? title.length : 0);
}

export function readPeople(t: string, mask: Uint8Array, ix: Indexes): PersonDraft[] {
  const findings: Finding[] = findPersons(t, mask, ix);
  const drafts = new Map<string, PersonDraft>();
  const byStart = new Map<number, Finding>();
  for (const f of findings) {
    byStart.set(f.start, f);
    if (!drafts.has(f.name)) drafts.set(f.name, { name: f.name, postLists: [], mentions: [], guessed: true });
    if (!f.guessed) drafts.get(f.name)!.guessed = false;
    if (f.posts.length) drafts.get(f.name)!.postLists.push(f.posts);
  }
  // Every occurrence of a known name is a mention (the longest name where two overlap), found
  // in one pass over the text.
  const index = new WordIndex(drafts.keys());
  for (let i = 0; i < t.length; i++) {
    if (mask[i]) continue;
    const name = index.startingAt(t, i);
    if (!name) continue;
    const f = byStart.get(i);
    const postStart = f && f.posts.length && f.how !== 'name-first' ? Math.min(i, f.posts[0].start) : i;
    drafts.get(name)!.mentions.push({ name, start: i, end: i + name.length, postStart, tailEnd: tailEnd(t, i + name.length, ix) });
    i += name.length - 1;
  }
  return [...drafts.values()].filter((d) => d.mentions.length).sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}
