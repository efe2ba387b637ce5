// The Cypher that reads neighbour lists with their nodes, and how its rows become lists by
// relation and parent, without a database (test/integration runs them against Neo4j).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FAR_PER_PARENT, neighbourLists, treeReads, type RawLists } from '../../../src/graph/queries/neighbour-tree';
import type { Neighbour } from '../../../src/graph/queries/neighbours';

const n = (id: string): Neighbour => ({ node: { id }, rel: {} });

test('one CALL per relation of the tree, each walking from all the parents of its level, in pre-order', () => {
  const { calls, lists } = treeReads({ meetingParticipants: { personHoldings: { postOrganization: {} } }, meetingCites: {} }, 'page');
  assert.equal(lists, 't0, t1, t2, t3');
  const heads = calls.split('\n').filter((l) => l.startsWith('CALL'));
  assert.deepEqual(heads, ['CALL (page) {', 'CALL (f0) {', 'CALL (f1) {', 'CALL (page) {']);
  assert.match(calls, /UNWIND page AS a MATCH \(a\)<-\[r:PARTICIPATED\]-\(b:Person\)/);
  assert.match(calls, /UNWIND f1 AS a MATCH \(a\)-\[r:IN\]->\(b:Organization\)/);
  // Only the levels with a level below collect the neighbours to walk on, the first FAR_PER_PARENT of each list.
  assert.equal(calls.match(/AS f\d/g)?.length, 2);
  assert.ok(calls.includes(`collect(b)[..${FAR_PER_PARENT}] AS far`));
  assert.ok(!/\$/.test(calls), 'no parameter: the tree comes from the model');
  assert.deepEqual(treeReads({}, 'page'), { calls: '', lists: null });
});

test('every parent gets a list, empty when it has no neighbours, and a level below hangs from the first FAR_PER_PARENT of each list', () => {
  const many = Array.from({ length: FAR_PER_PARENT + 5 }, (_, i) => n(`post:${i}`));
  const raw: RawLists = [
    [['person:a', many]],
    [['post:0', [n('org:x')]]],
  ];
  const lists = neighbourLists({ personHoldings: { postOrganization: {} } }, ['person:a', 'person:b'], raw);
  assert.equal(lists.get('personHoldings')?.get('person:a')?.length, FAR_PER_PARENT + 5);
  assert.deepEqual(lists.get('personHoldings')?.get('person:b'), []);
  const orgs = lists.get('postOrganization')!;
  assert.deepEqual(orgs.get('post:0'), [n('org:x')]);
  assert.deepEqual(orgs.get(`post:${FAR_PER_PARENT - 1}`), [], 'read, and found without an organization');
  assert.equal(orgs.has(`post:${FAR_PER_PARENT}`), false, 'not read: a loader reads it if a field asks');
});
