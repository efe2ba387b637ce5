// `govgraph schema [--out FILE]`: print the GraphQL schema emitted from the type-graphql classes.
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { printGovgraphSchema } from '../api/schema';

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print the GraphQL schema (SDL), sorted')
    .option('--out <file>', 'write it to this file')
    .action(async (opts: { out?: string }) => {
      const sdl = printGovgraphSchema();
      if (opts.out) await writeFile(opts.out, sdl);
      else process.stdout.write(sdl);
    });
}
