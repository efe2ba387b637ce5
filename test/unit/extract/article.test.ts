// The article: title, publisher, published, region; ids and determinism.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { ex, assertEvidence } from './helpers';

test('the first line is the title when it reads as a headline; a column tag is dropped', () => {
  assert.equal(ex('【要闻】县政府召开常务会议\n4月1日，县长主持会议。').article.title, '县政府召开常务会议');
  assert.equal(ex('4月1日，县政府召开常务会议，研究有关事项。\n县长出席。').article.title, null);
});

test('publisher from 来源, published from 发布时间, both lines removed from the text', () => {
  const r = ex('县政府召开常务会议\n来源：县政府办公室 发布时间：2023年4月2日\n4月1日，县长出席。');
  assert.equal(r.article.publisher, '县政府办公室');
  assert.equal(r.article.published, '2023-04-02');
  assert.ok(!r.article.text.includes('来源'));
});

test('article id is the sha256 of the cleaned text; output is deterministic', () => {
  const text = '县委召开常委会议\n3月2日，县委书记高振东主持会议，县长甘立出席。';
  const a = ex(text), b = ex(text);
  assert.equal(a.article.id, createHash('sha256').update(a.article.text).digest('hex'));
  assert.deepEqual(a, b);
});

test('ids follow the order of first appearance: p1, p2 …, m1 …, d1 …', () => {
  const r = ex('3月2日，县委召开常委会会议，县委书记高振东主持，县长甘立出席，学习了《甲条例》和《乙办法》。');
  assert.deepEqual(r.persons.map((p) => [p.id, p.name]), [['p1', '高振东'], ['p2', '甘立']]);
  assert.deepEqual(r.policies.map((p) => [p.id, p.title]), [['d1', '甲条例'], ['d2', '乙办法']]);
  assert.deepEqual(r.meetings.map((m) => m.id), ['m1']);
  r.organizations.forEach((o, i) => assert.equal(o.id, `o${i + 1}`));
});

test('evidence spans point into the cleaned text and cover what they claim', () => {
  const r = ex('清遠(yuǎn)縣召開會議\n3月2日，縣委書記高振東主持召開縣委常委會會議，傳達《關於加強管理的意見》（以下簡稱《意見》）。縣長甘立出席。');
  assertEvidence(r);
  const p = r.persons[0];
  assert.equal(r.article.text.slice(p.evidence[0].start, p.evidence[0].end), '县委书记高振东');
});

test('the source is echoed verbatim', () => {
  assert.equal(ex('县长出席。', 'dir/a b.txt').source, 'dir/a b.txt');
});
