// Before any timing: each query answered by govgraph, the peer and the ceiling, in normal form,
// must be equal; and the round trips govgraph makes (counted in-process) must be the ceiling's.
import { graphql } from 'graphql';
import { buildGovgraphSchema } from '../../src/api/schema';
import { makeContext } from '../../src/api/context';
import type { Graph } from '../../src/graph/driver';
import { canonical, idsIn, type BenchQuery, type Params } from './queries';
import { requestOf } from './load-test';
import type { Target } from './servers';

export interface CheckResult { same: boolean; detail: string; govgraphStatements: number; ceilingStatements: number; items: number }

async function post(t: Target, q: BenchQuery, p: Params): Promise<any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const { url, body } = requestOf(t, q, p);
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const json = (await res.json()) as any; // eslint-disable-line @typescript-eslint/no-explicit-any
  if (!res.ok || json.errors) throw new Error(`${t.name} answered ${res.status}: ${JSON.stringify(json.errors ?? json).slice(0, 500)}`);
  return json.data;
}

/** Where two normal forms first differ (a path and both values), for the report. */
function firstDifference(a: unknown, b: unknown, path = ''): string | null {
  if (JSON.stringify(a) === JSON.stringify(b)) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path || '.'}: ${a.length} vs ${b.length} items`;
    for (let i = 0; i < a.length; i++) { const d = firstDifference(a[i], b[i], `${path}[${i}]`); if (d) return d; }
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
      if (d) return d;
    }
  }
  return `${path || '.'}: ${JSON.stringify(a)?.slice(0, 160)} vs ${JSON.stringify(b)?.slice(0, 160)}`;
}

export async function checkQuery(graph: Graph, targets: Target[], q: BenchQuery, p: Params): Promise<CheckResult> {
  const [gg, peer, ceil] = await Promise.all(targets.map((t) => post(t, q, p)));
  const a = canonical(q.fromGovgraph(gg));
  const b = canonical(q.fromPeer(peer));
  const c = canonical(q.fromGovgraph(ceil));
  const vsPeer = firstDifference(a, b);
  const vsCeiling = firstDifference(a, c);
  // Round trips: govgraph's resolvers and the ceiling, each run once in this process.
  const before = graph.statements;
  const r = await graphql({ schema: buildGovgraphSchema(), source: q.govgraph, variableValues: q.variables(p), contextValue: makeContext(graph, 'bench', false) });
  if (r.errors?.length) throw new Error(`govgraph in-process: ${r.errors[0].message}`);
  const govgraphStatements = graph.statements - before;
  await q.ceiling(graph, q.variables(p));
  const ceilingStatements = graph.statements - before - govgraphStatements;
  const detail = [vsPeer && `govgraph vs peer: ${vsPeer}`, vsCeiling && `govgraph vs ceiling: ${vsCeiling}`].filter(Boolean).join('; ');
  return { same: !vsPeer && !vsCeiling, detail: detail || 'same data', govgraphStatements, ceilingStatements, items: idsIn(a) };
}
