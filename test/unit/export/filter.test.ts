// The export filter from text: the same validation for HTTP, the command line and GraphQL.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FilterError, filterQuery, parseFilter, parseFormat } from '../../../src/export/filter';

const parsesTo = (q: Record<string, unknown>) => parseFilter(q);
const rejects = (q: Record<string, unknown>, message: RegExp) => assert.throws(() => parseFilter(q), (e: unknown) => e instanceof FilterError && message.test(e.message));

test('a full filter', () => {
  assert.deepEqual(parsesTo({ region: ' 清远市 ', from: '2022-01-01', to: '2022-12-31', types: 'person,Meeting,Person', ids: 'a,b', depth: '2' }), {
    region: '清远市', from: '2022-01-01', to: '2022-12-31', types: ['Person', 'Meeting'], ids: ['a', 'b'], depth: 2,
  });
  assert.deepEqual(parsesTo({}), {});
  assert.deepEqual(parsesTo({ ids: 'x' }), { ids: ['x'], depth: 1 }, 'depth defaults to 1');
  assert.deepEqual(parsesTo({ ids: ['policy:a,b', 'c'] }).ids, ['policy:a,b', 'c'], 'repeated values are taken whole');
});

test('bad filters say what is wrong', () => {
  rejects({ from: '2022-02-30' }, /from must be a date/);
  rejects({ to: '20220101' }, /to must be a date/);
  rejects({ from: '2023-01-01', to: '2022-01-01' }, /from must not be after to/);
  rejects({ types: 'Person,Cat' }, /unknown type Cat/);
  rejects({ depth: '1' }, /depth needs ids/);
  rejects({ ids: 'a', depth: '6' }, /depth must be an integer from 0 to 5/);
  rejects({ ids: 'a', depth: '1.5' }, /depth must be an integer/);
  rejects({ region: ['a', 'b'] }, /region must be given once/);
  rejects({ ids: Array.from({ length: 1001 }, (_, i) => `n${i}`) }, /at most 1000 ids/);
  assert.throws(() => parseFormat('xml'), /format must be one of graphml, gexf, csv, jsonld, json/);
  assert.equal(parseFormat('jsonld'), 'jsonld');
});

test('filterQuery round-trips through parseFilter, ids with commas included', () => {
  for (const f of [{}, { region: '清远市', types: ['Person' as const] }, { ids: ['policy:意见(试行),第2号'], depth: 0 }, { ids: ['a', 'b,c'], depth: 3, from: '2020-01-01' }]) {
    const q = new URLSearchParams(filterQuery(f));
    const raw: Record<string, string | string[]> = {};
    for (const k of new Set(q.keys())) { const all = q.getAll(k); raw[k] = all.length > 1 ? all : all[0]!; }
    assert.deepEqual(parseFilter(raw), f);
  }
});
