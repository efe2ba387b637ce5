// The API's region filters on the sample graph (清城区 under 清远市 under 广东省, and 韶关市):
// a region takes in its sub-regions at every depth, found through Region.parent, both in the
// top-level lists (with and without a date range: two different indexes) and in a nested
// connection's filter.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { graphql } from 'graphql';
import type { Graph } from '../../src/graph/driver';
import { buildGovgraphSchema } from '../../src/api/schema';
import { makeContext } from '../../src/api/context';
import { emptyGraph, testGraph } from '../helpers/neo4j';
import { loadSample } from '../unit/export/sample-graph';

let graph: Graph;
before(async () => { graph = await testGraph(); await emptyGraph(graph); await loadSample(graph); });
after(async () => { await graph?.close(); });

async function data(source: string): Promise<any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const r = await graphql({ schema: buildGovgraphSchema(), source, contextValue: makeContext(graph, 'test', false) });
  assert.equal(r.errors, undefined, JSON.stringify(r.errors));
  return r.data;
}

const names = (list: { name: string }[]) => list.map((x) => x.name).sort();

test('persons and organizations of a region include those of its sub-regions, at any depth', async () => {
  const d = await data(`{
    district: persons(filter: {region: "清城区"}) { name }
    city: persons(filter: {region: "清远市"}) { name }
    province: persons(filter: {region: "广东省"}) { name }
    other: persons(filter: {region: "韶关市"}) { name }
    orgs: organizations(filter: {region: "清远市"}) { name } }`);
  assert.deepEqual(names(d.district), ['李明']);
  assert.deepEqual(names(d.city), ['张玉兰', '李明']);
  assert.deepEqual(names(d.province), ['张玉兰', '李明', '王强'], '韶关市 is in 广东省 too');
  assert.deepEqual(names(d.other), ['王强']);
  assert.ok(names(d.orgs).includes('清远市清城区人民政府'), JSON.stringify(d.orgs));
});

test('meetings of a region: the same sub-regions with a date range (the region and date index) and without', async () => {
  const d = await data(`{
    all: meetings(filter: {region: "清远市"}) { id date }
    dated: meetings(filter: {region: "清远市", from: "2022-06-01", to: "2022-12-31"}) { id date }
    fromOnly: meetings(filter: {region: "广东省", from: "2022-06-01"}) { date }
    counted: meetingsConnection(filter: {region: "清远市", to: "2022-12-31"}) { totalCount }
    district: meetings(filter: {region: "清城区"}) { date } }`);
  assert.deepEqual(d.all.map((m: { date: string }) => m.date), ['2023-02-01', '2022-06-08', '2022-03-04'], 'newest first');
  assert.deepEqual(d.dated.map((m: { date: string }) => m.date), ['2022-06-08'], 'the district meeting, in range');
  assert.deepEqual(d.fromOnly.map((m: { date: string }) => m.date), ['2023-02-01', '2023-01-03', '2022-06-08'], 'two levels down, and 韶关市');
  assert.equal(d.counted.totalCount, 2);
  assert.deepEqual(d.district.map((m: { date: string }) => m.date), ['2022-06-08']);
});

test('a nested connection filtered by region reaches the sub-regions too', async () => {
  const d = await data(`{ policies(filter: {nameContains: "关于加强教育工作的意见"}) {
    inCity: citedByConnection(filter: {region: "清远市"}) { totalCount }
    inProvince: citedByConnection(filter: {region: "广东省"}) { totalCount }
    inShaoguan: citedByConnection(filter: {region: "韶关市"}) { totalCount edges { node { date } } }
    everywhere: citedByConnection { totalCount } } }`);
  const [p] = d.policies;
  assert.equal(p.inShaoguan.totalCount, 1);
  assert.deepEqual(p.inShaoguan.edges.map((e: { node: { date: string } }) => e.node.date), ['2023-01-03']);
  assert.equal(p.inCity.totalCount + p.inShaoguan.totalCount, p.everywhere.totalCount, JSON.stringify(p));
  assert.equal(p.inProvince.totalCount, p.everywhere.totalCount, 'every citing meeting is in a city of 广东省, none in the province itself');
});
