// What a root field reads ahead: the relation lists selected below it, through fragments and
// the fields that wrap the far node, at most LOOKAHEAD_LEVELS deep.
import 'reflect-metadata';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { lookAhead, LOOKAHEAD_LEVELS } from '../../../src/api/resolvers/look-ahead';

/** The resolve info of the operation's first root field, as far as the look-ahead reads it. */
function infoOf(query: string): GraphQLResolveInfo {
  const doc = parse(query);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  return { fieldNodes: [op.selectionSet.selections[0] as FieldNode], fragments } as unknown as GraphQLResolveInfo;
}

test('relation lists below a node, through fields that wrap the far node and fragments; other fields are not walked', () => {
  const info = infoOf(`{ person(id: "x") { name holdings { firstSeen post { title ...P } } coAttendees { person { posts { id } } } } }
    fragment P on Post { organization { name } }`);
  assert.deepEqual(lookAhead(info, 'Person'), { personHoldings: { postOrganization: {} } });
});

test('a relation selected twice (aliases) is read once, with both selections below it', () => {
  const info = infoOf(`{ meeting(id: "x") { a: participants { person { posts { id } } } b: participants(role: SPOKE) { person { participations { meeting { id } } } } } }`);
  assert.deepEqual(lookAhead(info, 'Meeting'), { meetingParticipants: { personHoldings: {}, personParticipations: {} } });
});

test(`at most ${LOOKAHEAD_LEVELS} levels; a connection's nodes are found under edges.node and nodes`, () => {
  const info = infoOf(`{ meetingsConnection(first: 5) { edges { node { participants { person { posts { organization { parent { name } } } } } } }
    nodes { cites { issuer { name } } } } }`);
  assert.deepEqual(lookAhead(info, 'Meeting', ['edges', 'node'], ['nodes']), {
    meetingParticipants: { personHoldings: { postOrganization: {} } },
    meetingCites: { policyIssuer: {} },
  });
});
