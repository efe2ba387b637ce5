// `govgraph extract --format jsonl FILE...`: one Extraction per article, in the order given. A
// .jsonl file holds one article a line ({"text","url","published"}), read as `ingest` reads it,
// so its url and publish date give the year a meeting date leaves out.
import type { Command } from 'commander';
import { extract } from '../extract';
import { inputsOf, readFileOrStdin } from '../ingest/read-sources';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('read articles and print what was extracted (../shared/docs/extraction-format.md)')
    .option('--format <format>', 'jsonl (one object a line) or json (pretty, an array)', 'jsonl')
    .option('--url <url>', 'where the articles were published (a date in it dates them)')
    .option('--published <date>', 'their publish date, YYYY-MM-DD, when the text does not say')
    .argument('<files...>', 'article files (.txt or .html, any encoding; .jsonl: one article a line); - reads stdin')
    .action(async (files: string[], opts: { format: string; url?: string; published?: string }) => {
      if (opts.format !== 'jsonl' && opts.format !== 'json') {
        throw new Error(`unknown --format ${opts.format}: use jsonl or json`);
      }
      if (opts.published && !/^\d{4}-\d{2}-\d{2}$/.test(opts.published)) throw new Error(`--published ${opts.published}: use YYYY-MM-DD`);
      const results = [];
      let failed = 0;
      for (const file of files) {
        let content: Buffer;
        try {
          content = await readFileOrStdin(file);
        } catch (err) {
          failed++;
          process.stderr.write(`govgraph extract: cannot read ${file}: ${(err as Error).message}\n`);
          continue;
        }
        const { inputs, errors } = inputsOf(file, content);
        for (const e of errors) process.stderr.write(`govgraph extract: ${e.source}: ${e.message}\n`);
        failed += errors.length;
        for (const input of inputs) {
          const result = extract({ ...input, url: input.url ?? opts.url ?? null, published: input.published ?? opts.published ?? null });
          if (opts.format === 'jsonl') process.stdout.write(JSON.stringify(result) + '\n');
          else results.push(result);
        }
      }
      if (opts.format === 'json') process.stdout.write(JSON.stringify(results, null, 2) + '\n');
      if (failed) process.exitCode = 1;
    });
}
