// Each format's writer fed hand-made rows (no database) with awkward values: ids an XML name
// cannot hold, quotes, line breaks, empty strings and empty lists; read back by the
// independent readers. And a slow reader holds the writer back (backpressure).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { parse as parseCsv } from 'csv-parse/sync';
import { FORMAT_INFO } from '../../../src/export/formats';
import type { ExportEdge, ExportFormat, ExportNode, Sink } from '../../../src/export/types';
import type { ExportSchema } from '../../../src/graph/queries/export-schema';
import { readCsvZip, readGexf, readGraphml, readJson, readJsonld } from './readers';

const ODD = 'policy:关于<意见> (试行) "甲"_&';
const nodes: ExportNode[] = [
  { id: ODD, label: 'PolicyDocument', props: { id: ODD, title: '关于<意见>\n(试行) "甲"', aliases: [], number: '', articleIds: ['article:1'] } },
  { id: 'meeting:m1', label: 'Meeting', props: { id: 'meeting:m1', name: '会议', date: '2022-03-04', topics: ['a, b', 'c"d'], groupAttendees: [] } },
];
const edges: ExportEdge[] = [{
  id: '5:x:1', type: 'CITES', source: 'meeting:m1', sourceLabel: 'Meeting', target: ODD, props: { articleIds: ['article:1'] },
  provenance: [{ articleId: 'article:1', url: 'https://x.cn/a?b=1&c=2', date: '2022-03-09', quote: '传达了《意见》' }],
}];
const schema: ExportSchema = {
  pairs: [{ label: 'Meeting', type: 'CITES' }],
  nodes: new Map([
    ['PolicyDocument', new Map([['id', 'string'], ['aliases', 'string[]'], ['articleIds', 'string[]'], ['number', 'string'], ['title', 'string']])],
    ['Meeting', new Map([['id', 'string'], ['date', 'date'], ['groupAttendees', 'string[]'], ['name', 'string'], ['topics', 'string[]']])],
  ]) as ExportSchema['nodes'],
  edges: new Map([['CITES', new Map([['articleIds', 'string[]']])]]) as ExportSchema['edges'],
};

async function feed(sink: Sink): Promise<void> {
  await sink.begin({ schema: sink.needsSchema ? schema : null, scope: { labels: ['PolicyDocument', 'Meeting'], regionIds: null, regionNames: null, from: null, to: null, within: null }, filter: {} });
  for (const n of nodes) { await sink.startNodes(n.label); sink.node(n); await sink.drain(); await sink.endNodes(n.label); }
  await sink.startEdges('CITES');
  for (const e of edges) sink.edge(e);
  await sink.endEdges('CITES');
  await sink.end();
}

async function write(format: ExportFormat): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const dest = new Writable({ write(c, _e, cb) { chunks.push(Buffer.from(c)); cb(); } });
  const finished = new Promise((ok) => dest.on('finish', ok));
  await feed(FORMAT_INFO[format].sink(dest));
  await finished;
  return Buffer.concat(chunks);
}

test('GraphML and GEXF keep awkward ids and values, and their readers agree', async () => {
  const graphml = readGraphml((await write('graphml')).toString());
  assert.deepEqual(graphml.nodes.map((n) => n.id), [ODD, 'meeting:m1']);
  assert.deepEqual(graphml.edges.map((e) => [e.source, e.target, e.provenance?.[0]?.quote]), [['meeting:m1', ODD, '传达了《意见》']]);
  const gexfText = (await write('gexf')).toString();
  const gexf = readGexf(gexfText);
  assert.deepEqual(gexf.nodes.map((n) => n.id), [ODD, 'meeting:m1']);
  assert.equal(gexf.edges[0]!.provenance?.[0]?.url, 'https://x.cn/a?b=1&c=2');
  const { parse } = await import('graphology-gexf');
  const { MultiDirectedGraph } = await import('graphology');
  const g = parse(MultiDirectedGraph, gexfText);
  assert.deepEqual(g.getNodeAttribute('meeting:m1', 'topics'), ['a, b', 'c"d'], 'GEXF 1.3 lists');
  assert.deepEqual(g.getNodeAttribute(ODD, 'aliases'), []);
  assert.equal(g.getNodeAttribute(ODD, 'title'), '关于<意见>\n(试行) "甲"');
});

test('CSV: quoted strings, "" for an empty string, empty lists named, provenance ignored by the import', async () => {
  const { files, nodes: read } = await readCsvZip(await write('csv'));
  assert.deepEqual([...files.keys()], ['nodes/PolicyDocument.csv', 'nodes/Meeting.csv', 'relationships/CITES.csv', 'README.md', 'import.sh', 'post-import.cypher']);
  assert.deepEqual(read.map((n) => n.id), [ODD, 'meeting:m1']);
  const [header, row] = parseCsv(files.get('nodes/PolicyDocument.csv')!) as string[][];
  assert.deepEqual(header, ['id:ID(govgraph)', ':LABEL', 'aliases:string[]', 'articleIds:string[]', 'number:string', 'title:string', 'govgraphEmptyLists:string[]']);
  assert.deepEqual(row, [ODD, 'PolicyDocument', '', 'article:1', '', '关于<意见>\n(试行) "甲"', 'aliases']);
  assert.ok(files.get('nodes/PolicyDocument.csv')!.includes(',"",'), 'an empty string is quoted, unlike a missing value');
  const meeting = files.get('nodes/Meeting.csv')!;
  assert.ok(meeting.includes('"a, b\u001Fc""d"'), meeting);
  assert.match(files.get('relationships/CITES.csv')!.split('\n')[0]!, /,provenance:IGNORE$/);
  assert.match(files.get('README.md')!, /\| `nodes\/Meeting.csv` \| nodes `Meeting` \| 1 \|/);
  assert.match(files.get('import.sh')!, /--nodes='nodes\/PolicyDocument.csv'/);
  assert.match(files.get('post-import.cypher')!, /MATCH \(x:`Meeting`\) WHERE x.govgraphEmptyLists IS NOT NULL/);
});

test('JSON-LD expands (safe mode) and JSON parses, with the same nodes and provenance', async () => {
  const ld = await readJsonld((await write('jsonld')).toString());
  assert.deepEqual(ld.nodes, [{ id: ODD, type: 'PolicyDocument' }, { id: 'meeting:m1', type: 'Meeting' }]);
  assert.deepEqual(ld.edges[0]?.provenance, edges[0]!.provenance);
  const json = readJson((await write('json')).toString());
  assert.deepEqual(json.edges[0], { type: 'CITES', source: 'meeting:m1', target: ODD, provenance: edges[0]!.provenance });
});

test('a slow reader holds the writer back: drain() waits until the stream has room', async () => {
  let release: () => void = () => {};
  const dest = new Writable({ highWaterMark: 16, write(_c, _e, cb) { release = cb; } });
  const sink = FORMAT_INFO.json.sink(dest);
  await sink.begin({ schema: null, scope: null as never, filter: {} });
  await sink.startNodes('Meeting');
  for (let i = 0; i < 100; i++) sink.node(nodes[1]!);
  let drained = false;
  const waiting = sink.drain().then(() => { drained = true; });
  await new Promise((ok) => setTimeout(ok, 50));
  assert.equal(drained, false, 'still waiting for the reader');
  release();
  await waiting;
  assert.equal(drained, true);
});
