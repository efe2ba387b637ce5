// 3. Bad articles: generated inputs (random bytes, GBK, HTML, truncated UTF-8, 5 MB texts, empty,
// Latin-only, 《 without 》, deeply nested brackets, …) through `govgraph ingest` and through the
// ingestArticle mutation. No crash, no hang; each input either loaded as an article or rejected
// with a message naming it and saying why; afterwards every fact node and relationship has its
// provenance.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import { ApiChild } from '../lib/api';
import { provenance } from '../lib/checks';
import { generateBadInputs, type BadInput } from '../lib/bad-inputs';
import type { ExtractReply, ExtractRequest } from '../lib/extract-child';
import { secs, track, type Harness, type ScenarioResult } from '../lib/harness';
import { codesOf, parseBody, request } from '../lib/http';

/** How long extracting an input may take: 3 s plus 10 µs a byte (5 MB: 55 s); longer is a hang. */
export const extractLimitMs = (bytes: number) => 3_000 + bytes / 100;

interface Verified { input: BadInput; reply: ExtractReply | null; hung: boolean; ms: number }

/** Extracts every input in a child, one at a time, killing it when an input takes too long. */
async function verify(inputs: BadInput[], note: (m: string) => void): Promise<Verified[]> {
  const out: Verified[] = [];
  let child: ChildProcess | null = null;
  const spawnChild = () => track(fork(path.join(__dirname, '..', 'lib', 'extract-child.js'), [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'], execArgv: ['--stack-size=984'] }));
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i]!;
    child ??= spawnChild();
    const c = child;
    const limit = extractLimitMs(input.bytes);
    const t0 = Date.now();
    const reply = await new Promise<ExtractReply | null>((resolve) => {
      const timer = setTimeout(() => { cleanup(); resolve(null); }, limit);
      const onMessage = (m: ExtractReply) => { if (m.i === i) { cleanup(); resolve(m); } };
      const onExit = () => { cleanup(); resolve(null); };
      const cleanup = () => { clearTimeout(timer); c.off('message', onMessage); c.off('exit', onExit); };
      c.on('message', onMessage);
      c.on('exit', onExit);
      const req: ExtractRequest = input.line === undefined ? { i, file: input.file, source: input.source } : { i, text: input.text, url: input.url, published: input.published, source: input.source };
      c.send(req);
    });
    if (!reply) {
      c.kill('SIGKILL');
      child = null;
      note(`extraction of ${input.source} (${input.kind}, ${input.bytes} bytes) took more than ${secs(limit)}: killed`);
    }
    out.push({ input, reply, hung: !reply, ms: Date.now() - t0 });
  }
  child?.kill();
  return out;
}

const NOT_AN_ARTICLE = /not read as an article|extractor error/;

export async function badArticles(h: Harness): Promise<ScenarioResult> {
  const quick = h.opts.quick;
  const n = h.opts.sizes.inputs ?? (quick ? 1_000 : 10_000);
  const dir = path.join(h.tmp, 'bad-inputs');
  const inputs = generateBadInputs(dir, n, h.rng.fork(), { huge: quick ? 1 : 3, noPunctuation: quick ? [20_000, 150_000] : [20_000, 60_000, 150_000, 40_000, 100_000] });
  const kinds = [...new Set(inputs.map((i) => i.kind))];
  const details: string[] = [];
  h.note(`${inputs.length} inputs generated in ${dir}`);

  // What the extractor makes of each input, and how long it takes.
  const verified = await verify(inputs, (m) => h.note(m));
  const hung = verified.filter((v) => v.hung);
  const extractorErrors = verified.filter((v) => v.reply?.extractorError);
  for (const v of hung) {
    // Out of the CLI's way (it would hang on them too); named as failures below.
    if (v.input.line === undefined) {
      mkdirSync(path.join(h.tmp, 'hung'), { recursive: true });
      renameSync(v.input.file, path.join(h.tmp, 'hung', path.basename(v.input.file)));
    }
  }
  if (hung.length) details.push(`${hung.length} inputs make the extractor run past its time limit (3 s + 10 µs a byte), so \`govgraph ingest\` stalls on them and ingestArticle would block the API as long: ${hung.slice(0, 8).map((v) => `${path.basename(v.input.source)} (${v.input.kind}, ${v.input.bytes} bytes)`).join(', ')}`);
  if (extractorErrors.length) details.push(`${extractorErrors.length} inputs make the extractor throw: ${extractorErrors.slice(0, 5).map((v) => `${path.basename(v.input.source)}: ${v.reply!.extractorError}`).join('; ')}`);
  const slowest = verified.filter((v) => !v.hung).sort((a, b) => b.reply!.ms / (b.input.bytes + 10_000) - a.reply!.ms / (a.input.bytes + 10_000))[0];

  // Through the CLI.
  await h.emptyGraph();
  const cli = await h.cli(['ingest', dir], { timeoutMs: (quick ? 10 : 40) * 60_000 });
  const named = new Map<string, string>();
  for (const line of cli.stderr.split('\n')) {
    const m = /^govgraph ingest: (.+?): (.*)$/.exec(line);
    if (m) {
      // Sources are paths, .jsonl lines path:N; the message follows the first ": " after the source.
      const src = inputs.find((i) => line.startsWith(`govgraph ingest: ${i.source}: `))?.source ?? m[1]!;
      named.set(src, line.slice(`govgraph ingest: ${src}: `.length));
    }
  }
  const crashLines = cli.stderr.split('\n').filter((l) => /unhandled|uncaught|FATAL|heap out of memory|^\s+at /i.test(l));
  const inGraph = new Set((await h.graph.read<{ id: string }>('MATCH (a:Article) RETURN a.id AS id')).map((r) => r.id));
  const cliOutcome = { loaded: 0, rejected: 0, junk: 0, silent: 0, loadFailed: 0 };
  const loadFailedExamples: string[] = [];
  const junkExamples: string[] = [];
  const silentExamples: string[] = [];
  for (const v of verified) {
    if (v.hung) continue;
    const src = v.input.source;
    const article = !v.input.badLine && v.reply!.chinese && !v.reply!.extractorError;
    const present = !v.input.badLine && inGraph.has(v.reply!.aid);
    if (article && present) cliOutcome.loaded++;
    // An article the extractor read that the database refused is lost, whatever the message.
    else if (article && !present && named.has(src)) { cliOutcome.loadFailed++; if (loadFailedExamples.length < 5) loadFailedExamples.push(`${path.basename(src)} (${v.input.kind}): ${named.get(src)!.slice(0, 160)}`); }
    else if (!present && named.has(src)) cliOutcome.rejected++;
    else if (present && !article) { cliOutcome.junk++; if (junkExamples.length < 5) junkExamples.push(`${path.basename(src)} (${v.input.kind}): ${v.reply!.warnings.filter((w) => NOT_AN_ARTICLE.test(w)).join('; ')}`); }
    else { cliOutcome.silent++; if (silentExamples.length < 5) silentExamples.push(`${path.basename(src)} (${v.input.kind}): ${v.reply?.warnings.join('; ')}`); }
  }
  const cliProvenance = await provenance(h);
  if (cli.timedOut || cli.signal || (cli.code !== 0 && cli.code !== 1) || crashLines.length) details.push(`govgraph ingest crashed or hung: exit ${cli.code} signal ${cli.signal}${cli.timedOut ? ' (timed out)' : ''}: ${crashLines.slice(0, 5).join(' | ')}`);
  if (cliOutcome.junk) details.push(`CLI: ${cliOutcome.junk} inputs the extractor rejects ("not read as an article") were written as Article nodes anyway, with no message naming them, e.g. ${junkExamples.join(' | ')}`);
  if (cliOutcome.loadFailed) details.push(`CLI: ${cliOutcome.loadFailed} inputs the extractor read as articles failed to load, e.g. ${loadFailedExamples.join(' | ')}`);
  if (cliOutcome.silent) details.push(`CLI: ${cliOutcome.silent} inputs neither loaded nor named on stderr, e.g. ${silentExamples.join(' | ')}`);
  if (!cliProvenance.ok) details.push(`CLI: ${cliProvenance.summary}`);

  // Through the mutation, on an empty graph again.
  await h.emptyGraph();
  const token = `bad-articles-${Date.now()}-0123456789`;
  const api = await ApiChild.start(h, { env: { GOVGRAPH_ADMIN_TOKEN: token } });
  const mut = { loaded: 0, rejected: 0, junk: 0, bad: 0 };
  const mutBad: string[] = [];
  const mutJunk: string[] = [];
  const loadedIds = new Set<string>();
  let blockedMs = 0;
  let mutationSent = 0;
  try {
    let probing = true;
    const probe = (async () => {
      while (probing) {
        const r = await request(`${api.url}/healthz`, { timeoutMs: 600_000 });
        blockedMs = Math.max(blockedMs, r.ms);
        await new Promise((res) => setTimeout(res, 500));
      }
    })();
    // --quick sends a spread of 400 of them (every kind); the full run sends all.
    const all = verified.filter((v) => !v.hung).map((v) => v.input);
    const step = quick ? Math.max(1, all.length / 400) : 1;
    const todo = quick ? Array.from({ length: Math.min(400, all.length) }, (_, k) => all[Math.floor(k * step)]!) : all;
    mutationSent = todo.length;
    let next = 0;
    await Promise.all(Array.from({ length: 4 }, async () => {
      while (next < todo.length && api.alive()) {
        const input = todo[next++]!;
        const r = await request(`${api.url}/graphql`, {
          method: 'POST', timeoutMs: 300_000,
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({
            query: `mutation($text: String!, $url: String, $published: Date) { ingestArticle(text: $text, url: $url, published: $published) { articleId status warnings } }`,
            variables: { text: input.text, url: input.url ?? null, published: input.published || null },
          }),
        });
        const body = parseBody(r.text) as { data?: { ingestArticle?: { articleId: string; status: string; warnings: string[] } }; errors?: { message: string; extensions?: { code?: string } }[] } | null;
        const codes = codesOf(body);
        const res = body?.data?.ingestArticle;
        if (r.status === 413 || (r.status >= 400 && r.status < 500 && !codes.includes('INTERNAL_SERVER_ERROR'))) mut.rejected++;
        else if (codes.length && codes.every((c) => c !== 'INTERNAL_SERVER_ERROR' && c !== '(no code)') && body?.errors?.every((e) => e.message)) mut.rejected++;
        else if (res && (res.status === 'loaded' || res.status === 'skipped')) {
          if (res.warnings.some((w) => NOT_AN_ARTICLE.test(w))) { mut.junk++; if (mutJunk.length < 3) mutJunk.push(`${path.basename(input.source)} (${input.kind}): ${res.warnings.filter((w) => NOT_AN_ARTICLE.test(w)).join('; ')}`); }
          else mut.loaded++;
          loadedIds.add(res.articleId);
        } else { mut.bad++; if (mutBad.length < 5) mutBad.push(`${path.basename(input.source)} (${input.kind}): HTTP ${r.status} ${r.error ?? r.text.slice(0, 200).trim()}`); }
      }
    }));
    probing = false;
    await probe;
  } finally {
    await api.stop();
    api.save('bad-articles');
  }
  const missing = [...loadedIds].filter((id) => true && id).length - (await h.count('UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN count(a) AS n', { ids: [...loadedIds] }));
  const mutProvenance = await provenance(h);
  const apiCrashes = api.crashLines();
  const apiUp = api.exit?.signal === 'SIGTERM' || api.exit?.code === 0;
  if (mut.bad) details.push(`mutation: ${mut.bad} answers were 5xx, INTERNAL_SERVER_ERROR or none at all: ${mutBad.join(' | ')}`);
  if (mut.junk) details.push(`mutation: ${mut.junk} inputs the extractor rejects were loaded as articles, e.g. ${mutJunk.join(' | ')}`);
  if (missing) details.push(`mutation: ${missing} articles answered as loaded are not in the graph`);
  if (!apiUp || apiCrashes.length) details.push(`API crashed (${JSON.stringify(api.exit)}): ${apiCrashes.slice(0, 3).join(' | ')}`);
  if (!mutProvenance.ok) details.push(`mutation: ${mutProvenance.summary}`);
  details.push(`API event loop: /healthz waited up to ${secs(blockedMs)} during the mutation run; slowest extraction per byte: ${slowest ? `${path.basename(slowest.input.source)} (${slowest.input.kind}, ${slowest.input.bytes} bytes) in ${secs(slowest.reply!.ms)}` : '-'}`);
  // Why the CLI refused what it refused, by kind of message.
  const why = new Map<string, number>();
  for (const m of named.values()) { const k = m.replace(/\d+/g, 'N').replace(/"[^"]*"/g, '"…"').slice(0, 70); why.set(k, (why.get(k) ?? 0) + 1); }
  details.push(`CLI: exit ${cli.code} in ${secs(cli.ms)}; ${cli.stdout.split('\n')[0]}; reasons given: ${[...why].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${v}× ${k}`).join(' | ')}`);

  const ok = hung.length === 0 && extractorErrors.length === 0 && !cli.timedOut && !cli.signal && (cli.code === 0 || cli.code === 1) && crashLines.length === 0
    && cliOutcome.junk === 0 && cliOutcome.silent === 0 && cliOutcome.loadFailed === 0 && cliProvenance.ok && mut.bad === 0 && mut.junk === 0 && missing === 0 && apiUp && apiCrashes.length === 0 && mutProvenance.ok;
  return {
    name: 'bad-articles', ok,
    line: `bad-articles: ${inputs.length} generated inputs (${kinds.length} kinds) × (govgraph ingest, ingestArticle): ${hung.length} hung, ${crashLines.length + apiCrashes.length + (apiUp ? 0 : 1)} crashes; CLI ${cliOutcome.loaded} loaded / ${cliOutcome.rejected} rejected with a reason / ${cliOutcome.loadFailed} articles that failed to load / ${cliOutcome.junk} non-articles written as articles / ${cliOutcome.silent} unaccounted; mutation (${mutationSent} sent) ${mut.loaded} loaded / ${mut.rejected} rejected with a code / ${mut.junk} non-articles loaded / ${mut.bad} 5xx or INTERNAL_SERVER_ERROR; provenance ${cliProvenance.ok && mutProvenance.ok ? 'complete' : 'BROKEN'} (${cliProvenance.summary})`,
    details: ok ? details.slice(-2) : details,
    figures: { inputs: inputs.length, kinds, hung: hung.length, extractorErrors: extractorErrors.length, cli: cliOutcome, cliExit: cli.code, cliMs: cli.ms, mutation: mut, mutationSent, missing, provenanceCli: cliProvenance.summary, provenanceMutation: mutProvenance.summary, blockedMs, hungInputs: hung.map((v) => `${path.basename(v.input.source)} (${v.input.kind}, ${v.input.bytes} bytes)`) },
  };
}
