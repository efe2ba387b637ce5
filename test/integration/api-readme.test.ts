// Every example query of the README answers without errors on the seed articles, so the
// examples a reader copies keep working as the schema grows. Mutations are left out: they write.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Kind, parse, print, type OperationDefinitionNode } from 'graphql';
import type { RunningServer } from '../../src/api/server';
import type { Graph } from '../../src/graph/driver';
import { fromRoot } from '../../src/config/paths';
import { gql, seededApi } from '../helpers/http';

let graph: Graph;
let server: RunningServer;
before(async () => {
  ({ graph, server } = await seededApi());
});
after(async () => { await server?.stop(); await graph?.close(); });

function readmeQueries(): string[] {
  const blocks = [...readFileSync(fromRoot('README.md'), 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);
  return blocks.flatMap((b) => parse(b).definitions)
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'query')
    .map((d) => print(d));
}

test("the README's example queries answer without errors, with data", async () => {
  const queries = readmeQueries();
  assert.ok(queries.length >= 10, `${queries.length} example queries found`);
  for (const query of queries) {
    const res = await gql(server.url, query);
    assert.equal(res.errors, undefined, `${query}\n${JSON.stringify(res.errors)}`);
    assert.ok(Object.values(res.data ?? {}).every((v) => v !== null), `${query} answers something`);
  }
});

test('the nested connections of the README find the known answers', async () => {
  const attended = (await gql(server.url, readmeQueries().find((q) => q.includes('第43次常委会议'))!)).data.meetings[0].participantsConnection;
  assert.equal(attended.totalCount, 12);
  assert.equal(attended.pageInfo.hasNextPage, true);
  assert.ok(attended.edges.every((e: { properties: { role: string } }) => e.properties.role === 'ATTENDED'));
});
