// Generated bad articles: random bytes, GBK and Big5, HTML, truncated and invalid UTF-8, 5 MB
// texts, empty files, Latin-only text, 《 without 》, deeply nested brackets, long runs without
// punctuation, mutated real articles, odd Unicode, UTF-16, and JSON lines good and bad. Seeded:
// the same seed gives the same inputs.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { seedRecords } from './corpus';
import type { Rng } from './rng';

export interface BadInput {
  kind: string;
  /** Absolute path of the file; for a .jsonl line, of its file. */
  file: string;
  /** 1-based line of a .jsonl input. */
  line?: number;
  /** What `govgraph ingest` calls the input (its failures name it so). */
  source: string;
  /** What a client sends to ingestArticle (bytes decoded as UTF-8, replacement characters and all). */
  text: string;
  url?: string | null;
  published?: string | null;
  /** A .jsonl line that is not a valid record: the CLI must name it. */
  badLine?: boolean;
  bytes: number;
}

const LATIN = ['The city government held a meeting on education reform.', 'Lorem ipsum dolor sit amet, consectetur adipiscing elit.', 'Mayor Smith chaired the session; Director Brown spoke.', 'café naïve résumé — “quoted” ‘text’ … ©®™', 'SELECT * FROM users; DROP TABLE articles; --', '0123456789 !@#$%^&*()_+-=[]{};:,./<>?'];
const CJK_PUNCT = ['，', '。', '、', '；', '：', '“', '”', '《', '》', '（', '）', '【', '】', '—', '…', '！', '？'];
const BRACKETS: [string, string][] = [['（', '）'], ['《', '》'], ['【', '】'], ['“', '”'], ['(', ')'], ['〈', '〉'], ['[', ']'], ['「', '」']];

function cjk(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String.fromCharCode(0x4e00 + rng.int(0, 0x51ff));
  return s;
}

function mutate(rng: Rng, text: string, edits: number): string {
  const chars = [...text];
  for (let e = 0; e < edits; e++) {
    const at = rng.int(0, chars.length);
    switch (rng.int(0, 5)) {
      case 0: chars.splice(at, 0, ...cjk(rng, rng.int(1, 4))); break;
      case 1: chars.splice(at, rng.int(1, 12)); break;
      case 2: chars.splice(at, 0, rng.pick(CJK_PUNCT)); break;
      case 3: { const from = rng.int(0, chars.length); chars.splice(at, 0, ...chars.slice(from, from + rng.int(2, 30))); break; }
      case 4: chars.splice(at, 0, rng.pick(['市委书记', '副市长', '主持会议', '出席会议', '讲话', '《关于', '的通知》', '会议指出', '同志', '县委常委、', '召开', '2022年3月4日', '（', '）', '\n'])); break;
      default: chars.splice(at, 1, rng.pick(['\u0000', '\ufffd', '\u200b', '\u202e', '😀', ' ', '\t'])); break;
    }
  }
  return chars.join('');
}

const html = (rng: Rng, body: string, title: string, charset = 'utf-8') => rng.pick([
  () => `<!doctype html><html><head><meta charset="${charset}"><title>${title}</title><script>var x = "<p>不是正文</p>";</script><style>p{}</style></head><body><nav>首页 | 新闻</nav><div class="content">${body.split('\n').map((p) => `<p>${p}</p>`).join('')}</div><footer>版权所有</footer></body></html>`,
  () => `<html><body><div><p>${body.replace(/。/g, '。<br>')}<div><span><b><i>`,
  () => `<table><tr><td>${body}</td></tr></table><!-- ${'注释'.repeat(rng.int(1, 2000))} --><script>${'x'.repeat(rng.int(0, 5000))}</script>`,
  () => `<p>${body.replace(/[，。]/g, (c) => `&#${c.charCodeAt(0)};`)}&amp;&lt;&gt;&nbsp;&unknown;&#xFFFFFF;&#0;</p>`,
  () => `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "${'a'.repeat(100)}">]><html><body>${body}&a;&a;&a;</body></html>`,
  () => `<script>${body}</script><style>${body}</style>`,
  () => `<div title="${'属性'.repeat(rng.int(10, 3000))}">${body}</div>`,
])();

