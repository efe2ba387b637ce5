// npm run bench:api [-- --quick] [--sizes 1000,10000] [--articles N] [--duration S] [--extraction auto|real|truth]
// govgraph against @neo4j/graphql (bench/peer) and against its own Cypher without GraphQL (the
// ceiling), on the same bench Neo4j and corpus: each query checked equal on all three, then
// autocannon (16 connections) on each in turn, alternating the order round by round, after a
// warm-up. Besides rps and latency, the CPU each request costs the server and Neo4j (from /proc):
// steadier than rps on a shared machine. Over several sizes, each size after the first is asked
// for answers as large as the first's (params.ts). BENCH_NEO4J_DATA=.data/neo4j-bench-{size}
// keeps one graph per size. Last line: `api-vs-neo4j-graphql: min ratio R over N queries`.
import { Command } from 'commander';
import { benchData, benchGraph, DATA_PER_SIZE, startBenchDb, stopBenchDb, useBenchSize } from '../common/bench-db';
import { extractorWorks, loadGovgraph, loadedCorpus, type Mode } from '../ingest/load-corpus';
import { checkQuery } from './check';
import { hammer, summarize, type Round, type Summary } from './load-test';
import { matchParams, pickParams, type AnswerSizes } from './params';
import { QUERIES } from './queries';
import { rssOf, sampleRss, startTargets, stopTargets, type Target } from './servers';
import { INGEST_DEFAULTS } from '../../src/ingest/ingest';

interface Options { quick: boolean; sizes?: number[]; articles?: number; duration?: number; warmup?: number; rounds: number; connections: number; extraction: string; seed: number; only?: string[] }
interface Row { query: string; items: number; same: boolean; statements: string; gg: Summary; peer: Summary; ceiling: Summary }

const out = (s: string) => process.stdout.write(`${s}\n`);
const f = (n: number, d = 0) => n.toFixed(d);
const mb = (b: number) => `${f(b / 2 ** 20)} MB`;
/** CPU per request of a server and of the Neo4j it asks: what one request costs the machine. */
const cpuOf = (s: Summary) => s.cpuMs + s.dbMs;

/** The bench Neo4j holding the corpus, loaded if it holds another; its pid. */
async function ensureCorpus(size: number, mode: Mode, seed: number): Promise<number> {
  const loaded = await loadedCorpus();
  const { pid } = await startBenchDb();
  if (loaded && loaded.size === size && loaded.seed === seed && loaded.extraction === mode) {
    out(`corpus: ${size} articles (seed ${seed}, ${mode} extraction) already loaded at ${loaded.at} (${benchData()})`);
    return pid;
  }
  out(`corpus: loading ${size} articles (seed ${seed}, ${mode} extraction) into the bench Neo4j (${benchData()})…`);
  const r = await loadGovgraph(size, { ...INGEST_DEFAULTS, extraction: mode, seed, warmup: 0 });
  out(`corpus: loaded in ${f(r.s, 1)} s`);
  return (await startBenchDb()).pid;
}

