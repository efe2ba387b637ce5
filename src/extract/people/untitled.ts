// Names written without any title, recognised only where the sentence leaves no doubt: a clause
// that is a list of two or more names followed by a participation verb (张某、李某参加会议), or
// one name after 由/接受/以及 and before a strong verb (由王某主持, 接受李某辞去…).
import type { Indexes } from '../indexes';
import { readNameAt, type NameHit } from './names';
import type { Finding } from './find';

const CLAUSE_START = '，,；;。：:！？!?\n';
const SINGLE_LEADS = ['会议由', '由', '接受', '以及', '同意', '批准'];
const LEAD_FIRST = new Set(SINGLE_LEADS.map((w) => w[0]));
const AFTER_LIST = ['等', '同志', '分别', '也', '均', '一同', '共同'];

function verbAt(t: string, i: number, ix: Indexes): string | null {
  let k = i;
  for (const w of AFTER_LIST) if (t.startsWith(w, k)) k += w.length;
  if (t[k] === '在') {
    // 在会上 / 在主会场: a short place before the verb.
    const close = t.slice(k, k + 12).search(/[上中内](?=[\u4e00-\u9fff])/);
    if (close > 0) k += close + 1;
  }
  return ix.roleVerbs.startingAt(t, k) ?? (t.startsWith('辞去', k) ? '辞去' : null);
}

function readList(t: string, i: number, ix: Indexes, mask: Uint8Array): NameHit[] {
  const names: NameHit[] = [];
  let j = i;
  for (;;) {
    if (mask[j]) break;
    const hit = readNameAt(t, j, ix);
    if (!hit) break;
    names.push(hit);
    if (t[hit.end] !== '、') break;
    j = hit.end + 1;
  }
  return names;
}

const APPOINT = ['接受', '任命', '免去', '推选', '选举', '提名', '聘任', '决定'];
const APPOINT_AFTER = ['辞去', '同志', '为', '担任', '的'];

/** 任命X为…, 接受X辞去…, 免去X的…职务: the person's name sits between an appointment verb
 *  and 为/辞去/的, anywhere in a sentence. */
function appointed(t: string, mask: Uint8Array, ix: Indexes, out: Finding[]): void {
  for (const lead of APPOINT) {
    for (let at = t.indexOf(lead); at >= 0; at = t.indexOf(lead, at + lead.length)) {
      const i = at + lead.length;
      if (mask[i]) continue;
      const hit = readNameAt(t, i, ix);
      if (!hit || !APPOINT_AFTER.some((w) => t.startsWith(w, hit.end))) continue;
      if (ix.lex.ambiguousSurnames.has(hit.name[0]) && hit.name.length < 3) continue;
      out.push({ name: hit.name, start: hit.start, end: hit.end, posts: [], how: 'verb' });
    }
  }
}

/** 县长李某以及王某、赵某出席: names listed without a title after 以及, ended by a verb. */
function afterYiji(t: string, mask: Uint8Array, ix: Indexes, out: Finding[]): void {
  for (let at = t.indexOf('以及'); at >= 0; at = t.indexOf('以及', at + 2)) {
    const names = readList(t, at + 2, ix, mask);
    if (!names.length || !verbAt(t, names[names.length - 1].end, ix)) continue;
    if (!names.some((n) => !ix.lex.ambiguousSurnames.has(n.name[0]))) continue;
    for (const n of names) out.push({ name: n.name, start: n.start, end: n.end, posts: [], how: 'verb' });
  }
}

export function namesWithoutTitles(t: string, mask: Uint8Array, ix: Indexes, known: Set<string>): Finding[] {
  const out: Finding[] = [];
  appointed(t, mask, ix, out);
  afterYiji(t, mask, ix, out);
  for (let c = 0; c < t.length; c++) {
    if (c > 0 && !CLAUSE_START.includes(t[c - 1])) continue;
    if (mask[c] || !(ix.lex.surnames.has(t[c]) || LEAD_FIRST.has(t[c]) || ix.lex.translitChars.has(t[c]) || t[c] === '决' || t[c] === '会')) continue;
    let i = c;
    let lead: string | undefined;
    for (let k = c; k <= c + 4 && !lead; k++) {
      lead = SINGLE_LEADS.find((w) => t.startsWith(w, k));
      if (lead) i = k + lead.length;
    }
    const names = readList(t, i, ix, mask);
    if (!names.length) continue;
    const last = names[names.length - 1];
    if (!verbAt(t, last.end, ix)) continue;
    const clear = (n: NameHit): boolean => !ix.lex.ambiguousSurnames.has(n.name[0]) || known.has(n.name) || n.strength === 2;
    const ok = names.length >= 2 ? names.filter((n) => !ix.lex.ambiguousSurnames.has(n.name[0])).length >= 2 : (!!lead || known.has(last.name)) && clear(last);
    if (!ok) continue;
    for (const n of names) out.push({ name: n.name, start: n.start, end: n.end, posts: [], how: 'verb' });
  }
  return out;
}
