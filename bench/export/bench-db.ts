// The export benchmark's own Neo4j (port 7701, data under .data/neo4j-export-bench), so it
// never touches the developer's, the tests' or the other benchmarks' databases. It keeps the
// synthetic graph between runs.
import { readFile, writeFile } from 'node:fs/promises';
import { fromRoot } from '../../src/config/paths';
import { startLocalNeo4j } from '../../src/db';
import { Graph } from '../../src/graph/driver';

export const PORT = Number(process.env.BENCH_EXPORT_NEO4J_PORT ?? 7701);
export const URI = `bolt://127.0.0.1:${PORT}`;
const MARKER = () => fromRoot('.data/neo4j-export-bench-loaded.json');

export interface Loaded { articles: number; at: string }

export async function startDb(): Promise<void> {
  await startLocalNeo4j({
    port: PORT, dataDir: '.data/neo4j-export-bench',
    heap: process.env.GOVGRAPH_NEO4J_HEAP || '2g', pageCache: process.env.GOVGRAPH_NEO4J_PAGECACHE || '1g',
    log: (m) => process.stderr.write(`${m}\n`),
  });
}

export const benchGraph = (): Graph => new Graph({ uri: URI, queryTimeoutMs: 120_000 });

export async function loaded(): Promise<Loaded | null> {
  try {
    return JSON.parse(await readFile(MARKER(), 'utf8')) as Loaded;
  } catch {
    return null;
  }
}

export const markLoaded = (l: Loaded): Promise<void> => writeFile(MARKER(), JSON.stringify(l));
