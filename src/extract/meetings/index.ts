// The article's meetings: the reported ones in order (a headline's meeting merged into the
// body's), the main one first among them, dates resolved, an earlier meeting linked by follows.
import type { Indexes } from '../indexes';
import { findMeetings, type FoundMeeting } from './find';
import { datesIn, resolveDate, type DateContext } from './dates';
import { sentences } from '../text/sentences';

export interface MeetingDraft {
  found: FoundMeeting;
  date: string | null;
  main: boolean;
}

const norm = (s: string): string => s.normalize('NFKC').replace(/[\s()（）]/g, '');

function sameMeeting(a: FoundMeeting, b: FoundMeeting): boolean {
  const x = norm(a.name), y = norm(b.name);
  if (x === y || x.endsWith(y) || y.endsWith(x)) return true;
  // A headline names the body's meeting in other words: same kind, or the same first words.
  return (a.inTitle || b.inTitle) && ((!!a.kind && a.kind === b.kind) || (x.length >= 4 && y.length >= 4 && x.slice(0, 4) === y.slice(0, 4)));
}

export function readMeetings(t: string, ix: Indexes, titleEnd: number, personAt: Uint8Array, ctx: DateContext): MeetingDraft[] {
  const found = findMeetings(t, ix, titleEnd, personAt);
  const merged: FoundMeeting[] = [];
  const byName = new Map<string, FoundMeeting>();
  for (const m of found) {
    // Exact names by map; fuzzy matches only against headline meetings and recent ones (linear).
    const exact = byName.get(norm(m.name));
    const candidates = exact ? [exact] : merged.filter((x, k) => x.inTitle || k >= merged.length - 20);
    const same = candidates.find((x) => !x.earlier && !m.earlier && sameMeeting(x, m));
    if (!same) {
      merged.push(m);
      if (!byName.has(norm(m.name))) byName.set(norm(m.name), m);
      continue;
    }
    // The body's wording wins over the headline's; keep what either knows.
    if (same.inTitle && !m.inTitle) {
      same.name = m.name.length >= 4 ? m.name : same.name;
      same.sentence = m.sentence;
      same.inTitle = false;
    }
    same.date ??= m.date;
    same.venue ??= m.venue;
    same.subject ??= m.subject;
    same.nameYear ??= m.nameYear;
  }
  if (merged.length && !merged[0].date) merged[0].date = conveneDate(t, ix, titleEnd);
  const drafts = merged.map((f) => ({ found: f, date: null as string | null, main: false }));
  const main = drafts.find((d) => !d.found.earlier);
  if (main) main.main = true;
  for (const d of drafts) {
    d.date = d.found.date && !/近日|日前|近期/.test(d.found.sentence.text.slice(0, 12)) ? resolveDate(d.found.date, ctx, d.found.nameYear) : null;
    if (d.found.earlier && d.found.date === null) d.date = null;
  }
  // An earlier meeting with no day of its own is not dated by the main meeting's sentence.
  for (const d of drafts) if (d.found.earlier && main && d.found.date && main.found.date && d.found.date.start === main.found.date.start) d.date = null;
  return drafts;
}

/** The date of the first body sentence that convenes something (召开, 举行), even unnamed. */
function conveneDate(t: string, ix: Indexes, titleEnd: number): FoundMeeting['date'] {
  for (const s of sentences(t)) {
    if (s.start < titleEnd || !ix.lex.conveneVerbs.some((v) => s.text.includes(v))) continue;
    const d = datesIn(s.text)[0];
    if (d) return { ...d, start: d.start + s.start, end: d.end + s.start };
  }
  return null;
}
