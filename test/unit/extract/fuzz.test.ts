// Property-based fuzzing: random strings, random bytes, mixed scripts, unbalanced 《 and (,
// large and pathological inputs. The extractor never throws, its output is always valid, and
// its time grows linearly (no catastrophic regex backtracking).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { extract, type Extraction } from '../../../src/extract';

function assertValid(r: Extraction): void {
  assert.equal(typeof r.source, 'string');
  assert.match(r.article.id, /^[0-9a-f]{64}$/);
  assert.equal(typeof r.article.text, 'string');
  const len = r.article.text.length;
  const span = (s: { start: number; end: number }): void => {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= len, JSON.stringify(s));
  };
  const pids = new Set(r.persons.map((p) => p.id));
  const oids = new Set(r.organizations.map((o) => o.id));
  const dids = new Set(r.policies.map((d) => d.id));
  const mids = new Set(r.meetings.map((m) => m.id));
  r.persons.forEach((p, i) => {
    assert.equal(p.id, `p${i + 1}`);
    assert.ok(p.name.length > 0);
    p.evidence.forEach(span);
    for (const x of p.posts) assert.ok(typeof x.raw === 'string' && typeof x.title === 'string');
  });
  r.organizations.forEach((o, i) => {
    assert.equal(o.id, `o${i + 1}`);
    assert.ok(o.parent === null || oids.has(o.parent));
  });
  r.policies.forEach((d, i) => {
    assert.equal(d.id, `d${i + 1}`);
    d.evidence.forEach(span);
  });
  r.meetings.forEach((m, i) => {
    assert.equal(m.id, `m${i + 1}`);
    assert.ok(m.date === null || /^(\d{4}-)?\d{2}-\d{2}$/.test(m.date));
    assert.ok(m.organizer === null || oids.has(m.organizer));
    assert.ok(m.follows === undefined || m.follows === null || mids.has(m.follows));
    for (const p of m.participants) assert.ok(pids.has(p.person) && ['presided', 'spoke', 'attended'].includes(p.role));
    for (const c of m.cites) assert.ok(dids.has(c));
    m.evidence.forEach(span);
  });
  assert.ok(Array.isArray(r.warnings));
  JSON.parse(JSON.stringify(r));
}

const genre = fc.constantFrom(
  '县委书记', '副县长', '主持', '出席会议', '讲话', '、', '，', '。', '《', '》', '(', ')', '（', '）', '·', '\n', '\r\n',
  '王', '李', '欧阳', '张三', '同志', '召开', '常委会会议', '3月4日', '2022年', '以下简称', '意见', '等', '和', '在',
  '遠(yuǎn)', '記者', '??', '.jpg', '来源：', '发布时间：2022-03-09', '<p>', '</p>', '&nbsp;', '\u3000', 'a', '1',
);

test('never throws and always valid on random unicode strings', () => {
  fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => assertValid(extract({ source: 's', content: s }))), { numRuns: 300 });
});

test('never throws and always valid on random bytes', () => {
  fc.assert(fc.property(fc.uint8Array({ maxLength: 600 }), (b) => assertValid(extract({ source: 'b', content: b }))), { numRuns: 300 });
});

test('never throws and always valid on shuffled pieces of the genre', () => {
  fc.assert(fc.property(fc.array(genre, { maxLength: 120 }), (parts) => assertValid(extract({ source: 'g', content: parts.join('') }))), { numRuns: 500 });
});

test('unbalanced 《 and ( and deep nesting are handled', () => {
  for (const s of ['《'.repeat(5000) + '县长王强出席', '('.repeat(5000), '》》》《《', '《《《意见》', '（以下简称《', '〈'.repeat(100) + '》'.repeat(100)]) {
    assertValid(extract({ source: 'u', content: s }));
  }
});

function timed(s: string): number {
  const t0 = process.hrtime.bigint();
  assertValid(extract({ source: 'p', content: s }));
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

test('a pathological 1 MB input finishes quickly (no catastrophic backtracking)', () => {
  const cases = [
    '县委书记'.repeat(250_000),
    '王'.repeat(1_000_000),
    '、王强'.repeat(330_000),
    '《'.repeat(500_000) + '》'.repeat(500_000),
    '遠(yuǎn'.repeat(125_000),
    '(记者 '.repeat(200_000),
    '亚洲'.repeat(500_000),
    ('字号：大 中 ' + '?'.repeat(60) + '\n').repeat(14_000),
    ('<div class="nav"><script>' + 'x'.repeat(20)).repeat(30_000),
  ];
  for (const s of cases) {
    const ms = timed(s);
    assert.ok(ms < 20_000, `${s.slice(0, 12)}… took ${ms} ms`);
  }
});

test('time is linear in input size on realistic text', () => {
  const para = '3月4日，县委书记王建国主持召开县委常委会会议，县委副书记、县长李明出席会议并讲话，会议学习了《关于加强基层治理的意见》（以下简称《意见》）。\n';
  const small = para.repeat(2_000), large = para.repeat(20_000);
  timed(small);
  const a = timed(small), b = timed(large);
  assert.ok(large.length > 1_000_000);
  assert.ok(b < a * 30 + 1000, `10× input took ${b} ms vs ${a} ms`);
});

test('a 5 MB input of mixed scripts and genre pieces never throws', () => {
  const pieces = ['县委书记王建国主持', '《关于', '意见》', '(yuǎn)', 'Ünïcödé ', 'абв ', '١٢٣ ', '😀', '\r\n', '、李明', '??', '<p>'];
  let s = '';
  for (let i = 0; s.length < 5_000_000; i++) s += pieces[(i * 7919) % pieces.length];
  assert.ok(timed(s) < 120_000);
});
