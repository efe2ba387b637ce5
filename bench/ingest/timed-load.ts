// The loader with a stopwatch on each statement: loadBatch itself, given a Graph whose write()
// hands it a Runner that times every statement (client-side, summed by statement name).
import type { Graph, Runner } from '../../src/graph/driver';
import * as S from '../../src/graph/cypher/load-statements';

export type Timings = Map<string, { calls: number; ms: number }>;

const NAMES = new Map(Object.entries(S).filter(([, v]) => typeof v === 'string').map(([k, v]) => [v as string, k]));
const nameOf = (cypher: string) => NAMES.get(cypher) ?? cypher.replace(/\s+/g, ' ').trim().slice(0, 48);

const add = (timings: Timings, name: string, t0: number) => {
  const t = timings.get(name) ?? { calls: 0, ms: 0 };
  t.calls++;
  t.ms += performance.now() - t0;
  timings.set(name, t);
};

/** Statement times by name; `(commit)` is the time from the last statement's answer to the commit's. */
export function timedGraph(graph: Graph, timings: Timings): Graph {
  const timed = Object.create(graph) as Graph;
  timed.write = async (work) => {
    let last = 0;
    const result = await graph.write((tx, run) => {
      const wrapped: Runner = async (cypher, params) => {
        const t0 = performance.now();
        try {
          return await run(cypher, params);
        } finally {
          add(timings, nameOf(cypher), t0);
          last = performance.now();
        }
      };
      return work(tx, wrapped);
    });
    if (last) add(timings, '(commit)', last);
    return result;
  };
  return timed;
}
