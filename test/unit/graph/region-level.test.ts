// Region levels and the division tree (lexicon/region-tree.yaml) the loader links regions by.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { fromRoot } from '../../../src/config/paths';
import { divisionTree, regionAncestors, regionLevel } from '../../../src/graph/region-level';

const file = parse(readFileSync(fromRoot('src/graph/lexicon/region-tree.yaml'), 'utf8')) as { source: string; children: Record<string, string[]> };

test('the division tree names its source and holds no placeholder of the source (市辖区, 县)', () => {
  assert.match(file.source, /国家统计局/);
  const names = Object.values(file.children).flat();
  for (const placeholder of ['市辖区', '县', '省直辖县级行政区划']) assert.ok(!names.includes(placeholder) && !(placeholder in file.children), placeholder);
  for (const [parent, list] of Object.entries(file.children)) assert.equal(new Set(list).size, list.length, `a child twice under ${parent}`);
  assert.equal(Object.keys(file.children).filter((k) => !divisionTree().parent.has(k)).length, 31, 'the 31 provinces are the only roots');
});

test('a county goes up to its city and province; a name of several places has no parent', () => {
  assert.deepEqual(regionAncestors('清城区'), ['清远市', '广东省']);
  assert.deepEqual(regionAncestors('兴县'), ['吕梁市', '山西省']);
  assert.deepEqual(regionAncestors('东城区'), ['北京市'], 'a municipality\'s districts are directly under it');
  assert.deepEqual(regionAncestors('鼓楼区'), []);
  assert.deepEqual(regionAncestors('广东省'), []);
  assert.deepEqual(regionAncestors('娄东街道'), [], 'townships are not in the tree');
});

test('levels: the tree first (a county-level city is a county), then the name\'s suffix', () => {
  assert.equal(regionLevel('广东省'), 'province');
  assert.equal(regionLevel('北京市'), 'province');
  assert.equal(regionLevel('清远市'), 'city');
  assert.equal(regionLevel('英德市'), 'county');
  assert.equal(regionLevel('鼓楼区'), 'county');
  assert.equal(regionLevel('娄东街道'), 'township');
  assert.equal(regionLevel('全国'), 'national');
});
