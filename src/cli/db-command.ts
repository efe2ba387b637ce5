// `govgraph db start|stop|status`: the local Neo4j of db/neo4j-local (built once with Maven).
import type { Command } from 'commander';
import { readEnv } from '../config/env';
import { packageRoot } from '../config/paths';
import { startLocalNeo4j, statusLocalNeo4j, stopLocalNeo4j, type LocalNeo4jOptions } from '../db';

export function registerDb(program: Command): void {
  const db = program.command('db').description('the local Neo4j 5.26 (no Docker): start, stop, status');
  const options = (o: { port?: string; data?: string }): LocalNeo4jOptions => ({
    projectRoot: packageRoot(),
    port: o.port ? Number(o.port) : readEnv().GOVGRAPH_NEO4J_PORT,
    dataDir: o.data,
    log: (m) => process.stderr.write(`${m}\n`),
  });
  const common = (c: Command) => c.option('--port <port>', 'Bolt port on 127.0.0.1 (default GOVGRAPH_NEO4J_PORT or 7687)').option('--data <dir>', 'data directory (default .data/neo4j)');
  common(db.command('start').description('build once, start in the background and wait until Bolt answers')).action(async (o) => {
    const r = await startLocalNeo4j(options(o));
    process.stdout.write(`${r.alreadyRunning ? 'already running' : 'started'}: ${r.uri} (pid ${r.pid})\n`);
  });
  common(db.command('stop').description('stop it cleanly (SIGTERM)')).action(async (o) => {
    const r = await stopLocalNeo4j(options(o));
    process.stdout.write(r.stopped ? `stopped (pid ${r.pid})\n` : 'not running\n');
  });
  common(db.command('status').description('is it running?')).action(async (o) => {
    const r = await statusLocalNeo4j(options(o));
    process.stdout.write(r.running ? `running: ${r.uri} (pid ${r.pid})\n` : 'not running\n');
    if (!r.running) process.exitCode = 3;
  });
}
