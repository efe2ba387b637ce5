// Which evidence a fact edge quotes from each supporting article: its own spans, else its
// target's, else its source's; malformed or reversed spans are skipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cutsFor } from '../../../src/graph/queries/export-provenance';

const support = (own: string[], target: string[] = [], source: string[] = []) => ({ articleIds: ['article:a', 'article:b'], own, target, source });

test('own spans first, then the target, then the source; per article', () => {
  const s = support(['article:a|5|9', 'article:a|20|22'], ['article:a|0|3', 'article:b|7|8'], ['article:b|1|2']);
  assert.deepEqual(cutsFor(s, 'article:a'), [[5, 4], [20, 2]]);
  assert.deepEqual(cutsFor(s, 'article:b'), [[7, 1]], "the target's span when the edge has none there");
  assert.deepEqual(cutsFor(support([], [], ['article:b|1|2']), 'article:b'), [[1, 1]]);
  assert.deepEqual(cutsFor(support([]), 'article:a'), []);
});

test('an article id is matched whole, and bad spans are dropped', () => {
  assert.deepEqual(cutsFor(support(['article:ab|1|2']), 'article:a'), [], 'a prefix of another id is not that id');
  assert.deepEqual(cutsFor(support(['article:a|9|3', 'article:a|x|4', 'article:a|-1|2', 'article:a|2|2']), 'article:a'), [[2, 0]]);
});
