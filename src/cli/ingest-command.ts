// `govgraph ingest PATH...`: load articles into the graph, with progress and a summary of what
// was read, skipped, created and set; the exit status says whether anything failed.
import type { Command } from 'commander';
import { migrate } from '../graph/migrate';
import { ingestPaths, INGEST_DEFAULTS, type IngestSummary } from '../ingest/ingest';
import { countInputs } from '../ingest/read-sources';
import { connectGraph } from './connect';
import { makeLogger } from './logger';
import { progress } from './progress';

export function summaryText(s: IngestSummary, dryRun: boolean): string {
  const lines = [
    `${s.read} articles read, ${s.loaded} loaded, ${s.skipped} skipped as already loaded (same content), ${s.failed.length} failed, ${s.rejected.length} rejected as not articles, ${s.warnings} warnings`,
  ];
  if (!dryRun) {
    lines.push(`${s.nodesCreated} nodes and ${s.relationshipsCreated} relationships created, ${s.propertiesSet} properties set`);
    for (const [step, c] of Object.entries(s.steps)) {
      lines.push(`  ${step.padEnd(15)} ${String(c.nodesCreated).padStart(7)} nodes  ${String(c.relationshipsCreated).padStart(7)} relationships created  ${String(c.propertiesSet).padStart(8)} properties set`);
    }
  }
  return lines.join('\n') + '\n';
}

/**
 * The first SIGINT/SIGTERM stops reading and lets the transactions in flight commit (a kill would
 * roll them back: nothing is lost either way, but the summary says where the load stopped); a
 * second one exits at once.
 */
function stopOnSignal(): { signal: AbortSignal; received: NodeJS.Signals | null; release: () => void } {
  const controller = new AbortController();
  const state = { signal: controller.signal, received: null as NodeJS.Signals | null, release: () => {} };
  const onSignal = (name: NodeJS.Signals) => {
    if (state.received) process.exit(signalExitCode(name));
    state.received = name;
    process.stderr.write(`govgraph ingest: ${name}: finishing the transactions in flight (again to quit now)\n`);
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  state.release = () => { process.off('SIGINT', onSignal); process.off('SIGTERM', onSignal); };
  return state;
}

/** The shell's convention: 128 + the signal's number. */
const signalExitCode = (name: NodeJS.Signals): number => (name === 'SIGINT' ? 130 : 143);

function wholeNumber(name: string, value: string, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new Error(`${name} must be a whole number from 1 to ${max}`);
  return n;
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('extract articles and load them into the graph (.txt, .html, .jsonl; folders; - for stdin)')
    .argument('<paths...>')
    .option('--concurrency <n>', 'transactions written at once', String(INGEST_DEFAULTS.concurrency))
    .option('--batch <n>', 'articles per transaction (each article is all-or-nothing either way)', String(INGEST_DEFAULTS.batchSize))
    .option('--dry-run', 'extract and report, write nothing')
    .option('--force', 'reload articles already in the graph')
    .action(async (paths: string[], opts: { concurrency: string; batch: string; dryRun?: boolean; force?: boolean }) => {
      const concurrency = wholeNumber('--concurrency', opts.concurrency, 64);
      const batchSize = wholeNumber('--batch', opts.batch, 1000);
      const graph = opts.dryRun ? null : await connectGraph(makeLogger());
      try {
        if (graph) await migrate(graph);
        const bar = progress('ingest', await countInputs(paths));
        const stop = stopOnSignal();
        const s = await ingestPaths(graph, paths, { concurrency, batchSize, dryRun: opts.dryRun, force: opts.force, signal: stop.signal, onArticle: () => bar.tick() }).finally(stop.release);
        bar.stop();
        for (const f of s.failed) process.stderr.write(`govgraph ingest: ${f.source}: ${f.message}\n`);
        for (const r of s.rejected) process.stderr.write(`govgraph ingest: ${r.source}: not loaded: ${r.message}\n`);
        process.stdout.write(summaryText(s, !!opts.dryRun));
        if (s.interrupted) {
          process.stderr.write(`govgraph ingest: interrupted by ${stop.received}: the articles above are loaded whole; run the same command again to load the rest\n`);
          process.exitCode = signalExitCode(stop.received!);
        } else if (s.failed.length) process.exitCode = 1;
      } finally {
        await graph?.close();
      }
    });
}
