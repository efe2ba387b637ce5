// Every 《…》 (and 〈…〉 nested in one) with its span, innermost titles included, in order of
// their opening bracket. Unbalanced brackets end at the line: they never swallow the article.

export interface Bracketed {
  title: string;
  start: number;
  end: number;
  depth: number;
}

const OPEN = '《〈';
const CLOSE = '》〉';

export function bracketed(t: string): Bracketed[] {
  const out: Bracketed[] = [];
  const stack: number[] = [];
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (OPEN.includes(c)) {
      if (stack.length < 8) stack.push(i);
    } else if (CLOSE.includes(c) && stack.length) {
      const s = stack.pop()!;
      const title = t.slice(s + 1, i).trim();
      if (title) out.push({ title, start: s, end: i + 1, depth: stack.length });
    } else if (c === '\n') {
      stack.length = 0;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
