// The schema at start: a full-text index made before the schema asked for eventual consistency is
// made again, what a load writes is found by search as soon as the load returns, and data that
// older loads did not write is filled in.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Graph } from '../../src/graph/driver';
import { loadExtraction } from '../../src/graph/load';
import { migrate } from '../../src/graph/migrate';
import { removeArticle } from '../../src/graph/remove';
import { makeExtraction } from '../helpers/extraction';
import { emptyGraph, testGraph } from '../helpers/neo4j';

let graph: Graph;
before(async () => { graph = await testGraph(); await emptyGraph(graph); });
after(async () => { await graph?.close(); });

const consistency = async () =>
  Object.fromEntries((await graph.read<{ name: string; ec: boolean }>(
    "SHOW FULLTEXT INDEXES YIELD name, options RETURN name, options.indexConfig['fulltext.eventually_consistent'] AS ec")).map((r) => [r.name, r.ec]));

test('an older full-text index, updated inside each commit, is made again eventually consistent; the others are kept', async () => {
  await graph.autoCommit('DROP INDEX person_fulltext IF EXISTS');
  await graph.autoCommit("CREATE FULLTEXT INDEX person_fulltext FOR (n:Person) ON EACH [n.name] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}");
  assert.equal((await consistency()).person_fulltext, false);
  const before = await graph.read<{ name: string; id: number }>('SHOW FULLTEXT INDEXES YIELD name, id RETURN name, id');
  await migrate(graph);
  const after = await graph.read<{ name: string; id: number }>('SHOW FULLTEXT INDEXES YIELD name, id RETURN name, id');
  assert.deepEqual(Object.values(await consistency()), [true, true, true, true, true]);
  const idOf = (list: { name: string; id: number }[], name: string) => list.find((r) => r.name === name)?.id;
  assert.notEqual(idOf(after, 'person_fulltext'), idOf(before, 'person_fulltext'), 'made again');
  assert.equal(idOf(after, 'article_fulltext'), idOf(before, 'article_fulltext'), 'kept');
  await migrate(graph);
  assert.deepEqual(await graph.read('SHOW FULLTEXT INDEXES YIELD name, id RETURN name, id'), after, 'a second start changes nothing');
});

test('a loaded article is found by search when the load returns, and no longer once it is removed', async () => {
  const hits = async (name: string) =>
    (await graph.read<{ n: number }>("CALL db.index.fulltext.queryNodes('person_fulltext', $q) YIELD node RETURN count(node) AS n", { q: name }))[0]!.n;
  const x = makeExtraction({
    text: '市教育局局长欧阳明辉主持会议。', published: '2022-03-09',
    persons: [{ id: 'p1', name: '欧阳明辉', posts: [{ raw: '市教育局局长', title: '局长', organization: '清远市教育局' }], evidence: [{ start: 6, end: 10 }] }],
  });
  const r = await loadExtraction(graph, x);
  assert.equal(await hits('欧阳明辉'), 1);
  await removeArticle(graph, r.articleId);
  assert.equal(await hits('欧阳明辉'), 0);
});

test('a graph loaded before regions kept their parent gets it at start, and a second start changes nothing', async () => {
  await emptyGraph(graph);
  await loadExtraction(graph, makeExtraction({ text: '清城区的文章。区政府常务会议。', region: '清城区' }));
  await graph.autoCommit('MATCH (r:Region) REMOVE r.parent');
  const parents = () => graph.read<{ name: string; parent: string | null }>('MATCH (r:Region) RETURN r.name AS name, r.parent AS parent ORDER BY name');
  assert.ok((await parents()).every((r) => r.parent === null), 'as an older load left it');
  await migrate(graph);
  const filled = await parents();
  assert.deepEqual(filled, [{ name: '广东省', parent: null }, { name: '清城区', parent: '清远市' }, { name: '清远市', parent: '广东省' }]);
  await migrate(graph);
  assert.deepEqual(await parents(), filled);
});
