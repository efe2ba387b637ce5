// The benchmarks' own Neo4j (never the developer's): the local Neo4j of db/neo4j-local on
// port 7698 (BENCH_NEO4J_PORT) with its data under .data/neo4j-bench (BENCH_NEO4J_DATA), wiped by
// deleting that folder. With `{size}` in BENCH_NEO4J_DATA (.data/neo4j-bench-{size}) each corpus
// size keeps its own graph, so a run over several sizes loads each once and reuses it after.
import { rm } from 'node:fs/promises';
import { fromRoot } from '../../src/config/paths';
import { startLocalNeo4j, stopLocalNeo4j, type LocalNeo4jOptions } from '../../src/db';
import { Graph } from '../../src/graph/driver';

export const BENCH_PORT = Number(process.env.BENCH_NEO4J_PORT ?? 7698);
export const BENCH_URI = `bolt://127.0.0.1:${BENCH_PORT}`;
const DATA = process.env.BENCH_NEO4J_DATA ?? '.data/neo4j-bench';
export const DATA_PER_SIZE = DATA.includes('{size}');
let size: number | null = null;

/** The corpus size the next start, load or wipe is for (where the data folder depends on it). */
export function useBenchSize(n: number): void {
  size = n;
}

export function benchData(): string {
  if (!DATA_PER_SIZE) return DATA;
  if (size === null) throw new Error(`BENCH_NEO4J_DATA (${DATA}) names a folder per corpus size, and this command has no size: give BENCH_NEO4J_DATA one folder`);
  return DATA.replace('{size}', String(size));
}

const options = (): LocalNeo4jOptions => ({
  port: BENCH_PORT,
  dataDir: benchData(),
  // Heap and page cache for a 100k-article graph; override with GOVGRAPH_NEO4J_HEAP / _PAGECACHE.
  heap: process.env.GOVGRAPH_NEO4J_HEAP || '2g',
  pageCache: process.env.GOVGRAPH_NEO4J_PAGECACHE || '2g',
  log: (m) => process.stderr.write(`${m}\n`),
  password: undefined,
});

export async function startBenchDb(): Promise<{ uri: string; pid: number }> {
  const r = await startLocalNeo4j(options());
  return { uri: r.uri, pid: r.pid };
}

export async function stopBenchDb(): Promise<void> {
  await stopLocalNeo4j(options());
}

/** Stops the bench Neo4j, deletes its data and starts it empty (no constraints, no indexes). */
export async function wipeBenchDb(): Promise<{ uri: string; pid: number }> {
  await stopBenchDb();
  await rm(fromRoot(benchData()), { recursive: true, force: true });
  return startBenchDb();
}

export function benchGraph(): Graph {
  return new Graph({ uri: BENCH_URI, queryTimeoutMs: 600_000 });
}

export interface Counts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

/** Counts by label and relationship type from the count store (no scan). */
export async function counts(graph: Graph): Promise<Counts> {
  const nodes: Record<string, number> = {};
  const relationships: Record<string, number> = {};
  for (const { label } of await graph.read<{ label: string }>('CALL db.labels() YIELD label RETURN label')) {
    // Labels cannot be parameters; these come from the database itself.
    const [row] = await graph.read<{ c: number }>(`MATCH (n:\`${label}\`) RETURN count(n) AS c`);
    if (row.c) nodes[label] = row.c;
  }
  for (const { t } of await graph.read<{ t: string }>('CALL db.relationshipTypes() YIELD relationshipType AS t RETURN t')) {
    const [row] = await graph.read<{ c: number }>(`MATCH ()-[r:\`${t}\`]->() RETURN count(r) AS c`);
    if (row.c) relationships[t] = row.c;
  }
  return { nodes, relationships };
}

export const total = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
