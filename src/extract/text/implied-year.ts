// The year an article implies when it writes none and gives no publish date: an anniversary
// (纪念三八国际劳动妇女节104周年 → 2014) or a session of a people's congress (十四届全国人大二次会议
// → 2024). A weaker clue than any written date, so the caller uses it only as the last resort.
import type { Lexicon } from '../lexicon';
import { parseNumber } from './numerals';

export interface ImpliedYear {
  year: number;
  /** The words that gave it, for the warning. */
  clue: string;
}

const NUM = '(\\d{1,3}|[〇零一二两三四五六七八九十百]{1,6})';
const SESSION = '(\\d|[一二三四五六七])';
const DIVISION = '(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)?';
const CONGRESS = '(?:人大|人民代表大会)';
const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (ws: Iterable<string>): string => [...ws].sort((a, b) => b.length - a.length).map(escape).join('|');

interface Patterns {
  anniversary: RegExp;
  national: RegExp;
  provincial: RegExp;
}

const built = new WeakMap<Lexicon, Patterns>();

function patterns(lex: Lexicon): Patterns {
  let p = built.get(lex);
  if (!p) {
    const provinces = [...lex.yearClues.congressTerms.keys()].filter((k) => k !== '全国');
    p = {
      anniversary: new RegExp(`(${alternation(lex.yearClues.anniversaries.keys())})${NUM}周年`, 'g'),
      // 十四届全国人大二次会议, 全国政协十四届二次会议, 第十四届全国委员会第二次会议 (the CPPCC's own name).
      national: new RegExp(`第?${NUM}届全国(?:${CONGRESS}|政协|委员会)第?${SESSION}次会议|全国(?:人大|政协)第?${NUM}届第?${SESSION}次会议`, 'g'),
      provincial: new RegExp(`(${alternation(provinces)})${DIVISION}第?${NUM}届${CONGRESS}第?${SESSION}次会议`, 'g'),
    };
    built.set(lex, p);
  }
  return p;
}

function sessionYear(lex: Lexicon, division: string, term: string, session: string): number | null {
  const ref = lex.yearClues.congressTerms.get(division);
  const n = parseNumber(term), m = parseNumber(session);
  if (ref === undefined || n === null || m === null || m < 1) return null;
  return lex.yearClues.referenceYear + 5 * (n - ref) + m - 1;
}

function clues(t: string, lex: Lexicon): Array<ImpliedYear & { at: number }> {
  const { anniversary, national, provincial } = patterns(lex);
  const out: Array<ImpliedYear & { at: number }> = [];
  for (const m of t.matchAll(anniversary)) {
    const n = parseNumber(m[2]);
    if (n !== null && n > 0) out.push({ year: lex.yearClues.anniversaries.get(m[1])! + n, clue: m[0], at: m.index });
  }
  for (const m of t.matchAll(national)) {
    const year = m[1] ? sessionYear(lex, '全国', m[1], m[2]) : sessionYear(lex, '全国', m[3], m[4]);
    if (year !== null) out.push({ year, clue: m[0], at: m.index });
  }
  for (const m of t.matchAll(provincial)) {
    const year = sessionYear(lex, m[1], m[2], m[3]);
    if (year !== null) out.push({ year, clue: m[0], at: m.index });
  }
  return out.filter((c) => c.year >= 1949 && c.year <= 2100).sort((a, b) => a.at - b.at);
}

/** The year the article's clues agree on (the first clue's when they differ, if most agree). */
export function impliedYear(t: string, lex: Lexicon): ImpliedYear | null {
  const found = clues(t, lex);
  if (!found.length) return null;
  const votes = new Map<number, number>();
  for (const c of found) votes.set(c.year, (votes.get(c.year) ?? 0) + 1);
  const best = Math.max(...votes.values());
  // Clues that split evenly between years say nothing certain.
  if ([...votes.values()].filter((v) => v === best).length > 1) return null;
  const winner = found.find((c) => votes.get(c.year) === best)!;
  return { year: winner.year, clue: winner.clue };
}
