// Exports against the real Neo4j: every format read back by an independent reader has the
// counts of the stats for the same filter, every fact edge carries its provenance, and each
// filter returns exactly the expected subgraph of the sample graph.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import type { Graph } from '../../src/graph/driver';
import { graphStats } from '../../src/graph/stats';
import { exportStats, FORMATS, runExport, type ExportFilter, type ExportFormat } from '../../src/export';
import { emptyGraph, testGraph } from '../helpers/neo4j';
import { countBy, readCsvZip, readGexf, readGraphml, readJson, readJsonld, type ReadBack } from '../unit/export/readers';
import { loadSample } from '../unit/export/sample-graph';

let graph: Graph;
before(async () => { graph = await testGraph(); await emptyGraph(graph); await loadSample(graph); });
after(async () => { await graph?.close(); });

async function exportTo(format: ExportFormat, filter: ExportFilter = {}): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const dest = new Writable({ write(c, _e, cb) { chunks.push(Buffer.from(c)); cb(); } });
  await runExport(graph, format, filter, dest);
  return Buffer.concat(chunks);
}

const READ: Record<ExportFormat, (b: Buffer) => ReadBack | Promise<ReadBack>> = {
  graphml: (b) => readGraphml(b.toString('utf8')),
  gexf: (b) => readGexf(b.toString('utf8')),
  csv: (b) => readCsvZip(b),
  jsonld: (b) => readJsonld(b.toString('utf8')),
  json: (b) => readJson(b.toString('utf8')),
};
const readBack = async (format: ExportFormat, filter: ExportFilter = {}) => READ[format](await exportTo(format, filter));

const FILTERS: ExportFilter[] = [
  {}, { region: '清远市' }, { region: 'region:清城区' }, { from: '2023-01-01' }, { from: '2022-01-01', to: '2022-12-31' },
  { types: ['Person', 'Meeting'] }, { ids: ['person:清远市:张玉兰'], depth: 1 }, { region: '清远市', types: ['Person', 'Post'], to: '2022-12-31' },
];

test('the whole graph: every format has the node and relationship counts of graphStats', async () => {
  const stats = await graphStats(graph);
  assert.equal(stats.totalNodes, 23, '22 and the province of 清远 and 韶关 (广东省)');
  for (const format of FORMATS) {
    const r = await readBack(format);
    assert.deepEqual(countBy(r.nodes), stats.nodes, `${format} nodes`);
    assert.deepEqual(countBy(r.edges), stats.relationships, `${format} relationships`);
  }
});

test('each filter: every format has the counts of exportStats for that filter', async () => {
  for (const filter of FILTERS) {
    const stats = await exportStats(graph, filter);
    for (const format of FORMATS) {
      const r = await readBack(format, filter);
      const where = `${format} ${JSON.stringify(filter)}`;
      assert.deepEqual(countBy(r.nodes), stats.nodes, `${where} nodes`);
      assert.deepEqual(countBy(r.edges), stats.relationships, `${where} relationships`);
    }
  }
});

const FACT_TYPES = ['HOLDS', 'PARTICIPATED', 'ORGANIZED', 'PART_OF', 'CITES', 'ISSUED_BY', 'FOLLOWS'];
// PART_OF has no span of its own or at its ends (organizations carry none): its quote is null.
const QUOTED = FACT_TYPES.filter((t) => t !== 'PART_OF');

