// One row per fact and batch: the articles, evidence, wordings and dates of every row stating it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FACT_KEYS, joinFacts } from '../../../src/graph/load-facts';
import { batchRows } from '../../../src/graph/load';
import { toLoadRows } from '../../../src/graph/load-rows';
import { makeExtraction } from '../../helpers/extraction';

test('rows of one holding from several articles become one row with every article, span, wording and date', () => {
  const rows = [
    { aid: 'a1', person: 'p', post: 'x', raw: '局长', date: '2022-03-04', evidence: ['a1|0|3'] },
    { aid: 'a2', person: 'p', post: 'x', raw: '党组书记、局长', date: '2021-01-02', evidence: ['a2|5|9'] },
    { aid: 'a2', person: 'p', post: 'x', raw: '局长', date: '2021-01-02', evidence: ['a2|5|9', 'a2|20|23'] },
    { aid: 'a3', person: 'p', post: 'x', raw: '局长', date: null, evidence: [] },
    { aid: 'a1', person: 'q', post: 'x', raw: '副局长', date: '2022-03-04', evidence: ['a1|7|9'] },
  ];
  const joined = joinFacts(rows, FACT_KEYS.holds!);
  assert.equal(joined.length, 2);
  const p = joined.find((r) => r.person === 'p')!;
  assert.deepEqual(p.aids, ['a1', 'a2', 'a3']);
  assert.deepEqual(p.evidence, ['a1|0|3', 'a2|5|9', 'a2|20|23']);
  assert.deepEqual(p.raw, ['局长', '党组书记、局长']);
  assert.deepEqual(p.seen, ['a1|2022-03-04', 'a2|2021-01-02']);
  assert.deepEqual([p.first, p.last], ['2021-01-02', '2022-03-04']);
  assert.equal('aid' in p || 'date' in p, false, 'no single article\'s fields are left');
});

test('a participation is one fact per role; a batch joins only rows of the same person, meeting and role', () => {
  const rows = [
    { aid: 'a1', person: 'p', meeting: 'm', role: 'PRESIDED', action: '主持', evidence: ['a1|0|2'] },
    { aid: 'a2', person: 'p', meeting: 'm', role: 'PRESIDED', action: '主持并讲话', evidence: ['a2|0|2'] },
    { aid: 'a2', person: 'p', meeting: 'm', role: 'SPOKE', action: '讲话', evidence: ['a2|3|5'] },
  ];
  const joined = joinFacts(rows, FACT_KEYS.participations!);
  assert.deepEqual(joined.map((r) => [r.role, r.aids, r.action]), [['PRESIDED', ['a1', 'a2'], '主持并讲话'], ['SPOKE', ['a2'], '讲话']]);
});

test('batchRows joins the facts of its articles and keeps a node row per article', () => {
  const a = toLoadRows(makeExtraction({ text: '第一篇。市教育局局长张玉兰主持会议。', published: '2022-03-09' }));
  const b = toLoadRows(makeExtraction({ text: '第二篇。市教育局局长张玉兰主持会议。', published: '2023-03-09' }));
  const batch = batchRows([a, b]);
  assert.equal(batch.persons!.length, 2, 'each article mentions the person');
  assert.equal(batch.holds!.length, 1);
  assert.deepEqual(batch.holds![0]!.aids, [a.aid, b.aid]);
});
