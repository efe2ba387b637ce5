// What each person did at the meeting, from the verbs after their mention in the same clause:
// 主持 → presided; 讲话, 传达, 作…部署, 指出 … → spoke; 出席, 参加, 列席 … → attended. A clause
// that only lists people (县长张某，副县长李某、王某出席会议) takes the verb of the clause that
// ends the list. A person named after 传达学习/贯彻/结合 is what was relayed, not a participant.
import type { Role, Span } from './types';
import type { Indexes } from './indexes';
import type { Mention } from './people';
import { clauses, sentences } from './text/sentences';

export interface RoleFact {
  name: string;
  roles: Role[];
  action: string;
  evidence: Span;
}

const SKIP_LEAD = /^(?:等|同志|分别|也|均|一同|共同|还|并|随后|首先|最后|接着|亲自|专门|会上|会中|[,，、]|在(?:会上|会议上|主会场|分会场|[\u4e00-\u9fff]{1,10}?[上中]))+/;
const SINGLE_VERBS = /^(?:作|做|说|谈)(?!为|出|好|到|用)/;
const GROUPISH = /(成员|同志|负责人|干部|代表|领导|班子|委员|职工|人员|常委|等|一把手”?)$/;
const PRONOUN = /^(?:会上[,，]|随后[,，]|同时[,，])?(?:他|她)(?=[\u4e00-\u9fff])/;
const DATE = /(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}[日号]$|\d{1,2}[日号]$/;

function verbsIn(phrase: string, ix: Indexes): { roles: Set<Role>; at: number } | null {
  const lead = SKIP_LEAD.exec(phrase)?.[0].length ?? 0;
  const roles = new Set<Role>();
  let first = -1;
  if (SINGLE_VERBS.test(phrase.slice(lead))) {
    roles.add('spoke');
    first = lead;
  }
  for (let i = lead; i < phrase.length; i++) {
    const v = ix.roleVerbs.startingAt(phrase, i);
    if (!v || v.length < 2) continue;
    const before = phrase.slice(Math.max(0, i - 2), i);
    const at = i + v.length;
    if (/听取|的$|重要$/.test(before) || ix.lex.nounAfter.some((w) => phrase.startsWith(w, at))) {
      i += v.length - 1;
      continue;
    }
    if (ix.presided.has(v)) roles.add('presided');
    else if (ix.spoke.has(v)) roles.add('spoke');
    else roles.add('attended');
    if (first < 0) first = i;
    i += v.length - 1;
  }
  return roles.size ? { roles, at: first } : null;
}

/** Named after a relay verb: 传达学习了汪洋主席…的讲话精神. */
function relayed(t: string, m: Mention, sentenceStart: number, ix: Indexes): boolean {
  let before = t.slice(Math.max(sentenceStart, m.postStart - 14), m.postStart);
  before = before.replace(/了$/, '').replace(DATE, '').replace(/了$/, '').replace(/(书面|认真|深入|集中|专题)$/, '');
  // 传达学习了市委X书记: an organization written before a name-first mention.
  if (m.postStart === m.start) before = before.replace(/[\u4e00-\u9fff]{0,4}[委府局部厅办院]$/, '');
  for (let k = Math.max(0, before.length - 6); k < before.length; k++) {
    const v = ix.relay.startingAt(before, k);
    if (v && k + v.length === before.length) return true;
  }
  return false;
}

export function readRoles(t: string, mentions: Mention[], ix: Indexes): RoleFact[] {
  const out: RoleFact[] = [];
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  let mi = 0;
  let last: Mention | null = null;
  for (const s of sentences(t)) {
    let pending: Mention[] = [];
    for (const c of clauses(t, s)) {
      const inClause: Mention[] = [];
      while (mi < sorted.length && sorted[mi].start < c.end) {
        if (sorted[mi].start >= c.start) inClause.push(sorted[mi]);
        mi++;
      }
      const eligible = inClause.filter((m) => !relayed(t, m, s.start, ix));
      // 他强调 / 她表示 at the start of a sentence: the person last named as a participant.
      const pronoun = !inClause.length && c.start === s.start ? PRONOUN.exec(c.text) : null;
      if (pronoun && last) {
        const m: Mention = { ...last, start: c.start, end: c.start + pronoun[0].length, postStart: c.start, tailEnd: c.start + pronoun[0].length };
        inClause.push(m);
        eligible.push(m);
      }
      if (eligible.length) last = eligible[eligible.length - 1];
      let from = c.start;
      for (const m of inClause) from = Math.max(from, m.tailEnd);
      const phrase = t.slice(from, c.end);
      const found = from < c.end ? verbsIn(phrase, ix) : null;
      const pre = found ? phrase.slice(0, found.at).replace(SKIP_LEAD, '') : phrase.replace(/[，,。；;！？!?\n]+$/, '');
      if (!inClause.length && pending.length && pre && !GROUPISH.test(pre)) {
        pending = []; // the list of people ended without a verb of their own
        continue;
      }
      if (found) {
        const action = phrase.slice(found.at).replace(/[，,。；;！？!?\n]+$/, '').slice(0, 30);
        for (const m of pending.concat(eligible)) {
          out.push({ name: m.name, roles: [...found.roles], action, evidence: { start: m.start, end: c.end } });
        }
        pending = [];
      } else if (inClause.length) {
        for (const m of eligible) pending.push(m);
      }
    }
  }
  return out;
}
