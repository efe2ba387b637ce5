// GET /export/{graphml|gexf|csv|jsonld|json}?region=&from=&to=&types=&ids=&depth= : the export
// streamed as a download. Bad filters are a 400 with a JSON error before anything is sent; a
// client that goes away stops the export; a few exports run at once, the rest get a 503.
import express from 'express';
import type { Graph } from '../graph/driver';
import { FilterError, parseFilter, parseFormat } from './filter';
import { fileName, FORMAT_INFO } from './formats';
import { runExport } from './run';

export const MAX_CONCURRENT_EXPORTS = 2;

export interface ExportRouterOptions {
  log?: (err: unknown, message: string) => void;
}

export function exportRouter(graph: Graph, opts: ExportRouterOptions = {}): express.Router {
  const router = express.Router();
  let running = 0;
  router.get('/export/:format', async (req, res) => {
    let format, filter;
    try {
      format = parseFormat(req.params.format);
      filter = parseFilter(req.query as Record<string, unknown>);
    } catch (err) {
      if (!(err instanceof FilterError)) throw err;
      res.status(400).json({ error: err.message });
      return;
    }
    if (running >= MAX_CONCURRENT_EXPORTS) {
      res.status(503).set('Retry-After', '30').json({ error: 'too many exports are running; try again shortly' });
      return;
    }
    running++;
    const stop = new AbortController();
    res.on('close', () => { if (!res.writableFinished) stop.abort(new Error('client went away')); });
    res.set({
      'Content-Type': FORMAT_INFO[format].contentType,
      'Content-Disposition': `attachment; filename="${fileName(format)}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    try {
      await runExport(graph, format, filter, res, { signal: stop.signal });
    } catch (err) {
      if (stop.signal.aborted) return;
      // Before the first byte the client still gets a status; after it, only a cut connection.
      if (!res.headersSent) {
        res.removeHeader('Content-Disposition');
        res.status(500).json({ error: 'the export failed' });
      } else res.destroy(err as Error);
      opts.log?.(err, `export ${format} failed`);
    } finally {
      running--;
    }
  });
  return router;
}
