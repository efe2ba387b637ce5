// The API's front door: what a person who types the server's address finds.
import type express from 'express';

interface Link { href: string; title: string; about: string }

// Add the export endpoints here when they exist.
const LINKS: Link[] = [
  { href: '/explore', title: 'Graph explorer', about: 'search officials, meetings and documents and draw their neighbourhood' },
  { href: '/graphql', title: 'GraphQL playground', about: 'GraphiQL with example queries; clients POST queries to /graphql' },
  { href: '/healthz', title: '/healthz', about: 'the process answers' },
  { href: '/readyz', title: '/readyz', about: 'Neo4j answers' },
];

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&${({ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' } as Record<string, string>)[c]};`);

const HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>govgraph</title>
<link rel="icon" href="data:,">
<style>
body { font: 16px/1.5 system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; max-width: 46rem; margin: 3rem auto; padding: 0 1rem; color: #222; }
h1 { margin-bottom: .25rem; } p.lead { color: #555; margin-top: 0; }
ul { list-style: none; padding: 0; } li { margin: .75rem 0; }
a { font-weight: 600; color: #2e6fab; } span { color: #555; }
</style>
</head>
<body>
<h1>govgraph</h1>
<p class="lead">A knowledge graph of Chinese officials, offices, meetings and policy documents, read out of government news.</p>
<ul>
${LINKS.map((l) => `<li><a href="${esc(l.href)}">${esc(l.title)}</a> — <span>${esc(l.about)}</span></li>`).join('\n')}
</ul>
</body>
</html>`;

export function mountRootPage(app: express.Express): void {
  app.get('/', (_req, res) => { res.type('html').send(HTML); });
}
