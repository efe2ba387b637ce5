// Nodes of one label by id, many at once; optionally with neighbour lists read in the same
// statement (neighbour-tree.ts).
import type { Graph } from '../driver';
import type { Label } from '../model';
import { plain, type Plain } from '../values';
import { nodeEvidence } from '../cypher/node-support';
import { neighbourLists, treeReads, type NeighbourLists, type RawLists, type RelationTree } from './neighbour-tree';
import { boundedCache } from './bounded-cache';

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

const treeCypher = boundedCache((label: Label, tree: RelationTree) => {
  const reads = treeReads(tree, 'found');
  return `CALL () { UNWIND $ids AS key MATCH (n:${label} {id: key}) RETURN collect(n) AS found }
${reads.calls}
RETURN [n IN found | n {.*, articleIds: null, evidence: null}] AS nodes, [${reads.lists ?? ''}] AS below`;
});

/** Nodes as nodesById reads them, and their neighbour lists along `tree`, in one statement. */
export async function nodesWithNeighbours(graph: Graph, label: Label, ids: readonly string[], tree: RelationTree): Promise<{ nodes: (Plain | null)[]; lists: NeighbourLists }> {
  const [row] = await graph.read<{ nodes: Plain[]; below: RawLists }>(treeCypher(label, tree), { ids: [...new Set(ids)] });
  const found = row.nodes.map(plain);
  const byId = new Map(found.map((n) => [n.id as string, n]));
  return { nodes: ids.map((id) => byId.get(id) ?? null), lists: neighbourLists(tree, [...byId.keys()], row.below) };
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
