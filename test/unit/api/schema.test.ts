import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fromRoot } from '../../../src/config/paths';
import { printGovgraphSchema } from '../../../src/api/schema';

test('schema/schema.graphql is what the type-graphql classes emit (run `npm run schema:emit`)', () => {
  assert.equal(readFileSync(fromRoot('schema', 'schema.graphql'), 'utf8'), printGovgraphSchema());
});
