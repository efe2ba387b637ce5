// Person names: a surname (single or compound) and a one- or two-character given name, or a
// minority/transliterated name joined by ·. Where a name ends is decided by what follows it
// (a verb, a title, punctuation): the genre's names have no spaces.
import type { Indexes } from '../indexes';
import { isHan } from '../text/scan';

export interface NameHit {
  name: string;
  start: number;
  end: number;
  /** 2: followed by punctuation, a verb or a title; 1: by a one-character function word. */
  strength: 1 | 2;
}

const DOT = /[·•‧・]/;
const DOTTED = /^[\u4e00-\u9fff]{1,8}(?:[·•‧・][\u4e00-\u9fff]{1,10}){1,2}/;

/** How clearly the text at `pos` ends a name: 2 strong, 1 weak, 0 not at all. */
export function rightBoundary(t: string, pos: number, ix: Indexes): 0 | 1 | 2 {
  if (pos >= t.length) return 2;
  if (!isHan(t[pos])) return DOT.test(t[pos]) ? 0 : 2;
  const w = ix.boundaries.startingAt(t, pos);
  if (!w) return 0;
  return w.length >= 2 ? 2 : 1;
}

function givenOk(given: string, ix: Indexes): boolean {
  for (const ch of given) if (!isHan(ch) || ix.lex.stopChars.has(ch)) return false;
  return true;
}

/** Could `name` be a Han name (surname + 1–2 given characters)? */
export function plausibleName(name: string, ix: Indexes): boolean {
  const lex = ix.lex;
  if (lex.notNames.has(name) || lex.notNames.has(name.slice(0, 2))) return false;
  const cs = ix.compounds.startingAt(name, 0);
  const sl = cs && name.length >= 3 ? cs.length : 1;
  if (sl === 1 && !lex.surnames.has(name[0])) return false;
  const given = name.slice(sl);
  return given.length >= 1 && given.length <= 2 && givenOk(given, ix);
}

function readDotted(t: string, i: number, ix: Indexes): NameHit | null {
  const m = DOTTED.exec(t.slice(i, i + 40));
  if (!m) return null;
  const lastDot = Math.max(...[...m[0]].map((c, k) => (DOT.test(c) ? k : -1)));
  for (let end = i + lastDot + 2; end <= i + m[0].length; end++) {
    const b = rightBoundary(t, end, ix);
    if (b) return { name: t.slice(i, end), start: i, end, strength: b };
  }
  return null;
}

/** A name starting at `i`, its length chosen by the clearest right boundary. */
export function readNameAt(t: string, i: number, ix: Indexes, minStrength: 1 | 2 = 1, fallback = false): NameHit | null {
  if (!isHan(t[i])) return null;
  const dotted = readDotted(t, i, ix);
  if (dotted) return dotted.strength >= minStrength ? dotted : null;
  const cs = ix.compounds.startingAt(t, i);
  const sl = cs ? cs.length : ix.lex.surnames.has(t[i]) ? 1 : 0;
  if (!sl) return null;
  let best: NameHit | null = null;
  for (const g of [1, 2]) {
    const end = i + sl + g;
    if (end > t.length) break;
    const name = t.slice(i, end);
    if (!plausibleName(name, ix)) continue;
    const b = rightBoundary(t, end, ix);
    if (!b || b < minStrength) continue;
    if (!best || b > best.strength) best = { name, start: i, end, strength: b };
  }
  // After a title, most names have three characters: take one when no boundary decides.
  if (!best && fallback && sl === 1 && !ix.lex.ambiguousSurnames.has(t[i]) && plausibleName(t.slice(i, i + 3), ix) && isHan(t[i + 3])) {
    return { name: t.slice(i, i + 3), start: i, end: i + 3, strength: 1 };
  }
  return best;
}

/** A name written right before a title (赵革书记, 习近平总书记), ending at `end`. */
export function readNameBefore(t: string, end: number, ix: Indexes): NameHit | null {
  const lex = ix.lex;
  const ok = (s: number): boolean => {
    if (s < 0) return false;
    const name = t.slice(s, end);
    return plausibleName(name, ix) && !lex.orgChars.has(name[name.length - 1]);
  };
  const leftOk = (s: number): boolean => {
    const c = t[s - 1];
    return s === 0 || !isHan(c) || lex.leadChars.has(c) || lex.orgChars.has(c) || c === '日';
  };
  for (const len of [4, 3]) {
    const s = end - len;
    if (s < 0 || !ix.compounds.startingAt(t, s) || !ok(s)) continue;
    return { name: t.slice(s, end), start: s, end, strength: 2 };
  }
  const s3 = end - 3;
  const three = s3 >= 0 && ok(s3) && !lex.leadChars.has(t[s3]) &&
    (!lex.ambiguousSurnames.has(t[s3]) || leftOk(s3));
  if (three) return { name: t.slice(s3, end), start: s3, end, strength: 2 };
  const s2 = end - 2;
  if (s2 >= 0 && ok(s2) && leftOk(s2)) return { name: t.slice(s2, end), start: s2, end, strength: 2 };
  return null;
}
