// The loader against the real Neo4j: idempotency, identity across articles, provenance.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fromRoot } from '../../src/config/paths';
import { extract } from '../../src/extract';
import type { Graph } from '../../src/graph/driver';
import { loadBatch, loadExtraction } from '../../src/graph/load';
import { removeArticle } from '../../src/graph/remove';
import { graphStats } from '../../src/graph/stats';
import { makeExtraction } from '../helpers/extraction';
import { emptyGraph, testGraph } from '../helpers/neo4j';

let graph: Graph;
before(async () => { graph = await testGraph(); await emptyGraph(graph); });
after(async () => { await graph?.close(); });

const sample = () => extract({ source: 'sample.txt', content: readFileSync(fromRoot('seeds', '000_e1a85f40847d4097.txt')) });

test('loading the sample twice changes nothing (same checksum), the second time is skipped; forced, it is loaded anew', async () => {
  const first = await loadExtraction(graph, sample());
  assert.equal(first.status, 'loaded');
  assert.ok(first.nodesCreated > 5);
  const once = await graphStats(graph);
  assert.equal((await loadExtraction(graph, sample())).status, 'skipped');
  const forced = await loadExtraction(graph, sample(), { force: true });
  assert.equal(forced.status, 'loaded');
  assert.ok(forced.relationshipsCreated > 0, 'removed, then written again');
  assert.deepEqual(await graphStats(graph), once);
});

test('the sample meeting is in the graph with its roles, its citation and its provenance', async () => {
  const rows = await graph.read<{ name: string; date: string; who: string[]; cites: string[]; reported: number }>(`
    MATCH (m:Meeting) WHERE m.date = date('2022-03-04')
    OPTIONAL MATCH (p:Person)-[r:PARTICIPATED]->(m)
    WITH m, collect(p.name + ':' + r.role) AS who
    OPTIONAL MATCH (m)-[:CITES]->(d:PolicyDocument)
    WITH m, who, collect(d.title) AS cites
    RETURN m.name AS name, toString(m.date) AS date, who, cites, COUNT { (m)-[:REPORTED_IN]->(:Article) } AS reported`);
  assert.equal(rows.length, 1);
  const m = rows[0]!;
  assert.deepEqual([...m.who].sort(), ['张玉兰:SPOKE', '杨焕:PRESIDED', '王报山:SPOKE']);
  assert.deepEqual(m.cites, ['关于建立中小学校党组织领导的校长负责制的意见(试行)']);
  assert.equal(m.reported, 1);
  const unsupported = await graph.read<{ n: number }>(`MATCH ()-[r:HOLDS|PARTICIPATED]->() WHERE size(r.articleIds) = 0 OR size(r.evidence) = 0 RETURN count(r) AS n`);
  assert.equal(unsupported[0]!.n, 0, 'every holding and participation carries its article and evidence');
});

test('two articles naming one official in one post make one person, one post, and widen firstSeen/lastSeen', async () => {
  await emptyGraph(graph);
  const early = makeExtraction({ text: '早的文章。市教育局局长张玉兰主持会议。', published: '2021-05-01' });
  early.meetings[0]!.date = '2021-04-30';
  const late = makeExtraction({ text: '晚的文章。市教育局局长张玉兰主持会议。', published: '2022-03-09' });
  await loadExtraction(graph, late);
  await loadExtraction(graph, early);
  const rows = await graph.read<{ persons: number; posts: number; first: string; last: string }>(`
    MATCH (p:Person {name: '张玉兰'})-[h:HOLDS]->(post:Post)
    RETURN count(DISTINCT p) AS persons, count(DISTINCT post) AS posts, toString(min(h.firstSeen)) AS first, toString(max(h.lastSeen)) AS last`);
  assert.deepEqual(rows[0], { persons: 1, posts: 1, first: '2021-04-30', last: '2022-03-04' });
});

