// The explorer in a real Chromium on the sample data: search → neighbourhood → evidence →
// expand → filters → share → downloads, with nothing fetched from elsewhere; then a
// neighbourhood of 2,000 nodes.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { RunningServer } from '../../src/api/server';
import type { Graph } from '../../src/graph/driver';
import { gql, seededApi } from '../helpers/http';
import { openBrowser, screenshot, type Browser } from './browser';
import { drawnNodes, nodeOnScreen, settled } from './explorer-page';

let graph: Graph;
let server: RunningServer;
let browser: Browser;

before(async () => {
  ({ graph, server } = await seededApi());
  const page = await fetch(`${server.url}/explore`);
  assert.equal(page.status, 200, 'the explorer is built (npm run build:web)');
  browser = await openBrowser(server.url);
});
after(async () => { await browser?.close(); await server?.stop(); await graph?.close(); });

test('search 张玉兰, draw her neighbourhood, read the evidence, expand, filter, share, download', async () => {
  const { page, errors, foreign } = browser;
  await page.goto(`${server.url}/explore`);
  await page.locator('#q').fill('张玉兰');
  await page.locator('#q').press('Enter');
  await page.locator('#results section[data-type="Person"] button.hit', { hasText: '张玉兰' }).first().click();
  await settled(page);

  // Her neighbourhood: the meeting of 2022-03-04 and her bureau are drawn.
  let nodes = await drawnNodes(page);
  const zhang = nodes.find((n) => n.type === 'Person' && n.label === '张玉兰');
  assert.ok(zhang, JSON.stringify(nodes));
  assert.ok(nodes.some((n) => n.type === 'Meeting' && n.date === '2022-03-04'), 'the 2022-03-04 meeting is drawn');
  assert.ok(nodes.some((n) => n.type === 'Organization' && n.label === '清远市教育局'), '清远市教育局 is drawn');
  assert.ok(decodeURIComponent(page.url()).includes(`seed=${zhang.id}`), page.url());

  // Clicking her shows her properties and the quotes that name her, with their article.
  const at = await nodeOnScreen(page, zhang.id);
  await page.mouse.click(at.x, at.y);
  await page.locator('#details h2', { hasText: '张玉兰' }).waitFor();
  const quote = page.locator('#details .evidence blockquote').first();
  await quote.waitFor({ timeout: 20_000 });
  const quotes = await page.locator('#details .evidence blockquote').allInnerTexts();
  assert.ok(quotes.some((q) => q.includes('张玉兰')), JSON.stringify(quotes));
  const source = await page.locator('#details .evidence .source').first().innerText();
  assert.match(source, /\d{4}-\d{2}-\d{2}/, source);
  // Braces: returning cy itself would make playwright serialize the whole graph.
  await page.evaluate(() => { (globalThis as unknown as { cy: { fit(a?: unknown, p?: number): void } }).cy.fit(undefined, 30); });
  await screenshot(page, 'explorer.png', 'docs/explorer.png');

  // At depth 1 (the sample's component is whole at 2), double-clicking a node that has
  // neighbours not drawn yet draws them.
  await page.locator('#depth').selectOption('1');
  await settled(page);
  nodes = await drawnNodes(page);
  assert.ok(!nodes.some((n) => n.label === '清远市教育局'), 'depth 1 stops at her posts');
  const drawn = new Set(nodes.map((n) => n.id));
  let target: { id: string; fresh: string[] } | undefined;
  for (const n of nodes.filter((x) => x.id !== zhang.id && x.type !== 'Article')) {
    const res = await gql(server.url, 'query($id: ID!) { graph(ids: [$id], depth: 1) { nodes { id } } }', { id: n.id });
    const fresh = res.data.graph.nodes.map((x: { id: string }) => x.id).filter((id: string) => !drawn.has(id));
    if (fresh.length) { target = { id: n.id, fresh }; break; }
  }
  assert.ok(target, 'some drawn node has neighbours not drawn');
  const spot = await nodeOnScreen(page, target.id);
  await page.mouse.dblclick(spot.x, spot.y);
  await settled(page, nodes.length + 1);
  nodes = await drawnNodes(page);
  for (const id of target.fresh) assert.ok(nodes.some((n) => n.id === id), `expanded ${target.id}: ${id} drawn`);
  assert.ok(decodeURIComponent(page.url()).includes(`x=${target.id}`), page.url());

  // Filters: a type off in the legend, then a date range, each hides nodes and goes in the URL.
  await page.locator('#legend input[value="Article"]').uncheck();
  nodes = await drawnNodes(page);
  assert.ok(nodes.filter((n) => n.type === 'Article').every((n) => !n.shown));
  assert.ok(page.url().includes('hide=Article'), page.url());
  await page.locator('#from').fill('2022-03-05');
  await page.locator('#from').dispatchEvent('change');
  nodes = await drawnNodes(page);
  assert.ok(nodes.filter((n) => n.date === '2022-03-04').every((n) => !n.shown), 'the meeting before the range is hidden');
  assert.ok(nodes.find((n) => n.id === zhang.id)?.shown, 'an undated node stays');

  // The URL is the view: opened afresh, it draws the same nodes with the same filters.
  const shared = page.url();
  const before = nodes.map((n) => `${n.id}:${n.shown}`).sort();
  await page.goto('about:blank');
  await page.goto(shared);
  await settled(page, before.length);
  assert.deepEqual((await drawnNodes(page)).map((n) => `${n.id}:${n.shown}`).sort(), before);

  // Downloads: the picture, and the visible nodes and edges as JSON.
  const [png] = await Promise.all([page.waitForEvent('download'), page.locator('#png').click()]);
  assert.match(png.suggestedFilename(), /\.png$/);
  const [json] = await Promise.all([page.waitForEvent('download'), page.locator('#json').click()]);
  const file = JSON.parse(readFileSync((await json.path())!, 'utf8'));
  assert.equal(file.nodes.length, before.filter((s) => s.endsWith(':true')).length);
  assert.ok(file.edges.length > 0);

  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
});

