// The API over real HTTP, on a free port, against the test database.
import pino from 'pino';
import { startServer, type RunningServer } from '../../src/api/server';
import type { Graph } from '../../src/graph/driver';
import { fromRoot } from '../../src/config/paths';
import { ingestPaths } from '../../src/ingest/ingest';
import { emptyGraph, testGraph } from './neo4j';

export async function startTestServer(graph: Graph, adminToken?: string): Promise<RunningServer> {
  return startServer({ graph, port: 0, host: '127.0.0.1', logger: pino({ level: process.env.GOVGRAPH_TEST_LOG ?? 'silent' }), adminToken });
}

export interface GqlResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function gql<T = any>(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GqlResponse<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: GqlResponse['errors'] };
  return { status: res.status, ...body };
}

/** An empty test graph with seeds/ loaded and the API over it. */
export async function seededApi(adminToken?: string): Promise<{ graph: Graph; server: RunningServer }> {
  const graph = await testGraph();
  await emptyGraph(graph);
  const s = await ingestPaths(graph, [fromRoot('seeds')]);
  if (s.failed.length) throw new Error(`seeds failed to load: ${JSON.stringify(s.failed)}`);
  return { graph, server: await startTestServer(graph, adminToken) };
}
