// The side panel: what a clicked node or edge is, and the words of the articles that say so.
import type { EdgeSingular, NodeSingular } from 'cytoscape';
import { articles, nodeDetails, type Evidence } from './gql';
import { h } from './dom';
import { ROLE_ZH, edgeLabel, typeInfo } from './node-types';

export interface PanelActions {
  expand(id: string): void;
  focus(id: string): void;
  select(id: string): void;
}

// Answers arrive out of order when a user clicks fast: only the latest may fill the panel.
let shown = '';

const isUrl = (v: unknown): v is string => typeof v === 'string' && /^https?:\/\//.test(v);
const show = (v: unknown): string => (Array.isArray(v) ? v.join('、') : typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v));

function properties(props: Record<string, unknown>, skip: string[]): HTMLElement {
  const rows = Object.entries(props).filter(([k, v]) => !skip.includes(k) && v !== null && v !== '' && !(Array.isArray(v) && !v.length));
  return h('dl', { class: 'props' }, rows.flatMap(([k, v]) => [
    h('dt', {}, k),
    h('dd', {}, isUrl(v) ? h('a', { href: v, target: '_blank', rel: 'noopener noreferrer' }, v) : show(v)),
  ]));
}

function evidenceList(items: (Evidence & { about?: string })[]): HTMLElement {
  const seen = new Set<string>();
  const unique = items.filter((e) => { const k = `${e.article?.id}|${e.quote}`; return !seen.has(k) && !!seen.add(k); });
  if (!unique.length) return h('p', { class: 'muted' }, 'No quotes for this one.');
  return h('ul', { class: 'evidence' }, unique.map((e) => h('li', {},
    e.about ? h('div', { class: 'about' }, e.about) : null,
    h('blockquote', {}, e.quote),
    e.article ? h('div', { class: 'source' },
      e.article.url ? h('a', { href: e.article.url, target: '_blank', rel: 'noopener noreferrer' }, e.article.title ?? e.article.url) : (e.article.title ?? e.article.id),
      e.article.published ? h('span', { class: 'date' }, ` · ${e.article.published}`) : null) : null)));
}

function header(kind: string, color: string, title: string, sub: string): HTMLElement[] {
  return [h('div', { class: 'kind' }, h('span', { class: 'dot', style: `background:${color}` }), kind), h('h2', {}, title), h('code', { class: 'id' }, sub)];
}

export function showNode(panel: HTMLElement, node: NodeSingular, actions: PanelActions): void {
  const id = node.id();
  shown = id;
  const t = typeInfo(node.data('type'));
  const quotes = h('section', { class: 'quotes' }, h('h3', {}, 'Evidence 证据'), h('p', { class: 'muted' }, 'Loading…'));
  const neighbours = node.neighborhood('node').filter((n) => !n.hasClass('filtered'));
  panel.replaceChildren(
    ...header(`${t.zh} ${t.label}`, t.color, node.data('label'), id),
    h('div', { class: 'actions' },
      h('button', { type: 'button', onclick: () => actions.expand(id), title: 'Or double-click the node' }, 'Expand 展开'),
      h('button', { type: 'button', onclick: () => actions.focus(id) }, 'Centre on it 以此为中心')),
    properties(node.data('props') ?? {}, ['id']),
    quotes,
    h('section', {}, h('h3', {}, `Connected 关联 (${neighbours.length})`),
      h('ul', { class: 'links' }, neighbours.slice(0, 50).map((n) => h('li', {},
        h('span', { class: 'dot', style: `background:${typeInfo(n.data('type')).color}` }),
        h('button', { type: 'button', class: 'link', onclick: () => actions.select(n.id()) }, n.data('label')))))),
  );
  nodeDetails(id).then((d) => {
    if (shown !== id) return;
    const items: (Evidence & { about?: string })[] = [...(d?.evidence ?? [])];
    for (const ho of d?.holdings ?? []) items.push(...ho.evidence.map((e) => ({ ...e, about: `${ho.post.organization?.name ?? ''} ${ho.post.title}`.trim() })));
    for (const p of d?.participants ?? []) items.push(...p.evidence.map((e) => ({ ...e, about: `${p.person.name} · ${ROLE_ZH[p.role] ?? p.role} · ${p.action}` })));
    quotes.replaceChildren(h('h3', {}, 'Evidence 证据'), evidenceList(items));
  }).catch((err: Error) => { if (shown === id) quotes.replaceChildren(h('h3', {}, 'Evidence 证据'), h('p', { class: 'error' }, err.message)); });
}

// Fact edges carry their evidence as "articleId|start|end" spans of the article's text.
const spans = (v: unknown) => (Array.isArray(v) ? v : []).map((s) => String(s).split('|')).filter((p) => p.length === 3)
  .map(([articleId, start, end]) => ({ articleId: articleId!, start: Number(start), end: Number(end) }));

export function showEdge(panel: HTMLElement, edge: EdgeSingular): void {
  const id = edge.id();
  shown = id;
  const props = (edge.data('props') ?? {}) as Record<string, unknown>;
  const quotes = h('section', { class: 'quotes' }, h('h3', {}, 'Evidence 证据'), h('p', { class: 'muted' }, 'Loading…'));
  panel.replaceChildren(
    ...header(`${edgeLabel(edge.data('type'), props)} ${edge.data('type')}`, '#b8bec8', `${edge.source().data('label')} → ${edge.target().data('label')}`, ''),
    properties(props, ['evidence', 'articleIds', 'seen']),
    quotes,
  );
  const want = spans(props.evidence).slice(0, 10);
  articles([...new Set(want.map((s) => s.articleId))]).then((arts) => {
    if (shown !== id) return;
    const byId = new Map(arts.map((a) => [a.id, a]));
    const items = want.flatMap((s) => {
      const a = byId.get(s.articleId) ?? byId.get(`article:${s.articleId}`);
      return a ? [{ quote: a.text.slice(s.start, s.end), article: a }] : [];
    });
    quotes.replaceChildren(h('h3', {}, 'Evidence 证据'), evidenceList(items));
  }).catch((err: Error) => { if (shown === id) quotes.replaceChildren(h('h3', {}, 'Evidence 证据'), h('p', { class: 'error' }, err.message)); });
}

export function showHelp(panel: HTMLElement): void {
  shown = '';
  panel.replaceChildren(h('h2', {}, 'govgraph explorer'), h('p', { class: 'muted' },
    'Search a name, an organization, a meeting or a document; pick a result to draw its neighbourhood. Click a node for its details and the quotes that state it; double-click to expand it. The address bar keeps the view: copy it to share.'));
}
