// node dist/bench/corpus/cli.js --articles N --out FILE.jsonl [--seed S] [--truth FILE.jsonl]
// Writes the synthetic corpus as JSON lines ({text, url, published}); --truth also writes the
// reference extraction of each article, one a line, in the same order.
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { Command } from 'commander';
import { generateArticles } from './index';

async function write(out: WriteStream, line: string): Promise<void> {
  if (!out.write(line)) await once(out, 'drain');
}

async function main(): Promise<void> {
  const opts = new Command('corpus')
    .requiredOption('--articles <n>', 'number of articles', (v) => Number.parseInt(v, 10))
    .requiredOption('--out <file>', 'JSON lines output ({text, url, published}); - for stdout')
    .option('--seed <n>', 'PRNG seed', (v) => Number.parseInt(v, 10), 1)
    .option('--truth <file>', 'also write the reference extraction of each article (JSON lines)')
    .parse()
    .opts<{ articles: number; out: string; seed: number; truth?: string }>();
  const out = opts.out === '-' ? (process.stdout as unknown as WriteStream) : createWriteStream(opts.out);
  const truth = opts.truth ? createWriteStream(opts.truth) : null;
  const t0 = Date.now();
  for (const a of generateArticles(opts.articles, opts.seed)) {
    await write(out, `${JSON.stringify({ text: a.text, url: a.url, published: a.published })}\n`);
    if (truth) await write(truth, `${JSON.stringify(a.truth)}\n`);
  }
  for (const s of [out, truth]) if (s && s !== (process.stdout as unknown)) { s.end(); await once(s, 'finish'); }
  process.stderr.write(`corpus: ${opts.articles} articles (seed ${opts.seed}) in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
