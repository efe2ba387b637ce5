// The explorer page: search → pick → neighbourhood → click, double-click, filter, share.
// Every change goes through apply(), which writes the URL first, so the address bar always
// reopens what is on screen.
import type { Core, EdgeSingular } from 'cytoscape';
import { $, h } from './dom';
import { showEdge, showHelp, showNode, type PanelActions } from './details';
import { downloadJson, downloadPng } from './download';
import { neighbourhood, search } from './gql';
import { applyFilters, createCy, highlightAround, layout, merge } from './graph-view';
import { NODE_TYPES } from './node-types';
import { renderResults } from './search-results';
import { readHash, sameGraph, writeHash, type ViewState } from './url-state';

const cy = createCy($('#cy'));
// For tests and for anyone at the devtools console.
(window as unknown as { cy: Core }).cy = cy;

const panel = $('#details');
const results = $('#results');
const status = $('#status');
const form = $<HTMLFormElement>('#search-form');
const q = $<HTMLInputElement>('#q');
const depth = $<HTMLSelectElement>('#depth');
const limit = $<HTMLSelectElement>('#limit');
const from = $<HTMLInputElement>('#from');
const to = $<HTMLInputElement>('#to');

let state: ViewState = readHash(location.hash);
let drawn: ViewState | null = null;
let truncated = false;
let generation = 0;
let busy = 0;
let panelFor = '';

// Tests (and the status line) wait on data-busy; errors go to the page, not the console.
async function work<T>(what: string, f: () => Promise<T>): Promise<T | undefined> {
  document.body.dataset.busy = String(++busy > 0);
  status.textContent = what;
  status.classList.remove('error');
  try {
    return await f();
  } catch (err) {
    status.textContent = `${(err as Error).message}`;
    status.classList.add('error');
    return undefined;
  } finally {
    document.body.dataset.busy = String(--busy > 0);
  }
}

function summary(): void {
  if (status.classList.contains('error')) return;
  const n = cy.nodes().not('.filtered').length;
  const e = cy.edges().not('.filtered').length - cy.nodes('.filtered').connectedEdges().not('.filtered').length;
  status.textContent = cy.nodes().empty() ? 'Search, then pick a result to draw it.'
    : `${n} nodes · ${e} edges${n < cy.nodes().length ? ` (${cy.nodes().length - n} filtered out)` : ''}${truncated ? ' · cut at the limit' : ''}`;
}

async function draw(prev: ViewState | null, next: ViewState): Promise<void> {
  const gen = ++generation;
  const grew = prev && sameGraph({ ...prev, expanded: [] }, { ...next, expanded: [] }) &&
    next.expanded.length === prev.expanded.length + 1 && prev.expanded.every((id, i) => next.expanded[i] === id);
  if (grew) {
    const id = next.expanded[next.expanded.length - 1]!;
    const view = await neighbourhood([id], 1, next.limit);
    if (gen !== generation) return;
    const added = merge(cy, view);
    truncated ||= view.truncated;
    layout(cy, next.seeds, added, cy.getElementById(id));
  } else {
    cy.elements().remove();
    truncated = false;
    if (next.seeds.length) {
      const [a, b] = await Promise.all([
        neighbourhood(next.seeds, next.depth, next.limit),
        next.expanded.length ? neighbourhood(next.expanded, 1, next.limit) : null,
      ]);
      if (gen !== generation) return;
      cy.batch(() => { merge(cy, a); if (b) merge(cy, b); });
      truncated = a.truncated || !!b?.truncated;
      layout(cy, next.seeds);
    }
  }
  cy.nodes('.seed').removeClass('seed');
  for (const id of next.seeds) cy.getElementById(id).addClass('seed');
  drawn = next;
}

function syncControls(): void {
  q.value = state.q;
  depth.value = String(state.depth);
  if (![...limit.options].some((o) => o.value === String(state.limit))) limit.append(h('option', {}, String(state.limit)));
  limit.value = String(state.limit);
  from.value = state.from;
  to.value = state.to;
  for (const box of document.querySelectorAll<HTMLInputElement>('#legend input')) box.checked = !state.hide.includes(box.value);
}

function showSelected(): void {
  const el = state.selected ? cy.getElementById(state.selected) : cy.collection();
  cy.elements(':selected').not(el).unselect();
  highlightAround(cy, el.nonempty() ? state.selected : '');
  if (el.empty()) { if (panelFor) showHelp(panel); panelFor = ''; return; }
  el.select();
  if (panelFor === state.selected) return;
  panelFor = state.selected;
  if (el.isNode()) showNode(panel, el, actions);
  else showEdge(panel, el as EdgeSingular);
}

async function apply(next: ViewState, push = false): Promise<void> {
  state = next;
  const hash = writeHash(next);
  if (hash !== (location.hash || '#')) history[push ? 'pushState' : 'replaceState'](null, '', hash);
  syncControls();
  if (!drawn || !sameGraph(drawn, next)) {
    await work('Loading the graph…', () => draw(drawn, next));
    if (state !== next) return;
  }
  applyFilters(cy, new Set(next.hide), next.from, next.to);
  showSelected();
  summary();
}

const actions: PanelActions = {
  expand(id) {
    if (state.expanded.includes(id) || (state.seeds.includes(id) && state.depth >= 1)) { status.textContent = 'Already expanded.'; return; }
    void apply({ ...state, expanded: [...state.expanded, id], selected: id }, true);
  },
  focus(id) { void apply({ ...state, seeds: [id], expanded: [], selected: id }, true); },
  select(id) { void apply({ ...state, selected: id }); },
};

async function runSearch(text: string): Promise<void> {
  const query = text.trim();
  if (!query) return;
  const hits = await work('Searching…', () => search(query));
  if (hits) renderResults(results, hits, query, actions.focus);
  summary();
}

function buildLegend(): void {
  $('#legend').replaceChildren(h('div', { class: 'legend-title' }, 'Types 类型'), ...NODE_TYPES.map((t) => h('label', {},
    h('input', { type: 'checkbox', value: t.label, checked: true, onchange: onTypeToggle }),
    h('span', { class: 'dot', style: `background:${t.color}` }), `${t.zh} ${t.label}`)));
}

function onTypeToggle(): void {
  const hide = [...document.querySelectorAll<HTMLInputElement>('#legend input')].filter((b) => !b.checked).map((b) => b.value);
  void apply({ ...state, hide });
}

cy.on('tap', 'node, edge', (e) => actions.select(e.target.id()));
cy.on('tap', (e) => { if (e.target === cy) actions.select(''); });
cy.on('dbltap', 'node', (e) => actions.expand(e.target.id()));

form.addEventListener('submit', (e) => {
  e.preventDefault();
  void apply({ ...state, q: q.value.trim() });
  void runSearch(q.value);
});
depth.addEventListener('change', () => void apply({ ...state, depth: Number(depth.value), expanded: [] }, true));
limit.addEventListener('change', () => void apply({ ...state, limit: Number(limit.value) }, true));
from.addEventListener('change', () => void apply({ ...state, from: from.value }));
to.addEventListener('change', () => void apply({ ...state, to: to.value }));
$('#fit').addEventListener('click', () => cy.fit(cy.elements().not('.filtered'), 30));
$('#png').addEventListener('click', () => downloadPng(cy));
$('#json').addEventListener('click', () => downloadJson(cy, state));
// Back, forward, or a hash edited by hand.
window.addEventListener('popstate', () => {
  const next = readHash(location.hash);
  if (writeHash(next) !== writeHash(state)) void apply(next);
});

buildLegend();
showHelp(panel);
void apply(state);
if (state.q) void runSearch(state.q);
