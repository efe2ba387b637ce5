// The Cytoscape.js graph: style, merging GraphView answers into it, layout, labels and filters.
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import type { GraphView } from './gql';
import { NODE_TYPES, edgeLabel } from './node-types';
import { radialLayout } from './radial-layout';

const FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif';
// Above this many nodes, looks give way to speed: straight edges without labels, a linear
// layout instead of a force simulation, and labels only where the user zoomed in.
const BIG = 300;
const FONT_SIZE = 11;

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)', 'font-family': FONT, 'font-size': FONT_SIZE, color: '#222',
      'text-valign': 'bottom', 'text-margin-y': 3, 'text-wrap': 'ellipsis', 'text-max-width': '120px',
      'min-zoomed-font-size': 7, width: 22, height: 22, 'border-width': 1, 'border-color': '#fff',
      'text-background-color': '#fbfbfc', 'text-background-opacity': 0.75, 'text-background-padding': '1px',
    },
  },
  ...NODE_TYPES.map((t) => ({
    selector: `node[type = "${t.label}"]`,
    style: { 'background-color': t.color, shape: t.shape as cytoscape.Css.NodeShape },
  })),
  // Measuring 2,000 Chinese labels costs seconds: big graphs label only what is readable.
  { selector: 'node.quiet', style: { label: '' } },
  { selector: 'node.seed', style: { label: 'data(label)', width: 32, height: 32, 'border-width': 3, 'border-color': '#222', 'font-weight': 'bold' } },
  { selector: 'node:selected', style: { label: 'data(label)', 'border-width': 4, 'border-color': '#0b5cad', 'overlay-opacity': 0 } },
  {
    selector: 'edge',
    style: {
      width: 1.3, 'line-color': '#b8bec8', 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
      'target-arrow-color': '#b8bec8', 'arrow-scale': 0.7, 'font-family': FONT,
      'font-size': 8, color: '#555', 'text-rotation': 'autorotate', 'min-zoomed-font-size': 6,
      'text-background-color': '#fbfbfc', 'text-background-opacity': 0.75,
    },
  },
  // Relationship names only round the selected node: all of them at once are noise.
  { selector: 'edge.near, edge:selected', style: { label: 'data(label)', 'line-color': '#7d8796', 'target-arrow-color': '#7d8796' } },
  { selector: 'edge.plain', style: { 'curve-style': 'haystack', 'target-arrow-shape': 'none', label: '' } },
  { selector: 'edge:selected', style: { width: 3, 'line-color': '#0b5cad', 'target-arrow-color': '#0b5cad' } },
  { selector: '.filtered', style: { display: 'none' } },
];

export const isBig = (cy: Core): boolean => cy.nodes().length > BIG;

export function createCy(container: HTMLElement): Core {
  const cy = cytoscape({ container, style: STYLE, minZoom: 0.05, maxZoom: 5, boxSelectionEnabled: false });
  let timer = 0;
  cy.on('viewport', () => { clearTimeout(timer); timer = window.setTimeout(() => showLabelsInView(cy), 120); });
  return cy;
}

/** Labels for the nodes in the viewport once they are drawn big enough to read; in a small
 * graph, for all. */
export function showLabelsInView(cy: Core): void {
  const nodes = cy.nodes();
  if (!isBig(cy)) { nodes.removeClass('quiet'); return; }
  const readable = cy.zoom() * FONT_SIZE >= 7;
  const { x1, y1, x2, y2 } = cy.extent();
  cy.batch(() => nodes.forEach((n) => {
    const { x, y } = n.position();
    n.toggleClass('quiet', !(readable && x >= x1 && x <= x2 && y >= y1 && y <= y2));
  }));
}

// The dates a node or edge stands for: a meeting's day, an article's publication, a holding's span.
const span = (p: Record<string, unknown>): [string, string] => {
  const start = String(p.date ?? p.published ?? p.firstSeen ?? '');
  return [start, String(p.lastSeen ?? start)];
};

/** Adds what is not drawn yet; returns the nodes added. */
export function merge(cy: Core, view: GraphView): cytoscape.NodeCollection {
  const els: ElementDefinition[] = [];
  const ids = new Set(view.nodes.map((n) => n.id));
  const has = (id: string) => !cy.getElementById(id).empty();
  for (const n of view.nodes) {
    if (has(n.id)) continue;
    const [from, to] = span(n.properties);
    els.push({ group: 'nodes', classes: 'quiet', data: { id: n.id, type: n.type, label: n.label, props: n.properties, from, to } });
  }
  for (const e of view.edges) {
    if (has(e.id) || !(ids.has(e.source) || has(e.source)) || !(ids.has(e.target) || has(e.target))) continue;
    const [from, to] = span(e.properties);
    els.push({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, type: e.type, label: edgeLabel(e.type, e.properties), props: e.properties, from, to } });
  }
  const added = cy.add(els);
  const big = isBig(cy);
  if (big) cy.edges().not('.plain').addClass('plain');
  // Panning a big graph moves a snapshot instead of redrawing every frame. Cytoscape reads
  // this renderer field on each frame but offers no setter after creation.
  const renderer = (cy as unknown as { renderer?(): { textureOnViewport?: boolean } }).renderer?.();
  if (renderer) renderer.textureOnViewport = big;
  return added.nodes();
}

/** Lays the whole graph out, or places `added` around `anchor` (an expansion). */
export function layout(cy: Core, seeds: string[], added?: cytoscape.NodeCollection, anchor?: NodeSingular): void {
  // Labels first in a small graph: the layout and the fit make room for them.
  if (!isBig(cy)) cy.nodes().removeClass('quiet');
  if (anchor && added?.length) {
    // The new nodes start on a ring round the node they came from, so the picture does not jump.
    const { x, y } = anchor.position();
    const r = 80 + 12 * Math.sqrt(added.length);
    added.forEach((n, i) => { const a = (2 * Math.PI * i) / added.length; n.position({ x: x + r * Math.cos(a), y: y + r * Math.sin(a) }); });
  }
  if (isBig(cy)) {
    if (!anchor) radialLayout(cy, seeds);
  } else {
    cy.layout({ name: 'cose', animate: false, randomize: !anchor, nodeRepulsion: () => 200000, idealEdgeLength: () => 90, nodeDimensionsIncludeLabels: true, numIter: 1500, padding: 30 } as cytoscape.LayoutOptions).run();
  }
  cy.fit(undefined, 30);
  showLabelsInView(cy);
}

const outside = (from: string, to: string, lo: string, hi: string) =>
  !!from && ((!!lo && to < lo) || (!!hi && from > hi));

/** Marks the edges of the selected node (see the style). */
export function highlightAround(cy: Core, id: string): void {
  cy.batch(() => {
    cy.edges('.near').removeClass('near');
    const el = id ? cy.getElementById(id) : cy.collection();
    if (el.nonempty() && el.isNode()) el.connectedEdges().addClass('near');
  });
}

/** Hides the types in `hide` and what falls outside [lo, hi]; undated nodes always show. */
export function applyFilters(cy: Core, hide: Set<string>, lo: string, hi: string): void {
  cy.batch(() => {
    cy.nodes().forEach((n) => { n.toggleClass('filtered', hide.has(n.data('type')) || outside(n.data('from'), n.data('to'), lo, hi)); });
    cy.edges().forEach((e) => { e.toggleClass('filtered', outside(e.data('from'), e.data('to'), lo, hi)); });
  });
}
