// NEO4J_URI selects a server (Docker Compose, a cluster, Aura); unset, the local Neo4j of
// db/neo4j-local is started (built once with Maven) and used: the embedded default.
import type { Logger } from 'pino';
import { readEnv, type Env } from '../config/env';
import { packageRoot } from '../config/paths';
import { startLocalNeo4j } from '../db';
import { Graph } from '../graph/driver';

export async function connectGraph(log: Pick<Logger, 'info'>, env: Env = readEnv()): Promise<Graph> {
  let uri = env.NEO4J_URI;
  if (!uri) {
    const local = await startLocalNeo4j({ projectRoot: packageRoot(), port: env.GOVGRAPH_NEO4J_PORT, password: env.NEO4J_PASSWORD, log: (m: string) => log.info(m) });
    uri = local.uri;
    log.info(`${local.alreadyRunning ? 'using the running' : 'started the'} local Neo4j at ${uri}`);
  }
  const graph = new Graph({ uri, user: env.NEO4J_USER, password: env.NEO4J_PASSWORD, database: env.NEO4J_DATABASE, queryTimeoutMs: env.GOVGRAPH_QUERY_TIMEOUT_MS });
  try {
    await graph.driver.verifyConnectivity({ database: env.NEO4J_DATABASE });
  } catch (err) {
    await graph.close();
    throw new Error(`cannot reach Neo4j at ${uri}: ${(err as Error).message}`);
  }
  return graph;
}
