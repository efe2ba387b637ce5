// The API as users run it: `govgraph serve` in a child process, its stdout and stderr kept (to
// look for leaked secrets and unhandled rejections), its exit watched (a crash is a crash).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fromRoot } from '../../../src/config/paths';
import type { Harness } from './harness';
import { sleep, track } from './harness';
import { request } from './http';

export interface ApiOptions {
  /** Load seeds/ first (already loaded articles are skipped). */
  seed?: boolean;
  env?: Record<string, string | undefined>;
  timeoutMs?: number;
}

export class ApiChild {
  readonly output: string[] = [];
  exit: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  url = '';

  private constructor(readonly child: ChildProcess) {
    const keep = (b: Buffer) => { this.output.push(b.toString('utf8')); };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    child.on('exit', (code, signal) => { this.exit = { code, signal }; });
  }

  static async start(h: Harness, o: ApiOptions = {}): Promise<ApiChild> {
    const args = [fromRoot('bin', 'govgraph.js'), 'serve', '--port', '0', ...(o.seed ? ['--seed', fromRoot('seeds')] : [])];
    const api = new ApiChild(track(spawn(process.execPath, args, { env: h.env(o.env), stdio: ['ignore', 'pipe', 'pipe'] })));
    const deadline = Date.now() + (o.timeoutMs ?? 180_000);
    for (;;) {
      const m = /GraphQL:\s+http:\/\/localhost:(\d+)\/graphql/.exec(api.text());
      if (m) { api.url = `http://127.0.0.1:${m[1]}`; break; }
      if (api.exit) throw new Error(`govgraph serve exited (${JSON.stringify(api.exit)}):\n${api.text().slice(-3000)}`);
      if (Date.now() > deadline) { await api.stop(); throw new Error(`govgraph serve did not start:\n${api.text().slice(-3000)}`); }
      await sleep(100);
    }
    return api;
  }

  get pid(): number { return this.child.pid!; }
  text(): string { return this.output.join(''); }
  alive(): boolean { return this.exit === null; }

  /** Lines that tell of a crash or an unhandled rejection. */
  crashLines(): string[] {
    return this.text().split('\n').filter((l) => /unhandled|uncaught|FATAL ERROR|heap out of memory|Maximum call stack|triggerUncaughtException/i.test(l));
  }

  /** The errors the API logged as internal (masked as INTERNAL_SERVER_ERROR), by kind. */
  internalErrors(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const line of this.text().split('\n')) {
      if (!line.includes('"internal error"')) continue;
      try {
        const rec = JSON.parse(line) as { err?: { type?: string; code?: string; message?: string } };
        const key = `${rec.err?.type ?? '?'} ${rec.err?.code ?? ''}: ${String(rec.err?.message ?? '').replace(/\s+/g, ' ').slice(0, 160)}`;
        out[key] = (out[key] ?? 0) + 1;
      } catch { /* not a pino line */ }
    }
    return out;
  }

  async healthy(timeoutMs = 10_000): Promise<boolean> {
    const r = await request(`${this.url}/healthz`, { timeoutMs });
    return r.status === 200;
  }

  /** Keeps the output in .data/reliability/NAME-api.log of the checkout, for a look after the run. */
  save(name: string): string {
    const dir = path.join(process.env.GOVGRAPH_RELIABILITY_ROOT ?? fromRoot(), '.data', 'reliability');
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${name}-api.log`);
    writeFileSync(file, this.text());
    return file;
  }

  async stop(): Promise<void> {
    if (!this.alive()) return;
    this.child.kill('SIGTERM');
    for (let i = 0; i < 100 && this.alive(); i++) await sleep(100);
    if (this.alive()) this.child.kill('SIGKILL');
    for (let i = 0; i < 50 && this.alive(); i++) await sleep(100);
  }
}
