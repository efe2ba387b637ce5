// Roles at the meeting: presided, spoke, attended, from the verbs after each mention.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ex, person, roles } from './helpers';

test('主持 / 由…主持 / X主持。 → presided', () => {
  assert.deepEqual(roles(ex('5月8日，县委书记钱志高主持召开县委常委会会议。'), '钱志高'), ['presided']);
  assert.deepEqual(roles(ex('5月8日，镇党委召开党委会议，会议由镇党委书记严文主持。'), '严文'), ['presided']);
  assert.deepEqual(roles(ex('5月8日，县政府召开常务会议，县长甘露主持。'), '甘露'), ['presided']);
});

test('主持并讲话 → presided and spoke', () => {
  assert.deepEqual(roles(ex('6月1日，市委召开常委会会议，市委书记韩立群主持并讲话。'), '韩立群'), ['presided', 'spoke']);
});

test('spoke: 讲话, 作…部署, 传达, 通报, 汇报, 说明, 指出, 强调, 要求, 表示', () => {
  const verbs = ['出席会议并讲话', '作动员部署', '传达了省委全会精神', '通报了全县经济运行情况', '汇报了工作进展', '作起草说明', '指出，要统一思想', '强调，要压实责任', '要求各地抓好落实', '表示将全力以赴'];
  for (const v of verbs) {
    const r = ex(`3月1日，县政府召开全体会议。副县长骆文斌${v}。`);
    assert.deepEqual(roles(r, '骆文斌'), ['spoke'], v);
  }
});

test('attended: 出席, 参加, 列席; the action keeps 列席', () => {
  const r = ex('3月1日，县委召开常委会会议。县委常委胡斌出席会议，县人大常委会主任汪成参加会议，县法院院长卢佳列席会议。');
  assert.deepEqual(roles(r, '胡斌'), ['attended']);
  assert.deepEqual(roles(r, '汪成'), ['attended']);
  assert.deepEqual(roles(r, '卢佳'), ['attended']);
  const id = person(r, '卢佳').id;
  assert.match(r.meetings[0].participants.find((p) => p.person === id)!.action, /^列席/);
});

test('people listed across clauses take the verb that ends the list', () => {
  const r = ex('4月3日，县委召开常委会会议。县委副书记、县长洪涛，县委副书记鲁敏，县委常委蒋立、温和平出席会议。');
  for (const n of ['洪涛', '鲁敏', '蒋立', '温和平']) assert.deepEqual(roles(r, n), ['attended'], n);
});

test('a list ending in group attendees still gives its people the verb', () => {
  const r = ex('4月3日，省委召开常委会议。省委副书记、省长焦振华，省政协主席骆丽，其他省级领导同志参加会议。');
  assert.deepEqual(roles(r, '焦振华'), ['attended']);
  assert.deepEqual(roles(r, '骆丽'), ['attended']);
});

test('a person whose words are relayed is not a participant', () => {
  const r = ex('5月2日，区委召开常委会会议，传达学习了省委黄坤明书记在调研时的讲话精神和6月1日市长周迅来区调研讲话精神。');
  assert.deepEqual(roles(r, '黄坤明'), []);
  assert.deepEqual(roles(r, '周迅'), []);
});

test('a national leader named in passing has no role', () => {
  const r = ex('5月2日，县委召开常委会会议，深入学习贯彻习近平总书记关于安全生产的重要指示和部署要求。');
  assert.deepEqual(roles(r, '习近平'), []);
});

test('a person appointed (推选X为…) has no role', () => {
  const r = ex('5月2日，代表团召开全体会议。会议推选市委书记邵林为代表团团长。');
  assert.deepEqual(roles(r, '邵林'), []);
});

test('X在讲话中指出 and X在会上作…汇报 → spoke', () => {
  const r = ex('2月3日，公司召开党委会议。总经理戚铭在会上做了一季度经营情况汇报。戚铭在讲话中指出，要抓好安全。');
  assert.deepEqual(roles(r, '戚铭'), ['spoke']);
});

test('听取汇报 is listening, not speaking', () => {
  const r = ex('2月3日，局党组召开会议。党组书记祁红听取汇报后出席了座谈。');
  assert.deepEqual(roles(r, '祁红'), ['attended']);
});

test('every participant is one of the persons; ids are consistent', () => {
  const r = ex('8月1日，县委召开常委会会议，县委书记程远主持，县长骆晓出席。');
  const ids = new Set(r.persons.map((p) => p.id));
  for (const p of r.meetings[0].participants) assert.ok(ids.has(p.person));
});

test('他/她 opening a sentence is the participant last named', () => {
  const r = ex('9月2日，县委召开常委会会议，县委书记蓝海主持。会议传达了习近平总书记重要讲话精神。他强调，要抓好落实。');
  assert.deepEqual(roles(r, '蓝海'), ['presided', 'spoke']);
  assert.deepEqual(roles(r, '习近平'), []);
});
