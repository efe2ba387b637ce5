// A meeting's date from the words of its sentence: the year written with it (or in the
// meeting's name) wins, else the publish date's year (the year before when the month would
// fall after publication), else a year the article implies; 13日 takes the publish date's month;
// 近日/日前 give no date.
import { chineseDates, numericDates, formatDate, type DateParts } from '../text/dates';

export interface DateContext {
  published: { year: number; month: number; day: number } | null;
  /** Year and month known without a day (a URL such as /201403/). */
  yearMonth: { year: number; month: number } | null;
  /** A year the article implies (an anniversary, a congress session): the last resort. */
  impliedYear?: number | null;
}

export function parseIso(s: string | null): { year: number; month: number; day: number } | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(s) : null;
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

/** Date expressions of a piece of text, in order, as offsets relative to it. */
export function datesIn(s: string): DateParts[] {
  const all = [...numericDates(s), ...chineseDates(s)].sort((a, b) => a.start - b.start);
  return all.filter((d, i) => i === 0 || d.start >= all[i - 1].end);
}

export function resolveDate(d: DateParts, ctx: DateContext, nameYear: number | null): string | null {
  const ref = ctx.published ?? (ctx.yearMonth ? { ...ctx.yearMonth, day: 31 } : null);
  let month = d.month;
  if (month === null) {
    if (!ref) return null;
    month = d.day <= ref.day ? ref.month : ref.month === 1 ? 12 : ref.month - 1;
    if (d.year === null && nameYear === null) {
      const year = d.day <= ref.day || ref.month > 1 ? ref.year : ref.year - 1;
      return formatDate(year, month, d.day);
    }
  }
  if (d.year !== null) return formatDate(d.year, month, d.day);
  if (nameYear !== null) return formatDate(nameYear, month, d.day);
  if (!ref) return formatDate(ctx.impliedYear ?? null, month, d.day);
  // A meeting is reported after it happens: a month after the publish month is last year's.
  const year = month > ref.month + 1 ? ref.year - 1 : ref.year;
  return formatDate(year, month, d.day);
}
