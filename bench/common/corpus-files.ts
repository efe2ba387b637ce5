// The corpus on disk, generated once per (size, seed) under .data/bench/ and read back line by
// line: the timed runs read JSON lines as `govgraph ingest` does, not a generator in memory.
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';
import readline from 'node:readline';
import { fromRoot } from '../../src/config/paths';
import { generateArticles } from '../corpus';

export interface CorpusFiles {
  /** {text, url, published} a line. */
  records: string;
  /** The reference extraction of each record, a line each, same order. */
  truth: string;
}

export async function corpusFiles(n: number, seed: number): Promise<CorpusFiles> {
  const dir = fromRoot('.data/bench');
  const files = { records: path.join(dir, `corpus-${n}-s${seed}.jsonl`), truth: path.join(dir, `truth-${n}-s${seed}.jsonl`) };
  if (existsSync(files.records) && existsSync(files.truth)) return files;
  await mkdir(dir, { recursive: true });
  const t0 = Date.now();
  const out = createWriteStream(`${files.records}.tmp`);
  const truth = createWriteStream(`${files.truth}.tmp`);
  for (const a of generateArticles(n, seed)) {
    const ok1 = out.write(`${JSON.stringify({ text: a.text, url: a.url, published: a.published })}\n`);
    const ok2 = truth.write(`${JSON.stringify(a.truth)}\n`);
    // Both waits are set up before either is awaited: a drain that fires while the other is
    // awaited would otherwise be missed, and node would exit (status 0) with nothing pending.
    await Promise.all([ok1 ? null : once(out, 'drain'), ok2 ? null : once(truth, 'drain')]);
  }
  for (const s of [out, truth]) { s.end(); await once(s, 'finish'); }
  await rename(`${files.records}.tmp`, files.records);
  await rename(`${files.truth}.tmp`, files.truth);
  process.stderr.write(`corpus: generated ${n} articles (seed ${seed}) in ${((Date.now() - t0) / 1000).toFixed(1)} s → ${files.records}\n`);
  return files;
}

export async function* readJsonLines<T>(file: string): AsyncGenerator<T> {
  const lines = readline.createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of lines) if (line.trim()) yield JSON.parse(line) as T;
}
