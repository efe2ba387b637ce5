// `govgraph extract` as a user runs it: a text file, stdin, and a .jsonl file whose lines carry
// the url and publish date that give a meeting date its year.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fromRoot } from '../../../src/config/paths';

const TEXT = '3月4日,市教育局召开动员部署会。市教育局党组书记、局长张玉兰主持会议。';
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [fromRoot('bin', 'govgraph.js'), 'extract', ...args], { input, encoding: 'utf8' });
const dates = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l).meetings.map((m: { date: string | null }) => m.date));

test('a .jsonl file: one extraction a line, dated by its published field or its url', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'govgraph-extract-'));
  const file = path.join(dir, 'articles.jsonl');
  writeFileSync(file, [
    JSON.stringify({ text: TEXT, published: '2022-03-09' }),
    JSON.stringify({ text: TEXT, url: 'http://www.example.gov.cn/art/2021/3/9/art_1.html' }),
    '{not json',
  ].join('\n'));
  const r = run([file]);
  assert.equal(r.status, 1, 'a bad line makes the exit status say so');
  assert.match(r.stderr, /articles\.jsonl:3: bad JSON line/);
  assert.deepEqual(dates(r.stdout), [['2022-03-04'], ['2021-03-04']]);
});

test('stdin with --published; without a year a date is MM-DD (extraction-format.md)', () => {
  assert.deepEqual(dates(run(['--published', '2020-03-10', '-'], TEXT).stdout), [['2020-03-04']]);
  assert.deepEqual(dates(run(['-'], TEXT).stdout), [['03-04']]);
  assert.notEqual(run(['--published', '10/3/2020', '-'], TEXT).status, 0);
});
