// autocannon against one target for one query, and the sums of several rounds.
import autocannon from 'autocannon';
import type { BenchQuery, Params } from './queries';
import type { Target } from './servers';
import { cpuSecondsOf } from '../common/proc-cpu';

/** cpu: the server's CPU seconds over the round; db: the bench Neo4j's. */
export interface Round { requests: number; seconds: number; p50: number; p99: number; errors: number; cpu: number; db: number }

export function requestOf(t: Target, q: BenchQuery, p: Params): { url: string; body: string } {
  const variables = q.variables(p);
  return { url: t.url(q.name), body: JSON.stringify(t.name === 'ceiling' ? { variables } : { query: t.name === 'peer' ? q.peer : q.govgraph, variables }) };
}

/** JSON POSTs under autocannon for `seconds` or `amount` requests in all; the CPU seconds each of `pids` used meanwhile. */
export async function postsMeasured(url: string, body: string, connections: number, until: { seconds: number } | { amount: number }, pids: number[]): Promise<{ result: Awaited<ReturnType<typeof autocannon>>; cpu: number[] }> {
  const before = pids.map(cpuSecondsOf);
  const result = await autocannon({
    url, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections,
    ...('seconds' in until ? { duration: until.seconds } : { amount: until.amount }),
  });
  return { result, cpu: pids.map((pid, i) => cpuSecondsOf(pid) - before[i]!) };
}

export async function hammer(t: Target, q: BenchQuery, p: Params, seconds: number, connections: number, dbPid: number): Promise<Round> {
  const { url, body } = requestOf(t, q, p);
  const { result: r, cpu: [cpu, db] } = await postsMeasured(url, body, connections, { seconds }, [t.child.pid!, dbPid]);
  return { requests: r['2xx'], seconds: r.duration, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx, cpu: cpu!, db: db! };
}

/** cpuMs and dbMs: CPU milliseconds per answered request, of the server and of Neo4j. */
export interface Summary { rps: number; p50: number; p99: number; errors: number; cpuMs: number; dbMs: number }

/** rps over all rounds; p50 and p99 the mean of the rounds' (each round runs equally long). */
export function summarize(rounds: Round[]): Summary {
  const requests = rounds.reduce((s, r) => s + r.requests, 0);
  const seconds = rounds.reduce((s, r) => s + r.seconds, 0);
  const mean = (f: (r: Round) => number) => rounds.reduce((s, r) => s + f(r), 0) / rounds.length;
  const perRequest = (f: (r: Round) => number) => (1000 * rounds.reduce((s, r) => s + f(r), 0)) / Math.max(1, requests);
  return {
    rps: requests / seconds, p50: mean((r) => r.p50), p99: mean((r) => r.p99), errors: rounds.reduce((s, r) => s + r.errors, 0),
    cpuMs: perRequest((r) => r.cpu), dbMs: perRequest((r) => r.db),
  };
}
