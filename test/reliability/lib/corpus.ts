// The real articles of seeds/ and corpora made of them.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fromRoot } from '../../../src/config/paths';

export interface SeedRecord { text: string; url: string | null; published: string | null }

let cached: SeedRecord[] | undefined;

/** The seed articles: every .jsonl record, and the .txt files as text. */
export function seedRecords(): SeedRecord[] {
  if (cached) return cached;
  const dir = fromRoot('seeds');
  const out: SeedRecord[] = [];
  for (const f of readdirSync(dir).sort()) {
    const p = path.join(dir, f);
    if (f.endsWith('.jsonl')) {
      for (const line of readFileSync(p, 'utf8').split('\n')) if (line.trim()) out.push(JSON.parse(line) as SeedRecord);
    } else if (f.endsWith('.txt')) out.push({ text: readFileSync(p, 'utf8'), url: null, published: null });
  }
  return (cached = out);
}

/**
 * The seed articles `copies` times over, each copy a different text (a different article) naming
 * the same officials and meetings, so loads of overlapping facts must converge: a .jsonl file.
 */
export function writeVariantCorpus(file: string, copies: number): number {
  const records = seedRecords();
  const lines: string[] = [];
  for (let c = 1; c <= copies; c++) for (const r of records) lines.push(JSON.stringify({ ...r, text: `${r.text}\n(转载 ${c})` }));
  writeFileSync(file, lines.join('\n') + '\n');
  return lines.length;
}
