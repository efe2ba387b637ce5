import { test } from 'node:test';
import assert from 'node:assert/strict';
import { meetingId, normalizeTitle, organizationId, policyId } from '../../../src/graph/identity';

test('policy titles are one document whatever the brackets, width and spaces', () => {
  const a = policyId('关于建立中小学校党组织领导的校长负责制的意见(试行)');
  assert.equal(policyId('《关于建立中小学校党组织领导的校长负责制的意见（试行）》'), a);
  assert.equal(policyId(' 关于建立中小学校党组织领导的 校长负责制的意见 (试行) '), a);
  assert.notEqual(policyId('关于建立中小学校党组织领导的校长负责制的意见'), a, 'a status word (试行) is part of the title');
  assert.equal(normalizeTitle('《ＡＢＣ规划》'), 'ABC规划');
});

test('a dated meeting is one node across articles; an undated one stays in its article', () => {
  const m = { name: '县政府第49次常务会议', date: '2024-04-25', scope: '通城县人民政府' };
  assert.equal(meetingId({ ...m, articleId: 'a1' }), meetingId({ ...m, name: '县政府第49次 常务会议', articleId: 'a2' }));
  assert.notEqual(meetingId({ ...m, articleId: 'a1' }), meetingId({ ...m, date: '2024-04-26', articleId: 'a1' }));
  assert.notEqual(meetingId({ ...m, date: null, articleId: 'a1' }), meetingId({ ...m, date: null, articleId: 'a2' }));
  assert.notEqual(meetingId({ ...m, date: '04-25', articleId: 'a1' }), meetingId({ ...m, date: '04-25', articleId: 'a2' }), 'a date without a year is not a date');
});

test('organizations are their canonical names', () => {
  assert.equal(organizationId('清远市教育局'), organizationId(' 清远市教育局'));
  assert.notEqual(organizationId('清远市教育局'), organizationId('韶关市教育局'));
});
