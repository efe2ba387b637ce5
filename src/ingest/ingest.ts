// Articles → extraction → graph. Articles are written in batches (one transaction each, so a
// crash leaves every article wholly loaded or not at all), one or a few batches at a time; a batch that
// fails is retried article by article, so one bad article costs only itself.
import { extract, rejection, type ExtractInput, type Extraction } from '../extract';
import type { Graph } from '../graph/driver';
import { addCounts, loadBatch, type BatchItem, type LoadResult, type StepCounts } from '../graph/load';
import { awaitSearchable } from '../graph/searchable';
import { expandPaths, inputsOf, readFileOrStdin, type SourceError } from './read-sources';

export interface IngestSummary extends StepCounts {
  read: number;
  loaded: number;
  skipped: number;
  failed: SourceError[];
  /** Inputs that are not articles (binary, no Chinese text), with the reason; nothing written. */
  rejected: SourceError[];
  /** Stopped by its signal before every input was read. */
  interrupted?: boolean;
  warnings: number;
  /** Created and set, per kind of row (persons, holds, meetings…). */
  steps: Record<string, StepCounts>;
}

/**
 * One writer, 500 articles a transaction. On 2 cores, two writers load no faster than one: they
 * mostly wait on each other's locks on the facts many articles share (BENCHMARKS.md, Ingest).
 * 500 rather than 100: 30 000 articles in 86 s instead of 98 (fewer round trips and commits, and a
 * fact stated by several articles of a batch is written once); 1 000 gained nothing more.
 */
export const INGEST_DEFAULTS = { concurrency: 1, batchSize: 500 };

export interface IngestOptions {
  /** Batches written at once. */
  concurrency?: number;
  /** Articles per transaction. */
  batchSize?: number;
  dryRun?: boolean;
  force?: boolean;
  /**
   * Aborted (SIGINT/SIGTERM): no more articles are read; the batches already sent finish, so
   * every article is loaded whole or not at all and a rerun completes the load.
   */
  signal?: AbortSignal;
  /** Called once per article read, whatever became of it. */
  onArticle?: (x: Extraction | null, r: LoadResult | null) => void;
}

interface Pending extends BatchItem {
  source: string;
}

export async function ingestInputs(graph: Graph | null, inputs: AsyncIterable<ExtractInput> | Iterable<ExtractInput>, opts: IngestOptions = {}): Promise<IngestSummary> {
  const summary: IngestSummary = { read: 0, loaded: 0, skipped: 0, failed: [], rejected: [], warnings: 0, nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0, steps: {} };
  const running = new Set<Promise<void>>();
  const limit = Math.max(1, opts.concurrency ?? INGEST_DEFAULTS.concurrency);
  const size = Math.max(1, opts.batchSize ?? INGEST_DEFAULTS.batchSize);

  const record = (item: Pending, r: LoadResult) => {
    if (r.status === 'skipped') summary.skipped++;
    else {
      summary.loaded++;
      addCounts(summary, r);
      for (const [k, c] of Object.entries(r.steps)) addCounts((summary.steps[k] ??= { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 }), c);
    }
    opts.onArticle?.(item.extraction, r);
  };
  const write = async (batch: Pending[]) => {
    try {
      (await loadBatch(graph!, batch, { force: opts.force })).forEach((r, i) => record(batch[i]!, r));
    } catch (err) {
      if (batch.length === 1) {
        summary.failed.push({ source: batch[0]!.source, message: (err as Error).message });
        opts.onArticle?.(batch[0]!.extraction, null);
      } else for (const item of batch) await write([item]);
    }
  };
  // A batch waits for a free writer, then is written while the next one is extracted.
  const flush = async (batch: Pending[]) => {
    if (!batch.length) return;
    while (running.size >= limit) await Promise.race(running);
    const p = write(batch).finally(() => running.delete(p));
    running.add(p);
  };

  let batch: Pending[] = [];
  for await (const input of inputs) {
    if (opts.signal?.aborted) { summary.interrupted = true; break; }
    // Extraction is synchronous: without a turn of the event loop between articles, the write
    // in flight would not get its answers until the whole next batch is extracted.
    if (running.size) await new Promise(setImmediate);
    summary.read++;
    let extraction: Extraction;
    try {
      extraction = extract(input);
    } catch (err) {
      summary.failed.push({ source: input.source, message: `extraction failed: ${(err as Error).message}` });
      opts.onArticle?.(null, null);
      continue;
    }
    summary.warnings += extraction.warnings.length;
    const rejected = rejection(extraction);
    if (rejected) {
      summary.rejected.push({ source: input.source, message: rejected });
      opts.onArticle?.(extraction, null);
      continue;
    }
    if (opts.dryRun || !graph) { opts.onArticle?.(extraction, null); continue; }
    batch.push({ extraction, url: input.url, source: input.source });
    if (batch.length >= size) { await flush(batch); batch = []; }
  }
  await flush(batch);
  await Promise.all(running);
  if (graph && summary.loaded) await awaitSearchable(graph);
  return summary;
}

export async function* inputsFromPaths(paths: string[], errors: SourceError[]): AsyncGenerator<ExtractInput> {
  const expanded = await expandPaths(paths);
  errors.push(...expanded.errors);
  for (const file of expanded.files) {
    let content: Buffer;
    try {
      content = await readFileOrStdin(file);
    } catch (err) {
      errors.push({ source: file, message: (err as Error).message });
      continue;
    }
    const { inputs, errors: lineErrors } = inputsOf(file, content);
    errors.push(...lineErrors);
    yield* inputs;
  }
}

export async function ingestPaths(graph: Graph | null, paths: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const errors: SourceError[] = [];
  const summary = await ingestInputs(graph, inputsFromPaths(paths, errors), opts);
  summary.failed.unshift(...errors);
  return summary;
}
