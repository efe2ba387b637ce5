// The normalizers exported for the graph layer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizePolicyTitle, canonicalOrganization, splitPostTitle, regionLevel } from '../../../src/extract';

test('policy titles compare equal across bracket, width and space differences', () => {
  assert.equal(normalizePolicyTitle('《关于加强管理的意见（试行）》'), normalizePolicyTitle('关于加强管理的意见(试行)'));
  assert.equal(normalizePolicyTitle('关于 “三农” 工作的通知'), normalizePolicyTitle('关于"三农"工作的通知'));
  assert.notEqual(normalizePolicyTitle('关于加强管理的意见'), normalizePolicyTitle('关于加强管理的意见(试行)'));
});

test('organizations are made canonical for a region', () => {
  assert.equal(canonicalOrganization('市委组织部', '清远市').name, '中共清远市委员会组织部');
  assert.equal(canonicalOrganization('县政府', '通城县').name, '通城县人民政府');
  assert.equal(canonicalOrganization('市教育局', '清远市').parent, '清远市人民政府');
  assert.equal(canonicalOrganization('县政府', null).name, '县政府');
});

test('posts split into organization and title; region levels by suffix', () => {
  assert.deepEqual(splitPostTitle('县人大常委会副主任'), { organization: '县人大常委会', title: '副主任' });
  assert.equal(regionLevel('清远市'), 'city');
  assert.equal(regionLevel('兴县'), 'county');
  assert.equal(regionLevel('娄东街道'), 'subdistrict');
});
