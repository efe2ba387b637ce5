// The connection window cut in memory and the cost the limit gives nested connections, without
// a database.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'graphql';
import { buildGovgraphSchema } from '../../../src/api/schema';
import { queryCost } from '../../../src/api/limits';
import { edgePageOf, pageOf } from '../../../src/api/resolvers/nested-connections';
import { toCursor } from '../../../src/api/types/connection.type';

const TEN = Array.from({ length: 10 }, (_, i) => i);

test('pageOf cuts first/after and last/before like the slices they name, with cursors that round-trip', () => {
  const cases: [Record<string, unknown>, number[], boolean, boolean][] = [
    [{}, TEN, false, false],
    [{ first: 3 }, [0, 1, 2], false, true],
    [{ first: 3, after: toCursor(2) }, [3, 4, 5], true, true],
    [{ last: 3 }, [7, 8, 9], true, false],
    [{ last: 3, before: toCursor(5) }, [2, 3, 4], true, true],
    [{ first: 100, after: toCursor(1), before: toCursor(4) }, [2, 3], true, true],
    [{ last: 0 }, [], true, false],
    [{ first: 5, after: toCursor(50) }, [], true, false],
  ];
  for (const [args, nodes, hasPreviousPage, hasNextPage] of cases) {
    const c = pageOf(TEN, args);
    assert.deepEqual(c.nodes, nodes, JSON.stringify(args));
    assert.deepEqual(c.edges.map((e) => e.cursor), nodes.map(toCursor), JSON.stringify(args));
    assert.deepEqual([c.pageInfo.hasPreviousPage, c.pageInfo.hasNextPage, c.totalCount], [hasPreviousPage, hasNextPage, 10], JSON.stringify(args));
  }
});

test('edgePageOf keeps each edge with its properties', () => {
  const c = edgePageOf(TEN.map((i) => ({ node: `n${i}`, properties: { i } })), { last: 2 });
  assert.deepEqual(c.edges.map((e) => [e.node, e.properties]), [['n8', { i: 8 }], ['n9', { i: 9 }]]);
});

test("the cost counts a nested connection's first (or last, or its default page) once, not again for its edges", () => {
  const cost = (q: string) => queryCost(buildGovgraphSchema(), parse(q));
  // name 1; node 1 + 1; edges 1 + 2; participantsConnection 5 × (1 + 3); node 1 + 20; edges 1 + 21; meetingsConnection 10 × (1 + 22).
  assert.equal(cost(`{ meetingsConnection(first: 10) { edges { node { participantsConnection(first: 5) { edges { node { name } } } } } } }`), 230);
  assert.equal(cost(`{ meetingsConnection(first: 10) { edges { node { participantsConnection(last: 5) { edges { node { name } } } } } } }`), 230);
  assert.equal(cost(`{ meetingsConnection(first: 10) { edges { node { participantsConnection { edges { node { name } } } } } } }`), 10 * (1 + 1 + 1 + 20 * 4));
});
