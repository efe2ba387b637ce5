// govgraph's command line: one sub-command a file, registered here.
import 'reflect-metadata';
import { Command } from 'commander';
import { registerDb } from './db-command';
import { registerExport } from '../export/command';
import { connectGraph } from './connect';
import { makeLogger } from './logger';
import { registerExtract } from './extract-command';
import { registerIngest } from './ingest-command';
import { registerRemove } from './remove-command';
import { registerSchema } from './schema-command';
import { registerServe } from './serve-command';
import { registerStats } from './stats-command';

export async function main(argv: string[]): Promise<void> {
  const program = new Command('govgraph')
    .description('Chinese government news → a Neo4j knowledge graph served through GraphQL')
    .showHelpAfterError();
  for (const register of [registerExtract, registerIngest, registerServe, registerRemove, registerStats, registerDb, registerSchema]) register(program);
  registerExport(program, () => connectGraph(makeLogger()));
  await program.parseAsync(argv);
}
