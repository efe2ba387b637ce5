// Curation decisions against the real Neo4j: merge, split, distinct, and their survival when
// every article is loaded again.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { markDistinct, mergePersons, splitPerson, CurationError } from '../../src/graph/curation';
import type { Graph } from '../../src/graph/driver';
import { loadExtraction } from '../../src/graph/load';
import { removeArticle } from '../../src/graph/remove';
import { makeExtraction } from '../helpers/extraction';
import { emptyGraph, testGraph } from '../helpers/neo4j';

let graph: Graph;
before(async () => { graph = await testGraph(); });
after(async () => { await graph?.close(); });

// 张玉兰 as 清远市教育局局长 in one article, and in another city in another.
const qingyuan = () => makeExtraction({ text: '清远的文章。市教育局局长张玉兰主持会议。' });
const shaoguan = () => {
  const x = makeExtraction({ text: '韶关的文章。市教育局局长张玉兰主持会议。', region: '韶关市', organizations: [{ id: 'o1', name: '韶关市教育局', kind: 'government', region: '韶关市', parent: null }] });
  x.persons[0]!.posts[0]!.organization = '韶关市教育局';
  return x;
};
const people = async () => (await graph.read<{ id: string; posts: string[]; meetings: number }>(
  `MATCH (p:Person {name: '张玉兰'}) RETURN p.id AS id, [(p)-[:HOLDS]->(post) | post.id] AS posts, COUNT { (p)-[:PARTICIPATED]->() } AS meetings ORDER BY id`));

test('the same name in another city is another person; a merge joins them and survives re-ingesting every article', async () => {
  await emptyGraph(graph);
  await loadExtraction(graph, qingyuan());
  await loadExtraction(graph, shaoguan());
  const two = await people();
  assert.equal(two.length, 2);
  const { target } = await mergePersons(graph, two.map((p) => p.id), 'same person, moved from 韶关 to 清远', 'test');
  const one = await people();
  assert.equal(one.length, 1);
  assert.equal(one[0]!.id, target);
  assert.equal(one[0]!.posts.length, 2);
  assert.equal(one[0]!.meetings, 2);
  for (const x of [qingyuan(), shaoguan()]) await removeArticle(graph, x.article.id);
  assert.equal((await people()).length, 0, 'with its articles gone the person is gone');
  await loadExtraction(graph, shaoguan());
  await loadExtraction(graph, qingyuan());
  assert.deepEqual((await people()).map((p) => p.id), [target], 'the decision survives re-ingesting');
  const decisions = await graph.read<{ kind: string; reason: string; by: string }>(`MATCH (d:CurationDecision) RETURN d.kind AS kind, d.reason AS reason, d.by AS by`);
  assert.deepEqual(decisions, [{ kind: 'merge', reason: 'same person, moved from 韶关 to 清远', by: 'test' }]);
});

test('a split moves what some articles say to a new person, also after re-ingest', async () => {
  await emptyGraph(graph);
  const a = makeExtraction({ text: '文章一。市教育局局长张玉兰主持会议。' });
  const b = makeExtraction({ text: '文章二。市教育局局长张玉兰主持会议。' });
  b.meetings[0]!.date = '2023-01-05';
  await loadExtraction(graph, a);
  await loadExtraction(graph, b);
  const [only] = await people();
  assert.equal(only!.meetings, 2);
  const { target } = await splitPerson(graph, only!.id, [b.article.id], 'namesake', 'test');
  const after = await people();
  assert.deepEqual(after.map((p) => [p.id, p.meetings]), [[only!.id, 1], [target, 1]]);
  await removeArticle(graph, b.article.id);
  await loadExtraction(graph, b);
  assert.deepEqual((await people()).map((p) => p.id), [only!.id, target]);
});

test('persons marked distinct cannot be merged', async () => {
  await emptyGraph(graph);
  await loadExtraction(graph, qingyuan());
  await loadExtraction(graph, shaoguan());
  const ids = (await people()).map((p) => p.id);
  await markDistinct(graph, ids, 'two different officials', 'test');
  await assert.rejects(mergePersons(graph, ids, 'oops', 'test'), CurationError);
  assert.equal((await people()).length, 2);
});
