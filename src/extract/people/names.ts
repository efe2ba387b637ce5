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
  /** Nothing after it marked where it ends: its length is a guess. */
  guessed?: boolean;
}

const DOT = /[·•‧・]/;
// Joiners that stand for the dot of a foreign name when the page lost or replaced it (安东尼.明格拉,
// 马里奥-戈麦斯, 约翰□史密斯, 约翰？史密斯): trusted only between transliteration characters.
const WEAK_DOT = /[-.．□?？－]/;
// One-character words so common after names that they end a name even before a verb.
const KEEP_SHORT = '和在与及等对为是也都就将把被从到于以说均作做来赴率任称向又再已还并即';
const DOTTED = /^[\u4e00-\u9fff]{1,8}(?:[·•‧・\-.．□?？－][\u4e00-\u9fff]{1,10}){1,2}/;
const isDot = (c: string): boolean => DOT.test(c) || WEAK_DOT.test(c);

/** How clearly the text at `pos` ends a name: 2 strong, 1 weak, 0 not at all. */
export function rightBoundary(t: string, pos: number, ix: Indexes): 0 | 1 | 2 {
  if (pos >= t.length) return 2;
  if (!isHan(t[pos])) return DOT.test(t[pos]) ? 0 : 2;
  const w = ix.boundaries.startingAt(t, pos);
  if (!w) return 0;
  return w.length >= 2 ? 2 : 1;
}

/** The last given character may not be a stop character; a middle one only not a grammar word
 *  (徐则臣, 王以卓 and 李时珍 are names, 张三在 is not). */
function givenOk(given: string, ix: Indexes, strict: boolean): boolean {
  const last = given.length - 1;
  for (let k = 0; k < given.length; k++) {
    if (!isHan(given[k])) return false;
    if ((k === last || strict ? ix.lex.stopChars : ix.lex.neverChars).has(given[k])) return false;
  }
  return true;
}

/** Could `name` be a Han name (surname + 1–2 given characters)? */
export function plausibleName(name: string, ix: Indexes, allowWords = false, strict = false): boolean {
  const lex = ix.lex;
  if (!allowWords && lex.notNames.has(name)) return false;
  const cs = ix.compounds.startingAt(name, 0);
  const sl = cs && name.length >= 3 ? cs.length : 1;
  if (sl === 1 && !lex.surnames.has(name[0])) return false;
  const given = name.slice(sl);
  return given.length >= 1 && given.length <= 2 && givenOk(given, ix, strict);
}

function readDotted(t: string, i: number, ix: Indexes): NameHit | null {
  const m = DOTTED.exec(t.slice(i, i + 40));
  if (!m) return null;
  const firstDot = [...m[0]].findIndex(isDot);
  // Stop characters do not occur in a name's first part unless they spell a transliteration
  // (里 does: 安德里亚·罗西; 监 does not: 技术总监约翰·史密斯).
  if ([...m[0].slice(0, firstDot)].some((c) => ix.lex.stopChars.has(c) && !ix.lex.translitChars.has(c))) return null;
  const lastDot = Math.max(...[...m[0]].map((c, k) => (isDot(c) ? k : -1)));
  for (let end = i + lastDot + 2; end <= i + m[0].length; end++) {
    // A dot with nothing after it (彼得·莫顿·) closes the name.
    const b = DOT.test(t[end] ?? '') && !isHan(t[end + 1]) ? 2 : rightBoundary(t, end, ix);
    // 阿不都…: a weak boundary that is also a transliteration character does not end the name.
    if (b === 2 || (b === 1 && !ix.lex.translitChars.has(t[end]))) {
      const name = t.slice(i, end);
      if (WEAK_DOT.test(name) && ![...name].every((c) => isDot(c) || ix.lex.translitChars.has(c))) return null;
      return { name, start: i, end, strength: b };
    }
  }
  return null;
}

/** A foreign or minority name without a surname (阿特金森, 巴特尔): a run of transliteration
 *  characters with at least one that Chinese words rarely use; `abroad` (after a post held
 *  abroad: 西班牙画家凡东) waives that character where something marks the name's end. */
