// A relationship's evidence (a holding's, a participation's) by the relationship's element id,
// many at once: the lists that walk relationships leave it out (it grows with every article
// that states the fact, and is most of their bytes), so only the evidence fields read it.
import type { Graph } from '../driver';

const EVIDENCE = 'UNWIND $ids AS key MATCH ()-[r]->() WHERE elementId(r) = key RETURN key, r.evidence AS evidence';

export async function relationshipEvidence(graph: Graph, ids: readonly string[]): Promise<unknown[]> {
  const rows = await graph.read<{ key: string; evidence: unknown }>(EVIDENCE, { ids: [...new Set(ids)] });
  const byKey = new Map(rows.map((r) => [r.key, r.evidence]));
  return ids.map((id) => byKey.get(id) ?? null);
}