test('articles of one batch stating the same holding make one relationship with all of their provenance, as loaded one by one', async () => {
  const articles = ['2021-04-30', '2023-06-01', '2022-01-15'].map((date, i) => {
    const x = makeExtraction({ text: `第${i}篇。市教育局局长张玉兰主持会议。`, published: date });
    x.meetings[0]!.date = date;
    return x;
  });
  const holding = () => graph.read<{ n: number; aids: string[]; seen: string[]; first: string; last: string; spans: string[] }>(`
    MATCH (:Person {name: '张玉兰'})-[h:HOLDS]->(:Post)
    RETURN count(h) AS n, collect(h.articleIds)[0] AS aids, collect(h.seen)[0] AS seen,
           toString(min(h.firstSeen)) AS first, toString(max(h.lastSeen)) AS last, collect(h.evidence)[0] AS spans`);
  await emptyGraph(graph);
  for (const extraction of articles) await loadExtraction(graph, extraction);
  const oneByOne = await graphStats(graph);
  const single = (await holding())[0]!;
  await emptyGraph(graph);
  await loadBatch(graph, articles.map((extraction) => ({ extraction })));
  const batched = (await holding())[0]!;
  assert.equal(batched.n, 1);
  assert.equal(batched.aids.length, 3);
  assert.deepEqual([...batched.aids].sort(), [...single.aids].sort());
  assert.deepEqual([...batched.seen].sort(), [...single.seen].sort());
  assert.deepEqual([...batched.spans].sort(), [...single.spans].sort());
  assert.equal(new Set(batched.spans.map((e) => e.split('|')[0])).size, 3, 'evidence from each article');
  assert.deepEqual([batched.first, batched.last], ['2021-04-30', '2023-06-01']);
  assert.deepEqual(await graphStats(graph), oneByOne, 'the same graph, lists in the same order');
});

test('removing one of two articles leaves exactly what the other supports', async () => {
  await emptyGraph(graph);
  const a = makeExtraction({ text: '文章甲。市教育局局长张玉兰主持会议。', published: '2021-05-01' });
  a.meetings[0]!.date = '2021-04-30';
  const b = makeExtraction({ text: '文章乙。市教育局局长张玉兰主持会议。', published: '2022-03-09' });
  b.persons.push({ id: 'p2', name: '李明', posts: [{ raw: '副局长', title: '副局长', organization: '清远市教育局' }], evidence: [{ start: 0, end: 2 }] });
  b.policies.push({ id: 'd1', title: '关于测试的通知', aliases: ['通知'], issuer: '清远市人民政府', evidence: [{ start: 0, end: 2 }] });
  b.meetings[0]!.cites = ['d1'];
  await loadExtraction(graph, a);
  const onlyA = await graphStats(graph);
  await loadExtraction(graph, b);
  assert.notEqual((await graphStats(graph)).checksum, onlyA.checksum);
  assert.equal(await removeArticle(graph, b.article.id), true);
  assert.deepEqual(await graphStats(graph), onlyA, 'the graph is as if only the first article had been loaded');
  assert.equal(await removeArticle(graph, b.article.id), false, 'removing twice finds nothing');
});

test('a region is linked to its parents from the division tree; a name used in several places is not', async () => {
  await emptyGraph(graph);
  const x = makeExtraction({ text: '清城区的文章。区政府常务会议。', region: '清城区' });
  x.organizations.push({ id: 'o3', name: '南京市鼓楼区人民政府', kind: 'government', region: '鼓楼区', parent: null });
  await loadExtraction(graph, x);
  const links = await graph.read<{ child: string; parent: string; level: string }>(
    `MATCH (c:Region)-[:IN_REGION]->(p:Region) RETURN c.name AS child, p.name AS parent, c.level AS level ORDER BY child`);
  assert.deepEqual(links, [{ child: '清城区', parent: '清远市', level: 'county' }, { child: '清远市', parent: '广东省', level: 'city' }]);
  const parents = await graph.read<{ name: string; parent: string | null }>(`MATCH (r:Region) RETURN r.name AS name, r.parent AS parent ORDER BY name`);
  assert.deepEqual(parents, [{ name: '广东省', parent: null }, { name: '清城区', parent: '清远市' }, { name: '清远市', parent: '广东省' }, { name: '鼓楼区', parent: null }],
    'each link is also the child\'s parent property, which the region filters seek by index');
  const gulou = await graph.read<{ n: number }>(`MATCH (r:Region {name: '鼓楼区'}) RETURN COUNT { (r)-[:IN_REGION]->() } AS n`);
  assert.deepEqual(gulou, [{ n: 0 }], '鼓楼区 is in Nanjing, Fuzhou, Xuzhou and Kaifeng');
});

