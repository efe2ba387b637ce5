// Character classes and word look-ups used by every reader. Look-ups are bounded by the longest
// word of a list, so a scan over a text is linear in its length.

export function isHan(ch: string | undefined): boolean {
  if (!ch) return false;
  return isHanCode(ch.charCodeAt(0));
}

export const isHanCode = (c: number): boolean => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);

/** Characters that end a list item or clause in running text. */
export const SEPARATORS = '、，,；;。：:！？!?\n ';
export const isSeparator = (ch: string | undefined): boolean => ch === undefined || SEPARATORS.includes(ch);
export const SENTENCE_END = '。！？!?；;\n';

interface TrieNode {
  next: Map<number, TrieNode>;
  word: string | null;
}

const node = (): TrieNode => ({ next: new Map(), word: null });

function child(n: TrieNode, code: number): TrieNode {
  let c = n.next.get(code);
  if (!c) n.next.set(code, (c = node()));
  return c;
}

/** A word list indexed for longest-match look-ups at a position: a trie each way, keyed by
 *  UTF-16 code unit (no one-character strings are made while scanning). */
export class WordIndex {
  private readonly fwd = node();
  private readonly bwd = node();
  private readonly words = new Set<string>();
  readonly maxLen: number;

  constructor(words: Iterable<string>) {
    let max = 0;
    for (const w of words) {
      if (!w || this.words.has(w)) continue;
      this.words.add(w);
      max = Math.max(max, w.length);
      let n = this.fwd;
      for (let i = 0; i < w.length; i++) n = child(n, w.charCodeAt(i));
      n.word = w;
      n = this.bwd;
      for (let i = w.length - 1; i >= 0; i--) n = child(n, w.charCodeAt(i));
      n.word = w;
    }
    this.maxLen = max;
  }

  /** The longest word starting at `i`, or null. */
  startingAt(t: string, i: number): string | null {
    let n: TrieNode | undefined = this.fwd;
    let best: string | null = null;
    for (let k = i; k < t.length; k++) {
      n = n.next.get(t.charCodeAt(k));
      if (!n) break;
      if (n.word) best = n.word;
    }
    return best;
  }

  /** The longest word ending right before `end`, or null. */
  endingAt(t: string, end: number): string | null {
    let n: TrieNode | undefined = this.bwd;
    let best: string | null = null;
    for (let k = end - 1; k >= 0; k--) {
      n = n.next.get(t.charCodeAt(k));
      if (!n) break;
      if (n.word) best = n.word;
    }
    return best;
  }

  has(w: string): boolean {
    return this.words.has(w);
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
