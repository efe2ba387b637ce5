// Crash safety: `govgraph ingest` killed with SIGKILL at random points, then run again, ends
// with the same graph as one clean load: nothing lost, nothing doubled.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fromRoot } from '../../src/config/paths';
import type { Graph } from '../../src/graph/driver';
import { graphStats } from '../../src/graph/stats';
import { emptyGraph, testGraph, testUri } from '../helpers/neo4j';

let graph: Graph;
let env: NodeJS.ProcessEnv;
let corpus: string;
before(async () => {
  graph = await testGraph();
  env = { ...process.env, NEO4J_URI: await testUri(), LOG_LEVEL: 'error' };
  // The seed articles five times over, each copy a different text (a different article) that
  // names the same officials and meetings: loads of overlapping facts must converge.
  const records = readdirSync(fromRoot('seeds')).filter((f) => f.endsWith('.jsonl'))
    .map((f) => JSON.parse(readFileSync(fromRoot('seeds', f), 'utf8')) as { text: string; url: string | null; published: string | null });
  const lines = [1, 2, 3, 4, 5].flatMap((copy) => records.map((r) => JSON.stringify({ ...r, text: `${r.text}\n(转载 ${copy})` })));
  corpus = path.join(mkdtempSync(path.join(os.tmpdir(), 'govgraph-crash-')), 'corpus.jsonl');
  writeFileSync(corpus, lines.join('\n') + '\n');
});
after(async () => { await graph?.close(); });

let lastError = '';
function ingest(killAfterMs: number | null): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fromRoot('bin', 'govgraph.js'), 'ingest', '--batch', '10', '--concurrency', '2', corpus], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    lastError = '';
    child.stderr.on('data', (d: Buffer) => { lastError = (lastError + d.toString()).slice(-2000); });
    const timer = killAfterMs === null ? null : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('error', reject);
    child.on('exit', (code) => { if (timer) clearTimeout(timer); resolve(code); });
  });
}

const articles = async () => (await graph.read<{ n: number }>('MATCH (a:Article) RETURN count(a) AS n'))[0]!.n;

test('SIGKILL at 12 random points of a load, each followed by a rerun: the checksum of one clean load', { timeout: 900_000 }, async () => {
  // Timed on a second clean load: the first one also pays Neo4j's planning of every loader
  // statement, which would spread the kill points past the end of the later, faster loads.
  await emptyGraph(graph);
  assert.equal(await ingest(null), 0, lastError);
  await emptyGraph(graph);
  const started = Date.now();
  assert.equal(await ingest(null), 0, lastError);
  const cleanMs = Date.now() - started;
  const clean = await graphStats(graph);
  const total = clean.nodes.Article!;
  assert.ok(total > 100);

  const atKill: number[] = [];
  for (let i = 0; i < 12; i++) {
    await emptyGraph(graph);
    // A kill point spread over the time a whole load takes on this machine.
    await ingest(200 + Math.floor(Math.random() * cleanMs));
    atKill.push(await articles());
    assert.equal(await ingest(null), 0, lastError);
    assert.deepEqual(await graphStats(graph), clean, `after a kill with ${atKill.at(-1)} of ${total} articles loaded`);
  }
  assert.ok(atKill.some((n) => n > 0 && n < total), `some kills landed mid-load: ${atKill.join(', ')}`);
});
