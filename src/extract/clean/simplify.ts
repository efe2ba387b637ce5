// Traditional → simplified characters with OpenCC's Taiwan table (t→cn keeps 著 in 著力; the
// phrase table twp would rewrite words such as 建立 → 创建). Simplified text passes unchanged.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const OpenCC = require('opencc-js') as { Converter(o: { from: string; to: string }): (s: string) => string };

const convert = OpenCC.Converter({ from: 'tw', to: 'cn' });

export function toSimplified(text: string): { text: string; changed: number } {
  const out = convert(text);
  let changed = 0;
  if (out.length === text.length) {
    for (let i = 0; i < out.length; i++) if (out.charCodeAt(i) !== text.charCodeAt(i)) changed++;
  } else {
    changed = Math.abs(out.length - text.length) || 1;
  }
  return { text: out, changed };
}
