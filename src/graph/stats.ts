// Counts by label and relationship type, and a checksum of every node's and relationship's id,
// type and properties. The checksum is a sum of per-item hashes, so it does not depend on the
// order items are read in, and list properties are compared as sets (load order may differ).
import { createHash } from 'node:crypto';
import type { Graph } from './driver';
import { plainValue } from './values';

export interface GraphStats {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  totalNodes: number;
  totalRelationships: number;
  checksum: string;
}

const MASK = (1n << 128n) - 1n;

function canonical(v: unknown): unknown {
  const p = plainValue(v);
  if (Array.isArray(p)) return p.map((x) => JSON.stringify(canonical(x))).sort();
  if (p && typeof p === 'object') return Object.fromEntries(Object.entries(p).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, canonical(x)]));
  return p;
}

const itemHash = (item: unknown) => BigInt('0x' + createHash('sha256').update(JSON.stringify(canonical(item))).digest('hex').slice(0, 32));

export async function graphStats(graph: Graph): Promise<GraphStats> {
  let sum = 0n;
  const nodes: Record<string, number> = {};
  const relationships: Record<string, number> = {};
  await graph.stream<{ labels: string[]; props: Record<string, unknown> }>('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props', {}, (r) => {
    for (const l of r.labels) nodes[l] = (nodes[l] ?? 0) + 1;
    sum = (sum + itemHash([[...r.labels].sort(), r.props])) & MASK;
  });
  await graph.stream<{ type: string; from: string; to: string; props: Record<string, unknown> }>(
    'MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props', {}, (r) => {
      relationships[r.type] = (relationships[r.type] ?? 0) + 1;
      sum = (sum + itemHash([r.type, r.from, r.to, r.props])) & MASK;
    });
  const total = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
  return { nodes, relationships, totalNodes: total(nodes), totalRelationships: total(relationships), checksum: sum.toString(16).padStart(32, '0') };
}