/** `like`: the answer sizes of the first size of a scale run, which this size's arguments match. */
async function runSize(size: number, mode: Mode, o: Options, seconds: number, warmup: number, like: AnswerSizes | null): Promise<Row[]> {
  useBenchSize(size);
  const dbPid = await ensureCorpus(size, mode, o.seed);
  const graph = benchGraph();
  const targets = await startTargets();
  const rows: Row[] = [];
  try {
    const params = like ? await matchParams(graph, like) : await pickParams(graph);
    out(`params${like ? ' (answers matched to the first size\'s)' : ''}: ${JSON.stringify(params)}`);
    out(`servers: ${targets.map((t) => `${t.name} pid ${t.child.pid} (${mb(rssOf(t))} at start)`).join(', ')}`);
    const queries = QUERIES.filter((q) => !o.only || o.only.includes(q.name));
    const stopSampling = sampleRss(targets);
    for (const q of queries) {
      const check = await checkQuery(graph, targets, q, params);
      out(`\n${q.name}: ${q.description}\n  check: ${check.same ? 'same data' : `MISMATCH: ${check.detail}`} (${check.items} ids; round trips govgraph ${check.govgraphStatements}, ceiling ${check.ceilingStatements})`);
      const rounds = new Map<Target['name'], Round[]>(targets.map((t) => [t.name, []]));
      for (const t of targets) await hammer(t, q, params, warmup, o.connections, dbPid);
      for (let r = 0; r < o.rounds; r++) {
        for (const t of r % 2 ? [...targets].reverse() : targets) rounds.get(t.name)!.push(await hammer(t, q, params, Math.max(1, Math.round(seconds / o.rounds)), o.connections, dbPid));
      }
      const [gg, peer, ceiling] = targets.map((t) => summarize(rounds.get(t.name)!));
      for (const [name, s] of [['govgraph', gg], ['peer', peer], ['ceiling', ceiling]] as const) {
        out(`  ${name.padEnd(8)} ${f(s.rps, s.rps < 10 ? 1 : 0).padStart(6)} rps  p50 ${f(s.p50, 1).padStart(6)} ms  p99 ${f(s.p99, 1).padStart(6)} ms  CPU per request ${f(s.cpuMs, 2)} ms + Neo4j ${f(s.dbMs, 2)} ms${s.errors ? `  ${s.errors} ERRORS` : ''}`);
      }
      out(`  govgraph/peer ${f(gg.rps / peer.rps, 2)}×   govgraph/ceiling ${f(gg.rps / ceiling.rps, 2)}× (rps), ${f(cpuOf(ceiling) / cpuOf(gg), 2)}× (CPU per request, server + Neo4j)`);
      rows.push({ query: q.name, items: check.items, same: check.same, statements: `${check.govgraphStatements}/${check.ceilingStatements}`, gg, peer, ceiling });
    }
    stopSampling();
    out(`\nRSS (peak while timing): ${targets.map((t) => `${t.name} ${mb(t.peakRss)}`).join(', ')}; now ${targets.map((t) => `${t.name} ${mb(rssOf(t))}`).join(', ')}`);
    out(`\n| query (${size} articles) | ids | govgraph rps | p50 ms | p99 ms | peer rps | p50 ms | p99 ms | govgraph/peer | ceiling rps | govgraph/ceiling | CPU ms/request govgraph, ceiling (+ Neo4j) | CPU ceiling/govgraph |`);
    out('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const r of rows) {
      out(`| ${r.query}${r.same ? '' : ' (MISMATCH)'} | ${r.items} | ${f(r.gg.rps, r.gg.rps < 10 ? 1 : 0)} | ${f(r.gg.p50, 1)} | ${f(r.gg.p99, 1)} | ${f(r.peer.rps, r.peer.rps < 10 ? 1 : 0)} | ${f(r.peer.p50, 1)} | ${f(r.peer.p99, 1)} | ${f(r.gg.rps / r.peer.rps, 2)}× | ${f(r.ceiling.rps, r.ceiling.rps < 10 ? 1 : 0)} | ${f(r.gg.rps / r.ceiling.rps, 2)}× | ${f(r.gg.cpuMs, 2)} (+${f(r.gg.dbMs, 2)}), ${f(r.ceiling.cpuMs, 2)} (+${f(r.ceiling.dbMs, 2)}) | ${f(cpuOf(r.ceiling) / cpuOf(r.gg), 2)}× |`);
    }
    out(`| RSS peak | | ${mb(targets[0].peakRss)} | | | ${mb(targets[1].peakRss)} | | | | ${mb(targets[2].peakRss)} | | | |`);
  } finally {
    await stopTargets(targets);
    await graph.close();
    // The next size's graph is in another folder, served on the same port.
    if (DATA_PER_SIZE) await stopBenchDb();
  }
  return rows;
}

