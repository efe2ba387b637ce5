// `govgraph ingest PATH...`: load articles into the graph and say what happened.
import type { Command } from 'commander';
import { migrate } from '../graph/migrate';
import { ingestPaths } from '../ingest/ingest';
import { connectGraph } from './connect';
import { makeLogger } from './logger';

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('extract articles and load them into the graph (.txt, .html, .jsonl; folders; - for stdin)')
    .argument('<paths...>')
    .option('--concurrency <n>', 'articles loaded at once', '4')
    .option('--dry-run', 'extract and report, write nothing')
    .option('--force', 'reload articles already in the graph')
    .action(async (paths: string[], opts: { concurrency: string; dryRun?: boolean; force?: boolean }) => {
      const log = makeLogger();
      const graph = opts.dryRun ? null : await connectGraph(log);
      try {
        if (graph) await migrate(graph);
        const s = await ingestPaths(graph, paths, { concurrency: Number(opts.concurrency), dryRun: opts.dryRun, force: opts.force });
        for (const f of s.failed) process.stderr.write(`govgraph ingest: ${f.source}: ${f.message}\n`);
        process.stdout.write(
          `${s.read} articles read, ${s.loaded} loaded, ${s.skipped} already loaded (same content), ${s.failed.length} failed; ` +
            `${s.nodesCreated} nodes and ${s.relationshipsCreated} relationships created; ${s.warnings} warnings\n`,
        );
        if (s.failed.length) process.exitCode = 1;
      } finally {
        await graph?.close();
      }
    });
}
