// The compiled executor (graphql-jit behind Apollo's gateway interface) answers as graphql-js
// did, on a document's first use (graphql-js) and on the next ones (compiled): same data, same
// error codes and HTTP statuses. Only answers that need no database are checked here; the
// integration tests run every API test through it against Neo4j.
import 'reflect-metadata';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import pino from 'pino';
import { buildSchema, execute, getIntrospectionQuery, GraphQLError, parse } from 'graphql';
import { createApollo } from '../../../src/api/server';
import { jitExecutor } from '../../../src/api/executor';
import { buildGovgraphSchema } from '../../../src/api/schema';
import { makeContext, type Context } from '../../../src/api/context';
import { Graph } from '../../../src/graph/driver';

// Never connected: a request that reached Neo4j would fail with SERVICE_UNAVAILABLE.
const graph = new Graph({ uri: 'bolt://127.0.0.1:1' });
const schema = buildGovgraphSchema();
const apollo = createApollo(schema, pino({ level: 'silent' }));
before(() => apollo.start());
after(async () => { await apollo.stop(); await graph.close(); });

interface Answer { status: number | undefined; data: unknown; codes: unknown[] }

async function ask(query: string, variables?: Record<string, unknown>, operationName?: string): Promise<Answer> {
  const res = await apollo.executeOperation<Record<string, unknown>>({ query, variables, operationName }, { contextValue: makeContext(graph, 'test', false) as Context });
  assert.equal(res.body.kind, 'single');
  const r = res.body.kind === 'single' ? res.body.singleResult : {};
  // As the client reads it: JSON (graphql-js builds objects without a prototype, graphql-jit with one).
  return { status: res.http.status, data: 'data' in r ? JSON.parse(JSON.stringify(r.data)) : undefined, codes: ('errors' in r ? r.errors ?? [] : []).map((e) => e.extensions?.code) };
}

/** The same answer on the first use of a document (graphql-js) and on the following (compiled). */
async function sameEachTime(query: string, variables?: Record<string, unknown>, operationName?: string): Promise<Answer> {
  const first = await ask(query, variables, operationName);
  for (let i = 0; i < 3; i++) assert.deepEqual(await ask(query, variables, operationName), first, `use ${i + 2} of ${query}`);
  return first;
}

test('introspection answers as graphql-js does, compiled or not', async () => {
  const query = getIntrospectionQuery();
  const reference = await execute({ schema, document: parse(query) });
  const answer = await sameEachTime(query);
  assert.deepEqual(answer.data, JSON.parse(JSON.stringify(reference.data)));
  assert.deepEqual(answer.codes, []);
});

test('variables that do not coerce are BAD_USER_INPUT with a 400, compiled or not', async () => {
  const answer = await sameEachTime('query($d: Int!) { graph(ids: ["x"], depth: $d) { truncated } }', { d: 'deep' });
  assert.deepEqual(answer.codes, ['BAD_USER_INPUT']);
  assert.equal(answer.status, 400);
  const missing = await sameEachTime('query($d: Int!) { graph(ids: ["x"], depth: $d) { truncated } }', {});
  assert.deepEqual(missing.codes, ['BAD_USER_INPUT']);
});

test('an argument out of range is BAD_USER_INPUT from the resolver, compiled or not', async () => {
  const answer = await sameEachTime('query($d: Int!) { graph(ids: ["x"], depth: $d) { truncated } }', { d: 9 });
  assert.deepEqual(answer.codes, ['BAD_USER_INPUT']);
  assert.equal(answer.data, null, 'graph is non-null: the error nulls the whole answer');
});

test('a mutation without the admin token is UNAUTHENTICATED, compiled or not', async () => {
  const answer = await sameEachTime('mutation { removeArticle(id: "x") }');
  assert.deepEqual(answer.codes, ['UNAUTHENTICATED']);
});

test('an unknown operation name and two unnamed operations are refused as before', async () => {
  const unknown = await sameEachTime('query A { __typename } query B { __typename }', undefined, 'C');
  assert.equal(unknown.codes.length, 1);
  assert.equal(unknown.data, undefined);
  const unnamed = await sameEachTime('query A { __typename } query B { __typename }');
  assert.equal(unnamed.codes.length, 1);
  const chosen = await sameEachTime('query A { a: __typename } query B { b: __typename }', undefined, 'B');
  assert.deepEqual(chosen.data, { b: 'Query' });
});

test('a field error keeps its message, path, locations, extensions and cause, compiled or not', async () => {
  const small = buildSchema('type Query { fine: String, down: String, coded: String }');
  const fields = small.getQueryType()!.getFields();
  fields.fine!.resolve = () => 'ok';
  fields.down!.resolve = () => { throw Object.assign(new Error('unreachable'), { code: 'ServiceUnavailable' }); };
  fields.coded!.resolve = () => { throw new GraphQLError('no', { extensions: { code: 'FORBIDDEN' } }); };
  const document = parse('{ fine down coded }');
  const reference = JSON.parse(JSON.stringify(await execute({ schema: small, document })));
  const run = jitExecutor(small);
  for (let use = 1; use <= 3; use++) {
    const result = await run({ document, request: {}, context: {} } as unknown as Parameters<typeof run>[0]);
    assert.deepEqual(JSON.parse(JSON.stringify(result)), reference, `use ${use}`);
    // Apollo formats errors as graphql-js makes them: extensions an object, the thrown error kept.
    for (const e of result.errors ?? []) assert.ok(e instanceof GraphQLError && typeof e.extensions === 'object', `use ${use}`);
    assert.equal((result.errors?.[0]?.originalError as { code?: string }).code, 'ServiceUnavailable');
  }
});
