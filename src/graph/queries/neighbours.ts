// One batched read per API field that walks a relationship: the neighbours of many nodes in a
// single round trip, whatever the number of rows (no N+1).
import type { Graph } from '../driver';
import { RELATIONS, type Relation, type RelationKey } from '../model';
import type { Plain } from '../values';
import { nodeFields, relFields } from './projections';

export interface Neighbour {
  node: Plain;
  rel: Plain;
}

const cypherCache = new Map<RelationKey, string>();


/** One neighbour b over relationship r, as the lists read it (projections.ts). */
export const neighbourItem = (r: Relation): string => `{node: b {${nodeFields(r.to, 'b')}}, rel: r {${relFields(r.type, 'r')}}}`;

/** The relationship as a pattern from its `from` end to its `to` end, bound to `name`. */
export const relationPattern = (r: Relation, name = 'r'): string => (r.direction === 'out' ? `-[${name}:${r.type}]->` : `<-[${name}:${r.type}]-`);

export function neighboursCypher(key: RelationKey): string {
  let cypher = cypherCache.get(key);
  if (!cypher) {
    const r = RELATIONS[key];
    cypher = `UNWIND $ids AS key
MATCH (a:${r.from} {id: key})${relationPattern(r)}(b:${r.to})
WITH key, a, r, b ORDER BY ${r.orderBy}
RETURN key, collect(${neighbourItem(r)}) AS items`;
    cypherCache.set(key, cypher);
  }
  return cypher;
}

export async function neighbours(graph: Graph, key: RelationKey, ids: readonly string[]): Promise<Neighbour[][]> {
  const rows = await graph.read<{ key: string; items: { node: Plain; rel: Plain }[] }>(neighboursCypher(key), { ids: [...new Set(ids)] });
  const byKey = new Map(rows.map((r) => [r.key, r.items]));
  return ids.map((id) => byKey.get(id) ?? []);
}
