// `govgraph remove ARTICLE_ID...`: take articles out, with exactly the facts only they supported.
import type { Command } from 'commander';
import { removeArticle } from '../graph/remove';
import { connectGraph } from './connect';
import { makeLogger } from './logger';

export function registerRemove(program: Command): void {
  program
    .command('remove')
    .description('remove articles (by id: the sha256 of the cleaned text, with or without "article:")')
    .argument('<ids...>')
    .action(async (ids: string[]) => {
      const graph = await connectGraph(makeLogger());
      try {
        for (const id of ids) {
          const removed = await removeArticle(graph, id);
          process.stdout.write(`${id}: ${removed ? 'removed' : 'not in the graph'}\n`);
          if (!removed) process.exitCode = 1;
        }
      } finally {
        await graph.close();
      }
    });
}
