// `govgraph stats [--json]`: counts and the checksum of the whole graph (to compare two loads).
import type { Command } from 'commander';
import { graphStats } from '../graph/stats';
import { connectGraph } from './connect';
import { makeLogger } from './logger';

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('count nodes and relationships and checksum the graph')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const graph = await connectGraph(makeLogger());
      try {
        const s = await graphStats(graph);
        if (opts.json) process.stdout.write(JSON.stringify(s, null, 2) + '\n');
        else {
          for (const [k, v] of Object.entries(s.nodes).sort()) process.stdout.write(`${k.padEnd(22)} ${v}\n`);
          for (const [k, v] of Object.entries(s.relationships).sort()) process.stdout.write(`${('-[' + k + ']-').padEnd(22)} ${v}\n`);
          process.stdout.write(`checksum ${s.checksum}\n`);
        }
      } finally {
        await graph.close();
      }
    });
}
