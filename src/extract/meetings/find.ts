// Meetings the article reports: `[subject](在[venue])召开[name]` or `[name](在[venue])召开/举行`,
// the name ending with a meeting word (常委会议, 常务会议, 动员部署会, 集中学习 …). A meeting
// whose name is followed by 精神 is relayed, not reported; 召开X前 refers to X; a meeting the
// same sentence says was held first (专门召开, 此前召开) is an earlier one.
import type { Indexes } from '../indexes';
import { clauses, sentences, type Piece } from '../text/sentences';
import { datesIn } from './dates';
import { isVenue } from './details';
import type { DateParts } from '../text/dates';

export interface FoundMeeting {
  name: string;
  kind: string | null;
  subject: string | null;
  venue: string | null;
  date: DateParts | null;
  /** The year written in the name (理论学习中心组2022年第7次集中学习). */
  nameYear: number | null;
  sentence: Piece;
  inTitle: boolean;
  earlier: boolean;
}

const NAME_STOP = ['听取', '传达', '审议', '研究', '就', '对', '围绕', '进一步', '学习贯彻', '集体学习'];
const SUBJECT_TAIL = /(专门|组织|主持|再次|随即|紧急|及时|隆重|正式|专题|联合|共同|首次|分别|先后|又|还|也|已)+$/;
const DATE_LEAD = /^(?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?(?:\d{1,2}[日号])?(?:上午|下午|晚上|晚间|早上|中午|凌晨|当天|当日)?/;
const GENERIC = /^(第|\d|[一二三四五六七八九十]+届|全体|常务|会议|党组会|支部大会|党委会|主席会)/;

function kindOf(name: string, ix: Indexes): { kind: string | null; end: number } {
  for (let e = name.length; e > 0; e--) {
    const w = ix.meetingKinds.endingAt(name, e);
    if (w) return { kind: ix.lex.meetingKinds.find(([k]) => k === w)?.[1] ?? null, end: e };
  }
  return { kind: null, end: -1 };
}

/** The meeting name at the start of `post` (what follows 召开): up to its last meeting word. */
function nameAfter(post: string, ix: Indexes): string | null {
  let limit = post.length;
  for (const w of NAME_STOP) {
    const at = post.indexOf(w, 2);
    if (at > 0 && at < limit) limit = at;
  }
  let best = -1;
  for (let e = 1; e <= limit; e++) if (ix.meetingKinds.endingAt(post, e)) best = e;
  return best > 1 ? post.slice(0, best) : null;
}

function trimSubject(pre: string, ix: Indexes): string {
  let s = pre.replace(DATE_LEAD, '');
  for (let lead = ix.postLeads.startingAt(s, 0); lead && lead.length < s.length; lead = ix.postLeads.startingAt(s, 0)) {
    s = s.slice(lead.length).replace(DATE_LEAD, '');
  }
  return s.replace(SUBJECT_TAIL, '').replace(/了$/, '');
}

function splitVenue(s: string): { before: string; venue: string | null } {
  const at = s.lastIndexOf('在');
  if (at < 0) return { before: s, venue: null };
  const venue = s.slice(at + 1).replace(/(以|通过|采取|采用).*$/, '');
  return { before: s.slice(0, at), venue: isVenue(venue) ? venue : null };
}

const dateMemo = new WeakMap<Piece, DateParts[]>();

function closestDate(s: Piece, at: number): DateParts | null {
  let ds = dateMemo.get(s);
  if (!ds) dateMemo.set(s, (ds = datesIn(s.text)));
  const before = ds.filter((d) => s.start + d.end <= at);
  const d = before[before.length - 1] ?? ds[0] ?? null;
  return d ? { ...d, start: d.start + s.start, end: d.end + s.start } : null;
}

function meetingAt(t: string, s: Piece, c: Piece, v: number, verb: string, ix: Indexes, personAt: Uint8Array): FoundMeeting | null {
  // A meeting's words sit next to its verb: look a bounded way either side (long clauses stay linear).
  const pre = t.slice(Math.max(c.start, v - 60), v);
  let post = t.slice(v + verb.length, Math.min(c.end, v + verb.length + 80)).replace(/^了/, '');
  if (post.startsWith('的')) return null; // 召开的一次会议: attributive, not a report
  post = post.replace(/[，,。；;！？\n]$/, '');
  let name = nameAfter(post, ix);
  let subject: string | null = null;
  let venue: string | null = null;
  if (name) {
    if (/^[前后时]/.test(post.slice(name.length))) return null; // 召开X前: X is referred to
    const sv = splitVenue(trimSubject(pre, ix));
    venue = sv.venue;
    const subj = sv.before;
    const hasPerson = personAt.subarray(Math.max(c.start, v - 60), v).some((x) => x === 1);
    subject = subj.length >= 2 && !hasPerson && !ix.titles.endingAt(subj, subj.length) ? subj : null;
    if (subject && GENERIC.test(name)) name = subject + name;
  } else {
    const sv = splitVenue(trimSubject(pre, ix));
    // The name must end with its meeting word (…全体会议召开), not merely contain one.
    const bare = sv.before.replace(/[(（][^()（）]{1,6}[)）]$/, '');
    if (sv.before.length < 2 || !ix.meetingKinds.endingAt(bare, bare.length)) return null;
    name = sv.before;
    venue = sv.venue;
  }
  if (t.startsWith('精神', v + verb.length + name.length)) return null;
  const nameYear = /((?:19|20)\d{2})年/.exec(name);
  const earlier = ix.lex.earlierMarks.some((w) => s.text.includes(w)) || /召开.{1,30}前[，,]/.test(s.text.slice(0, v - s.start));
  return {
    name, kind: kindOf(name, ix).kind, subject, venue, date: closestDate(s, v),
    nameYear: nameYear ? Number(nameYear[1]) : null, sentence: s, inTitle: false, earlier,
  };
}

/** Every reported meeting in text order; `titleEnd` is the end of the headline (0 if none). */
export function findMeetings(t: string, ix: Indexes, titleEnd: number, personAt: Uint8Array): FoundMeeting[] {
  const out: FoundMeeting[] = [];
  for (const s of sentences(t)) {
    for (const c of clauses(t, s)) {
      for (let v = c.start; v < c.end; v++) {
        const verb = ix.convene.startingAt(t, v);
        if (!verb || t[v - 1] === '的') continue;
        const m = meetingAt(t, s, c, v, verb, ix, personAt);
        if (m) {
          m.inTitle = s.start < titleEnd;
          out.push(m);
        }
        v += verb.length - 1;
      }
    }
  }
  return out;
}