test('every fact edge carries its provenance (article id, url, date, quote) in every format', async () => {
  const facts = await graph.read<{ type: string; n: number }>('MATCH ()-[r]->() WHERE r.articleIds IS NOT NULL RETURN type(r) AS type, count(r) AS n');
  assert.deepEqual(facts.map((f) => f.type).sort(), [...FACT_TYPES].sort());
  for (const format of FORMATS) {
    const r = await readBack(format);
    for (const e of r.edges) {
      if (!FACT_TYPES.includes(e.type)) continue;
      assert.ok(e.provenance?.length, `${format}: ${e.type} has provenance`);
      for (const p of e.provenance!) {
        assert.match(p.articleId, /^article:[0-9a-f]{64}$/, format);
        assert.match(p.url ?? '', /^https:\/\/gov\.example\.cn\/news\//, `${format} ${e.type} url`);
        assert.match(p.date ?? '', /^\d{4}-\d{2}-\d{2}$/, `${format} ${e.type} date`);
        if (QUOTED.includes(e.type)) assert.ok(p.quote, `${format} ${e.type} quote`);
      }
    }
  }
  const json = readJson((await exportTo('json')).toString('utf8'));
  const presided = json.edges.find((e) => e.type === 'PARTICIPATED' && e.source === 'person:清远市:张玉兰' && e.target.includes('2022-03-04'));
  assert.deepEqual(presided?.provenance?.map((p) => [p.quote, p.date, p.url]), [['张玉兰主持会议', '2022-03-09', 'https://gov.example.cn/news/education.html']]);
  const cites = json.edges.find((e) => e.type === 'CITES' && e.source.includes('韶关'));
  assert.equal(cites?.provenance?.[0]?.quote, '《关于加强教育工作的意见(试行)》', 'a fact without spans quotes its target');
});

const ids = async (filter: ExportFilter) => readJson((await exportTo('json', filter)).toString('utf8'));
const nodeIds = (r: ReadBack) => r.nodes.map((n) => n.id).sort();
const MEETING_EDU = 'meeting:清远市教育局:2022-03-04:教育工作会议';
const MEETING_NEXT = 'meeting:清远市教育局:2023-02-01:教育工作推进会';
const MEETING_DISTRICT = 'meeting:清远市清城区人民政府:2022-06-08:区政府常务会议';
const MEETING_SHAOGUAN = 'meeting:韶关市人民政府:2023-01-03:市政府全体会议';
const POLICY = 'policy:关于加强教育工作的意见(试行)';

test('a region filter keeps the region, its sub-regions and what is in them', async () => {
  const district = await ids({ region: '清城区' });
  const districtIds = nodeIds(district).filter((id) => !id.startsWith('article:'));
  assert.deepEqual(districtIds, [MEETING_DISTRICT, 'org:清远市清城区人民政府', 'person:清城区:李明', 'post:清远市清城区人民政府:区长', 'region:清城区'].sort());
  assert.equal(district.nodes.filter((n) => n.type === 'Article').length, 1);
  const city = await ids({ region: '清远市' });
  assert.ok(nodeIds(city).includes('person:清城区:李明'), 'the sub-region comes with the city');
  assert.ok(nodeIds(city).includes(POLICY), 'a policy issued in the city is in it');
  assert.ok(!nodeIds(city).some((id) => id.includes('韶关')), JSON.stringify(nodeIds(city)));
  assert.deepEqual(countBy(city.nodes), { Person: 2, Organization: 3, Post: 2, Meeting: 3, PolicyDocument: 1, Article: 3, Region: 2 });
  assert.ok(city.edges.some((e) => e.type === 'IN_REGION' && e.source === 'region:清城区' && e.target === 'region:清远市'));
  assert.deepEqual(nodeIds(await ids({ region: 'region:清远市' })), nodeIds(city), 'a region by id');
  const province = nodeIds(await ids({ region: '广东省' }));
  for (const id of ['person:清城区:李明', 'person:韶关市:王强', 'region:清城区', 'region:广东省']) assert.ok(province.includes(id), `${id} is in 广东省`);
});

test('a date range keeps dated nodes in it and facts an article in it supports', async () => {
  const r = await ids({ from: '2023-01-01' });
  const of = (type: string) => r.nodes.filter((n) => n.type === type).map((n) => n.id).sort();
  assert.deepEqual(of('Meeting'), [MEETING_NEXT, MEETING_SHAOGUAN].sort());
  assert.deepEqual(of('Person'), ['person:清远市:张玉兰', 'person:韶关市:王强']);
  assert.deepEqual(of('Region').length, 4, 'regions are timeless');
  assert.ok(of('PolicyDocument').includes(POLICY));
  assert.ok(!r.edges.some((e) => e.type === 'ISSUED_BY'), 'the issuer was stated only in a 2022 article');
  assert.ok(r.edges.some((e) => e.type === 'CITES' && e.source === MEETING_SHAOGUAN));
  const y2022 = await ids({ from: '2022-01-01', to: '2022-12-31' });
  assert.deepEqual(y2022.nodes.filter((n) => n.type === 'Meeting').map((n) => n.id).sort(), [MEETING_DISTRICT, MEETING_EDU].sort());
});

test('node types keep those nodes and the relationships between them', async () => {
  const r = await ids({ types: ['Person', 'Meeting'] });
  assert.deepEqual(countBy(r.nodes), { Person: 3, Meeting: 4 });
  assert.deepEqual(countBy(r.edges), { PARTICIPATED: 4, FOLLOWS: 1 });
});

test('a seed subgraph keeps the nodes within depth of the seeds', async () => {
  const one = await ids({ ids: ['person:清远市:张玉兰'], depth: 1 });
  assert.deepEqual(countBy(one.nodes), { Person: 1, Post: 1, Meeting: 2, Article: 2 });
  assert.ok(nodeIds(one).includes(MEETING_EDU) && nodeIds(one).includes(MEETING_NEXT));
  assert.deepEqual(countBy(one.edges), { HOLDS: 1, PARTICIPATED: 2, REPORTED_IN: 3, MENTIONS: 4, FOLLOWS: 1 });
  const zero = await ids({ ids: ['person:清远市:张玉兰', 'nobody'], depth: 0 });
  assert.deepEqual(nodeIds(zero), ['person:清远市:张玉兰']);
  const combined = await ids({ ids: ['person:清远市:张玉兰'], depth: 2, types: ['Person'] });
  assert.deepEqual(nodeIds(combined), ['person:清远市:张玉兰'], 'filters combine: within 2 of her, only persons (no one else shares a meeting)');
});

test('exportStats with no filter equals graphStats', async () => {
  const [all, stats] = await Promise.all([exportStats(graph), graphStats(graph)]);
  assert.deepEqual(all.nodes, stats.nodes);
  assert.deepEqual(all.relationships, stats.relationships);
  assert.equal(all.totalRelationships, stats.totalRelationships);
});
