// Reporter, editor and photographer credits: removed from the text (they are not officials) and
// returned so the article can keep its authors. Forms: 本报讯(记者 X 通讯员 Y), 【记者 X】,
// 本网讯X报道:, a trailing (X) after the last sentence of a paragraph, (X供稿), a line of credits only.
import type { Lexicon } from '../lexicon';

export interface Byline {
  name: string;
  role: string;
}

const HAN_NAME = /^[\u4e00-\u9fff]{2,4}(?:[·•][\u4e00-\u9fff]{1,8})?$/;

const cache = new WeakMap<Lexicon, { roles: RegExp; lead: RegExp }>();

function regexes(lex: Lexicon): { roles: RegExp; lead: RegExp } {
  let r = cache.get(lex);
  if (!r) {
    const roles = lex.bylineRoles.filter((x) => x.length > 1 || x === '摄').map((x) => x.replace(/[/]/g, '\\/'));
    const leads = lex.newsLeads.join('|');
    r = {
      roles: new RegExp(`(${roles.join('|')})`, 'g'),
      lead: new RegExp(`^\\s*[\\u4e00-\\u9fff]{0,8}?(?:${leads})\\s*(?:([\\u4e00-\\u9fff]{2,4})\\s*(?:报道|电|摄)\\s*[:：]?)?\\s*`),
    };
    cache.set(lex, r);
  }
  return r;
}

function rolesRe(lex: Lexicon): RegExp {
  const re = regexes(lex).roles;
  re.lastIndex = 0;
  return re;
}

/** Names and roles in a credit such as `记者 马治卫 通讯员潘全喜`. */
export function parseCredit(content: string, lex: Lexicon): Byline[] {
  const out: Byline[] = [];
  const parts = content.split(rolesRe(lex));
  let role = 'author';
  for (const part of parts) {
    if (!part) continue;
    if (lex.bylineRoles.includes(part)) {
      role = part;
      continue;
    }
    for (const tok of part.split(/[\s、,，:：/]+/)) if (HAN_NAME.test(tok)) out.push({ name: tok, role });
  }
  return out;
}

export function isCredit(content: string, lex: Lexicon): boolean {
  if (/[。，,；;]/.test(content) || content.length > 40) return false;
  return rolesRe(lex).test(content);
}

const PAREN = /[(（【\[]([^()（）【】\[\]\n]{1,40})[)）】\]]/g;

function stripParens(line: string, lex: Lexicon, bylines: Byline[], removed: string[]): string {
  let out = '';
  let last = 0;
  for (const m of line.matchAll(PAREN)) {
    if (!isCredit(m[1], lex)) continue;
    bylines.push(...parseCredit(m[1], lex));
    const lead = line.slice(last, m.index);
    // A short lead before a credit at the start of a line (本报讯, X新闻网-X中心) goes with it.
    const dropLead = last === 0 && m.index <= 30 && !/[。，,；;！？]/.test(lead);
    removed.push(dropLead ? line.slice(0, m.index + m[0].length).trim() : m[0]);
    out += dropLead ? '' : lead;
    last = m.index + m[0].length;
  }
  return out + line.slice(last);
}

const CREDIT_SEP = /[\s、,，:：/⊙○●◆□|]+/;

const surnameFirst = (name: string, lex: Lexicon): boolean =>
  lex.surnames.has(name[0]) || lex.compoundSurnames.has(name.slice(0, 2));

/** The credits of a line that holds nothing else (记者李某实习生王某, ⊙记者X○编辑Y, 商报记者X实习生Y/文):
 *  a short lead, then roles each followed by names only. Null when anything else is written. */
export function creditLine(line: string, lex: Lexicon): Byline[] | null {
  const s = line.trim();
  if (s.length > 40 || /[。，,；;！？!?]/.test(s)) return null;
  const parts = s.split(rolesRe(lex));
  if (parts.length < 3 || parts[0].length > 8) return null;
  const out: Byline[] = [];
  for (let k = 2; k < parts.length; k += 2) {
    for (const tok of parts[k].split(CREDIT_SEP).filter(Boolean)) {
      // A one-character role closing the line (/文, /摄) is part of the credit.
      if (lex.bylineRoles.includes(tok)) continue;
      if (!HAN_NAME.test(tok) || !surnameFirst(tok, lex)) return null;
      out.push({ name: tok, role: parts[k - 1] });
    }
  }
  return out.length ? out : null;
}

/** Removes credits from one line; returns the line left and what was removed. */
export function stripBylines(line: string, lex: Lexicon): { line: string; bylines: Byline[]; removed: string[] } {
  const whole = creditLine(line, lex);
  if (whole) return { line: '', bylines: whole, removed: [line.trim()] };
  const bylines: Byline[] = [];
  const removed: string[] = [];
  let out = stripParens(line, lex, bylines, removed);
  // 本网讯李宁报道: / 本报讯 at the start of a line.
  const lead = regexes(lex).lead.exec(out);
  if (lead) {
    if (lead[1]) bylines.push({ name: lead[1], role: '记者' });
    removed.push(lead[0].trim());
    out = out.slice(lead[0].length);
  }
  // A trailing (姓名) after a paragraph's last sentence.
  const tail = /(^|[。！？!?”"])\s*[(（]([\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4}){0,3})[)）]\s*$/.exec(out);
  if (tail) {
    for (const n of tail[2].split(/\s+/)) bylines.push({ name: n, role: 'author' });
    removed.push(out.slice(tail.index + tail[1].length).trim());
    out = out.slice(0, tail.index + tail[1].length);
  }
  return { line: out, bylines, removed };
}
