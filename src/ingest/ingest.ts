// Articles → extraction → graph, a few at a time. Each article is its own transaction, so an
// unreadable file or a failed article is reported and the rest still load.
import { extract, type ExtractInput, type Extraction } from '../extract';
import type { Graph } from '../graph/driver';
import { addCounts, loadExtraction, type LoadResult, type StepCounts } from '../graph/load';
import { expandPaths, inputsOf, readFileOrStdin, type SourceError } from './read-sources';

export interface IngestSummary {
  read: number;
  loaded: number;
  skipped: number;
  failed: SourceError[];
  warnings: number;
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  /** Created and set, per kind of row (persons, holds, meetings…). */
  steps: Record<string, StepCounts>;
}

export interface IngestOptions {
  concurrency?: number;
  dryRun?: boolean;
  force?: boolean;
  onArticle?: (x: Extraction, r: LoadResult | null) => void;
}

export async function ingestInputs(graph: Graph | null, inputs: AsyncIterable<ExtractInput> | Iterable<ExtractInput>, opts: IngestOptions = {}): Promise<IngestSummary> {
  const summary: IngestSummary = { read: 0, loaded: 0, skipped: 0, failed: [], warnings: 0, nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0, steps: {} };
  const running = new Set<Promise<void>>();
  const limit = Math.max(1, opts.concurrency ?? 4);
  const one = async (input: ExtractInput) => {
    summary.read++;
    try {
      const x = extract(input);
      summary.warnings += x.warnings.length;
      const r = opts.dryRun || !graph ? null : await loadExtraction(graph, x, { force: opts.force, url: input.url });
      if (r?.status === 'loaded') {
        summary.loaded++;
        addCounts(summary, r);
        for (const [k, c] of Object.entries(r.steps)) addCounts((summary.steps[k] ??= { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 }), c);
      }
      if (r?.status === 'skipped') summary.skipped++;
      opts.onArticle?.(x, r);
    } catch (err) {
      summary.failed.push({ source: input.source, message: (err as Error).message });
    }
  };
  for await (const input of inputs) {
    const p = one(input).finally(() => running.delete(p));
    running.add(p);
    if (running.size >= limit) await Promise.race(running);
  }
  await Promise.all(running);
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