export function generateBadInputs(dir: string, n: number, rng: Rng, o: { huge: number; noPunctuation: number[] }): BadInput[] {
  mkdirSync(dir, { recursive: true });
  const seeds = seedRecords();
  const out: BadInput[] = [];
  let files = 0;
  const file = (kind: string, ext: string, content: Buffer | string, text?: string) => {
    const name = path.join(dir, `${String(files++).padStart(5, '0')}-${kind}${ext}`);
    const bytes = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
    writeFileSync(name, bytes);
    out.push({ kind, file: name, source: name, text: text ?? new TextDecoder('utf-8').decode(bytes), bytes: bytes.length });
  };
  const seed = () => rng.pick(seeds);
  const weights: [string, number][] = [
    ['random-bytes', 10], ['random-text-bytes', 4], ['gbk', 10], ['html', 10], ['truncated-utf8', 10], ['empty', 3], ['latin', 8],
    ['unclosed-book', 10], ['nested-brackets', 8], ['mutated', 15], ['unicode', 5], ['utf16', 2], ['jsonl', 5],
  ];
  const total = weights.reduce((a, [, w]) => a + w, 0);
  const kindAt = () => {
    let x = rng.next() * total;
    for (const [k, w] of weights) if ((x -= w) < 0) return k;
    return 'mutated';
  };

  // The few big ones first: 5 MB texts and long runs without punctuation.
  for (let i = 0; i < o.huge; i++) {
    const target = 5 * 1024 * 1024;
    let s = '';
    if (i % 3 === 0) { let j = 0; while (s.length * 3 < target) s += seeds[j++ % seeds.length]!.text + '\n'; }
    else if (i % 3 === 1) s = '会议强调要加强学习贯彻落实'.repeat(Math.ceil(target / 39));
    else s = '《'.repeat(target / 6) + '关于'.repeat(target / 12);
    file('huge-5mb', '.txt', s);
  }
  for (const chars of o.noPunctuation) {
    file('no-punctuation', '.txt', rng.chance(0.5) ? cjk(rng, chars) : '市委书记张三主持召开会议'.repeat(Math.ceil(chars / 12)));
  }

  let jsonl: { name: string; lines: string[]; inputs: BadInput[] } | null = null;
  const flushJsonl = () => {
    if (!jsonl) return;
    writeFileSync(jsonl.name, jsonl.lines.join('\n') + '\n');
    jsonl = null;
  };
  while (out.length < n) {
    const kind = kindAt();
    const s = seed();
    switch (kind) {
      case 'random-bytes': file(kind, rng.pick(['.txt', '.html']), rng.bytes(rng.size(1, 64 * 1024))); break;
      case 'random-text-bytes': {
        const b = rng.bytes(rng.size(10, 20_000));
        for (let i = 0; i < b.length; i++) if (rng.chance(0.8)) b[i] = rng.int(0x20, 0x7e);
        file(kind, '.txt', b);
        break;
      }
      case 'gbk': {
        const text = rng.chance(0.5) ? mutate(rng, s.text, rng.int(0, 10)) : s.text;
        const enc = rng.pick(['gbk', 'gbk', 'gb2312', 'gb18030', 'big5']);
        if (rng.chance(0.3)) file(kind, '.html', iconv.encode(html(rng, text, '新闻', enc), enc));
        else {
          const b = iconv.encode(text, enc);
          file(kind, '.txt', rng.chance(0.2) ? b.subarray(0, rng.int(1, b.length)) : b);
        }
        break;
      }
      case 'html': file(kind, '.html', html(rng, mutate(rng, s.text, rng.int(0, 5)), rng.pick(['标题', '', '<script>', '"'.repeat(100)]))); break;
      case 'truncated-utf8': {
        let b = Buffer.from(s.text, 'utf8');
        b = b.subarray(rng.int(0, 3), rng.int(1, b.length));
        if (rng.chance(0.5)) {
          const bad = rng.pick([[0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xff], [0xe4, 0xb8], [0xf0, 0x9f, 0x98]]);
          const at = rng.int(0, b.length);
          b = Buffer.concat([b.subarray(0, at), Buffer.from(bad), b.subarray(at)]);
        }
        file(kind, '.txt', b);
        break;
      }
      case 'empty': file(kind, rng.pick(['.txt', '.html']), rng.pick(['', ' ', '\n\n\n', '\ufeff', '\u0000', '\t \r\n', '<html></html>', '<p></p>', '\ufeff\ufeff'])); break;
      case 'latin': {
        const parts: string[] = [];
        for (let i = rng.int(1, 40); i > 0; i--) parts.push(rng.pick(LATIN));
        file(kind, '.txt', rng.chance(0.2) ? iconv.encode(parts.join(' '), 'latin1') : Buffer.from(parts.join(' ')));
        break;
      }
      case 'unclosed-book': {
        let text = s.text.replace(/》/g, () => (rng.chance(0.7) ? '' : '》'));
        const extra = rng.int(1, rng.chance(0.1) ? 3000 : 20);
        for (let i = 0; i < extra; i++) {
          const at = rng.int(0, text.length);
          text = text.slice(0, at) + rng.pick(['《', '《关于', '传达学习《', '〈']) + text.slice(at);
        }
        file(kind, '.txt', text);
        break;
      }
      case 'nested-brackets': {
        const [open, close] = rng.pick(BRACKETS);
        const depth = rng.chance(0.05) ? rng.int(10_000, 100_000) : rng.int(2, 500);
        const inner = rng.chance(0.5) ? '中共清远市委员会' : '关于加强教育工作的意见';
        const nested = open.repeat(depth) + inner + (rng.chance(0.7) ? close.repeat(depth) : close.repeat(rng.int(0, depth)));
        const at = rng.int(0, s.text.length);
        file(kind, '.txt', s.text.slice(0, at) + nested + s.text.slice(at));
        break;
      }
      case 'mutated': file(kind, '.txt', mutate(rng, s.text, rng.int(1, 60))); break;
      case 'unicode': {
        const odd = ['\u200b', '\u200d', '\u202e', '\u2066', '\u0301', '\ufeff', '\u0000', '\u0007', '\ud83d\ude00', '\uE000', '\uFFFF', '\u3000', '１２３', '\u2028', '\u{20000}'];
        let text = s.text;
        for (let i = rng.int(1, 200); i > 0; i--) { const at = rng.int(0, text.length); text = text.slice(0, at) + rng.pick(odd) + text.slice(at); }
        // Lone surrogates written as WTF-8 bytes: invalid UTF-8 on disk.
        const b = Buffer.from(text, 'utf8');
        file(kind, '.txt', rng.chance(0.2) ? Buffer.concat([b, Buffer.from([0xed, 0xb0, 0x80])]) : b, text + (rng.chance(0.3) ? '\ud800' : ''));
        break;
      }
      case 'utf16': {
        const le = Buffer.from(s.text, 'utf16le');
        const variant = rng.int(0, 2);
        file(kind, '.txt', variant === 0 ? Buffer.concat([Buffer.from([0xff, 0xfe]), le]) : variant === 1 ? Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(s.text, 'utf16-be')]) : le);
        break;
      }
      case 'jsonl': {
        if (!jsonl) jsonl = { name: path.join(dir, `${String(files++).padStart(5, '0')}-lines.jsonl`), lines: [], inputs: [] };
        const j = jsonl;
        const lineNo = j.lines.length + 1;
        const shape = rng.int(0, 9);
        let line: string;
        let rec: BadInput = { kind: 'jsonl', file: j.name, line: lineNo, source: `${j.name}:${lineNo}`, text: '', bytes: 0 };
        if (shape === 0) { line = '{"text": "未闭合'; rec.badLine = true; }
        else if (shape === 1) { line = JSON.stringify({ text: 42, url: 'x' }); rec.badLine = true; }
        else if (shape === 2) { line = JSON.stringify({ body: s.text }); rec.badLine = true; }
        else if (shape === 3) { line = '[1, 2, 3]'; rec.badLine = true; }
        else if (shape === 4) { line = 'null'; rec.badLine = true; }
        else {
          const url = rng.pick([s.url, null, 'javascript:alert(1)', `https://example.org/${'x'.repeat(rng.int(1, 10_000))}`, '', '"><script>', 'file:///etc/passwd']);
          const published = rng.pick([s.published, null, '2022-13-45', 'not a date', '0000-00-00', '2022-02-30', '9999-12-31', '']);
          const text = shape === 5 ? mutate(rng, s.text, rng.int(1, 30)) : shape === 6 ? '' : shape === 7 ? LATIN.join(' ') : s.text + `\n(重复 ${rng.int(1, 1e9)})`;
          line = JSON.stringify({ text, url, published, extra: { nested: [1, { a: null }] } });
          rec = { ...rec, text, url, published };
        }
        rec.bytes = Buffer.byteLength(line);
        j.lines.push(line);
        out.push(rec);
        if (j.lines.length >= 50) flushJsonl();
        break;
      }
    }
  }
  flushJsonl();
  return out.slice(0, Math.max(n, out.length));
}
