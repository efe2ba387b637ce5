// Finds the people of an article, each mention with the posts written next to it:
//   [organization][title][name]  市委常委、组织部部长王某出席   (title-anchored, the genre's rule)
//   [name][title]                王某书记强调 / 习近平总书记      (name-first)
//   a list sharing one title     县领导张某、李某、刘某出席       (each gets 县领导)
//   names without a title        由王某主持 / 张某、李某参加会议   (anchored by the verb)
import type { Indexes } from '../indexes';
import { isHanCode } from '../text/scan';
import { readForeignAt, readNameAt, readNameBefore, type NameHit } from './names';
import { postItemsBefore, type RawPost } from './post-items';
import { namesWithoutTitles } from './untitled';

export interface Finding {
  name: string;
  start: number;
  end: number;
  posts: RawPost[];
  how: 'title' | 'list' | 'name-first' | 'verb';
  /** The name's length was guessed (nothing after it marked its end). */
  guessed?: boolean;
}

const DOT_NEAR = /[·•‧・]/;

function mayStartName(t: string, i: number, ix: Indexes, dots: boolean): boolean {
  const c = t.charCodeAt(i);
  if (ix.nameStart[c]) return true;
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (dots && isHanCode(c) && DOT_NEAR.test(t.slice(i + 1, i + 10)));
}

/** A surname that is also a common character needs a clear end, or a three-character name. */
function accept(hit: NameHit, ix: Indexes): boolean {
  return hit.strength === 2 || hit.name.length >= 3 || !ix.lex.ambiguousSurnames.has(hit.name[0]);
}

/** 常委会, 委员会: a title word that is the start of an organization word is not a title. */
function insideOrgWord(t: string, i: number, ix: Indexes): boolean {
  for (let k = 1; k <= 3 && i - k >= 0; k++) {
    const w = ix.orgSuffixes.startingAt(t, i - k);
    if (w && w.length > k) return true;
  }
  return false;
}

/** A post held abroad (西班牙画家, 俄罗斯驻华大使) makes a short transliteration after it a name. */
function heldAbroad(t: string, posts: RawPost[], ix: Indexes): boolean {
  return posts.some((p) => {
    for (let k = p.start; k < p.end; k++) if (ix.foreignPlaces.startingAt(t, k)) return true;
    return false;
  });
}

/** Names after a title word, and the bare names listed after them with 、. */
function titleAnchored(t: string, mask: Uint8Array, ix: Indexes, out: Finding[]): void {
  let lastEnd = 0;
  const dots = DOT_NEAR.test(t);
  for (let i = 1; i < t.length; i++) {
    if (mask[i] || !mayStartName(t, i, ix, dots) || !ix.titles.endingAt(t, i) || insideOrgWord(t, i, ix)) continue;
    // 副总裁: the character is the end of a longer title, not the start of a name.
    if ((ix.titles.endingAt(t, i + 1)?.length ?? 0) > 1) continue;
    const read = readNameAt(t, i, ix, 1, true);
    // Nothing or a guess: after a post held abroad a transliteration may still be the name. The
    // posts are read here only when needed, and then once.
    const before = read && !read.guessed ? null : postItemsBefore(t, i, ix, lastEnd);
    const hit = (before && heldAbroad(t, before, ix) && readForeignAt(t, i, ix, true)) || read;
    if (!hit) continue;
    const posts = before ?? postItemsBefore(t, i, ix, lastEnd);
    if (!posts.length) continue;
    out.push({ name: hit.name, start: hit.start, end: hit.end, posts, how: 'title', guessed: hit.guessed });
    let j = hit.end;
    while (t[j] === '、' && !mask[j + 1]) {
      const next = readNameAt(t, j + 1, ix);
      if (!next || !accept(next, ix)) break;
      out.push({ name: next.name, start: next.start, end: next.end, posts, how: 'list' });
      j = next.end;
    }
    lastEnd = j;
    i = j;
  }
}

/** Names written before a title (王某书记, 黄某同志). */
function nameFirst(t: string, mask: Uint8Array, ix: Indexes, out: Finding[], taken: Uint8Array): void {
  for (let p = 2; p < t.length; p++) {
    if (mask[p]) continue;
    const w = ix.nameFirst.startingAt(t, p);
    if (!w) continue;
    const after = t[p + w.length];
    if (after && ix.lex.orgChars.has(after) && !ix.boundaries.startingAt(t, p + w.length)) continue;
    const hit = readNameBefore(t, p, ix);
    if (!hit || taken[hit.start] || taken[hit.end - 1]) {
      p += w.length - 1;
      continue;
    }
    const posts = ix.lex.courtesyTitles.has(w) ? [] : [{ raw: w, start: p, end: p + w.length }];
    out.push({ name: hit.name, start: hit.start, end: hit.end, posts, how: 'name-first' });
    p += w.length - 1;
  }
}

export function findPersons(t: string, mask: Uint8Array, ix: Indexes): Finding[] {
  const out: Finding[] = [];
  titleAnchored(t, mask, ix, out);
  const taken = new Uint8Array(t.length);
  for (const f of out) taken.fill(1, f.start, f.end);
  nameFirst(t, mask, ix, out, taken);
  for (const f of out) taken.fill(1, f.start, f.end);
  const known = new Set(out.map((f) => f.name));
  for (const f of namesWithoutTitles(t, mask, ix, known)) {
    if (!taken[f.start]) out.push(f);
  }
  return out.sort((a, b) => a.start - b.start);
}
