// The tables the look-ahead and the lists read by agree with the schema: each relation field
// walks its relation from its own type to the type it shows, and every plain field of a node
// type is among the properties the lists project.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getNamedType, isLeafType, isObjectType, type GraphQLObjectType } from 'graphql';
import { buildGovgraphSchema } from '../../../src/api/schema';
import { RELATION_FIELDS } from '../../../src/api/resolvers/relation-fields';
import { LABELS, RELATIONS } from '../../../src/graph/model';
import { NODE_PROPERTIES } from '../../../src/graph/queries/projections';

const typeOf = (name: string) => buildGovgraphSchema().getType(name) as GraphQLObjectType;

test('each relation field is on its relation\'s from-type and shows its to-type', () => {
  let checked = 0;
  for (const [type, fields] of Object.entries(RELATION_FIELDS)) {
    for (const [name, walk] of Object.entries(fields!)) {
      const r = RELATIONS[walk.key];
      assert.equal(r.from, type, `${type}.${name} walks ${walk.key}`);
      const field = typeOf(type).getFields()[name];
      assert.ok(field, `${type}.${name} is in the schema`);
      const shown = getNamedType(field.type);
      const far = walk.node ? (isObjectType(shown) ? getNamedType(shown.getFields()[walk.node]!.type) : null) : shown;
      assert.equal(far?.name, r.to, `${type}.${name}${walk.node ? `.${walk.node}` : ''} shows a ${r.to}`);
      checked++;
    }
  }
  assert.ok(checked >= 18, `${checked} fields`);
});

test('the lists project every plain field of each node type', () => {
  for (const label of LABELS) {
    const plainFields = Object.values(typeOf(label).getFields())
      .filter((f) => isLeafType(getNamedType(f.type)) && !f.resolve && f.name !== '__typename')
      .map((f) => f.name);
    assert.ok(plainFields.includes('id'), label);
    for (const f of plainFields) assert.ok(NODE_PROPERTIES[label].includes(f), `${label}.${f} is projected`);
  }
});
