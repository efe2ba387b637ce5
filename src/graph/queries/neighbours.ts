// One batched read per API field that walks a relationship: the neighbours of many nodes in a
// single round trip, whatever the number of rows (no N+1).
import type { Graph } from '../driver';
import { RELATIONS, type RelationKey } from '../model';
import { plain, type Plain } from '../values';

export interface Neighbour {
  node: Plain;
  rel: Plain;
}

const cypherCache = new Map<RelationKey, string>();

// Provenance lists and article text grow with the corpus and no list field shows them: a node's
// evidence is read by id, a relationship's evidence (a holding's, a participation's) is kept.
export const NODE_FIELDS = '.*, text: null, evidence: null, articleIds: null';
export const REL_FIELDS = '.*, seen: null, articleIds: null';

export function neighboursCypher(key: RelationKey): string {
  let cypher = cypherCache.get(key);
  if (!cypher) {
    const r = RELATIONS[key];
    const pattern = r.direction === 'out' ? `-[r:${r.type}]->` : `<-[r:${r.type}]-`;
    cypher = `UNWIND $ids AS key
MATCH (a:${r.from} {id: key})${pattern}(b:${r.to})
WITH key, a, r, b ORDER BY ${r.orderBy}
RETURN key, collect({node: b {${NODE_FIELDS}}, rel: r {${REL_FIELDS}}}) AS items`;
    cypherCache.set(key, cypher);
  }
  return cypher;
}

export async function neighbours(graph: Graph, key: RelationKey, ids: readonly string[]): Promise<Neighbour[][]> {
  const rows = await graph.read<{ key: string; items: { node: Plain; rel: Plain }[] }>(neighboursCypher(key), { ids: [...new Set(ids)] });
  const byKey = new Map(rows.map((r) => [r.key, r.items.map((i) => ({ node: plain(i.node), rel: plain(i.rel) }))]));
  return ids.map((id) => byKey.get(id) ?? []);
}
