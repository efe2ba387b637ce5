// Sentences and clauses with their offsets in the text.

export interface Piece {
  text: string;
  start: number;
  end: number;
}

/**
 * No sentence or clause is longer than this: a longer run without punctuation (a table, page
 * junk, a hostile input) is cut, so every reader that works sentence by sentence stays linear
 * in the length of the text.
 */
const MAX_PIECE = 500;

function split(t: string, start: number, end: number, seps: string): Piece[] {
  const out: Piece[] = [];
  let s = start;
  for (let i = start; i < end; i++) {
    if (seps.includes(t[i]) || i + 1 - s >= MAX_PIECE) {
      if (i + 1 > s) out.push({ text: t.slice(s, i + 1), start: s, end: i + 1 });
      s = i + 1;
    }
  }
  if (end > s) out.push({ text: t.slice(s, end), start: s, end });
  return out;
}

let memo: { t: string; pieces: Piece[] } | null = null;

/** Sentences end at 。！？；and line breaks (a quoted sentence stays in its sentence). */
export function sentences(t: string): Piece[] {
  // Several readers split the same text one after another: split it once.
  if (memo?.t !== t) memo = { t, pieces: split(t, 0, t.length, '。！？!?；;\n') };
  return memo.pieces;
}

/** Clauses of a sentence end at ，and , as well. */
export function clauses(t: string, s: Piece): Piece[] {
  return split(t, s.start, s.end, '，,。！？!?；;\n');
}
