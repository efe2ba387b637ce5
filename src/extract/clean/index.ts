// Raw decoded text → the cleaned, simplified body every offset refers to, plus what the page
// furniture said (publisher, date, bylines) and a warning for each thing dropped.
import type { Lexicon } from '../lexicon';
import { stripBylines, type Byline } from './bylines';
import { junkLineReason, stripInlineJunk } from './junk';
import { isMetaLine, readMetaLine, type PageMeta } from './meta-lines';
import { removePinyinGlosses } from './pinyin';
import { toSimplified } from './simplify';

export interface Cleaned {
  text: string;
  warnings: string[];
  meta: PageMeta;
  bylines: Byline[];
}

const snippet = (s: string): string => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** Line breaks unified, invisible and control characters removed, odd spaces made plain. */
export function normalizeWhitespace(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/[\u00a0\u2002-\u200a\u202f\u205f\t]/g, ' ');
}

export function cleanText(raw: string, lex: Lexicon): Cleaned {
  const warnings: string[] = [];
  let text = normalizeWhitespace(raw);
  const pinyin = removePinyinGlosses(text);
  if (pinyin.removed) warnings.push(`removed ${pinyin.removed} pinyin glosses`);
  const simp = toSimplified(pinyin.text);
  if (simp.changed) warnings.push(`converted ${simp.changed} traditional characters to simplified`);
  text = simp.text;
  const meta: PageMeta = { publisher: null, published: null };
  const bylines: Byline[] = [];
  const kept: string[] = [];
  for (const rawLine of text.split('\n')) {
    let line = rawLine.replace(/\u3000/g, ' ').trim();
    if (!line) continue;
    const reason = junkLineReason(line, lex);
    if (reason) {
      warnings.push(`dropped ${reason}: ${snippet(line)}`);
      continue;
    }
    if (isMetaLine(line)) {
      const m = readMetaLine(line);
      meta.publisher ??= m.publisher;
      meta.published ??= m.published;
      warnings.push(`dropped page metadata: ${snippet(line)}`);
      continue;
    }
    const inline = stripInlineJunk(line, lex);
    for (const r of inline.reasons) warnings.push(`dropped ${r} in: ${snippet(line)}`);
    const by = stripBylines(inline.line, lex);
    for (const r of by.removed) warnings.push(`dropped byline: ${snippet(r)}`);
    bylines.push(...by.bylines);
    line = by.line.replace(/ {2,}/g, ' ').trim();
    if (line) kept.push(line);
  }
  return { text: kept.join('\n'), warnings, meta, bylines };
}
