// npm run bench:layer [-- --requests N] [--rounds R]: what the GraphQL layer costs per request,
// layer by layer, on `{ __typename }` (no database): bare node:http, Apollo Server as shipped,
// govgraph's server (layer-server.ts). Each is a child process; autocannon sends the same
// requests to each in turn, the order alternating round by round, and each server's CPU per
// answered request is read from /proc. bench:api's ceiling has no GraphQL layer at all: this
// says how much of govgraph's distance to it is Apollo's fixed pipeline and how much govgraph's.
// Last line: `graphql-layer: Apollo X µs, govgraph Y µs per request above bare HTTP (Z µs)`.
import type { ChildProcess } from 'node:child_process';
import { Command } from 'commander';
import { LAYERS, type Layer } from './layer-server';
import { spawnServer, stopChildren } from './servers';
import { postsMeasured } from './load-test';

const out = (s: string) => process.stdout.write(`${s}\n`);
const BODY = JSON.stringify({ query: '{ __typename }' });
const PORT = 4301;

interface Server { layer: Layer; port: number; child: ChildProcess }

async function send(s: Server, amount: number): Promise<{ requests: number; cpu: number }> {
  const { result: r, cpu: [cpu] } = await postsMeasured(`http://127.0.0.1:${s.port}/graphql`, BODY, 16, { amount }, [s.child.pid!]);
  if (r.non2xx || r.errors) throw new Error(`${s.layer}: ${r.non2xx} answers not 2xx, ${r.errors} errors`);
  return { requests: r['2xx'], cpu: cpu! };
}

async function main(): Promise<void> {
  const o = new Command('bench:layer')
    .option('--requests <n>', 'requests per server and round', (v) => Number.parseInt(v, 10), 20_000)
    .option('--rounds <n>', 'rounds, the order of the servers alternating', (v) => Number.parseInt(v, 10), 4)
    .parse()
    .opts<{ requests: number; rounds: number }>();
  const servers: Server[] = await Promise.all(LAYERS.map(async (layer, i) => ({
    layer, port: PORT + i, child: await spawnServer(layer, ['dist/bench/api/layer-server.js'], { LAYER: layer, PORT: String(PORT + i) }),
  })));
  try {
    const answers = await Promise.all(servers.map(async (s) => (await fetch(`http://127.0.0.1:${s.port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: BODY })).json()));
    if (new Set(answers.map((a) => JSON.stringify(a))).size !== 1) throw new Error(`the layers answer differently: ${JSON.stringify(answers)}`);
    out(`bench:layer: { __typename } (answer ${JSON.stringify(answers[0])}), ${o.rounds} rounds of ${o.requests} requests per server, 16 connections`);
    for (const s of servers) await send(s, Math.min(o.requests, 5_000)); // warm-up: the JIT, the document cache
    const cpu = new Map<Layer, number>(LAYERS.map((l) => [l, 0]));
    const requests = new Map<Layer, number>(LAYERS.map((l) => [l, 0]));
    for (let r = 0; r < o.rounds; r++) {
      for (const s of r % 2 ? [...servers].reverse() : servers) {
        const round = await send(s, o.requests);
        cpu.set(s.layer, cpu.get(s.layer)! + round.cpu);
        requests.set(s.layer, requests.get(s.layer)! + round.requests);
      }
    }
    const us = (l: Layer) => (1e6 * cpu.get(l)!) / requests.get(l)!;
    out('\n| server | CPU µs per request | above the layer below |');
    out('|---|---:|---:|');
    LAYERS.forEach((l, i) => out(`| ${l} | ${us(l).toFixed(0)} | ${i ? `+${(us(l) - us(LAYERS[i - 1]!)).toFixed(0)}` : ''} |`));
    out(`\ngraphql-layer: Apollo ${(us('apollo') - us('bare')).toFixed(0)} µs, govgraph ${(us('govgraph') - us('apollo')).toFixed(0)} µs per request above bare HTTP (${us('bare').toFixed(0)} µs)`);
  } finally {
    await stopChildren(servers.map((s) => s.child));
  }
}

main().then(() => process.exit(0), (err) => {
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
