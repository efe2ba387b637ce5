// The layout for big graphs (a force simulation is quadratic and takes seconds at 2,000
// nodes): rings by distance from the seeds, one breadth-first pass, linear in the graph.
// Within a ring nodes are grouped by type, so colours form arcs.
import type { Core } from 'cytoscape';

const SPACING = 30; // between neighbours on a ring
const GAP = 45; // between rings

export function radialLayout(cy: Core, seedIds: string[]): void {
  const level = new Map<string, number>();
  let frontier = seedIds.filter((id) => !cy.getElementById(id).empty());
  if (!frontier.length && cy.nodes().nonempty()) frontier = [cy.nodes().sort((a, b) => b.degree(false) - a.degree(false))[0]!.id()];
  frontier.forEach((id) => level.set(id, 0));
  for (let d = 1; frontier.length; d++) {
    const next: string[] = [];
    for (const id of frontier) {
      cy.getElementById(id).neighborhood('node').forEach((n) => {
        if (!level.has(n.id())) { level.set(n.id(), d); next.push(n.id()); }
      });
    }
    frontier = next;
  }
  const rings: string[][] = [];
  const last = Math.max(0, ...level.values()) + 1;
  cy.nodes().forEach((n) => { (rings[level.get(n.id()) ?? last] ??= []).push(n.id()); });
  const type = (id: string) => String(cy.getElementById(id).data('type'));
  const positions = new Map<string, { x: number; y: number }>();
  let r = 0;
  for (const ring of rings.filter(Boolean)) {
    ring.sort((a, b) => type(a).localeCompare(type(b)) || a.localeCompare(b));
    let i = 0;
    if (r === 0 && ring.length === 1) { positions.set(ring[0]!, { x: 0, y: 0 }); i = 1; }
    while (i < ring.length) {
      r += GAP;
      const fit = Math.max(1, Math.floor((2 * Math.PI * r) / SPACING));
      const here = Math.min(fit, ring.length - i);
      for (let k = 0; k < here; k++, i++) {
        const a = (2 * Math.PI * k) / here;
        positions.set(ring[i]!, { x: r * Math.cos(a), y: r * Math.sin(a) });
      }
    }
  }
  cy.batch(() => cy.nodes().forEach((n) => { n.position(positions.get(n.id()) ?? { x: 0, y: 0 }); }));
}
