// The CSV export loaded into an empty Neo4j with the import tool that ships with the local
// Neo4j (neo4j-admin database import, run through the zip's own import.sh), then
// post-import.cypher, gives the same graphStats checksum as the graph it came from.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { packageRoot } from '../../src/config/paths';
import { ensureBuilt, resolveLocalNeo4jOptions, startLocalNeo4j, stopLocalNeo4j, type LocalNeo4jOptions } from '../../src/db';
import { Graph } from '../../src/graph/driver';
import { graphStats } from '../../src/graph/stats';
import { runExport } from '../../src/export';
import { emptyGraph, testGraph } from '../helpers/neo4j';
import { unzip } from '../unit/export/readers';
import { loadSample } from '../unit/export/sample-graph';

let graph: Graph;
const dir = mkdtempSync(path.join(os.tmpdir(), 'govgraph-csv-import-'));
let second: LocalNeo4jOptions | null = null;

before(async () => { graph = await testGraph(); await emptyGraph(graph); await loadSample(graph); });
after(async () => {
  if (second) await stopLocalNeo4j(second);
  await graph?.close();
  rmSync(dir, { recursive: true, force: true });
});

const freePort = () => new Promise<number>((ok) => {
  const s = net.createServer().listen(0, '127.0.0.1', () => { const { port } = s.address() as net.AddressInfo; s.close(() => ok(port)); });
});

// `neo4j-admin` for import.sh: the admin tool's main class on the local Neo4j's class path.
function adminShim(): string {
  const o = resolveLocalNeo4jOptions({ projectRoot: packageRoot() });
  const bin = path.join(dir, 'bin');
  mkdirSync(bin, { recursive: true });
  const lib = path.join(path.dirname(o.jarFile), 'lib', '*');
  writeFileSync(path.join(bin, 'neo4j-admin'), `#!/bin/sh\nexec "${o.java}" -Xmx512m -cp "${lib}" org.neo4j.cli.AdminTool "$@"\n`);
  chmodSync(path.join(bin, 'neo4j-admin'), 0o755);
  return bin;
}

test('the CSV export, imported with neo4j-admin into an empty database, has the same checksum', async () => {
  const original = await graphStats(graph);
  const chunks: Buffer[] = [];
  await runExport(graph, 'csv', {}, new Writable({ write(c, _e, cb) { chunks.push(Buffer.from(c)); cb(); } }));
  const files = await unzip(Buffer.concat(chunks));
  const out = path.join(dir, 'export');
  for (const [name, text] of files) {
    mkdirSync(path.dirname(path.join(out, name)), { recursive: true });
    writeFileSync(path.join(out, name), text);
  }

  await ensureBuilt({ projectRoot: packageRoot() });
  const home = path.join(dir, 'neo4j');
  mkdirSync(path.join(home, 'conf'), { recursive: true });
  writeFileSync(path.join(home, 'conf', 'neo4j.conf'), '');
  const env = { ...process.env, PATH: `${adminShim()}:${process.env.PATH}`, NEO4J_HOME: home, NEO4J_CONF: path.join(home, 'conf') };
  const imported = spawnSync('sh', [path.join(out, 'import.sh'), 'neo4j'], { env, encoding: 'utf8', timeout: 300_000 });
  assert.equal(imported.status, 0, `${imported.stdout}\n${imported.stderr}`);
  assert.match(imported.stdout, new RegExp(`${original.totalNodes} nodes`));

  second = { projectRoot: packageRoot(), port: await freePort(), dataDir: home, heap: '512m', pageCache: '64m' };
  const { uri } = await startLocalNeo4j(second);
  const copy = new Graph({ uri });
  try {
    for (const statement of files.get('post-import.cypher')!.split('\n').filter((l) => l.startsWith('MATCH'))) await copy.autoCommit(statement);
    const roundTrip = await graphStats(copy);
    assert.deepEqual(roundTrip.nodes, original.nodes);
    assert.deepEqual(roundTrip.relationships, original.relationships);
    assert.equal(roundTrip.checksum, original.checksum, 'same ids, labels, types and properties (values and types)');
  } finally {
    await copy.close();
  }
});
