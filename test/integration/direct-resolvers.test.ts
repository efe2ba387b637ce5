// The field resolvers called directly (src/api/direct-field-resolvers.ts) answer exactly as
// type-graphql's handlers do, on the seed articles in the real Neo4j: the same data and errors
// for queries over every object type, with enum and boolean arguments given, omitted, null and
// from variables. And they are direct: a list the loader knows is answered without a promise.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { graphql, isObjectType, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import type { Graph } from '../../src/graph/driver';
import { fromRoot } from '../../src/config/paths';
import { ingestPaths } from '../../src/ingest/ingest';
import { buildGovgraphSchema, RESOLVERS } from '../../src/api/schema';
import { makeContext } from '../../src/api/context';
import { toMeeting } from '../../src/api/types/from-plain';
import { emptyGraph, testGraph } from '../helpers/neo4j';

let graph: Graph;
let viaTypeGraphql: GraphQLSchema;
before(async () => {
  graph = await testGraph();
  await emptyGraph(graph);
  await ingestPaths(graph, [fromRoot('seeds')]);
  viaTypeGraphql = buildSchemaSync({ resolvers: RESOLVERS, validate: true });
});
after(async () => { await graph?.close(); });

const run = (schema: GraphQLSchema, source: string, variableValues: Record<string, unknown> = {}) =>
  graphql({ schema, source, variableValues, contextValue: makeContext(graph, 'test', false) });

const QUERIES: [string, Record<string, unknown>?][] = [
  [`{ persons(first: 100) { id name region holdings { firstSeen lastSeen raw post { id title organization { id name parent { name } regionNode { name } } holders { person { name } } } }
      participations { role action meeting { id name } } posts { title } timeline { holding { post { title } } meetings { name } } evidence { quote article { title } } } }`],
  [`{ meetings(first: 100) { id name date organizer { name } cites { title issuer { name } citedBy { name } } articles { title meetings { name } } follows { name }
      participants { role person { name posts { title } } } presided: participants(role: PRESIDED) { person { name } } nobody: participants(role: null) { role } } }`],
  [`query($role: Role, $current: Boolean) { meetings(first: 100) { participants(role: $role) { role person { id } } }
      organizations(first: 100) { name current: holders(current: $current) { person { name } current } all: holders { current post { title } }
        posts { title holders { person { name } firstSeen lastSeen } } children { name } meetings { name } issued { title } } }`, { role: 'SPOKE', current: true }],
  [`query($role: Role) { meetings(first: 100) { participants(role: $role) { role } } }`, {}],
  [`{ policies(first: 100) { title aliases issuer { name } citedBy { name organizer { name } } citedByConnection(first: 1) { totalCount edges { node { name } } } } }`],
  [`{ meetings(first: 1) { participants(role: NOT_A_ROLE) { role } } }`],
];

test('every query answers the same data and errors as through type-graphql\'s handlers', async () => {
  for (const [source, variables] of QUERIES) {
    const direct = await run(buildGovgraphSchema(), source, variables);
    const handled = await run(viaTypeGraphql, source, variables);
    assert.deepEqual(JSON.parse(JSON.stringify(direct)), JSON.parse(JSON.stringify(handled)), source);
    assert.equal(!!direct.errors, source.includes('NOT_A_ROLE'), JSON.stringify(direct.errors));
  }
  const some = await run(buildGovgraphSchema(), QUERIES[1]![0]);
  assert.ok((some.data?.meetings as unknown[]).length > 0, 'the seeds give meetings to compare');
});

test('a field whose list is known answers without a promise, where type-graphql\'s handler awaits its enum argument', async () => {
  const ctx = makeContext(graph, 'test', false);
  const [meeting] = (await run(buildGovgraphSchema(), '{ meetings(first: 1) { id } }')).data!.meetings as { id: string }[];
  ctx.loaders.prime(new Map([['meetingParticipants', new Map([[meeting!.id, []]])]]));
  const resolve = (schema: GraphQLSchema) => {
    const type = schema.getType('Meeting');
    assert.ok(isObjectType(type));
    return type.getFields().participants!.resolve!(toMeeting({ id: meeting!.id, name: 'x' }), { role: 'PRESIDED' }, ctx, {} as never);
  };
  const direct = resolve(buildGovgraphSchema());
  assert.ok(!(direct instanceof Promise), 'answered at once');
  assert.deepEqual(direct, []);
  const handled = resolve(viaTypeGraphql);
  assert.ok(handled instanceof Promise, 'type-graphql awaits the argument\'s validation');
  assert.deepEqual(await handled, []);
});

test('the root fields by id, called directly too, answer as type-graphql\'s handlers do', async () => {
  const ids = (await run(buildGovgraphSchema(), '{ persons(first: 1) { id } organizations(first: 1) { id } meetings(first: 1) { id } policies(first: 1) { id } }')).data!;
  const id = (list: string) => (ids[list] as { id: string }[])[0]!.id;
  const source = `query($person: ID!, $org: ID!, $meeting: ID!, $policy: ID!) {
    person(id: $person) { name holdings { post { title } } } organization(id: $org) { name posts { title } }
    meeting(id: $meeting) { name participants { role } } policy(id: $policy) { title citedBy { name } }
    node(id: $person) { id ... on Person { name } } missing: person(id: "person:nobody:无名") { name } inline: organization(id: "org:nothing") { name } }`;
  const variables = { person: id('persons'), org: id('organizations'), meeting: id('meetings'), policy: id('policies') };
  const direct = await run(buildGovgraphSchema(), source, variables);
  assert.equal(direct.errors, undefined, JSON.stringify(direct.errors));
  assert.ok(direct.data!.person && direct.data!.organization && direct.data!.meeting && direct.data!.policy, 'the seeds hold one of each');
  assert.equal(direct.data!.missing, null);
  assert.deepEqual(JSON.parse(JSON.stringify(direct)), JSON.parse(JSON.stringify(await run(viaTypeGraphql, source, variables))));
  const person = buildGovgraphSchema().getQueryType()!.getFields().person!;
  const viaHandler = viaTypeGraphql.getQueryType()!.getFields().person!;
  assert.notEqual(person.resolve, viaHandler.resolve, 'person(id:) no longer goes through the handler');
});
