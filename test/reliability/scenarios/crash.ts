// 1. Crash during ingest: `govgraph ingest` SIGKILLed at random points of a corpus load (batch
// sizes 1, 5 and 25 so kills land between and inside transactions of every size), rerun after
// each series of kills; every rerun must end with the graph of one clean load: nothing lost,
// nothing doubled, the same checksum.
import path from 'node:path';
import type { Harness, ScenarioResult } from '../lib/harness';
import { diffStats, duplicateRelationships } from '../lib/checks';
import { writeVariantCorpus } from '../lib/corpus';

export async function crash(h: Harness): Promise<ScenarioResult> {
  const kills = h.opts.sizes.kills ?? (h.opts.quick ? 6 : 24);
  const rounds = h.opts.sizes.rounds ?? (h.opts.quick ? 2 : 4);
  const corpus = path.join(h.tmp, 'crash-corpus.jsonl');
  const articles = writeVariantCorpus(corpus, h.opts.sizes.copies ?? (h.opts.quick ? 2 : 5));
  const details: string[] = [];
  const articleCount = () => h.count('MATCH (a:Article) RETURN count(a) AS n');

  await h.emptyGraph();
  // The clean load, watched: when its first articles appear (before that it starts up, reads and
  // extracts), so kill points can be spread over the part where writes happen.
  let firstWriteMs = -1;
  const t0 = Date.now();
  const cleanRun = h.cli(['ingest', '--concurrency', '4', corpus]);
  let done = false;
  void cleanRun.then(() => { done = true; });
  while (!done && firstWriteMs < 0) {
    if ((await articleCount()) > 0) firstWriteMs = Date.now() - t0;
    else await new Promise((r) => setTimeout(r, 50));
  }
  const clean = await cleanRun;
  const total = await articleCount();
  if (clean.code !== 0) return { name: 'crash', ok: false, line: `crash: the clean load failed (exit ${clean.code})`, details: [clean.stderr.slice(-2000)], figures: {} };
  const ref = await h.stats();
  h.note(`clean load: ${ref.nodes.Article} articles, ${ref.totalNodes} nodes, ${ref.totalRelationships} relationships in ${clean.ms} ms`);

  let landed = 0;
  let midLoad = 0;
  let lost = 0;
  let duplicated = 0;
  let doubledRels = 0;
  let checksumsEqual = 0;
  let attempts = 0;
  const partial: number[] = [];
  let reruns = 0;
  /** The graph after a run that completed must be the clean load's. */
  const verify = async (what: string, code: number | null, stderr = '') => {
    reruns++;
    if (code !== 0) details.push(`${what}: the rerun failed (exit ${code}): ${stderr.slice(-500)}`);
    const d = diffStats(ref, await h.stats());
    const dup = await duplicateRelationships(h);
    lost += d.lost;
    duplicated += d.duplicated;
    doubledRels += dup;
    if (d.checksumEqual) checksumsEqual++;
    else details.push(`${what}: ${d.detail.join('; ')}`);
    if (dup) details.push(`${what}: ${dup} relationships doubled between the same nodes`);
  };
  for (let round = 0; round < rounds; round++) {
    await h.emptyGraph();
    const target = Math.round(((round + 1) * kills) / rounds) - Math.round((round * kills) / rounds);
    for (let k = 0; k < target && attempts < kills * 4; attempts++) {
      const batch = h.rng.pick(['1', '5', '25']);
      const before = await articleCount();
      // Kill points: one in four at a random time in the first seconds (start-up, reading,
      // extraction); the others when the load has got to a random article count, plus a random
      // delay so that the kill lands inside a transaction as often as between two.
      const early = h.rng.chance(1 / 4);
      const at = 300 + Math.floor(h.rng.next() * 3000);
      const target = before + 1 + Math.floor(h.rng.next() * Math.max(1, total - before - 1));
      const delay = Math.floor(h.rng.next() * 300);
      let watching = true;
      const r = await h.cli(['ingest', '--concurrency', '4', '--batch', batch, corpus], {
        ...(early ? { killAfterMs: at } : {}),
        onStart: (kill) => {
          if (early) return;
          void (async () => {
            while (watching && (await articleCount()) < target) await new Promise((res) => setTimeout(res, 30));
            await new Promise((res) => setTimeout(res, delay));
            if (watching) kill();
          })();
        },
      });
      watching = false;
      const n = await articleCount();
      if (!r.killed) {
        // The kill came after this run had finished the load: it was a rerun, so check it, then
        // start the round's graph again.
        h.note(`the kill (${early ? `at ${at} ms` : `at ${target} articles + ${delay} ms`}) came after the load ended (exit ${r.code}, ${n} articles): checked as a rerun`);
        await verify(`round ${round + 1}, a run that finished`, r.code);
        await h.emptyGraph();
        continue;
      }
      k++;
      landed++;
      partial.push(n);
      // Mid-load: this run had written some articles and not all of them.
      if (n > before && n < ref.nodes.Article!) midLoad++;
      h.note(`round ${round + 1} kill ${k} ${early ? `at ${at} ms` : `at ${target} articles + ${delay} ms`} (batch ${batch}): ${before} → ${n} articles in the graph`);
    }
    const rerun = await h.cli(['ingest', '--concurrency', '4', corpus]);
    await verify(`round ${round + 1}`, rerun.code, rerun.stderr);
  }
  const ok = landed >= kills && lost === 0 && duplicated === 0 && doubledRels === 0 && checksumsEqual === reruns && midLoad > 0 && !details.length;
  if (landed < kills) details.push(`only ${landed} of ${kills} kills landed while the load ran`);
  if (midLoad === 0) details.push('no kill landed mid-load (after some articles were written, before all were)');
  details.push(`articles in the graph after each kill: ${partial.join(', ')} (of ${ref.nodes.Article}); clean load ${clean.ms} ms, first write at ${firstWriteMs} ms`);
  return {
    name: 'crash', ok,
    line: `crash: ${landed} kills (${midLoad} mid-load, ${articles} articles a load) in ${rounds} rounds, ${lost} lost, ${duplicated + doubledRels} duplicated (checksum ${checksumsEqual === reruns ? 'equal' : 'DIFFERENT'} after ${checksumsEqual}/${reruns} reruns)`,
    details: ok ? [] : details,
    figures: { firstWriteMs, reruns, kills: landed, midLoad, rounds, lost, duplicated: duplicated + doubledRels, checksumsEqual, articles, cleanMs: clean.ms, partial },
  };
}
