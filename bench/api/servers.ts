// The three servers of bench:api as child processes (so each one's RSS is its own): govgraph
// (`govgraph serve`), the @neo4j/graphql peer and the ceiling, all on the bench Neo4j.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fromRoot } from '../../src/config/paths';
import { BENCH_URI } from '../common/bench-db';

export interface Target {
  name: 'govgraph' | 'peer' | 'ceiling';
  port: number;
  child: ChildProcess;
  /** Highest RSS seen while sampling, bytes. */
  peakRss: number;
  url(queryName: string): string;
}

const READY = /ready|serving/;

/** A bench server as a child process (`node ...args`, as deployed: NODE_ENV=production), once it prints that it is ready. */
export function spawnServer(name: string, args: string[], env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, {
    cwd: fromRoot(),
    // As deployed (the Dockerfile sets it): graphql-js and Apollo skip their development checks.
    env: { ...process.env, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start in 120 s:\n${output.slice(-2000)}`)), 120_000);
    const onData = (b: Buffer) => {
      output += b.toString();
      if (READY.test(output)) {
        clearTimeout(timer);
        child.stdout!.off('data', onData);
        child.stdout!.resume();
        child.stderr!.resume();
        resolve(child);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (b: Buffer) => { output += b.toString(); });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`${name} exited (${code}):\n${output.slice(-2000)}`)); });
  });
}

async function start(name: Target['name'], port: number, args: string[], env: Record<string, string>): Promise<Target> {
  const child = await spawnServer(name, args, { NEO4J_URI: BENCH_URI, PORT: String(port), ...env });
  const url = name === 'ceiling' ? (q: string) => `http://127.0.0.1:${port}/${q}` : () => `http://127.0.0.1:${port}/${name === 'peer' ? '' : 'graphql'}`;
  return { name, port, child, peakRss: 0, url };
}

export async function startTargets(): Promise<Target[]> {
  if (!existsSync(fromRoot('bench/peer/node_modules/@neo4j/graphql'))) throw new Error('the peer is not installed: npm ci --prefix bench/peer');
  return Promise.all([
    start('govgraph', 4101, ['bin/govgraph.js', 'serve', '--port', '4101'], { LOG_LEVEL: 'warn' }),
    start('peer', 4102, ['bench/peer/server.mjs'], {}),
    start('ceiling', 4103, ['dist/bench/api/ceiling-server.js'], {}),
  ]);
}

export function rssOf(t: Target): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${t.child.pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Samples every target's RSS until the returned function is called. */
export function sampleRss(targets: Target[], everyMs = 200): () => void {
  const timer = setInterval(() => { for (const t of targets) t.peakRss = Math.max(t.peakRss, rssOf(t)); }, everyMs);
  return () => clearInterval(timer);
}

export async function stopTargets(targets: Target[]): Promise<void> {
  await stopChildren(targets.map((t) => t.child));
}

export async function stopChildren(children: ChildProcess[]): Promise<void> {
  await Promise.all(children.map((child) => new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => { if (child.exitCode === null) child.kill('SIGKILL'); }, 10_000).unref();
  })));
}
