// 1. Crash during ingest: `govgraph ingest` SIGKILLed at random points of a corpus load (batch
// sizes 1, 5 and 25 so kills land between and inside transactions of every size), rerun after
// each series of kills; every rerun must end with the graph of one clean load: nothing lost,
// nothing doubled, the same checksum.
import path from 'node:path';
import type { Harness, ScenarioResult } from '../lib/harness';
import { diffStats, duplicateRelationships } from '../lib/checks';
import { writeVariantCorpus } from '../lib/corpus';

export async function crash(h: Harness): Promise<ScenarioResult> {
  const kills = h.opts.sizes.kills ?? (h.opts.quick ? 8 : 24);
  const rounds = h.opts.sizes.rounds ?? (h.opts.quick ? 2 : 4);
  const corpus = path.join(h.tmp, 'crash-corpus.jsonl');
  const articles = writeVariantCorpus(corpus, 5);
  const details: string[] = [];
  const articleCount = () => h.count('MATCH (a:Article) RETURN count(a) AS n');

  await h.emptyGraph();
  const clean = await h.cli(['ingest', '--concurrency', '4', corpus]);
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
  for (let round = 0; round < rounds; round++) {
    await h.emptyGraph();
    const target = Math.round(((round + 1) * kills) / rounds) - Math.round((round * kills) / rounds);
    for (let k = 0; k < target && attempts < kills * 3; attempts++) {
      const batch = h.rng.pick(['1', '5', '25']);
      // Kill points spread over the time a whole load takes on this machine.
      const at = 300 + Math.floor(h.rng.next() * Math.max(1000, clean.ms));
      const before = await articleCount();
      const r = await h.cli(['ingest', '--concurrency', '4', '--batch', batch, corpus], { killAfterMs: at });
      const n = await articleCount();
      if (!r.killed) { h.note(`kill at ${at} ms came after the load ended (exit ${r.code}, ${n} articles)`); continue; }
      k++;
      landed++;
      partial.push(n);
      // Mid-load: this run had written some articles and not all of them.
      if (n > before && n < ref.nodes.Article!) midLoad++;
      h.note(`round ${round + 1} kill ${k} at ${at} ms (batch ${batch}): ${n} articles in the graph`);
    }
    const rerun = await h.cli(['ingest', '--concurrency', '4', corpus]);
    if (rerun.code !== 0) details.push(`round ${round + 1}: the rerun failed (exit ${rerun.code}): ${rerun.stderr.slice(-500)}`);
    const got = await h.stats();
    const d = diffStats(ref, got);
    const dup = await duplicateRelationships(h);
    lost += d.lost;
    duplicated += d.duplicated;
    doubledRels += dup;
    if (d.checksumEqual) checksumsEqual++;
    else details.push(`round ${round + 1}: ${d.detail.join('; ')}`);
    if (dup) details.push(`round ${round + 1}: ${dup} relationships doubled between the same nodes`);
  }
  const ok = landed >= kills && lost === 0 && duplicated === 0 && doubledRels === 0 && checksumsEqual === rounds && midLoad > 0 && !details.length;
  if (landed < kills) details.push(`only ${landed} of ${kills} kills landed while the load ran`);
  if (midLoad === 0) details.push('no kill landed mid-load (after some articles were written, before all were)');
  details.push(`articles in the graph after each kill: ${partial.join(', ')} (of ${ref.nodes.Article}); clean load ${clean.ms} ms`);
  return {
    name: 'crash', ok,
    line: `crash: ${landed} kills (${midLoad} mid-load, ${articles} articles a load) in ${rounds} rounds, ${lost} lost, ${duplicated + doubledRels} duplicated (checksum ${checksumsEqual === rounds ? 'equal' : 'DIFFERENT'} after ${checksumsEqual}/${rounds} reruns)`,
    details: ok ? [] : details,
    figures: { kills: landed, midLoad, rounds, lost, duplicated: duplicated + doubledRels, checksumsEqual, articles, cleanMs: clean.ms, partial },
  };
}
