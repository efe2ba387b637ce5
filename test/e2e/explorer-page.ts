// Reading and driving the explorer through its Cytoscape instance (window.cy), never pixels.
import type { Page } from 'playwright-core';

export interface DrawnNode { id: string; type: string; label: string; date: string | null; shown: boolean }

// page.evaluate runs in the browser, which tsc (lib without DOM) cannot type: one cast here.
type Cy = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Waits until the explorer has no request in flight and holds at least `atLeast` nodes. */
export async function settled(page: Page, atLeast = 1): Promise<void> {
  await page.waitForFunction((n) => {
    const w = globalThis as unknown as { cy?: Cy; document: { body: { dataset: Record<string, string> } } };
    return w.document.body.dataset.busy === 'false' && !!w.cy && w.cy.nodes().length >= n;
  }, atLeast, { timeout: 60_000 });
}

export async function drawnNodes(page: Page): Promise<DrawnNode[]> {
  return page.evaluate(() => (globalThis as unknown as { cy: Cy }).cy.nodes().map((n: Cy) => ({
    id: n.id(), type: n.data('type'), label: n.data('label'), date: n.data('props')?.date ?? null, shown: n.visible(),
  })));
}

/** Where a node is on the screen, after centring the view on it. */
export async function nodeOnScreen(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((nodeId) => {
    const { cy } = globalThis as unknown as { cy: Cy };
    const node = cy.getElementById(nodeId);
    cy.center(node);
    const box = cy.container().getBoundingClientRect();
    const p = node.renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
}
