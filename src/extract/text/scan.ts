// Character classes and word look-ups used by every reader. Look-ups are bounded by the longest
// word of a list, so a scan over a text is linear in its length.

export const isHan = (ch: string | undefined): boolean => !!ch && /[\u3400-\u9fff\uf900-\ufaff]/.test(ch);

/** Characters that end a list item or clause in running text. */
export const SEPARATORS = '、，,；;。：:！？!?\n ';
export const isSeparator = (ch: string | undefined): boolean => ch === undefined || SEPARATORS.includes(ch);
export const SENTENCE_END = '。！？!?；;\n';

/** A word list indexed for longest-match look-ups at a position. */
export class WordIndex {
  private readonly byFirst = new Map<string, string[]>();
  private readonly byLast = new Map<string, string[]>();
  readonly maxLen: number;

  constructor(words: Iterable<string>) {
    let max = 0;
    const uniq = [...new Set(words)].sort((a, b) => b.length - a.length);
    for (const w of uniq) {
      if (!w) continue;
      max = Math.max(max, w.length);
      const f = w[0], l = w[w.length - 1];
      if (!this.byFirst.has(f)) this.byFirst.set(f, []);
      this.byFirst.get(f)!.push(w);
      if (!this.byLast.has(l)) this.byLast.set(l, []);
      this.byLast.get(l)!.push(w);
    }
    this.maxLen = max;
  }

  /** The longest word starting at `i`, or null. */
  startingAt(t: string, i: number): string | null {
    const list = this.byFirst.get(t[i]);
    if (!list) return null;
    for (const w of list) if (t.startsWith(w, i)) return w;
    return null;
  }

  /** The longest word ending right before `end`, or null. */
  endingAt(t: string, end: number): string | null {
    const list = this.byLast.get(t[end - 1]);
    if (!list) return null;
    for (const w of list) if (end - w.length >= 0 && t.startsWith(w, end - w.length)) return w;
    return null;
  }

  has(w: string): boolean {
    return this.byFirst.get(w[0])?.includes(w) ?? false;
  }
}

/** Spans where a reader must not look for people: inside 《…》 titles. */
export function bracketSpans(t: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c === '《') {
      if (depth === 0) start = i;
      depth++;
    } else if (c === '》' && depth > 0) {
      depth--;
      if (depth === 0) out.push([start, i + 1]);
    } else if (c === '\n' && depth > 0) {
      depth = 0; // an unbalanced 《 does not swallow the rest of the article
    }
  }
  return out;
}


/** A per-character mask of the spans (1 = inside), for constant-time tests. */
export function spanMask(length: number, spans: Array<[number, number]>): Uint8Array {
  const m = new Uint8Array(length);
  for (const [s, e] of spans) m.fill(1, s, e);
  return m;
}