export function readForeignAt(t: string, i: number, ix: Indexes, abroad = false): NameHit | null {
  const lex = ix.lex;
  let e = i;
  while (e < t.length && e - i < 10 && lex.translitChars.has(t[e])) e++;
  // The run may have taken the first character of the next word (西米诺夫特意): a boundary one
  // character earlier ends the name there.
  if (e - i >= 3 && !rightBoundary(t, e, ix) && rightBoundary(t, e - 1, ix) === 2) e--;
  const boundary = rightBoundary(t, e, ix);
  if (e - i < 2 || isHan(t[e]) && boundary === 0 && lex.translitChars.has(t[e])) return null;
  const run = t.slice(i, e);
  const markers = [...run].filter((c) => lex.translitMarkers.has(c)).length;
  if (lex.notNames.has(run) || (abroad && !boundary)) return null;
  // Without a marker, only three or more such characters with something marking their end
  // (米什科卸任, 科林多的) read as a name.
  if (!abroad && markers === 0 && (run.length < 3 || !boundary)) return null;
  if (!abroad && run.length === 2 && markers < 2 && !boundary) return null;
  return { name: run, start: i, end: e, strength: boundary === 2 ? 2 : 1, guessed: !boundary };
}

const LATIN = /^[A-Za-z][A-Za-z.'’-]{1,24}/;

/** A name in Latin letters right after a title (执行制作人BenBell). */
export function readLatinAt(t: string, i: number): NameHit | null {
  const m = LATIN.exec(t.slice(i, i + 26));
  if (!m) return null;
  return { name: m[0].replace(/[.'’-]+$/, ''), start: i, end: i + m[0].replace(/[.'’-]+$/, '').length, strength: 2 };
}

/** Two or three characters when nothing marks the end: three unless the third cannot be part of
 *  a name or starts another name. */
function guessLength(t: string, i: number, sl: number, ix: Indexes): NameHit | null {
  const lex = ix.lex;
  if (sl !== 1 || !isHan(t[i + 2])) return null;
  // A surname that is also a common character (温, 高) needs name-like characters after it.
  const ambiguous = lex.ambiguousSurnames.has(t[i]);
  if (ambiguous && !lex.givenChars.has(t[i + 1])) return null;
  // A verb right after two characters (王五出席) rules the third out.
  if (rightBoundary(t, i + 2, ix) === 2) return null;
  const three = t.slice(i, i + 3);
  if ((!ambiguous || lex.givenChars.has(t[i + 2])) && plausibleName(three, ix) && !(lex.commonSurnames.has(t[i + 2]) && readNameAt(t, i + 2, ix))) {
    return { name: three, start: i, end: i + 3, strength: 1, guessed: true };
  }
  const two = t.slice(i, i + 2);
  return plausibleName(two, ix) ? { name: two, start: i, end: i + 2, strength: 1, guessed: true } : null;
}

/** A name starting at `i`, its length chosen by the nearest right boundary. With `guess` (after
 *  a title), a name is also read where no boundary follows, and foreign names are accepted. */
export function readNameAt(t: string, i: number, ix: Indexes, minStrength: 1 | 2 = 1, guess = false): NameHit | null {
  if (guess && /[A-Za-z]/.test(t[i] ?? '')) return readLatinAt(t, i);
  if (!isHan(t[i])) return null;
  const dotted = readDotted(t, i, ix);
  if (dotted) return dotted.strength >= minStrength ? dotted : null;
  const cs = ix.compounds.startingAt(t, i);
  const sl = cs ? cs.length : ix.lex.surnames.has(t[i]) ? 1 : 0;
  if (sl) {
    for (const g of [1, 2]) {
      const end = i + sl + g;
      if (end > t.length) break;
      const name = t.slice(i, end);
      // After a title, a word-like name in a list (副市长高峰、马某) is a name.
      if (!plausibleName(name, ix, guess && t[end] === '、')) continue;
      // 孙晶孙女士: the surname again with a courtesy title ends the full name.
      const b = t[end] === t[i] && ix.nameFirst.startingAt(t, end + 1) ? 2 : rightBoundary(t, end, ix);
      if (b < minStrength) continue;
      // 韩世同分析: a weak boundary that is not a grammar word loses to a strong one a character later.
      if (b === 1 && g === 1 && !KEEP_SHORT.includes(t[end]) && plausibleName(t.slice(i, end + 1), ix) && rightBoundary(t, end + 1, ix) === 2) continue;
      return { name, start: i, end, strength: b as 1 | 2 };
    }
  }
  if (!guess) return null;
  const foreign = readForeignAt(t, i, ix);
  // A transliteration closed by a verb or punctuation beats a guessed Han name (马佐里目前).
  if (foreign && (foreign.name.length >= 4 || !foreign.guessed)) return foreign;
  return (sl ? guessLength(t, i, sl, ix) : null) ?? foreign;
}

/** A name written right before a title (赵革书记, 习近平总书记), ending at `end`. */
export function readNameBefore(t: string, end: number, ix: Indexes): NameHit | null {
  const lex = ix.lex;
  const ok = (s: number): boolean => {
    if (s < 0) return false;
    const name = t.slice(s, end);
    return plausibleName(name, ix, false, true) && !lex.orgChars.has(name[name.length - 1]);
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
