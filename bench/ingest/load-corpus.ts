// Loading a corpus into the bench Neo4j, for bench:ingest (timed) and bench:api (the graph it
// queries). Each load starts from an empty database (data folder deleted, JVM restarted), then
// warms the JVM up with a small corpus of another seed, deletes it, and only then times.
import { writeFile, readFile } from 'node:fs/promises';
import { extract, type ExtractInput, type Extraction } from '../../src/extract';
import { fromRoot } from '../../src/config/paths';
import type { Graph } from '../../src/graph/driver';
import { loadBatch } from '../../src/graph/load';
import { toLoadRows } from '../../src/graph/load-rows';
import { migrate } from '../../src/graph/migrate';
import { ingestInputs } from '../../src/ingest/ingest';
import { benchData, benchGraph, counts, wipeBenchDb, type Counts } from '../common/bench-db';
import { cpuSecondsOf } from '../common/proc-cpu';
import { corpusFiles, readJsonLines, type CorpusFiles } from '../common/corpus-files';
import type { CorpusRecord } from '../corpus';
import { progress, runPool } from './pool';
import { rawCreate } from './raw-create';
import { timedGraph, type Timings } from './timed-load';

export type Mode = 'real' | 'truth';

export interface LoadOptions {
  concurrency: number;
  batchSize: number;
  extraction: Mode;
  seed: number;
  /** Time each loader statement. */
  timings?: Timings;
  /** Articles of the warm-up corpus (0: none). */
  warmup?: number;
  quiet?: boolean;
}

export interface LoadRun {
  s: number;
  /** CPU seconds of the load: Neo4j's JVM (every thread: queries, JIT, Lucene, GC) and this process (extraction, driver). */
  cpu: Cpu;
  counts: Counts;
  failed: number;
}

export interface Cpu { neo4j: number; node: number }

function cpuMeter(neo4jPid: number): () => Cpu {
  const j0 = cpuSecondsOf(neo4jPid);
  const n0 = process.cpuUsage();
  return () => {
    const n = process.cpuUsage(n0);
    return { neo4j: cpuSecondsOf(neo4jPid) - j0, node: (n.user + n.system) / 1e6 };
  };
}

export interface Loaded { size: number; seed: number; extraction: Mode; articles: number; at: string }
// What the bench database holds, next to its data folder.
const MARKER = () => fromRoot(`${benchData()}-loaded.json`);
const WARMUP_SEED = 9001;

export async function* inputs(files: CorpusFiles): AsyncGenerator<ExtractInput> {
  for await (const r of readJsonLines<CorpusRecord>(files.records)) yield { source: r.url, content: r.text, url: r.url, published: r.published };
}

/** Extractions as the mode gives them: the real extractor, or the generator's reference. */
export async function* extractions(files: CorpusFiles, mode: Mode): AsyncGenerator<{ x: Extraction; url: string }> {
  if (mode === 'truth') for await (const x of readJsonLines<Extraction>(files.truth)) yield { x, url: x.article.url ?? x.source };
  else for await (const i of inputs(files)) yield { x: extract(i), url: i.url! };
}

export async function* chunks<T>(items: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const item of items) {
    // As ingestInputs: a turn of the event loop per item lets a write in flight proceed.
    await new Promise(setImmediate);
    batch.push(item);
    if (batch.length >= size) { yield batch; batch = []; }
  }
  if (batch.length) yield batch;
}

async function govgraphLoad(graph: Graph, files: CorpusFiles, size: number, o: LoadOptions, label: string): Promise<number> {
  const tick = o.quiet ? () => {} : progress(label, size);
  if (o.extraction === 'real') {
    const summary = await ingestInputs(graph, inputs(files), { concurrency: o.concurrency, batchSize: o.batchSize, onArticle: () => tick() });
    for (const f of summary.failed.slice(0, 3)) process.stderr.write(`  failed ${f.source}: ${f.message}\n`);
    return summary.failed.length;
  }
  await runPool(chunks(extractions(files, o.extraction), o.batchSize), o.concurrency, async (batch) => {
    await loadBatch(graph, batch.map(({ x, url }) => ({ extraction: x, url })));
    batch.forEach(() => tick());
  });
  return 0;
}

async function rawLoad(graph: Graph, files: CorpusFiles, size: number, o: LoadOptions, label: string): Promise<void> {
  const tick = o.quiet ? () => {} : progress(label, size);
  await runPool(chunks(extractions(files, o.extraction), o.batchSize), o.concurrency, async (batch) => {
    await rawCreate(graph, batch.map(({ x, url }) => toLoadRows(x, { url })));
    batch.forEach(() => tick());
  });
}

async function deleteAll(graph: Graph): Promise<void> {
  await graph.autoCommit('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
}

/** Empty database with govgraph's schema, a warmed-up JVM, then the timed load through the real loader. */
export async function loadGovgraph(size: number, o: LoadOptions): Promise<LoadRun> {
  const files = await corpusFiles(size, o.seed);
  const { pid } = await wipeBenchDb();
  const graph = benchGraph();
  try {
    await migrate(graph);
    if (o.warmup) {
      await govgraphLoad(graph, await corpusFiles(o.warmup, WARMUP_SEED), o.warmup, { ...o, quiet: true }, 'warm-up');
      await deleteAll(graph);
    }
    const target = o.timings ? timedGraph(graph, o.timings) : graph;
    const cpu = cpuMeter(pid);
    const t0 = performance.now();
    const failed = await govgraphLoad(target, files, size, o, 'govgraph');
    const s = (performance.now() - t0) / 1000;
    const used = cpu();
    const c = await counts(graph);
    const marker: Loaded = { size, seed: o.seed, extraction: o.extraction, articles: c.nodes.Article ?? 0, at: new Date().toISOString() };
    await writeFile(MARKER(), JSON.stringify(marker));
    return { s, cpu: used, counts: c, failed };
  } finally {
    await graph.close();
  }
}

/** Empty database without any schema, a warmed-up JVM, then the timed naive CREATE of the same rows. */
export async function loadRaw(size: number, o: LoadOptions): Promise<LoadRun> {
  const files = await corpusFiles(size, o.seed);
  await writeFile(MARKER(), '{}');
  const { pid } = await wipeBenchDb();
  const graph = benchGraph();
  try {
    if (o.warmup) {
      await rawLoad(graph, await corpusFiles(o.warmup, WARMUP_SEED), o.warmup, { ...o, quiet: true }, 'warm-up');
      await deleteAll(graph);
    }
    const cpu = cpuMeter(pid);
    const t0 = performance.now();
    await rawLoad(graph, files, size, o, 'raw create');
    const s = (performance.now() - t0) / 1000;
    return { s, cpu: cpu(), counts: await counts(graph), failed: 0 };
  } finally {
    await graph.close();
  }
}

/** What the bench database holds now (written after each govgraph load). */
export async function loadedCorpus(): Promise<Loaded | null> {
  try {
    const m = JSON.parse(await readFile(MARKER(), 'utf8')) as Partial<Loaded>;
    return m.size ? (m as Loaded) : null;
  } catch {
    return null;
  }
}

/** Does the real extractor find persons yet? (A sample of the corpus.) */
export async function extractorWorks(seed: number): Promise<boolean> {
  let persons = 0;
  let n = 0;
  for await (const i of inputs(await corpusFiles(1000, seed))) {
    persons += extract(i).persons.length;
    if (++n >= 20) break;
  }
  return persons > 0;
}
