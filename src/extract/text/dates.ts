// Dates as the genre writes them: 2022-03-09, 2022/3/9, 2022.3.9, 2022年3月9日, 3月4日, 13日,
// and dates inside URLs (/202403/, /2020/06/03/, t20250119_).

export interface DateParts {
  year: number | null;
  month: number | null;
  day: number;
  start: number;
  end: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function valid(y: number | null, m: number | null, d: number): boolean {
  if (y !== null && (y < 1949 || y > 2100)) return false;
  if (m !== null && (m < 1 || m > 12)) return false;
  return d >= 1 && d <= 31;
}

export function formatDate(y: number | null, m: number, d: number): string {
  return y === null ? `${pad(m)}-${pad(d)}` : `${y}-${pad(m)}-${pad(d)}`;
}

const NUMERIC = /(?<![\d])((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?![\d])\s*日?/g;
// Chinese day expressions: (2022年)3月4日 / 3月4号 / 13日 (day alone, month from context).
const CJK_DATE = /(?<![\d])(?:((?:19|20)\d{2})\s*年\s*)?(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*[日号](?![\d])/g;

/** Full numeric dates (with a year) in order of appearance. */
export function numericDates(s: string): DateParts[] {
  const out: DateParts[] = [];
  for (const m of s.matchAll(NUMERIC)) {
    const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
    if (valid(y, mo, d)) out.push({ year: y, month: mo, day: d, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** 年月日 expressions, the year and month optional (13日 has neither). */
export function chineseDates(s: string): DateParts[] {
  const out: DateParts[] = [];
  for (const m of s.matchAll(CJK_DATE)) {
    const y = m[1] ? Number(m[1]) : null, mo = m[2] ? Number(m[2]) : null, d = Number(m[3]);
    if (valid(y, mo, d)) out.push({ year: y, month: mo, day: d, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The publish date a URL spells (…/202403/…, /2020/06/03/, t20250119_, 2016-05/16). */
export function urlDate(url: string): { year: number; month: number; day: number | null } | null {
  const pats: RegExp[] = [
    /(?<!\d)((?:19|20)\d{2})[-/_]?(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\d|3[01])(?!\d)/,
    /(?<!\d)((?:19|20)\d{2})[-/_]?(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])\//,
    /\/((?:19|20)\d{2})[-_]?(0[1-9]|1[0-2])\//,
    // Path segments without zero padding: /art/2021/3/9/art_1229_1.html (the site system many
    // provincial and city portals run on).
    /\/((?:19|20)\d{2})\/(1[0-2]|0?[1-9])\/(3[01]|[12]\d|0?[1-9])\//,
  ];
  for (const re of pats) {
    const m = re.exec(url);
    if (m) return { year: Number(m[1]), month: Number(m[2]), day: m[3] ? Number(m[3]) : null };
  }
  return null;
}

export function isoDate(p: { year: number; month: number; day: number }): string {
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}
