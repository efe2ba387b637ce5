// The export's Cypher without a database: filters only add fixed fragments that read
// parameters (never input text), and Neo4j value types map to the formats' property types.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { edgeInPeriod, keep, scopeParams, type ExportScope } from '../../../src/graph/queries/export-filter';
import { mergeTypes, propType } from '../../../src/graph/queries/export-schema';

const scope = (over: Partial<ExportScope> = {}): ExportScope => ({ labels: ['Person'], regionIds: null, regionNames: null, from: null, to: null, within: null, ...over });

test('no filter: only the label allow-list', () => {
  assert.equal(keep('n', scope()), 'any(lbl IN labels(n) WHERE lbl IN $labels)');
  assert.equal(edgeInPeriod('r', scope()), 'true');
});

test('each filter adds its fragment, reading only parameters', () => {
  const all = scope({ regionIds: ['region:<evil>'], regionNames: ["x' OR 1=1"], from: '2022-01-01', to: '9999-12-31', within: ['id'] });
  const cypher = keep('b', all) + edgeInPeriod('r', all);
  for (const p of ['$labels', '$within', '$regionIds', '$regionNames', '$from', '$to']) assert.ok(cypher.includes(p), p);
  assert.ok(!cypher.includes('evil') && !cypher.includes('1=1') && !cypher.includes('2022'), 'values never enter the text');
  assert.ok(cypher.includes('(b)-[:IN]->(bo:Organization)'), 'inner variables are prefixed by the outer one');
  assert.deepEqual(scopeParams(all), { labels: ['Person'], regionIds: ['region:<evil>'], regionNames: ["x' OR 1=1"], within: ['id'], from: '2022-01-01', to: '9999-12-31' });
});

test('valueType() maps to property types; empty lists fit any list; mixed types fall back to string', () => {
  assert.equal(propType('STRING NOT NULL'), 'string');
  assert.equal(propType('LIST<STRING NOT NULL> NOT NULL'), 'string[]');
  assert.equal(propType('DATE NOT NULL'), 'date');
  assert.equal(propType('LIST<NOTHING> NOT NULL'), null);
  assert.equal(mergeTypes(['LIST<NOTHING> NOT NULL', 'LIST<STRING NOT NULL> NOT NULL']), 'string[]');
  assert.equal(mergeTypes(['LIST<NOTHING> NOT NULL']), 'string[]');
  assert.equal(mergeTypes(['INTEGER NOT NULL']), 'integer');
  assert.equal(mergeTypes(['INTEGER NOT NULL', 'STRING NOT NULL']), 'string');
  assert.equal(mergeTypes(['POINT NOT NULL']), 'string');
});
