// `govgraph serve [--seed DIR]` (what `npm start` runs): connect or start Neo4j, apply the
// schema, load the seed articles, serve the API and print its URLs.
import type { Command } from 'commander';
import { readEnv } from '../config/env';
import { fromRoot } from '../config/paths';
import { migrate } from '../graph/migrate';
import { ingestPaths } from '../ingest/ingest';
import { startServer } from '../api/server';
import { connectGraph } from './connect';
import { makeLogger } from './logger';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the GraphQL API (starting the local Neo4j when NEO4J_URI is unset)')
    .option('--seed <paths...>', 'load these articles first (files or folders; already loaded ones are skipped)')
    .option('--port <port>', 'HTTP port (default: PORT or 4000)')
    .action(async (opts: { seed?: string[]; port?: string }) => {
      const env = readEnv();
      const log = makeLogger();
      // A stray rejection is a bug to log, not a reason to drop every other client's request.
      process.on('unhandledRejection', (err) => log.error({ err }, 'unhandled rejection'));
      const graph = await connectGraph(log, env, env.GOVGRAPH_STARTUP_WAIT_MS);
      log.info(`schema: ${await migrate(graph)} statements applied`);
      if (opts.seed) {
        const seeds = opts.seed.map((s) => (s === 'seeds' ? fromRoot('seeds') : s));
        const s = await ingestPaths(graph, seeds);
        log.info(`seeds: ${s.read} articles read, ${s.loaded} loaded, ${s.skipped} already loaded, ${s.failed.length} failed`);
        for (const f of s.failed) log.warn(`seed ${f.source}: ${f.message}`);
      }
      const server = await startServer({
        graph, logger: log, port: opts.port ? Number(opts.port) : env.PORT,
        adminToken: env.GOVGRAPH_ADMIN_TOKEN, corsOrigins: env.GOVGRAPH_CORS_ORIGINS?.split(',').map((s) => s.trim()).filter(Boolean),
      });
      process.stdout.write(`govgraph is serving the graph:\n  GraphQL:    ${server.url}/graphql\n  health:     ${server.url}/healthz  ${server.url}/readyz\n`);
      const shutdown = async () => {
        await server.stop();
        await graph.close();
        process.exit(0);
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
    });
}
