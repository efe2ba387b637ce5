// GraphiQL on GET /graphql with nothing fetched from elsewhere: the page is small and loads
// Yoga's prebuilt GraphiQL bundle (React, Monaco, its workers, fonts as data: URLs) from
// /graphiql/*, served from memory. The bundle is read on the first visit only, so a server
// nobody opens the playground on never holds its ~9 MB.
import type express from 'express';
import { EXAMPLE_TABS, HEADERS_HINT } from './playground-examples';
import { staticAsset, type StaticAsset } from './static-asset';

export const ASSET_PREFIX = '/graphiql/';

interface Bundle {
  js: StaticAsset;
  css: StaticAsset;
  /** Monaco's workers by the label Monaco asks for. */
  workers: Record<string, StaticAsset>;
  byName: Map<string, StaticAsset>;
}

let bundle: Bundle | undefined;

function load(): Bundle {
  if (bundle) return bundle;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const g: typeof import('@graphql-yoga/render-graphiql/graphiql') = require('@graphql-yoga/render-graphiql/graphiql');
  const js = staticAsset('graphiql', 'js', 'text/javascript; charset=utf-8', g.js);
  const css = staticAsset('graphiql', 'css', 'text/css; charset=utf-8', g.css);
  const workers = {
    editorWorkerService: staticAsset('editor-worker', 'js', 'text/javascript; charset=utf-8', g.editorWorkerService),
    json: staticAsset('json-worker', 'js', 'text/javascript; charset=utf-8', g.jsonWorker),
    graphql: staticAsset('graphql-worker', 'js', 'text/javascript; charset=utf-8', g.graphqlWorker),
  };
  const all = [js, css, ...Object.values(workers)];
  return (bundle = { js, css, workers, byName: new Map(all.map((a) => [a.name, a])) });
}

/** Serves the bundle's files; unknown names fall through (404). */
export function mountPlaygroundAssets(app: express.Express): void {
  app.get(`${ASSET_PREFIX}:name`, (req, res, next) => {
    const asset = load().byName.get(String(req.params.name));
    if (asset) asset.send(req, res);
    else next();
  });
}

// JSON inside <script>: `<` escaped so no string in it can close the element.
const inlineJson = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');

const LOGO = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40" width="32" height="32" aria-hidden="true"><g stroke="#8d99ae" stroke-width="2"><line x1="10" y1="12" x2="28" y2="10"/><line x1="10" y1="12" x2="20" y2="30"/><line x1="28" y1="10" x2="20" y2="30"/></g><circle cx="10" cy="12" r="5" fill="#e4572e"/><circle cx="28" cy="10" r="5" fill="#2e86ab"/><circle cx="20" cy="30" r="5" fill="#f2a541"/></svg>`;

export function playgroundHtml(): string {
  const b = load();
  const url = (a: StaticAsset) => ASSET_PREFIX + a.name;
  const workers = Object.fromEntries(Object.entries(b.workers).map(([label, a]) => [label, url(a)]));
  const options = {
    title: 'govgraph',
    logo: LOGO,
    endpoint: '/graphql',
    defaultTabs: EXAMPLE_TABS,
    // GraphiQL fills the editors of the first tab from these, not from defaultTabs[0].
    initialVariables: EXAMPLE_TABS[0]!.variables,
    defaultHeaders: HEADERS_HINT,
    // The headers editor open from the start: mutations need an Authorization header.
    defaultEditorToolsVisibility: 'headers',
    // Headers may hold the admin token: keep them out of localStorage.
    shouldPersistHeaders: false,
  };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>govgraph · GraphiQL</title>
<link rel="icon" href="data:image/svg+xml,${encodeURIComponent(LOGO)}">
<link rel="stylesheet" href="${url(b.css)}">
</head>
<body id="body" class="no-focus-outline">
<noscript>GraphiQL needs JavaScript. Without it, POST queries to /graphql.</noscript>
<div id="root"></div>
<script>
self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: (_id, label) => { const w = ${inlineJson(workers)}; return w[label] || w.editorWorkerService; } };
</script>
<script src="${url(b.js)}"></script>
<script>
YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), ${inlineJson(options)});
</script>
</body>
</html>`;
}
