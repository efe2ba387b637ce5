// An interrupted ingest stops reading where the signal came and says so, so the CLI can report
// what was loaded and exit non-zero (the batches already sent still commit whole).
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fromRoot } from '../../../src/config/paths';
import type { ExtractInput } from '../../../src/extract';
import { ingestInputs } from '../../../src/ingest/ingest';

const seeds = readdirSync(fromRoot('seeds')).filter((f) => f.endsWith('.txt')).slice(0, 1);
const article = (i: number): ExtractInput => ({ source: `a${i}.txt`, content: readFileSync(path.join(fromRoot('seeds'), seeds[0]!), 'utf8') });

test('an aborted ingest reads no further and is marked interrupted', async () => {
  const controller = new AbortController();
  function* inputs() {
    for (let i = 0; i < 5; i++) {
      if (i === 2) controller.abort();
      yield article(i);
    }
  }
  const s = await ingestInputs(null, inputs(), { dryRun: true, signal: controller.signal });
  assert.equal(s.read, 2);
  assert.equal(s.interrupted, true);
});

test('without a signal every input is read', async () => {
  const s = await ingestInputs(null, [0, 1, 2].map(article), { dryRun: true });
  assert.equal(s.read, 3);
  assert.equal(s.interrupted, undefined);
});
