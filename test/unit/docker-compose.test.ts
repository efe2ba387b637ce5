import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { fromRoot } from '../../src/config/paths';

test('docker-compose.yml parses and wires the API to Neo4j 5.26 through NEO4J_URI', () => {
  const compose = parse(readFileSync(fromRoot('docker-compose.yml'), 'utf8'));
  assert.deepEqual(Object.keys(compose.services).sort(), ['api', 'neo4j']);
  assert.equal(compose.services.neo4j.image, 'neo4j:5.26-community');
  assert.ok(compose.services.neo4j.healthcheck?.test, 'neo4j has a healthcheck');
  assert.ok(compose.services.neo4j.volumes?.length, 'neo4j keeps its data in a volume');
  assert.equal(compose.services.api.build, '.');
  assert.match(compose.services.api.environment.NEO4J_URI, /^bolt:\/\/neo4j:7687$/);
  assert.equal(compose.services.api.depends_on.neo4j.condition, 'service_healthy');
});
