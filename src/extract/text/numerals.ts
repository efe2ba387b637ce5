// Numbers as the genre writes them: 104, 一百零四, 一〇四, 十四, 七十.

const DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** The value of an Arabic or Chinese number (up to the thousands), null if it is not one. */
export function parseNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (!s) return null;
  // 一〇四: digit by digit, as years and anniversaries are sometimes written.
  if (s.length > 1 && [...s].every((c) => c in DIGIT)) return Number([...s].map((c) => DIGIT[c]).join(''));
  let total = 0, digit: number | null = null;
  for (const c of s) {
    if (c in DIGIT) digit = DIGIT[c];
    else if (c in UNIT) {
      // 十四: a unit with no digit before it counts once.
      total += (digit ?? 1) * UNIT[c];
      digit = null;
    } else return null;
  }
  return total + (digit ?? 0);
}
