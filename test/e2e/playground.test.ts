// GraphiQL on GET /graphql in a real Chromium: it loads with nothing from outside, opens on
// the example tabs with the headers editor showing the Authorization hint, and runs a query.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { RunningServer } from '../../src/api/server';
import { EXAMPLE_TABS } from '../../src/api/web/playground-examples';
import type { Graph } from '../../src/graph/driver';
import { gql, seededApi } from '../helpers/http';
import { openBrowser, screenshot, type Browser } from './browser';

const TOKEN = 'e2e-admin-token';
let graph: Graph;
let server: RunningServer;
let browser: Browser;

before(async () => {
  ({ graph, server } = await seededApi(TOKEN));
  browser = await openBrowser(server.url);
});
after(async () => { await browser?.close(); await server?.stop(); await graph?.close(); });

test('GET /graphql for a browser is GraphiQL; clients still POST queries', async () => {
  const html = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
  assert.equal(html.status, 200);
  const body = await html.text();
  assert.match(body, /renderYogaGraphiQL/);
  assert.doesNotMatch(body, /unpkg|jsdelivr|cdn\.|apollographql\.com/);
  const res = await gql(server.url, '{ __typename }');
  assert.deepEqual(res.data, { __typename: 'Query' });
});

test('the root page links the playground, the explorer, health and the exports', async () => {
  const html = await (await fetch(`${server.url}/`)).text();
  for (const href of ['/graphql', '/explore', '/healthz', '/readyz', '/export/graphml', '/export/csv']) {
    assert.ok(html.includes(`href="${href}"`), href);
  }
});

test('every example tab answers on the sample data: what it asks about is in the answer', async () => {
  for (const tab of EXAMPLE_TABS) {
    const vars = JSON.parse(tab.variables ?? '{}') as Record<string, unknown>;
    const name = /^(query|mutation) (\w+)/m.exec(tab.query)?.[2] ?? tab.query;
    // The mutation's tab shows a placeholder where the token goes.
    const mutation = /^mutation\b/m.test(tab.query);
    const headers: Record<string, string> = mutation ? { authorization: `Bearer ${TOKEN}` } : {};
    const res = await gql(server.url, tab.query, vars, headers);
    assert.equal(res.errors, undefined, `${name}: ${JSON.stringify(res.errors)}`);
    if (mutation) continue;
    const answer = JSON.stringify(res.data);
    for (const v of Object.values(vars).flat()) assert.ok(answer.includes(String(v)), `${name} answers about ${String(v)}: ${answer.slice(0, 300)}`);
  }
});

test('the playground loads offline, shows the examples and the Authorization hint, and runs a query', async () => {
  const { page, errors, foreign } = browser;
  await page.goto(`${server.url}/graphql`);
  await page.locator('.graphiql-execute-button').waitFor({ timeout: 30_000 });
  const tabs = await page.locator('.graphiql-tab').allInnerTexts();
  for (const name of ['Officials', 'MeetingWithRoles', 'PolicyDiffusion', 'Search', 'Neighbourhood', 'RemoveArticle']) {
    assert.ok(tabs.some((t) => t.includes(name)), `tab ${name} in ${JSON.stringify(tabs)}`);
  }
  // The headers editor is open and shows how to send the token.
  // (Monaco draws spaces as no-break spaces, which \s matches.)
  const tools = page.locator('.graphiql-editor-tool');
  await tools.filter({ hasText: /"Authorization":\s*"Bearer\s<GOVGRAPH_ADMIN_TOKEN>"/ }).waitFor({ timeout: 10_000 });

  // The first tab asks for 张玉兰: run it with the button and read the response pane.
  await page.locator('.graphiql-execute-button').click();
  const response = page.locator('.graphiql-response');
  await response.getByText('"persons"').waitFor({ timeout: 20_000 });
  const text = await response.innerText();
  assert.match(text, /张玉兰/, text);
  assert.doesNotMatch(text, /"errors"/, text);

  await screenshot(page, 'playground.png');
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
});
