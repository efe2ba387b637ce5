// `govgraph extract --format jsonl FILE...`: one Extraction per file, in the order given.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { extract } from '../extract';
import { readStdin } from './read-stdin';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('read articles and print what was extracted (../shared/docs/extraction-format.md)')
    .option('--format <format>', 'jsonl (one object a line) or json (pretty, an array)', 'jsonl')
    .argument('<files...>', 'article files (.txt or .html, any encoding); - reads stdin')
    .action(async (files: string[], opts: { format: string }) => {
      if (opts.format !== 'jsonl' && opts.format !== 'json') {
        throw new Error(`unknown --format ${opts.format}: use jsonl or json`);
      }
      const results = [];
      let failed = 0;
      for (const file of files) {
        let content: Uint8Array;
        try {
          content = file === '-' ? await readStdin() : await readFile(file);
        } catch (err) {
          failed++;
          process.stderr.write(`govgraph extract: cannot read ${file}: ${(err as Error).message}\n`);
          continue;
        }
        const result = extract({ source: file, content });
        if (opts.format === 'jsonl') process.stdout.write(JSON.stringify(result) + '\n');
        else results.push(result);
      }
      if (opts.format === 'json') process.stdout.write(JSON.stringify(results, null, 2) + '\n');
      if (failed) process.exitCode = 1;
    });
}
