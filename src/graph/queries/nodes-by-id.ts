// Nodes of one label by id, many at once.
import type { Graph } from '../driver';
import type { Label } from '../model';
import { plain, type Plain } from '../values';
import { nodeEvidence } from '../cypher/node-support';

// The evidence of a person, meeting or document is on the MENTIONS/REPORTED_IN of its articles:
// read only for the evidence fields, since a hub's (a national document's) grows with the corpus.
const WITH_EVIDENCE: readonly Label[] = ['Person', 'Meeting', 'PolicyDocument'];
const evidenceOf = (label: Label, evidence: boolean) =>
  !evidence ? ', evidence: null' : WITH_EVIDENCE.includes(label) ? `, evidence: ${nodeEvidence('n')}` : '';
const cypher = (label: Label, evidence: boolean) =>
  `UNWIND $ids AS key MATCH (n:${label} {id: key}) RETURN key, n {.*, articleIds: null${evidenceOf(label, evidence)}} AS node`;

export async function nodesById(graph: Graph, label: Label, ids: readonly string[], evidence = false): Promise<(Plain | null)[]> {
  const rows = await graph.read<{ key: string; node: Plain }>(cypher(label, evidence), { ids: [...new Set(ids)] });
  const byKey = new Map(rows.map((r) => [r.key, plain(r.node)]));
  return ids.map((id) => byKey.get(id) ?? null);
}

/** The label of a node known only by its global id (the id's prefix says it, without a scan). */
export function labelOfId(id: string): Label | null {
  const prefix = id.slice(0, id.indexOf(':'));
  const map: Record<string, Label> = {
    person: 'Person', org: 'Organization', post: 'Post', meeting: 'Meeting',
    policy: 'PolicyDocument', article: 'Article', region: 'Region',
  };
  return map[prefix] ?? null;
}
