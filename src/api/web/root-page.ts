// The API's front door: what a person who types the server's address finds.
import type express from 'express';
import { FORMATS } from '../../export/types';

interface Link { href: string; title: string; about: string }

const PAGES: Link[] = [
  { href: '/explore', title: 'Graph explorer', about: 'search officials, meetings and documents and draw their neighbourhood' },
  { href: '/graphql', title: 'GraphQL playground', about: 'GraphiQL with example queries; clients POST queries to /graphql' },
  { href: '/healthz', title: '/healthz', about: 'the process answers' },
  { href: '/readyz', title: '/readyz', about: 'Neo4j answers' },
];

const FOR: Record<string, string> = {
  graphml: 'yEd, Gephi, NetworkX',
  gexf: 'Gephi',
  csv: 'neo4j-admin import (zip)',
  jsonld: 'linked data',
  json: 'nodes and edges',
};
// Each format from the export module, so a new one shows up here without an edit.
const EXPORTS: Link[] = FORMATS.map((f) => ({ href: `/export/${f}`, title: f, about: FOR[f] ?? '' }));

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&${({ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' } as Record<string, string>)[c]};`);
const list = (links: Link[]) => `<ul>\n${links.map((l) => `<li><a href="${esc(l.href)}">${esc(l.title)}</a>${l.about ? ` — <span>${esc(l.about)}</span>` : ''}</li>`).join('\n')}\n</ul>`;

const HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>govgraph</title>
<link rel="icon" href="data:,">
<style>
body { font: 16px/1.5 system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; max-width: 46rem; margin: 3rem auto; padding: 0 1rem; color: #222; }
h1 { margin-bottom: .25rem; } p { color: #555; } p.lead { margin-top: 0; }
ul { list-style: none; padding: 0; } li { margin: .6rem 0; }
a { font-weight: 600; color: #2e6fab; } span { color: #555; } code { font-size: .9em; }
</style>
</head>
<body>
<h1>govgraph</h1>
<p class="lead">A knowledge graph of Chinese officials, offices, meetings and policy documents, read out of government news.</p>
${list(PAGES)}
<h2>Exports</h2>
<p>The graph, or part of it, as a download. Filters: <code>?region=清远市&amp;from=2022-01-01&amp;to=2022-12-31&amp;types=Person,Meeting&amp;ids=…&amp;depth=1</code></p>
${list(EXPORTS)}
</body>
</html>`;

export function mountRootPage(app: express.Express): void {
  app.get('/', (_req, res) => { res.type('html').send(HTML); });
}
