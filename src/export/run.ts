// One export: a format's sink over a destination stream, fed by the walker. Resolves when the
// destination has taken everything; rejects (and stops reading) when it fails or is aborted.
import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import type { Graph } from '../graph/driver';
import { FORMAT_INFO } from './formats';
import type { ExportFilter, ExportFormat } from './types';
import { walk, type Progress, type WalkOptions } from './walk';

export async function runExport(graph: Graph, format: ExportFormat, filter: ExportFilter, dest: Writable, opts: WalkOptions = {}): Promise<Progress> {
  const stop = new AbortController();
  const onAbort = () => stop.abort(opts.signal?.reason);
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  const onError = (err: Error) => stop.abort(err);
  dest.once('error', onError);
  try {
    const progress = await walk(graph, filter, FORMAT_INFO[format].sink(dest), { ...opts, signal: stop.signal });
    await finished(dest);
    return progress;
  } finally {
    opts.signal?.removeEventListener('abort', onAbort);
    dest.off('error', onError);
  }
}
