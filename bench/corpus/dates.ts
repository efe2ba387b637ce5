// Days since 1970-01-01 (UTC) ↔ ISO dates, and Chinese numerals for meeting names.

const MS_PER_DAY = 86_400_000;

export const dayOf = (iso: string): number => Math.floor(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
export const isoOf = (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

export function partsOf(day: number): { year: number; month: number; date: number; dayOfYear: number } {
  const d = new Date(day * MS_PER_DAY);
  const year = d.getUTCFullYear();
  return { year, month: d.getUTCMonth() + 1, date: d.getUTCDate(), dayOfYear: day - Math.floor(Date.UTC(year, 0, 1) / MS_PER_DAY) };
}

const DIGITS = [...'〇一二三四五六七八九'];

/** 1..99 as written in 十七届, 第二十三次. */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}
