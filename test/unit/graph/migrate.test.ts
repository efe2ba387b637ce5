import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fromRoot } from '../../../src/config/paths';
import { splitStatements } from '../../../src/graph/migrate';
import { LABELS } from '../../../src/graph/model';

const all = () => readdirSync(fromRoot('schema')).filter((f) => f.endsWith('.cypher')).flatMap((f) => splitStatements(readFileSync(fromRoot('schema', f), 'utf8')));

test('every statement of schema/*.cypher is idempotent (IF NOT EXISTS)', () => {
  const statements = all();
  assert.ok(statements.length >= LABELS.length);
  for (const s of statements) assert.match(s, /IF NOT EXISTS/, s);
});

test('every node label of the model has a uniqueness constraint on id', () => {
  const text = all().join('\n');
  for (const label of LABELS) assert.match(text, new RegExp(`FOR \\(n:${label}\\) REQUIRE n\\.id IS UNIQUE`), label);
});

test('comments and blank lines are not statements', () => {
  assert.deepEqual(splitStatements('// a comment\nCREATE A;\n\n// b\nCREATE B;\n'), ['CREATE A', 'CREATE B']);
});
