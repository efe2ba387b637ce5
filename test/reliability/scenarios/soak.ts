// 6. Soak: mixed queries at 100 requests/s for 10 minutes (--quick: 60 s) → 0 errors, the API's
// resident memory grows less than 10% after warm-up, and its Neo4j connection pool (the TCP
// connections the API process holds to Neo4j) does not grow.
import { ApiChild } from '../lib/api';
import os from 'node:os';
import { connectionsTo, cpuMs, neo4jPid, percentile, rssBytes, secs, sleep, type Harness, type ScenarioResult } from '../lib/harness';
import { gql } from '../lib/http';
import { codeCounts, Load, mixedQueries } from '../lib/load';

export async function soak(h: Harness): Promise<ScenarioResult> {
  const quick = h.opts.quick;
  const seconds = h.opts.sizes['soak-seconds'] ?? (quick ? 60 : 600);
  const rate = h.opts.sizes['soak-rate'] ?? 100;
  const warmupMs = Math.min(60_000, Math.round(seconds * 1000 * (quick ? 0.25 : 0.1)));
  const windowMs = Math.max(10_000, Math.round(seconds * 1000 * 0.1));
  await h.emptyGraph();
  const api = await ApiChild.start(h, { seed: true });
  try {
    const queries = await mixedQueries(h);
    for (const q of queries) {
      const r = await gql(api.url, q.query, q.variables);
      if (r.status !== 200 || r.codes.length) throw new Error(`query ${q.kind} fails before the soak: ${r.text.slice(0, 300)}`);
    }
    const samples: { at: number; rss: number | null; conns: number | null; inFlight: number }[] = [];
    const jvm = neo4jPid(h);
    const cpu0 = { api: cpuMs(api.pid) ?? 0, neo4j: jvm ? cpuMs(jvm) ?? 0 : 0 };
    const load0 = os.loadavg()[0]!;
    const load = new Load(api.url, queries, { rate, maxInFlight: 400, timeoutMs: 60_000 }).start();
    const t0 = Date.now();
    const timer = setInterval(() => samples.push({ at: Date.now() - t0, rss: rssBytes(api.pid), conns: connectionsTo(api.pid, h.opts.port), inFlight: load.inFlight }), 1000);
    let lastNote = 0;
    while (Date.now() - t0 < seconds * 1000 && api.alive()) {
      await sleep(500);
      if (Date.now() - lastNote > 30_000) {
        lastNote = Date.now();
        const s = samples.at(-1);
        h.note(`soak ${secs(Date.now() - t0, 0)}: ${load.samples.length} answered, ${load.samples.filter((x) => !x.ok).length} failed, ${load.dropped} dropped, in flight ${load.inFlight}, RSS ${s?.rss ? Math.round(s.rss / 1048576) : '?'} MB, ${s?.conns} connections`);
      }
    }
    clearInterval(timer);
    const elapsed = Date.now() - t0;
    await load.stop();
    const apiCpu = ((cpuMs(api.pid) ?? 0) - cpu0.api) / Math.max(1, load.samples.length);
    const neoCpu = jvm ? ((cpuMs(jvm) ?? 0) - cpu0.neo4j) / Math.max(1, load.samples.length) : NaN;
    const loadAvg = os.loadavg()[0]!;

    const failed = load.samples.filter((s) => !s.ok);
    const lat = load.samples.map((s) => s.doneAt - s.sentAt);
    const achieved = load.samples.length / (elapsed / 1000);
    const rssIn = (from: number, to: number) => percentile(samples.filter((s) => s.at >= from && s.at < to && s.rss).map((s) => s.rss!), 50);
    const rssBase = rssIn(warmupMs, warmupMs + windowMs);
    const rssEnd = rssIn(elapsed - windowMs, elapsed + 1);
    const growth = (rssEnd - rssBase) / rssBase;
    const connsAfterWarmup = samples.filter((s) => s.at >= warmupMs && s.conns !== null).map((s) => s.conns!);
    const half = Math.floor(connsAfterWarmup.length / 2);
    const connFirst = Math.max(0, ...connsAfterWarmup.slice(0, half));
    const connSecond = Math.max(0, ...connsAfterWarmup.slice(half));
    const connEnd = connsAfterWarmup.at(-1) ?? 0;
    const alive = api.alive() && (await api.healthy());
    const crashes = api.crashLines();
    const details: string[] = [];
    if (failed.length) details.push(`${failed.length} failed requests: ${JSON.stringify(codeCounts(failed))}; internal errors logged: ${JSON.stringify(api.internalErrors()).slice(0, 800)}`);
    if (load.dropped) details.push(`${load.dropped} requests not sent: 400 were already waiting (the API did not keep up with ${rate}/s)`);
    if (!(growth < 0.1)) details.push(`RSS grew ${(growth * 100).toFixed(1)}% after warm-up (${Math.round(rssBase / 1048576)} → ${Math.round(rssEnd / 1048576)} MB)`);
    // A leak grows without bound; a pool breathes: one or two more connections at a burst are not one.
    const connLimit = Math.min(50, Math.max(connFirst + 2, Math.ceil(connFirst * 1.1)));
    if (connSecond > connLimit) details.push(`Neo4j connections grew: max ${connFirst} in the first half after warm-up, ${connSecond} in the second (limit ${connLimit})`);
    if (!alive || crashes.length) details.push(`API ${alive ? 'up' : 'DOWN'} ${crashes.slice(0, 3).join(' | ')}`);
    const ok = details.length === 0;
    details.push(`CPU per request: API ${apiCpu.toFixed(1)} ms, Neo4j ${neoCpu.toFixed(1)} ms (one Node process tops out near ${Math.round(1000 / apiCpu)} req/s); machine load average ${load0.toFixed(1)} → ${loadAvg.toFixed(1)} on ${os.cpus().length} cores`);
    details.push(`latency p50 ${Math.round(percentile(lat, 50))} ms, p99 ${Math.round(percentile(lat, 99))} ms, max ${Math.round(Math.max(...lat))} ms; warm-up ${secs(warmupMs, 0)}, RSS windows of ${secs(windowMs, 0)}`);
    return {
      name: 'soak', ok,
      line: `soak: ${secs(elapsed, 0)} at ${rate} req/s of ${queries.length} mixed queries (${queries.reduce((a, q) => a + (q.weight ?? 1), 0)} shares) → ${load.samples.length} requests (${achieved.toFixed(1)}/s), ${failed.length} errors, ${load.dropped} not sent, p50 ${Math.round(percentile(lat, 50))} ms / p99 ${Math.round(percentile(lat, 99))} ms; RSS ${Math.round(rssBase / 1048576)} → ${Math.round(rssEnd / 1048576)} MB after warm-up (${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)}%); Neo4j connections ${connFirst} → ${connSecond} (max per half), ${connEnd} at the end; API ${alive ? 'up' : 'DOWN'}`,
      details,
      figures: { apiCpuMsPerRequest: apiCpu, neo4jCpuMsPerRequest: neoCpu, loadAverage: [load0, loadAvg], seconds: elapsed / 1000, rate, requests: load.samples.length, achieved, errors: failed.length, dropped: load.dropped, p50: percentile(lat, 50), p99: percentile(lat, 99), rssBase, rssEnd, growth, connFirst, connSecond, connEnd, alive },
    };
  } finally {
    await api.stop();
    api.save('soak');
  }
}
