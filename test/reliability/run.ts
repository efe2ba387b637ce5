// `npm run test:reliability [-- --quick] [--only NAME[,NAME]] [--seed N] [--verbose]`: the six
// scenarios of RELIABILITY.md against a real local Neo4j of their own, one line a scenario with
// its figure, exit status 1 when any fails. Figures of the last run: .data/reliability/last-run.json.
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { packageRoot } from '../../src/config/paths';
import { children, Harness, type RunOptions, type ScenarioResult } from './lib/harness';
import { crash } from './scenarios/crash';
import { outage } from './scenarios/outage';
import { badArticles } from './scenarios/bad-articles';
import { hostileGraphql } from './scenarios/hostile-graphql';
import { writes } from './scenarios/writes';
import { soak } from './scenarios/soak';

const SCENARIOS: Record<string, (h: Harness) => Promise<ScenarioResult>> = {
  crash, outage, 'bad-articles': badArticles, 'hostile-graphql': hostileGraphql, writes, soak,
};

function parseArgs(argv: string[]): RunOptions & { only: string[] } {
  const o: RunOptions & { only: string[] } = {
    quick: false, seed: Date.now() % 1_000_000, verbose: false, only: [], sizes: {},
    port: Number(process.env.GOVGRAPH_RELIABILITY_NEO4J_PORT ?? 7719),
    dataDir: process.env.GOVGRAPH_RELIABILITY_DATA ?? path.join('.data', 'neo4j-reliability'),
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--quick') o.quick = true;
    else if (a === '--verbose' || a === '-v') o.verbose = true;
    else if (a === '--only') o.only.push(...value().split(','));
    else if (a === '--seed') o.seed = Number(value());
    else if (a === '--port') o.port = Number(value());
    else if (a === '--data') o.dataDir = value();
    else if (a.startsWith('--') && /^\d+$/.test(argv[i + 1] ?? '')) o.sizes[a.slice(2)] = Number(value());
    else throw new Error(`unknown argument ${a} (--quick, --only NAME, --seed N, --port N, --data DIR, --verbose, --no-snapshot, --kills N, --inputs N, --soak-seconds N …)`);
  }
  for (const n of o.only) if (!SCENARIOS[n]) throw new Error(`unknown scenario ${n}: ${Object.keys(SCENARIOS).join(', ')}`);
  return o;
}

/** Every .yaml under dir (the lexicons the code reads at run time), relative to root. */
function yamlFiles(root: string, dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    return e.isDirectory() ? yamlFiles(root, rel) : e.name.endsWith('.yaml') ? [rel] : [];
  });
}

/**
 * The run works on a copy of the built package (dist, bin, schema, seeds, lexicons), so a
 * rebuild or a lexicon edit in the working tree during a long run cannot change the code under
 * test half-way (a reload would then differ from the reference for a reason of its own).
 */
async function inSnapshot(argv: string[]): Promise<number> {
  const root = packageRoot();
  const snap = mkdtempSync(path.join(os.tmpdir(), 'govgraph-reliability-build-'));
  try {
    for (const p of ['package.json', 'bin', 'dist', 'schema', 'seeds', ...yamlFiles(root, 'src')]) {
      cpSync(path.join(root, p), path.join(snap, p), { recursive: true });
    }
    symlinkSync(path.join(root, 'node_modules'), path.join(snap, 'node_modules'), 'dir');
    const child = spawn(process.execPath, ['--enable-source-maps', path.join(snap, 'dist', 'test', 'reliability', 'run.js'), ...argv], {
      stdio: 'inherit', env: { ...process.env, GOVGRAPH_RELIABILITY_ROOT: root },
    });
    // Ctrl-C or a kill reaches the run, which ends its own children.
    for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => child.kill(sig));
    return await new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
  } finally {
    rmSync(snap, { recursive: true, force: true });
  }
}

/** The checkout the run reports to and whose db/neo4j-local it starts (not the snapshot). */
const checkoutRoot = () => process.env.GOVGRAPH_RELIABILITY_ROOT ?? packageRoot();

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  if (!process.env.GOVGRAPH_RELIABILITY_ROOT && !argv.includes('--no-snapshot')) return inSnapshot(argv);
  const o = parseArgs(argv.filter((a) => a !== '--no-snapshot'));
  const names = o.only.length ? o.only : Object.keys(SCENARIOS);
  process.stderr.write(`reliability${o.quick ? ' (quick)' : ''}: ${names.join(', ')}; seed ${o.seed}; Neo4j bolt://127.0.0.1:${o.port} (${o.dataDir})\n`);
  // A scenario that goes wrong must not take the runner down with it: report and go on.
  const unhandled: string[] = [];
  process.on('unhandledRejection', (e) => { unhandled.push(String((e as Error)?.stack ?? e)); });
  const h = new Harness(o);
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.on(sig, () => {
      for (const c of children) c.kill('SIGKILL');
      void h.close().finally(() => process.exit(130));
    });
  }
  const t0 = Date.now();
  await h.open();
  const results: ScenarioResult[] = [];
  for (const name of names) {
    const started = Date.now();
    let r: ScenarioResult;
    try {
      r = await SCENARIOS[name]!(h);
    } catch (err) {
      r = { name, ok: false, line: `${name}: the scenario itself failed: ${(err as Error).message.split('\n')[0]}`, details: [String((err as Error).stack ?? err)], figures: {} };
      // A scenario that stopped the database must not leave it stopped for the next one.
      await h.startDb().catch(() => {});
    }
    const secs = ((Date.now() - started) / 1000).toFixed(0);
    process.stdout.write(`${r.ok ? 'PASS' : 'FAIL'} ${r.line} [${secs} s]\n`);
    for (const d of r.details) process.stderr.write(`     ${d.replace(/\n/g, '\n     ')}\n`);
    results.push({ ...r, figures: { ...r.figures, seconds: Number(secs) } });
  }
  await h.close();
  const failed = results.filter((r) => !r.ok).length;
  if (unhandled.length) process.stderr.write(`runner: unhandled rejections:\n${unhandled.join('\n')}\n`);
  process.stdout.write(`${failed ? `${failed} of ${results.length} scenarios failed` : `all ${results.length} scenarios passed`} in ${((Date.now() - t0) / 1000).toFixed(0)} s${o.quick ? ' (quick)' : ''}\n`);
  const out = path.join(checkoutRoot(), '.data', 'reliability');
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, o.quick ? 'last-quick-run.json' : 'last-run.json'), JSON.stringify({ at: new Date().toISOString(), seed: o.seed, quick: o.quick, results }, null, 2) + '\n');
  return failed ? 1 : 0;
}

main().then((code) => process.exit(code), (err) => {
  process.stderr.write(`reliability: ${(err as Error).stack ?? err}\n`);
  process.exit(2);
});
