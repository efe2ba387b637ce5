// People of an article: findings merged by name (posts in reading order, each raw once) and every
// later mention of a known name, with the span each mention covers.
import type { Indexes } from '../indexes';
import { findPersons, type Finding } from './find';
import type { RawPost } from './post-items';

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
}

function tailEnd(t: string, end: number, ix: Indexes): number {
  const title = ix.nameFirst.startingAt(t, end);
  return end + (title ? title.length : 0);
}

function occurrences(t: string, name: string, mask: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = t.indexOf(name); i >= 0; i = t.indexOf(name, i + name.length)) if (!mask[i]) out.push(i);
  return out;
}

export function readPeople(t: string, mask: Uint8Array, ix: Indexes): PersonDraft[] {
  const findings: Finding[] = findPersons(t, mask, ix);
  const drafts = new Map<string, PersonDraft>();
  const byStart = new Map<number, Finding>();
  for (const f of findings) {
    byStart.set(f.start, f);
    if (!drafts.has(f.name)) drafts.set(f.name, { name: f.name, postLists: [], mentions: [] });
    if (f.posts.length) drafts.get(f.name)!.postLists.push(f.posts);
  }
  // Every occurrence of a known name is a mention, unless it is part of a longer known name.
  const covered = new Uint8Array(t.length);
  const names = [...drafts.keys()].sort((a, b) => b.length - a.length);
  for (const name of names) {
    const d = drafts.get(name)!;
    for (const i of occurrences(t, name, mask)) {
      if (covered[i]) continue;
      covered.fill(1, i, i + name.length);
      const f = byStart.get(i);
      const postStart = f && f.posts.length && f.how !== 'name-first' ? Math.min(i, f.posts[0].start) : i;
      d.mentions.push({ name, start: i, end: i + name.length, postStart, tailEnd: tailEnd(t, i + name.length, ix) });
    }
    d.mentions.sort((a, b) => a.start - b.start);
  }
  return [...drafts.values()].filter((d) => d.mentions.length).sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}
