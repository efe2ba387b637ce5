// The integration tests' database: NEO4J_URI when set, else a local Neo4j of their own (port
// GOVGRAPH_TEST_NEO4J_PORT, default 7697; data in GOVGRAPH_TEST_NEO4J_DATA, default .data/neo4j-test
// for the default port and .data/neo4j-test-<port> for another, so two test databases never share a
// store), started once and left running for the next run. It fails, never skips, when Neo4j cannot start.
import path from 'node:path';
import { packageRoot } from '../../src/config/paths';
import { startLocalNeo4j } from '../../src/db';
import { Graph } from '../../src/graph/driver';
import { migrate } from '../../src/graph/migrate';

/** The Bolt URI of the test database, starting the local one when needed. */
export async function testUri(): Promise<string> {
  let uri = process.env.NEO4J_URI;
  if (!uri) {
    const root = packageRoot();
    const port = Number(process.env.GOVGRAPH_TEST_NEO4J_PORT ?? 7697);
    const data = process.env.GOVGRAPH_TEST_NEO4J_DATA ?? path.join('.data', port === 7697 ? 'neo4j-test' : `neo4j-test-${port}`);
    const local = await startLocalNeo4j({
      projectRoot: root,
      port,
      dataDir: path.resolve(root, data),
      log: () => {},
    });
    uri = local.uri;
  }
  return uri;
}

export async function testGraph(): Promise<Graph> {
  const uri = await testUri();
  const graph = new Graph({ uri, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD, database: process.env.NEO4J_DATABASE });
  await graph.driver.verifyConnectivity();
  await migrate(graph);
  return graph;
}

/** Integration test files run one at a time; each starts from an empty graph. */
export async function emptyGraph(graph: Graph): Promise<void> {
  await graph.autoCommit('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS');
}