test('a neighbourhood of 2,000 nodes is drawn, with labels only where readable', async () => {
  // 1 organization → 400 meetings → 1,599 people: exactly 2,000 nodes at depth 2.
  await graph.autoCommit(`MERGE (o:Organization {id: 'org:e2e大局'}) SET o.name = 'e2e大局'
    WITH o UNWIND range(0, 399) AS i
    CREATE (m:Meeting {id: 'meeting:e2e:' + i, name: '第' + i + '次会议', date: '2023-01-01'})
    CREATE (o)-[:ORGANIZED]->(m)
    WITH m, i UNWIND range(0, 3) AS j
    MERGE (p:Person {id: 'person:e2e:' + ((i * 4 + j) % 1599)}) ON CREATE SET p.name = '人' + ((i * 4 + j) % 1599), p.region = '测试'
    CREATE (p)-[:PARTICIPATED {role: 'ATTENDED'}]->(m)`);
  const { page, errors, foreign } = browser;
  const started = Date.now();
  await page.goto(`${server.url}/explore#seed=${encodeURIComponent('org:e2e大局')}&depth=2&limit=2000`);
  await settled(page, 2000);
  const stats = await page.evaluate(() => {
    const { cy } = globalThis as unknown as { cy: any }; // eslint-disable-line @typescript-eslint/no-explicit-any
    return { nodes: cy.nodes().length, edges: cy.edges().length, labelled: cy.nodes().filter((n: any) => n.style('label') !== '').length }; // eslint-disable-line @typescript-eslint/no-explicit-any
  });
  // Seconds, for the log only: tests never check time.
  console.log(`2,000-node neighbourhood drawn in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(stats)}`);
  assert.equal(stats.nodes, 2000);
  assert.equal(stats.edges, 2000);
  assert.ok(stats.labelled < 100, `labels only for what is readable: ${stats.labelled}`);
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
});
