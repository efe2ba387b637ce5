// Pages through the filtered graph in a fixed order (nodes label by label, then edges type by
// type) and feeds a format's sink, one page at a time: the export's memory is two pages (one
// written, one read ahead) plus what the sink buffers, whatever the size of the graph.
import type { Graph } from '../graph/driver';
import { resolveScope } from '../graph/queries/export-filter';
import { readEdges, readNodes, type Page } from '../graph/queries/export-read';
import { exportPairs, exportSchema } from '../graph/queries/export-schema';
import type { ExportFilter, Sink } from './types';

export interface Progress { nodes: number; edges: number }

export interface WalkOptions {
  /** Nodes per page; edges are paged by an end node, half as many per page. Default 2500. */
  pageSize?: number;
  signal?: AbortSignal;
  onProgress?: (p: Progress) => void;
}

// The next page is read while this one is written out: Neo4j and the writer work at once.
async function pages<T>(read: (after: string) => Promise<Page<T>>, each: (items: T[]) => Promise<void>, signal?: AbortSignal): Promise<void> {
  let pending: Promise<Page<T>> | null = read('');
  while (pending) {
    signal?.throwIfAborted();
    const page: Page<T> = await pending;
    pending = page.next === null ? null : read(page.next);
    // A failed prefetch must not go unhandled while this page is being written.
    pending?.catch(() => {});
    await each(page.items);
  }
}

export async function walk(graph: Graph, filter: ExportFilter, sink: Sink, opts: WalkOptions = {}): Promise<Progress> {
  const size = opts.pageSize ?? 2500;
  const progress: Progress = { nodes: 0, edges: 0 };
  const scope = await resolveScope(graph, filter);
  const schema = sink.needsSchema ? await exportSchema(graph, scope.labels) : null;
  const pairs = schema?.pairs ?? (await exportPairs(graph, scope.labels));
  await sink.begin({ schema, scope, filter });
  for (const label of scope.labels) {
    await sink.startNodes(label);
    await pages((after) => readNodes(graph, label, scope, after, size), async (items) => {
      for (const n of items) sink.node(n);
      progress.nodes += items.length;
      opts.onProgress?.(progress);
      await sink.drain();
    }, opts.signal);
    await sink.endNodes(label);
  }
  for (const type of new Set(pairs.map((p) => p.type))) {
    await sink.startEdges(type);
    for (const { label } of pairs.filter((p) => p.type === type)) {
      await pages((after) => readEdges(graph, label, type, scope, after, Math.max(1, size >> 1)), async (items) => {
        for (const e of items) sink.edge(e);
        progress.edges += items.length;
        opts.onProgress?.(progress);
        await sink.drain();
      }, opts.signal);
    }
    await sink.endEdges(type);
  }
  opts.signal?.throwIfAborted();
  await sink.end();
  return progress;
}
