// A synthetic graph in the loader's shape, generated on the server (UNWIND range … CREATE in
// batches): loading 100k articles through the real loader takes over an hour on this machine,
// and the export benchmark measures the export, not the load. The proportions follow a load of
// bench/corpus articles (per article: ~17 MENTIONS, ~6 PARTICIPATED, ~1 meeting); every fact
// edge has articleIds and evidence spans inside its article's text, so provenance is real work.
import neo4j from 'neo4j-driver';
import type { Graph } from '../../src/graph/driver';
import { migrate } from '../../src/graph/migrate';

// A deterministic spread: the k-th pick among n (no rand(), so two runs build the same graph).
const pick = (k: string, n: string) => `(${k} * 7919 + 13) % ${n}`;

const STEPS: [string, string][] = [
  ['regions', `UNWIND range(0, $regions - 1) AS k CALL (k) {
    CREATE (:Region {id: 'region:R' + k, name: 'R' + k, level: CASE WHEN k < 10 THEN 'city' ELSE 'county' END})
  } IN TRANSACTIONS OF 10000 ROWS`],
  ['region tree', `MATCH (c:Region), (p:Region {id: 'region:R' + (toInteger(substring(c.id, 8)) % 10)}) WHERE toInteger(substring(c.id, 8)) >= 10
    CALL (c, p) { CREATE (c)-[:IN_REGION]->(p) } IN TRANSACTIONS OF 10000 ROWS`],
  ['articles', `UNWIND range(0, $articles - 1) AS j CALL (j) {
    CREATE (:Article {id: 'article:' + j, title: '第' + j + '号新闻', publisher: '发布单位' + (j % 50),
      published: date('2015-01-01') + duration({days: j * 3650 / $articles}), url: 'https://gov.example.cn/news/' + j + '.html',
      text: j + $text, contentHash: 'h' + j, source: 'synthetic', region: 'R' + (j % $regions)})
  } IN TRANSACTIONS OF 5000 ROWS`],
  ['organizations', `UNWIND range(0, $orgs - 1) AS k CALL (k) {
    CREATE (:Organization {id: 'org:O' + k, name: '机构' + k, kind: ['party', 'government', 'congress'][k % 3], region: 'R' + (k % $regions),
      articleIds: ['article:' + ${pick('k', '$articles')}, 'article:' + ${pick('k + 1', '$articles')}]})
  } IN TRANSACTIONS OF 10000 ROWS`],
  ['posts', `UNWIND range(0, $posts - 1) AS k CALL (k) {
    CREATE (:Post {id: 'post:P' + k, title: '职务' + (k % 40), articleIds: ['article:' + ${pick('k', '$articles')}]})
  } IN TRANSACTIONS OF 10000 ROWS`],
  ['persons', `UNWIND range(0, $persons - 1) AS k CALL (k) {
    WITH k, ${pick('k', '$articles')} AS a
    CREATE (:Person {id: 'person:R' + (k % $regions) + ':' + k, name: '人' + k, region: 'R' + (k % $regions),
      articleIds: ['article:' + a], evidence: ['article:' + a + '|' + (k % 1000) + '|' + (k % 1000 + 3)]})
  } IN TRANSACTIONS OF 10000 ROWS`],
  ['policies', `UNWIND range(0, $policies - 1) AS k CALL (k) {
    WITH k, ${pick('k', '$articles')} AS a
    CREATE (:PolicyDocument {id: 'policy:关于第' + k + '项工作的意见(试行)', title: '关于第' + k + '项工作的意见(试行)', aliases: CASE WHEN k % 2 = 0 THEN ['意见'] ELSE [] END,
      aliasText: ' 意见', number: '府〔2022〕' + k + '号', articleIds: ['article:' + a], evidence: ['article:' + a + '|' + (k % 1000) + '|' + (k % 1000 + 12)]})
  } IN TRANSACTIONS OF 10000 ROWS`],
  ['meetings', `UNWIND range(0, $meetings - 1) AS j CALL (j) {
    MATCH (a:Article {id: 'article:' + j})
    CREATE (m:Meeting {id: 'meeting:' + j, name: '会议' + (j % 500), date: a.published, venue: '会场' + (j % 30), kind: ['常委会', '常务会议', null][j % 3],
      region: a.region, groupAttendees: CASE WHEN j % 4 = 0 THEN ['各县区'] ELSE [] END, topics: ['议题' + (j % 9)],
      articleIds: [a.id], evidence: [a.id + '|' + (j % 1000) + '|' + (j % 1000 + 12)]})
    CREATE (m)-[:REPORTED_IN]->(a)
  } IN TRANSACTIONS OF 5000 ROWS`],
  ['post links', `MATCH (p:Post) CALL (p) {
    MATCH (o:Organization {id: 'org:O' + (toInteger(substring(p.id, 6)) % $orgs)}) CREATE (p)-[:IN]->(o)
  } IN TRANSACTIONS OF 10000 ROWS`],
  ['organization links', `MATCH (o:Organization) CALL (o) {
    WITH o, toInteger(substring(o.id, 5)) AS k
    MATCH (r:Region {id: 'region:R' + (k % $regions)}) CREATE (o)-[:IN_REGION]->(r)
    WITH o, k WHERE k >= 100 AND k % 3 = 0
    MATCH (parent:Organization {id: 'org:O' + (k % 100)}) CREATE (o)-[:PART_OF {articleIds: o.articleIds}]->(parent)
  } IN TRANSACTIONS OF 10000 ROWS`],
  ['holdings', `MATCH (p:Person) CALL (p) {
    WITH p, toInteger(split(p.id, ':')[2]) AS k
    UNWIND CASE WHEN k % 2 = 0 THEN [k * 7, k * 13] ELSE [k * 7] END AS n
    MATCH (post:Post {id: 'post:P' + (n % $posts)})
    WITH p, post, [i IN range(0, 2) | 'article:' + ${pick('(n + i)', '$articles')}] AS ids
    CREATE (p)-[:HOLDS {articleIds: ids, evidence: [x IN ids | x + '|10|16'], raw: ['职务'], seen: [x IN ids | x + '|2020-01-01'],
      firstSeen: date('2019-01-01'), lastSeen: date('2021-06-30')}]->(post)
  } IN TRANSACTIONS OF 5000 ROWS`],
  ['meeting links', `MATCH (m:Meeting) CALL (m) {
    WITH m, toInteger(substring(m.id, 8)) AS j
    MATCH (o:Organization {id: 'org:O' + (j % $orgs)}), (r:Region {id: 'region:R' + (j % $regions)}),
          (d:PolicyDocument {id: 'policy:关于第' + (j % $policies) + '项工作的意见(试行)'})
    CREATE (o)-[:ORGANIZED {articleIds: m.articleIds}]->(m), (m)-[:IN_REGION]->(r), (m)-[:CITES {articleIds: m.articleIds}]->(d)
    WITH m, j, o, d
    CALL (m, j) { WITH m, j WHERE j % 20 = 1 MATCH (e:Meeting {id: 'meeting:' + (j - 1)}) CREATE (m)-[:FOLLOWS {articleIds: m.articleIds}]->(e) }
    CALL (m, j) {
      UNWIND range(0, 5) AS i
      MATCH (p:Person {id: 'person:R' + (((j * 6 + i) * 7919) % $persons % $regions) + ':' + (((j * 6 + i) * 7919) % $persons)})
      CREATE (p)-[:PARTICIPATED {role: ['PRESIDED', 'SPOKE', 'SPOKE', 'ATTENDED', 'ATTENDED', 'ATTENDED'][i], action: ['主持', '讲话', '讲话', '出席', '出席', '出席'][i],
        articleIds: m.articleIds, evidence: [m.articleIds[0] + '|' + (100 + i * 20) + '|' + (110 + i * 20)]}]->(m)
    }
  } IN TRANSACTIONS OF 2000 ROWS`],
  ['issuers', `MATCH (d:PolicyDocument) CALL (d) {
    WITH d, toInteger(split(split(d.number, '〕')[1], '号')[0]) AS k WHERE k % 2 = 0
    MATCH (o:Organization {id: 'org:O' + (k % $orgs)}) CREATE (d)-[:ISSUED_BY {articleIds: d.articleIds}]->(o)
  } IN TRANSACTIONS OF 10000 ROWS`],
  ['mentions', `MATCH (a:Article) CALL (a) {
    MATCH (a)<-[:REPORTED_IN]-(m:Meeting)
    MATCH (x)-[:PARTICIPATED|ORGANIZED|CITES]-(m) WHERE NOT x:Meeting
    CREATE (a)-[:MENTIONS]->(x)
  } IN TRANSACTIONS OF 2000 ROWS`],
  ['post mentions', `MATCH (a:Article)-[:MENTIONS]->(:Person)-[:HOLDS]->(post:Post) WITH DISTINCT a, post
    CALL (a, post) { CREATE (a)-[:MENTIONS]->(post) } IN TRANSACTIONS OF 10000 ROWS`],
  ['about', `MATCH (a:Article) CALL (a) {
    MATCH (r:Region {id: 'region:R' + (toInteger(substring(a.id, 8)) % $regions)}) CREATE (a)-[:ABOUT]->(r)
  } IN TRANSACTIONS OF 10000 ROWS`],
  // As the loader keeps it: a node's provenance is on the MENTIONS (REPORTED_IN for a meeting)
  // of each article that names it; the lists above only served to build the fact edges.
  ['node provenance', `MATCH (a:Article)-[r:MENTIONS|REPORTED_IN]-(x) WHERE x.evidence IS NOT NULL CALL (a, r, x) {
    SET r.evidence = [e IN x.evidence WHERE e STARTS WITH a.id + '|']
  } IN TRANSACTIONS OF 10000 ROWS`],
  ['node lists', `MATCH (x) WHERE x.articleIds IS NOT NULL AND NOT x:Article CALL (x) {
    REMOVE x.articleIds, x.evidence
  } IN TRANSACTIONS OF 10000 ROWS`],
];

const TEXT = '日,市委召开常委会议,传达学习有关会议精神,研究部署当前重点工作。'.repeat(40);

export async function generate(graph: Graph, articles: number, log: (m: string) => void): Promise<void> {
  // Relationships first, in small transactions: DETACH DELETE of a hub (a region with thousands of
  // relationships) in a batch of nodes outgrows the transaction memory pool.
  await graph.autoCommit('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
  await graph.autoCommit('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  await migrate(graph);
  const counts = {
    articles, regions: 300, orgs: Math.max(100, Math.round(articles / 8)), posts: Math.round(articles / 3),
    persons: Math.round(articles / 2.5), policies: Math.round(articles / 6), meetings: Math.round(articles * 0.92),
  };
  // autoCommit passes parameters as they are: counts must reach Cypher as integers, not floats.
  const params = { text: TEXT, ...Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, neo4j.int(v)])) };
  for (const [name, cypher] of STEPS) {
    const t0 = performance.now();
    await graph.autoCommit(cypher, params);
    log(`synthetic: ${name} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
}
