// Traditional → simplified characters with OpenCC's Taiwan table (t→cn keeps 著 in 著力; the
// phrase table twp would rewrite words such as 建立 → 创建). Text with no character the tables
// change is returned as is, without running the converter.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const OpenCC = require('opencc-js') as {
  Converter(o: { from: string; to: string }): (s: string) => string;
  Locale: { from: Record<string, string[][]>; to: Record<string, string[][]> };
};

const convert = OpenCC.Converter({ from: 'tw', to: 'cn' });

/** Every single character the conversion changes on its own (a table may list a simplified
 *  character as a variant of itself: those must not make a simplified text look traditional). */
function changedChars(): Set<string> {
  const out = new Set<string>();
  for (const dicts of [OpenCC.Locale.from.tw, OpenCC.Locale.to.cn]) {
    for (const dict of dicts) {
      for (const d of dict) {
        for (const pair of d.split('|')) {
          const [from, to] = pair.split(' ');
          if (from && [...from].length === 1 && from !== to && convert(from) !== from) out.add(from);
        }
      }
    }
  }
  return out;
}

const TRADITIONAL = new Uint8Array(0x10000);
const ASTRAL = new Set<string>();
for (const ch of changedChars()) {
  if (ch.length === 1) TRADITIONAL[ch.charCodeAt(0)] = 1;
  else ASTRAL.add(ch);
}

export function hasTraditional(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (TRADITIONAL[c]) return true;
    if (c >= 0xd800 && c <= 0xdbff && ASTRAL.size && ASTRAL.has(text.slice(i, i + 2))) return true;
  }
  return false;
}

export function toSimplified(text: string): { text: string; changed: number } {
  if (!hasTraditional(text)) return { text, changed: 0 };
  const out = convert(text);
  let changed = 0;
  if (out.length === text.length) {
    for (let i = 0; i < out.length; i++) if (out.charCodeAt(i) !== text.charCodeAt(i)) changed++;
  } else {
    changed = Math.abs(out.length - text.length) || 1;
  }
  return { text: out, changed };
}
