// The three faces of the exports over the sample graph: GET /export/:format (streamed, with
// headers; bad filters are a 400), the GraphQL `exportUrl` field (its URL downloads the same
// export), and `govgraph export` (a file, and --stats).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import express from 'express';
import { graphql } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import type { Graph } from '../../src/graph/driver';
import { exportRouter, ExportResolver, exportStats, registerExport } from '../../src/export';
import { emptyGraph, testGraph } from '../helpers/neo4j';
import { countBy, readGraphml, readJson } from '../unit/export/readers';
import { loadSample } from '../unit/export/sample-graph';

let graph: Graph;
let server: Server;
let base: string;
const dir = mkdtempSync(path.join(os.tmpdir(), 'govgraph-export-'));

before(async () => {
  graph = await testGraph();
  await emptyGraph(graph);
  await loadSample(graph);
  const app = express();
  app.use(exportRouter(graph));
  await new Promise<void>((ok) => { server = app.listen(0, '127.0.0.1', () => ok()); });
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
after(async () => {
  await new Promise((ok) => server?.close(ok));
  await graph?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('GET /export/graphml streams a download with its type and file name', async () => {
  const res = await fetch(`${base}/export/graphml?region=${encodeURIComponent('清远市')}&types=Person,Post`);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /^application\/graphml\+xml/);
  assert.equal(res.headers.get('content-disposition'), 'attachment; filename="govgraph.graphml"');
  const r = readGraphml(await res.text());
  const stats = await exportStats(graph, { region: '清远市', types: ['Person', 'Post'] });
  assert.deepEqual(countBy(r.nodes), stats.nodes);
  assert.deepEqual(countBy(r.edges), stats.relationships);
  const zip = await fetch(`${base}/export/csv`);
  assert.equal(zip.headers.get('content-type'), 'application/zip');
  assert.equal(Buffer.from(await zip.arrayBuffer()).subarray(0, 2).toString(), 'PK', 'a zip file');
});

test('bad filters and unknown formats are a 400 with a JSON error', async () => {
  for (const q of ['xml', 'json?from=2022-13-01', 'json?from=2023-01-01&to=2022-01-01', 'json?types=Foo', 'json?depth=2', 'json?ids=a&depth=9', 'json?region=a&region=b']) {
    const res = await fetch(`${base}/export/${q}`);
    assert.equal(res.status, 400, q);
    const body = (await res.json()) as { error: string };
    assert.ok(body.error.length > 5, `${q}: ${body.error}`);
  }
});

test('exportUrl returns the download URL of a filter, and that URL exports it', async () => {
  const schema = buildSchemaSync({ resolvers: [ExportResolver], validate: true });
  const res = await graphql({
    schema,
    source: `{ exportUrl(format: JSON, filter: {region: "清远市", from: "2022-01-01", types: [PERSON, MEETING], ids: ["person:清远市:张玉兰"], depth: 2}) all: exportUrl(format: GEXF) }`,
  });
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  const url = (res.data as { exportUrl: string; all: string }).exportUrl;
  assert.equal((res.data as { all: string }).all, '/export/gexf');
  assert.match(url, /^\/export\/json\?region=%E6%B8%85%E8%BF%9C%E5%B8%82&from=2022-01-01&types=Person%2CMeeting&ids=/);
  const download = readJson(await (await fetch(`${base}${url}`)).text());
  assert.deepEqual(countBy(download.nodes), (await exportStats(graph, { region: '清远市', from: '2022-01-01', types: ['Person', 'Meeting'], ids: ['person:清远市:张玉兰'], depth: 2 })).nodes);
  const bad = await graphql({ schema, source: '{ exportUrl(format: JSON, filter: {depth: 3}) }' });
  assert.equal(bad.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
});

test('govgraph export --format json --out FILE writes the filtered export; --stats prints its counts', async () => {
  const program = new Command().exitOverride();
  registerExport(program, () => testGraph());
  const file = path.join(dir, 'out.json');
  await program.parseAsync(['node', 'govgraph', 'export', '--format', 'json', '--types', 'Person,Meeting', '--out', file]);
  assert.ok(!existsSync(`${file}.partial`));
  assert.deepEqual(countBy(readJson(readFileSync(file, 'utf8')).nodes), { Person: 3, Meeting: 4 });

  const printed: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((s: string) => { printed.push(String(s)); return true; }) as typeof process.stdout.write;
  try {
    const again = new Command().exitOverride();
    registerExport(again, () => testGraph());
    await again.parseAsync(['node', 'govgraph', 'export', '--format', 'gexf', '--region', '清城区', '--stats']);
  } finally {
    process.stdout.write = write;
  }
  assert.deepEqual(JSON.parse(printed.join('')), await exportStats(graph, { region: '清城区' }));
});
