// The current view as files: a PNG of what is drawn, and its nodes and edges as JSON.
import type { Core } from 'cytoscape';
import type { ViewState } from './url-state';

function save(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

const stamp = () => new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');

export function downloadPng(cy: Core): void {
  save(cy.png({ output: 'blob', full: true, bg: '#ffffff', scale: 2, maxWidth: 6000, maxHeight: 6000 }), `govgraph-${stamp()}.png`);
}

/** Visible elements only: the file holds what the picture shows. */
export function viewJson(cy: Core, state: ViewState): object {
  const shown = cy.elements().not('.filtered');
  return {
    url: location.href,
    view: state,
    nodes: shown.nodes().map((n) => ({
      id: n.id(), type: n.data('type'), label: n.data('label'), properties: n.data('props'), position: n.position(),
    })),
    edges: shown.edges().filter((e) => !e.source().hasClass('filtered') && !e.target().hasClass('filtered')).map((e) => ({
      id: e.id(), type: e.data('type'), source: e.data('source'), target: e.data('target'), properties: e.data('props'),
    })),
  };
}

export function downloadJson(cy: Core, state: ViewState): void {
  save(new Blob([JSON.stringify(viewJson(cy, state), null, 2)], { type: 'application/json' }), `govgraph-${stamp()}.json`);
}
