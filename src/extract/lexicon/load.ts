// Finds and parses the lexicon YAML files once. The files live in src/extract/lexicon and are
// not copied by tsc, so from dist/ we walk up to the package root to find them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export type RawLexicon = Record<string, unknown> & { source: string; description: string };

const HERE_PARTS = ['src', 'extract', 'lexicon'];

function isLexiconDir(dir: string): boolean {
  return existsSync(path.join(dir, 'surnames.yaml'));
}

/** The folder holding the YAML files: next to this module, or under the package root. */
export function lexiconDir(start: string = __dirname): string {
  if (isLexiconDir(start)) return start;
  let dir = start;
  for (;;) {
    const candidate = path.join(dir, ...HERE_PARTS);
    if (existsSync(path.join(dir, 'package.json')) && isLexiconDir(candidate)) return candidate;
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  throw new Error(`govgraph extract: lexicon folder (${HERE_PARTS.join('/')}) not found above ${start}`);
}

/** Every *.yaml of the folder by base name; each must say where its list comes from. */
export function readLexiconFiles(dir: string = lexiconDir()): Map<string, RawLexicon> {
  const out = new Map<string, RawLexicon>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const data = parse(readFileSync(path.join(dir, file), 'utf8')) as unknown;
    if (!data || typeof data !== 'object') throw new Error(`lexicon ${file}: not a mapping`);
    const rec = data as Record<string, unknown>;
    for (const key of ['source', 'description']) {
      if (typeof rec[key] !== 'string' || !(rec[key] as string).trim()) {
        throw new Error(`lexicon ${file}: missing "${key}:"`);
      }
    }
    out.set(file.replace(/\.yaml$/, ''), rec as RawLexicon);
  }
  return out;
}

/** A space-separated word list (how the files write long lists) as an array. */
export function words(value: unknown, where: string): string[] {
  if (typeof value !== 'string') throw new Error(`lexicon ${where}: expected a word list`);
  return value.split(/\s+/).filter(Boolean);
}

/** A run of characters (the surname list) as an array of single characters. */
export function chars(value: unknown, where: string): string[] {
  return Array.from(words(value, where).join(''));
}
