// NEO4J_URI selects a server (Docker Compose, a cluster, Aura); unset, the local Neo4j of
// db/neo4j-local is started (built once with Maven) and used: the embedded default.
import type { Logger } from 'pino';
import { readEnv, type Env } from '../config/env';
import { packageRoot } from '../config/paths';
import { startLocalNeo4j } from '../db';
import { Graph } from '../graph/driver';

/**
 * waitMs: how long to wait for a server named by NEO4J_URI that does not answer yet. The API
 * waits (a container started next to its database, or a database restarting, should not put the
 * API in a crash loop under its supervisor); one-shot commands fail at once.
 */
export async function connectGraph(log: Pick<Logger, 'info' | 'warn'>, env: Env = readEnv(), waitMs = 0): Promise<Graph> {
  let uri = env.NEO4J_URI;
  if (!uri) {
    const local = await startLocalNeo4j({ projectRoot: packageRoot(), port: env.GOVGRAPH_NEO4J_PORT, password: env.NEO4J_PASSWORD, log: (m: string) => log.info(m) });
    uri = local.uri;
    log.info(`${local.alreadyRunning ? 'using the running' : 'started the'} local Neo4j at ${uri}`);
  }
  const graph = new Graph({ uri, user: env.NEO4J_USER, password: env.NEO4J_PASSWORD, database: env.NEO4J_DATABASE, queryTimeoutMs: env.GOVGRAPH_QUERY_TIMEOUT_MS });
  const deadline = Date.now() + waitMs;
  for (let pause = 1_000; ; pause = Math.min(pause * 2, 15_000)) {
    try {
      await graph.driver.verifyConnectivity({ database: env.NEO4J_DATABASE });
      return graph;
    } catch (err) {
      const why = (err as Error).message;
      if (Date.now() + pause > deadline || /Unauthorized|authentication/i.test(why)) {
        await graph.close();
        throw new Error(`cannot reach Neo4j at ${uri}: ${why}`);
      }
      log.warn(`Neo4j at ${uri} does not answer yet (${why}); trying again in ${pause / 1000} s`);
      await new Promise((r) => setTimeout(r, pause));
    }
  }
}
