// npm run bench:ingest [-- --sizes 1000,10000,100000 --concurrency 1 --batch-size 500 --extraction real|truth]
// For each size: the synthetic corpus through the real pipeline (ingestInputs: extract →
// loadBatch, one transaction per batch of articles) into an empty bench Neo4j with govgraph's
// schema, then the same rows through a naive UNWIND … CREATE into an empty database without
// schema (each after a warm-up load). The bench database is left holding the govgraph load of
// the last size (bench:api reuses it). Last line: `ingest: N articles in S s (R× raw create)`.
import { Command } from 'commander';
import { extract } from '../../src/extract';
import { INGEST_DEFAULTS } from '../../src/ingest/ingest';
import { DATA_PER_SIZE, stopBenchDb, total, useBenchSize, type Counts } from '../common/bench-db';
import { corpusFiles, type CorpusFiles } from '../common/corpus-files';
import { inputs, loadGovgraph, loadRaw, type Cpu, type Mode } from './load-corpus';
import type { Timings } from './timed-load';

interface Options { sizes: number[]; concurrency: number; batchSize: number; extraction: Mode; seed: number; raw: boolean; timings: boolean; warmup: number }

async function extractOnly(files: CorpusFiles): Promise<{ s: number; persons: number; meetings: number; policies: number }> {
  const t0 = performance.now();
  let persons = 0, meetings = 0, policies = 0;
  for await (const i of inputs(files)) {
    const x = extract(i);
    persons += x.persons.length; meetings += x.meetings.length; policies += x.policies.length;
  }
  return { s: (performance.now() - t0) / 1000, persons, meetings, policies };
}

const fmt = (n: number, d = 1) => n.toFixed(d);
const cpuOf = (c: Cpu) => c.neo4j + c.node;
const cpuLine = (c: Cpu) => `CPU ${fmt(cpuOf(c))} s (Neo4j ${fmt(c.neo4j)}, node ${fmt(c.node)})`;
const countLine = (c: Counts) => `${total(c.nodes)} nodes (${Object.entries(c.nodes).map(([k, v]) => `${k} ${v}`).join(', ')}), ${total(c.relationships)} relationships`;

async function main(): Promise<void> {
  const o = new Command('bench:ingest')
    .option('--sizes <list>', 'corpus sizes', (v) => v.split(',').map((s) => Number.parseInt(s, 10)), [1000, 10000, 100000])
    .option('--concurrency <n>', 'transactions at once (default: ingestInputs\')', (v) => Number.parseInt(v, 10), INGEST_DEFAULTS.concurrency)
    .option('--batch-size <n>', 'articles per transaction (default: ingestInputs\')', (v) => Number.parseInt(v, 10), INGEST_DEFAULTS.batchSize)
    .option('--extraction <mode>', 'real (src/extract) or truth (the generator\'s reference extraction)', 'real')
    .option('--seed <n>', 'corpus seed', (v) => Number.parseInt(v, 10), 1)
    .option('--no-raw', 'skip the raw CREATE ceiling')
    .option('--timings', 'time each loader statement (same statements, same transaction)')
    .option('--warmup <n>', 'articles of a warm-up load (another seed) before each timed load', (v) => Number.parseInt(v, 10), 500)
    .parse()
    .opts<Options>();
  if (o.extraction !== 'real' && o.extraction !== 'truth') throw new Error('--extraction is real or truth');
  const sizes = [...o.sizes].sort((a, b) => a - b);
  process.stdout.write(`bench:ingest: sizes ${sizes.join(', ')}, concurrency ${o.concurrency}, batch ${o.batchSize}, extraction ${o.extraction}, seed ${o.seed}\n`);
  const results: { size: number; s: number; raw: number | null; cpu: number; rawCpu: number | null }[] = [];
  for (const size of sizes) {
    if (DATA_PER_SIZE && size !== sizes[0]) await stopBenchDb();
    useBenchSize(size);
    const files = await corpusFiles(size, o.seed);
    const timings: Timings = new Map();
    const ex = await extractOnly(files);
    process.stdout.write(`\n[${size}] extract only (src/extract, no database): ${fmt(ex.s)} s, ${fmt(size / ex.s, 0)} articles/s; found ${ex.persons} persons, ${ex.meetings} meetings, ${ex.policies} documents\n`);
    if (o.extraction === 'real' && ex.persons === 0) process.stdout.write(`[${size}] WARNING: the extractor finds no persons yet: the real pipeline loads articles only (use --extraction truth to load the reference extraction)\n`);
    const load = { ...o, timings: o.timings ? timings : undefined };
    const raw = o.raw ? await loadRaw(size, load) : null;
    if (raw) process.stdout.write(`[${size}] raw CREATE: ${fmt(raw.s)} s, ${fmt(size / raw.s, 0)} articles/s; ${cpuLine(raw.cpu)}; ${countLine(raw.counts)}\n`);
    const g = await loadGovgraph(size, load);
    process.stdout.write(`[${size}] govgraph: ${fmt(g.s)} s, ${fmt(size / g.s, 0)} articles/s${g.failed ? `, ${g.failed} FAILED` : ''}; ${cpuLine(g.cpu)}; ${countLine(g.counts)}\n`);
    if (raw) process.stdout.write(`[${size}] ratio govgraph / raw CREATE: ${fmt(g.s / raw.s, 2)}× wall time, ${fmt(cpuOf(g.cpu) / cpuOf(raw.cpu), 2)}× CPU\n`);
    if (timings.size) {
      const sum = [...timings.values()].reduce((a, t) => a + t.ms, 0);
      process.stdout.write(`[${size}] per statement (client-side ms, summed over concurrent transactions; ${fmt(sum / 1000)} s of the ${fmt(g.s)} s in transactions):\n`);
      for (const [name, t] of [...timings].sort((a, b) => b[1].ms - a[1].ms)) {
        process.stdout.write(`    ${name.padEnd(22)} ${String(t.calls).padStart(7)} calls  ${fmt(t.ms / t.calls, 2).padStart(7)} ms/call  ${fmt((100 * t.ms) / sum).padStart(5)} %\n`);
      }
    }
    results.push({ size, s: g.s, raw: raw?.s ?? null, cpu: cpuOf(g.cpu), rawCpu: raw ? cpuOf(raw.cpu) : null });
  }
  process.stdout.write('\n| articles | govgraph s | articles/s | s per 1k | raw CREATE s | ratio | govgraph CPU s | raw CPU s | CPU ratio |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n');
  const orDash = (v: number | null, f: (v: number) => string) => (v === null ? '–' : f(v));
  for (const r of results) {
    process.stdout.write(`| ${r.size} | ${fmt(r.s)} | ${fmt(r.size / r.s, 0)} | ${fmt((1000 * r.s) / r.size, 2)} | ${orDash(r.raw, fmt)} | ${orDash(r.raw, (v) => `${fmt(r.s / v, 2)}×`)} | ${fmt(r.cpu)} | ${orDash(r.rawCpu, fmt)} | ${orDash(r.rawCpu, (v) => `${fmt(r.cpu / v, 2)}×`)} |\n`);
  }
  const last = results[results.length - 1];
  process.stdout.write(`ingest: ${last.size} articles in ${fmt(last.s)} s (${last.raw === null ? '–' : fmt(last.s / last.raw, 2)}× raw create)\n`);
}

if (require.main === module) {
  main().then(() => process.exit(0), (err) => {
    process.stderr.write(`${(err as Error).stack ?? err}\n`);
    process.exit(1);
  });
}
