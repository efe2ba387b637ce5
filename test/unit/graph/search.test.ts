import { test } from 'node:test';
import assert from 'node:assert/strict';
import { luceneQuery, snippet } from '../../../src/graph/queries/search';

test('user input is a phrase: Lucene operators and field syntax are text', () => {
  assert.equal(luceneQuery('张玉兰'), '"张玉兰"');
  assert.equal(luceneQuery('name:"x" OR'), '"name:\\"x\\" OR"');
  assert.equal(luceneQuery('*:*'), '"*:*"');
  assert.equal(luceneQuery('a\\b'), '"a\\\\b"');
});

test('one character is searched inside the bigrams; blank or a lone symbol searches nothing', () => {
  assert.equal(luceneQuery(' 焕 '), '*焕*');
  assert.equal(luceneQuery('   '), '');
  assert.equal(luceneQuery('*'), '');
});

test('a snippet shows the text around the match', () => {
  assert.equal(snippet('一二三四五六七八九十', '五', 2), '…三四五六七…');
  assert.equal(snippet(null, 'x'), null);
});
