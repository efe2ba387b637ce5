// What every reliability scenario shares: the options of the run, a local Neo4j of its own
// (port 7719 by default, data in .data/neo4j-reliability), a Graph to look at it, the govgraph
// CLI run as a child (so a SIGKILL or a crash is a real one) and the API run as a child.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fromRoot, packageRoot } from '../../../src/config/paths';
import { startLocalNeo4j, stopLocalNeo4j } from '../../../src/db';
import { Graph } from '../../../src/graph/driver';
import { migrate } from '../../../src/graph/migrate';
import { graphStats, type GraphStats } from '../../../src/graph/stats';
import { Rng } from './rng';

export interface RunOptions {
  quick: boolean;
  seed: number;
  /** Bolt port of the run's own local Neo4j. */
  port: number;
  /** Its data dir (relative to the package root). */
  dataDir: string;
  verbose: boolean;
  /** Overrides of scenario sizes (--kills, --inputs, --soak-seconds …). */
  sizes: Record<string, number>;
}

export interface ScenarioResult {
  name: string;
  ok: boolean;
  /** The one line the runner prints. */
  line: string;
  /** What went wrong, or more figures (printed under the line). */
  details: string[];
  figures: Record<string, unknown>;
}

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** The SIGKILL was sent while the process ran. */
  killed: boolean;
  timedOut: boolean;
}

/** Every child process a scenario has running, so an interrupted run can end them. */
export const children = new Set<ChildProcess>();

export function track(child: ChildProcess): ChildProcess {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export class Harness {
  readonly uri: string;
  readonly tmp: string;
  readonly rng: Rng;
  graph!: Graph;

  constructor(readonly opts: RunOptions) {
    this.uri = `bolt://127.0.0.1:${opts.port}`;
    this.tmp = mkdtempSync(path.join(os.tmpdir(), 'govgraph-reliability-'));
    this.rng = new Rng(opts.seed);
  }

  /** The run's Neo4j: built and kept in the checkout (run.ts may run from a snapshot of it). */
  get dbOptions() {
    const root = process.env.GOVGRAPH_RELIABILITY_ROOT ?? packageRoot();
    return { projectRoot: root, port: this.opts.port, dataDir: path.resolve(root, this.opts.dataDir), log: () => {} };
  }

  /** Starts (or reuses) the run's Neo4j and connects; the schema is applied. */
  async open(): Promise<void> {
    await startLocalNeo4j(this.dbOptions);
    // Whole-graph checks after a 10,000-input load take longer than an API read may.
    this.graph = new Graph({ uri: this.uri, queryTimeoutMs: 600_000 });
    await this.graph.driver.verifyConnectivity();
    await migrate(this.graph);
  }

  async close(): Promise<void> {
    await this.graph?.close();
    rmSync(this.tmp, { recursive: true, force: true });
  }

  startDb() { return startLocalNeo4j(this.dbOptions); }
  stopDb() { return stopLocalNeo4j(this.dbOptions); }

  async emptyGraph(): Promise<void> {
    await this.graph.autoCommit('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS');
  }

  stats(): Promise<GraphStats> { return graphStats(this.graph); }

  async count(cypher: string, params: Record<string, unknown> = {}): Promise<number> {
    const rows = await this.graph.read<{ n: number }>(cypher, params);
    return Number(rows[0]?.n ?? 0);
  }

  note(msg: string): void {
    if (this.opts.verbose) process.stderr.write(`  · ${msg}\n`);
  }

  /** The environment of a govgraph child: this run's Neo4j, quiet logs unless asked. */
  env(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_URI: this.uri, LOG_LEVEL: 'warn', ...extra };
    delete env.NEO4J_PASSWORD;
    delete env.NEO4J_DATABASE;
    delete env.DEBUG;
    for (const [k, v] of Object.entries(extra)) if (v === undefined) delete env[k]; else env[k] = v;
    return env;
  }

  /** `govgraph ARGS`, optionally SIGKILLed after killAfterMs, killed as hung after timeoutMs. */
  cli(args: string[], o: { env?: Record<string, string | undefined>; killAfterMs?: number; timeoutMs?: number; stdin?: string; /** Gets a function that SIGKILLs the run. */ onStart?: (kill: () => void) => void } = {}): Promise<CliResult> {
    return new Promise((resolve, reject) => {
      const t0 = Date.now();
      const child = spawn(process.execPath, [fromRoot('bin', 'govgraph.js'), ...args], { env: this.env(o.env), stdio: ['pipe', 'pipe', 'pipe'] });
      track(child);
      let stdout = '';
      let stderr = '';
      let killed = false;
      let timedOut = false;
      child.stdout.on('data', (b: Buffer) => { stdout += b.toString('utf8'); });
      child.stderr.on('data', (b: Buffer) => { stderr += b.toString('utf8'); });
      child.stdin.end(o.stdin ?? '');
      const kill = o.killAfterMs === undefined ? null : setTimeout(() => { killed = child.kill('SIGKILL'); }, o.killAfterMs);
      o.onStart?.(() => { if (child.exitCode === null && child.signalCode === null) killed = child.kill('SIGKILL'); });
      const hang = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, o.timeoutMs ?? 30 * 60_000);
      child.on('error', reject);
      child.on('close', (code, signal) => {
        if (kill) clearTimeout(kill);
        clearTimeout(hang);
        resolve({ code, signal, stdout, stderr, ms: Date.now() - t0, killed: killed && signal === 'SIGKILL' && !timedOut, timedOut });
      });
    });
  }
}

/** Resident set size of a process, in bytes (Linux /proc). */
export function rssBytes(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** CPU time (user + system) a process has used, in ms (Linux /proc). */
export function cpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) * 10;
  } catch {
    return null;
  }
}

/** Pid of the run's Neo4j JVM (from the pid file next to its data dir). */
export function neo4jPid(h: Harness): number | null {
  try {
    const d = h.dbOptions.dataDir;
    return Number(readFileSync(path.join(path.dirname(d), `${path.basename(d)}-local.pid`), 'utf8').trim()) || null;
  } catch {
    return null;
  }
}

/** TCP connections a process holds to 127.0.0.1:port (its Neo4j driver pool), from /proc. */
export function connectionsTo(pid: number, port: number): number | null {
  try {
    const inodes = new Set<string>();
    for (const fd of readdirSync(`/proc/${pid}/fd`)) {
      try {
        const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (m) inodes.add(m[1]!);
      } catch { /* closed meanwhile */ }
    }
    let n = 0;
    for (const table of ['tcp', 'tcp6']) {
      let text = '';
      try { text = readFileSync(`/proc/${pid}/net/${table}`, 'utf8'); } catch { continue; }
      for (const line of text.split('\n').slice(1)) {
        const f = line.trim().split(/\s+/);
        if (f.length < 10) continue;
        const remotePort = parseInt(f[2]!.split(':')[1]!, 16);
        // 01 = ESTABLISHED
        if (remotePort === port && f[3] === '01' && inodes.has(f[9]!)) n++;
      }
    }
    return n;
  } catch {
    return null;
  }
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

export const secs = (ms: number, digits = 1) => `${(ms / 1000).toFixed(digits)} s`;
