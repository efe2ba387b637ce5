// Page junk (image names, share/print buttons, counters, font-size switches, runs of ?, SEO
// spam): whole lines by the patterns of lexicon/junk-patterns.yaml, and fragments inside lines.
import type { Lexicon } from '../lexicon';

export function junkLineReason(line: string, lex: Lexicon): string | null {
  const t = line.trim();
  if (!t) return null;
  for (const p of lex.junkLines) {
    // Patterns that need a keyword are skipped cheaply on lines without it.
    if (p.needs && !p.needs.test(t)) continue;
    if (p.re.test(t)) return p.reason;
  }
  return null;
}

export function stripInlineJunk(line: string, lex: Lexicon): { line: string; reasons: string[] } {
  const reasons: string[] = [];
  let out = line;
  for (const p of lex.junkInline) {
    const re = new RegExp(p.re.source, 'gu');
    if (re.test(out)) {
      reasons.push(p.reason);
      out = out.replace(re, ' ');
    }
  }
  return { line: out, reasons };
}