async function main(): Promise<void> {
  const given = new Command('bench:api')
    .option('--quick', 'short runs (a check, not a measurement)')
    .option('--sizes <list>', 'corpus sizes to run the whole set at (scale)', (v) => v.split(',').map((s) => Number.parseInt(s, 10)))
    .option('--articles <n>', 'corpus size (default: the loaded one, else 10000; --quick: 1000)', (v) => Number.parseInt(v, 10))
    .option('--duration <s>', 'seconds per target and query (default 36; --quick 4)', (v) => Number(v))
    .option('--warmup <s>', 'warm-up seconds per target and query (default 3; --quick 1)', (v) => Number(v))
    .option('--rounds <n>', 'alternations of the targets per query (default 12; --quick 2): short alternating rounds share a busy machine\'s swings', (v) => Number.parseInt(v, 10))
    .option('--connections <n>', 'autocannon connections', (v) => Number.parseInt(v, 10), 16)
    .option('--extraction <mode>', 'auto (real if the extractor finds persons, else truth), real or truth', 'auto')
    .option('--seed <n>', 'corpus seed', (v) => Number.parseInt(v, 10), 1)
    .option('--only <names>', 'only these queries', (v) => v.split(','))
    .parse()
    .opts<Omit<Options, 'rounds'> & { rounds?: number }>();
  const o: Options = { ...given, rounds: given.rounds ?? (given.quick ? 2 : 12) };
  const mode: Mode = o.extraction === 'auto' ? ((await extractorWorks(o.seed)) ? 'real' : 'truth') : (o.extraction as Mode);
  if (o.extraction === 'auto' && mode === 'truth') out('extraction: src/extract finds no persons yet: the graph is loaded from the generator\'s reference extraction (--extraction truth)');
  const loaded = DATA_PER_SIZE ? null : await loadedCorpus();
  const sizes = o.sizes ?? [o.articles ?? (loaded?.extraction === mode ? loaded.size : o.quick ? 1000 : 10000)];
  const seconds = o.duration ?? (o.quick ? 4 : 36);
  const warmup = o.warmup ?? (o.quick ? 1 : 3);
  out(`bench:api: sizes ${sizes.join(', ')}, ${seconds} s per target and query in ${o.rounds} rounds after ${warmup} s warm-up, ${o.connections} connections`);
  const bySize = new Map<number, Row[]>();
  for (const size of sizes) {
    const first = bySize.get(sizes[0]);
    bySize.set(size, await runSize(size, mode, o, seconds, warmup, first ? Object.fromEntries(first.map((r) => [r.query, r.items])) : null));
  }
  if (sizes.length > 1) {
    const base = bySize.get(sizes[0])!;
    out(`\n| query | ${sizes.map((s) => `ids at ${s}`).join(' | ')} | ${sizes.map((s) => `govgraph p50 ms at ${s}`).join(' | ')} | ${sizes.map((s) => `peer p50 ms at ${s}`).join(' | ')} | govgraph p50 ${sizes[sizes.length - 1]}/${sizes[0]} | govgraph CPU/request ${sizes[sizes.length - 1]}/${sizes[0]} |`);
    out(`|---|${sizes.map(() => '---:|').join('').repeat(3)}---:|---:|`);
    base.forEach((row, i) => {
      const at = sizes.map((s) => bySize.get(s)![i]);
      const last = at[at.length - 1];
      out(`| ${row.query} | ${at.map((r) => r.items).join(' | ')} | ${at.map((r) => f(r.gg.p50, 1)).join(' | ')} | ${at.map((r) => f(r.peer.p50, 1)).join(' | ')} | ${f(last.gg.p50 / Math.max(0.1, row.gg.p50), 2)}× | ${f(cpuOf(last.gg) / cpuOf(row.gg), 2)}× |`);
    });
  }
  const last = bySize.get(sizes[sizes.length - 1])!;
  const ratios = last.filter((r) => r.same && r.peer.rps > 0).map((r) => r.gg.rps / r.peer.rps);
  const mismatches = last.filter((r) => !r.same).length;
  if (mismatches) out(`${mismatches} queries answered differently: left out of the ratio`);
  out(`api-vs-neo4j-graphql: min ratio ${ratios.length ? f(Math.min(...ratios), 2) : 'n/a'} over ${ratios.length} queries`);
  if (mismatches) process.exitCode = 1;
}

if (require.main === module) {
  main().then(() => process.exit(process.exitCode ?? 0), (err) => {
    process.stderr.write(`${(err as Error).stack ?? err}\n`);
    process.exit(1);
  });
}
