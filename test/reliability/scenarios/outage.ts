// 2. Database outage: under a mixed query load, the local Neo4j is stopped for 15 s and started
// again. While it is away the API must answer quickly with SERVICE_UNAVAILABLE (no hang beyond
// the driver's configured timeouts, no crash, no unhandled rejection) and /readyz must say not
// ready; once Neo4j is back every query must succeed again within 10 s, without restarting the
// API. An ingest running through the outage must resume or fail cleanly, and a rerun must
// complete the graph (the checksum of a clean load).
import path from 'node:path';
import { fromRoot } from '../../../src/config/paths';
import { ApiChild } from '../lib/api';
import { diffStats } from '../lib/checks';
import { writeVariantCorpus } from '../lib/corpus';
import { connectionsTo, percentile, secs, sleep, type Harness, type ScenarioResult } from '../lib/harness';
import { request } from '../lib/http';
import { codeCounts, Load, mixedQueries, type Sample } from '../lib/load';

/** src/graph/driver.ts: maxTransactionRetryTime 5 s + connectionAcquisitionTimeout 5 s. */
export const ERROR_BOUND_MS = 10_000;
const RECOVERY_BOUND_MS = 10_000;

export async function outage(h: Harness): Promise<ScenarioResult> {
  const quick = h.opts.quick;
  const downMs = (h.opts.sizes['down-seconds'] ?? 15) * 1000;
  const loadMs = (h.opts.sizes['load-seconds'] ?? (quick ? 30 : 60)) * 1000;
  const preMs = quick ? 3_000 : 8_000;
  const afterMs = (h.opts.sizes['after-seconds'] ?? (quick ? 12 : 20)) * 1000;
  const rate = h.opts.sizes.rate ?? 10;
  const details: string[] = [];

  // The reference: one clean load of the seeds and of the corpus the outage ingest loads.
  const corpus = path.join(h.tmp, 'outage-corpus.jsonl');
  const corpusSize = writeVariantCorpus(corpus, quick ? 2 : 5);
  await h.emptyGraph();
  for (const p of [fromRoot('seeds'), corpus]) {
    const r = await h.cli(['ingest', p]);
    if (r.code !== 0) throw new Error(`reference load of ${p} failed: ${r.stderr.slice(-1000)}`);
  }
  const ref = await h.stats();
  await h.emptyGraph();

  const api = await ApiChild.start(h, { seed: true });
  try {
    const seeded = await h.count('MATCH (a:Article) RETURN count(a) AS n');
    const queries = await mixedQueries(h);
    const load = new Load(api.url, queries, { rate, maxInFlight: 600, timeoutMs: 120_000 }).start();
    const t0 = Date.now();
    const ready: { at: number; ready: boolean; ms: number; status: number }[] = [];
    let polling = true;
    const poller = (async () => {
      while (polling) {
        const at = Date.now();
        const r = await request(`${api.url}/readyz`, { timeoutMs: 30_000 });
        ready.push({ at, ready: r.status === 200 && /"ready":true/.test(r.text), ms: r.ms, status: r.status });
        await sleep(250);
      }
    })();

    // A direct query to Neo4j (the harness's own driver, not the API) started every 500 ms, each
    // on its own: when Neo4j itself serves queries again.
    const direct: { at: number; ok: boolean; ms: number }[] = [];
    const probes = new Set<Promise<void>>();
    const probeTimer = setInterval(() => {
      if (probes.size >= 100) return;
      const at = Date.now();
      const p: Promise<void> = h.graph.read('MATCH (n:Meeting) RETURN count(n) AS n').then(() => true, () => false)
        .then((ok) => { direct.push({ at, ok, ms: Date.now() - at }); probes.delete(p); });
      probes.add(p);
    }, 500);
    const conns: { at: number; n: number | null }[] = [];
    const connTimer = setInterval(() => conns.push({ at: Date.now(), n: connectionsTo(api.pid, h.opts.port) }), 1000);
    // The load runs a while; then an ingest starts, and Neo4j goes away under it once it has
    // written a fifth of its articles (one article a transaction, so it is still at it).
    await sleep(preMs);
    const ingest = h.cli(['ingest', '--batch', '1', '--concurrency', '1', corpus], { timeoutMs: 15 * 60_000 });
    let ingestEnded = false;
    void ingest.then(() => { ingestEnded = true; });
    while (!ingestEnded && (await h.count('MATCH (a:Article) RETURN count(a) AS n')) - seeded < corpusSize / 5) await sleep(50);
    const writtenBefore = (await h.count('MATCH (a:Article) RETURN count(a) AS n')) - seeded;
    const tStop = Date.now();
    await h.stopDb();
    const tDown = Date.now();
    h.note(`Neo4j stopped in ${tDown - tStop} ms (${writtenBefore} corpus articles written before)`);
    await sleep(downMs);
    const tStart = Date.now();
    await h.startDb();
    const tUp = Date.now();
    h.note(`Neo4j back after ${tUp - tStart} ms of starting`);
    while (Date.now() < Math.max(t0 + loadMs, tUp + afterMs)) await sleep(200);
    await load.stop();
    clearInterval(connTimer);
    polling = false;
    clearInterval(probeTimer);
    await poller;
    await Promise.all([...probes]);
    // Neo4j serves again: when the first direct query answered after its start (a query sent
    // while it was down may be the one, its retries having reached it).
    const servedAt = Math.min(...direct.filter((x) => x.ok && x.at + x.ms >= tStart).map((x) => x.at + x.ms));

    // While Neo4j was down: SERVICE_UNAVAILABLE answers, and no request kept waiting longer than
    // the bound. A request sent near the end of the outage may retry into the restarted Neo4j and
    // succeed: only the answers given while it was down are judged as such.
    const during = (s: Sample) => s.sentAt >= tDown && s.sentAt <= tStart;
    const sentDown = load.samples.filter(during);
    const down = sentDown.filter((s) => s.doneAt <= tStart);
    const downLatency = down.map((s) => s.doneAt - s.sentAt);
    const downOk = down.filter((s) => s.ok).length;
    const waitedDown = sentDown.map((s) => Math.min(s.doneAt, tStart) - s.sentAt);
    const notUnavailable = load.samples.filter((s) => !s.ok && (s.error || s.status >= 500 || !s.codes.length || s.codes.some((c) => c !== 'SERVICE_UNAVAILABLE')));
    const readyDown = ready.filter((r) => r.at >= tDown && r.at <= tStart);
    const readyWhileDown = readyDown.filter((r) => r.ready).length;
    // After: every request sent RECOVERY_BOUND_MS after Neo4j was back succeeds.
    const afterUp = load.samples.filter((s) => s.sentAt >= tUp);
    const lastFail = Math.max(tUp, ...afterUp.filter((s) => !s.ok).map((s) => s.sentAt));
    const recoveryMs = lastFail - tUp;
    const failsLate = afterUp.filter((s) => !s.ok && s.sentAt >= tUp + RECOVERY_BOUND_MS).length;
    const succeededAfter = afterUp.filter((s) => s.ok && s.sentAt > lastFail).length;
    const readyAgain = ready.find((r) => r.at >= tUp && r.ready);

    // The ingest that ran through it, then a rerun.
    const through = await ingest;
    // Cleanly: it ended by itself, and a failure says what failed (per article, or why it stopped).
    const named = through.stderr.split('\n').filter((l) => /^govgraph( ingest)?: /.test(l));
    const ugly = through.stderr.split('\n').filter((l) => /unhandled|uncaught|^\s+at |TypeError|RangeError/i.test(l));
    const cleanly = !through.timedOut && through.signal === null && (through.code === 0 || (named.length > 0 && ugly.length === 0));
    const rerun = await h.cli(['ingest', corpus]);
    const d = diffStats(ref, await h.stats());
    const crashes = api.crashLines();
    const alive = api.alive() && (await api.healthy());

    const checks: [boolean, string][] = [
      [down.length > 0, `no request was answered while Neo4j was down`],
      [downOk === 0, `${downOk} requests succeeded while Neo4j was down (cached answers?)`],
      [Math.max(0, ...waitedDown) <= ERROR_BOUND_MS, `a request sent while Neo4j was down was still waiting ${secs(Math.max(...waitedDown))} later with no answer (bound ${secs(ERROR_BOUND_MS)})`],
      [notUnavailable.length === 0, `${notUnavailable.length} failed requests were not SERVICE_UNAVAILABLE: ${JSON.stringify(codeCounts(notUnavailable))}`],
      [Math.max(0, ...downLatency) <= ERROR_BOUND_MS, `errors while down took up to ${secs(Math.max(...downLatency))} (bound ${secs(ERROR_BOUND_MS)})`],
      [readyDown.length > 0 && readyWhileDown === 0, `/readyz said ready ${readyWhileDown} of ${readyDown.length} times while Neo4j was down`],
      [recoveryMs <= RECOVERY_BOUND_MS && failsLate === 0 && succeededAfter > 0, `not recovered: last failure ${secs(recoveryMs)} after Neo4j was back (its start returned), ${failsLate} failures after ${secs(RECOVERY_BOUND_MS)}, ${succeededAfter} successes after; Neo4j itself answered a direct query ${Number.isFinite(servedAt) ? secs(servedAt - tUp) : 'never'} after its start returned`],
      [alive && crashes.length === 0, `API ${alive ? 'up' : 'DOWN'}; crash lines: ${crashes.slice(0, 3).join(' | ')}`],
      [writtenBefore < corpusSize, `the ingest had finished before Neo4j stopped: it did not run through the outage`],
      [cleanly, `the ingest through the outage did not resume or fail cleanly: exit ${through.code} signal ${through.signal}${through.timedOut ? ' (hung)' : ''}; ${ugly.slice(0, 3).join(' | ')}`],
      [rerun.code === 0 && d.checksumEqual && d.lost === 0 && d.duplicated === 0, `rerun exit ${rerun.code}: ${d.lost} lost, ${d.duplicated} duplicated; ${d.detail.join('; ')}`],
    ];
    for (const [ok, why] of checks) if (!ok) details.push(why);
    const ok = details.length === 0;
    const internal = api.internalErrors();
    if (Object.keys(internal).length) details.push(`the API logged as internal errors: ${JSON.stringify(internal)}`);
    const kinds = [...new Set(down.map((s) => s.kind))];
    details.push(`latency while down by query: ${kinds.map((k) => { const l = down.filter((s) => s.kind === k).map((s) => s.doneAt - s.sentAt); return `${k} p50 ${secs(percentile(l, 50))} max ${secs(Math.max(...l))}`; }).join(', ')}`);
    if (h.opts.verbose) {
      // Second by second around the outage: answers by outcome, the API's Bolt connections.
      for (let t = 0; t * 1000 < load.samples.reduce((m, s) => Math.max(m, s.sentAt), 0) - t0; t++) {
        const sec = load.samples.filter((s) => Math.floor((s.sentAt - t0) / 1000) === t);
        const c = conns.find((x) => Math.floor((x.at - t0) / 1000) === t)?.n;
        const phase = t0 + t * 1000 < tStop ? 'up' : t0 + t * 1000 < tDown ? 'stopping' : t0 + t * 1000 < tStart ? 'down' : t0 + t * 1000 < tUp ? 'starting' : 'back';
        const dq = direct.filter((x) => Math.floor((x.at - t0) / 1000) === t).map((x) => (x.ok ? `${x.ms}ms` : 'fail')).join('/');
        h.note(`t=${t}s ${phase}: ${sec.filter((s) => s.ok).length} ok, failed ${JSON.stringify(codeCounts(sec))}, p50 ${Math.round(percentile(sec.map((s) => s.doneAt - s.sentAt), 50))} ms, ${c} connections; direct ${dq}`);
      }
    }
    details.push(`load: ${load.samples.length} requests at ${rate}/s, ${load.dropped} dropped; failures by code: ${JSON.stringify(codeCounts(load.samples))}`);
    details.push(`Neo4j answered a direct query again ${Number.isFinite(servedAt) ? secs(servedAt - tUp) : 'never'} after its start returned`);
    details.push(`stopping took ${secs(tDown - tStop)}, starting ${secs(tUp - tStart)}; /readyz latency while down max ${Math.round(Math.max(0, ...readyDown.map((r) => r.ms)))} ms; ready again ${readyAgain ? secs(readyAgain.at - tUp) : 'never'} after Neo4j was back`);
    details.push(`ingest through the outage: exit ${through.code}, ${named.length} failures named on stderr, ${writtenBefore} corpus articles written before the stop; ${through.stdout.split('\n')[0]}`);
    const ingestFigure = `ingest stopped at ${writtenBefore}/${corpusSize} articles ${through.code === 0 ? 'resumed (exit 0)' : cleanly ? `failed cleanly (exit ${through.code}, ${named.length} failures named)` : 'did NOT end cleanly'}`;
    return {
      name: 'outage', ok,
      line: `outage: Neo4j down ${secs(tStart - tDown)} (+${secs(tDown - tStop)} stopping, ${secs(tUp - tStart)} starting) under ${rate} req/s: ${down.length} requests answered while down, ${down.filter((s) => !s.ok && s.codes.length > 0 && s.codes.every((c) => c === 'SERVICE_UNAVAILABLE')).length} of them SERVICE_UNAVAILABLE in p50 ${secs(percentile(downLatency, 50))} / max ${secs(Math.max(0, ...downLatency))} (bound ${secs(ERROR_BOUND_MS, 0)}), ${notUnavailable.length} other errors; /readyz false ${readyDown.length - readyWhileDown}/${readyDown.length}; all queries succeed ${secs(recoveryMs)} after Neo4j is back; API ${alive ? 'up' : 'DOWN'}, ${crashes.length} crash lines; ${ingestFigure}, rerun: checksum ${d.checksumEqual ? 'equal' : 'DIFFERENT'}`,
      details,
      figures: {
        downMs: tStart - tDown, stoppingMs: tDown - tStop, startingMs: tUp - tStart, rate, requests: load.samples.length, dropped: load.dropped,
        downRequests: down.length, downP50: percentile(downLatency, 50), downMax: Math.max(0, ...downLatency), otherErrors: notUnavailable.length,
        readyzDown: readyDown.length, readyzTrueWhileDown: readyWhileDown, recoveryMs, directQueryAfterStartMs: servedAt - tUp, failsLate, apiAlive: alive, crashLines: crashes.length,
        ingestExit: through.code, ingestNamed: named.length, rerunExit: rerun.code, checksumEqual: d.checksumEqual, lost: d.lost, duplicated: d.duplicated,
      },
    };
  } finally {
    await api.stop();
    api.save('outage');
    await h.startDb();
  }
}