test('a node keeps its provenance as the MENTIONS of its articles, not as lists on the node', async () => {
  await emptyGraph(graph);
  const a = makeExtraction({ text: '文章甲。市教育局局长张玉兰主持会议。' });
  const b = makeExtraction({ text: '文章乙。市教育局局长张玉兰主持会议。' });
  await loadExtraction(graph, a);
  await loadExtraction(graph, b);
  const lists = await graph.read<{ n: number }>(`MATCH (n) WHERE n.articleIds IS NOT NULL OR n.evidence IS NOT NULL RETURN count(n) AS n`);
  assert.equal(lists[0]!.n, 0);
  const mentions = await graph.read<{ article: string; evidence: string[] }>(
    `MATCH (x:Article)-[m:MENTIONS]->(:Person {name: '张玉兰'}) RETURN x.id AS article, m.evidence AS evidence ORDER BY article`);
  assert.deepEqual(mentions.map((m) => m.evidence), mentions.map((m) => [`${m.article}|17|20`]));
  assert.equal(mentions.length, 2);
  const reports = await graph.read<{ n: number; spans: number }>(`MATCH (:Meeting)-[r:REPORTED_IN]->(:Article) RETURN count(r) AS n, sum(size(r.evidence)) AS spans`);
  assert.deepEqual(reports, [{ n: 2, spans: 2 }], 'one meeting reported by two articles, each with its span');
});

test('two transactions adding the same facts between existing nodes at once leave one of each, supported by both', async () => {
  const policy = (issuer: string | null) => ({ id: 'd1', title: '关于测试的通知', aliases: [], issuer, evidence: [{ start: 0, end: 2 }] });
  for (let round = 0; round < 4; round++) {
    await emptyGraph(graph);
    // The meeting, the document and both organizations exist; the citation, the issuer and the
    // parent organization are new facts that both transactions bring.
    const first = makeExtraction({ text: `第${round}轮。市教育局召开会议。`, policies: [policy(null)] });
    first.organizations[0]!.parent = null;
    await loadExtraction(graph, first);
    const articles = [0, 1, 2, 3].map((i) => {
      const x = makeExtraction({ text: `第${round}轮第${i}篇。市教育局局长张玉兰主持会议。`, policies: [policy('清远市人民政府')] });
      x.meetings[0]!.cites = ['d1'];
      return x;
    });
    await Promise.all([0, 1].map((w) => loadBatch(graph, articles.filter((_, i) => i % 2 === w).map((extraction) => ({ extraction })))));
    const rels = await graph.read<{ type: string; n: number; support: number }>(`
      MATCH (a)-[r]->(b) WHERE type(r) IN ['CITES', 'ORGANIZED', 'IN_REGION', 'ISSUED_BY', 'HOLDS', 'PARTICIPATED', 'PART_OF', 'IN']
      WITH type(r) AS type, a, b, collect(r) AS rs
      RETURN type, max(size(rs)) AS n, max(size(coalesce(rs[0].articleIds, []))) AS support ORDER BY type`);
    const want = { CITES: 4, HOLDS: 5, IN: 0, IN_REGION: 0, ISSUED_BY: 4, ORGANIZED: 5, PARTICIPATED: 5, PART_OF: 4 };
    assert.deepEqual(rels.map((r) => [r.type, r.n, r.support]), Object.entries(want).map(([t, n]) => [t, 1, n]), `round ${round}`);
  }
});

test('the same new article loaded by several writers at once is loaded once, the others skip it', async () => {
  await emptyGraph(graph);
  const results = await Promise.all([1, 2, 3, 4].map(() => loadExtraction(graph, sample())));
  assert.deepEqual(results.map((r) => r.status).sort(), ['loaded', 'skipped', 'skipped', 'skipped']);
  const alone = await graphStats(graph);
  await emptyGraph(graph);
  await loadExtraction(graph, sample());
  assert.deepEqual(await graphStats(graph), alone, 'nothing doubled');
});
