// Where articles state a node: the one place the API reads a node's evidence, so a change of
// how the graph keeps provenance touches only this and src/graph.
import type { Context } from '../context';
import type { Label } from '../../graph/model';
import { parseEvidence, type Evidence } from '../types/evidence.type';

export async function nodeEvidence(ctx: Context, label: Label, node: { id: string; evidence?: unknown }): Promise<Evidence[]> {
  return parseEvidence(node.evidence ?? (await ctx.loaders.nodeWithEvidence(label).load(node.id))?.evidence);
}
