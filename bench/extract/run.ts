// `npm run bench:extract`: articles per second through the extractor on one core, over a corpus
// of realistic articles (the real seed articles plus the synthetic generator's), and the ratio
// to @node-rs/jieba cutting the same texts, measured side by side in one run.
// Last line: `extract: N articles/s, R× jieba cut`.
import { readdirSync, readFileSync } from 'node:fs';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { fromRoot } from '../../src/config/paths';
import { extract } from '../../src/extract';
import { generateCorpus } from '../corpus';

const seconds = Number(process.argv.find((a) => a.startsWith('--seconds='))?.split('=')[1] ?? 5);

function corpus(): string[] {
  const seeds = readdirSync(fromRoot('seeds')).filter((f) => /\.(txt|jsonl)$/.test(f)).map((f) => {
    const raw = readFileSync(fromRoot('seeds', f), 'utf8');
    return f.endsWith('.jsonl') ? (JSON.parse(raw) as { text: string }).text : raw;
  });
  return [...seeds, ...[...generateCorpus(977, 7)].map((r) => r.text)];
}

/** Runs `work` over the texts again and again for `seconds`; texts per second of CPU time. */
function rate(texts: string[], work: (t: string) => unknown): number {
  for (const t of texts.slice(0, 50)) work(t); // warm-up
  const start = process.cpuUsage();
  const wallStart = performance.now();
  let n = 0;
  while (performance.now() - wallStart < seconds * 1000) for (const t of texts) { work(t); n++; }
  const cpu = process.cpuUsage(start);
  return n / ((cpu.user + cpu.system) / 1e6);
}

const texts = corpus();
const chars = texts.reduce((a, t) => a + t.length, 0);
const jieba = Jieba.withDict(dict);
const results: [string, number][] = [];
// Alternate the two, twice, so load on the machine falls on both alike.
for (let round = 0; round < 2; round++) {
  results.push(['extract', rate(texts, (t) => extract({ source: 'bench', content: t }))]);
  results.push(['jieba', rate(texts, (t) => jieba.cut(t))]);
}
const best = (name: string) => Math.max(...results.filter(([k]) => k === name).map(([, v]) => v));
const ex = best('extract');
const jb = best('jieba');
console.log(`corpus: ${texts.length} articles, ${(chars / texts.length).toFixed(0)} characters on average; rates per CPU-second, best of 2 alternating rounds of ${seconds} s`);
console.log(`jieba cut: ${jb.toFixed(0)} articles/s`);
console.log(`extract: ${ex.toFixed(0)} articles/s, ${(ex / jb).toFixed(2)}× jieba cut`);
