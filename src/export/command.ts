// `govgraph export --format F [--region R] [--from D] [--to D] [--types a,b] [--ids x,y]
// [--depth n] --out FILE`: the same export as GET /export/F, to a file (or - for stdout),
// with a progress bar on a terminal. The file is written under a temporary name and renamed
// when complete, so a failed export never leaves a truncated file behind.
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { PassThrough, type Writable } from 'node:stream';
import type { Command } from 'commander';
import type { Graph } from '../graph/driver';
import { exportStats } from '../graph/queries/export-stats';
import { parseFilter, parseFormat } from './filter';
import { progressReporter } from './progress';
import { runExport } from './run';
import { FORMATS } from './types';

interface Options { format: string; region?: string; from?: string; to?: string; types?: string[]; ids?: string[]; depth?: string; out: string; stats?: boolean; every?: string }

const collect = (v: string, prev: string[] = []) => [...prev, v];

export function registerExport(program: Command, connect: () => Promise<Graph>): void {
  program
    .command('export')
    .description('export the graph (or a filtered part of it) for Gephi, networkx, yEd, a second Neo4j or a linked-data store')
    .requiredOption('--format <format>', `one of ${FORMATS.join(', ')}`)
    .option('--region <region>', 'a region (name or id) with its sub-regions')
    .option('--from <date>', 'from this date (YYYY-MM-DD)')
    .option('--to <date>', 'to this date (YYYY-MM-DD)')
    .option('--types <labels>', 'only these node types, comma-separated (repeatable)', collect)
    .option('--ids <ids>', 'seed node ids, comma-separated (repeatable: each value whole)', collect)
    .option('--depth <n>', 'relationships from the seeds (default 1)')
    .option('--out <file>', 'output file, - for stdout')
    .option('--stats', 'print the counts of the filtered subgraph as JSON instead of exporting')
    .option('--every <n>', 'without a terminal, one progress line per this many items', '10000')
    .action(async (o: Options) => {
      const format = parseFormat(o.format);
      const filter = parseFilter({
        region: o.region, from: o.from, to: o.to, depth: o.depth,
        types: o.types?.join(','), ids: o.ids && (o.ids.length > 1 ? o.ids : o.ids[0]),
      });
      if (!o.stats && !o.out) throw new Error('--out <file> is required (or - for stdout)');
      const graph = await connect();
      try {
        const stats = await exportStats(graph, filter);
        if (o.stats) {
          process.stdout.write(JSON.stringify(stats, null, 2) + '\n');
          return;
        }
        const progress = progressReporter(stats.totalNodes + stats.totalRelationships, process.stderr, Number(o.every) || 10_000);
        const started = Date.now();
        const done = await writeTo(o.out, (dest) => runExport(graph, format, filter, dest, { onProgress: (p) => progress.update(p) }));
        progress.done(done, Date.now() - started);
      } finally {
        await graph.close();
      }
    });
}

async function writeTo<T>(out: string, work: (dest: Writable) => Promise<T>): Promise<T> {
  if (out === '-') {
    const dest = new PassThrough();
    dest.pipe(process.stdout, { end: false });
    return work(dest);
  }
  const partial = `${out}.partial`;
  try {
    const result = await work(createWriteStream(partial));
    await rename(partial, out);
    return result;
  } catch (err) {
    await rm(partial, { force: true });
    throw err;
  }
}
