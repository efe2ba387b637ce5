// One article: a MeetingSpec written in the genre's words (a full report, or a brief second
// report of a meeting another article already covered), with its title, source line and the
// reference extraction.
import { createHash } from 'node:crypto';
import type { ExtractedParticipant, Extraction, Role } from '../../src/extract';
import type { Rng } from './prng';
import { isoOf, partsOf } from './dates';
import { ArticleWriter } from './truth';
import type { Group, MeetingSpec } from './meeting';
import { ARTICLE_TAILS, EMPHASES, PUBLISHER_SUFFIXES, RESEARCH, SURNAMES } from './words';

export interface CorpusRecord {
  text: string;
  url: string;
  published: string;
}

export interface CorpusArticle extends CorpusRecord {
  /** What a perfect extractor returns for `text`. */
  truth: Extraction;
}

const fill = (s: string, m: MeetingSpec, org: string) =>
  s.replaceAll('{topic}', m.topic).replaceAll('{region}', m.j.name).replaceAll('{scope}', m.j.l).replaceAll('{org}', org);

function writeGroups(w: ArticleWriter, groups: Group[], out: ExtractedParticipant[], role: Role, action: string): void {
  groups.forEach((g, gi) => {
    if (gi) w.add(',');
    w.add(g.display);
    g.officials.forEach((o, i) => {
      if (i) w.add('、');
      const at = w.text.length;
      const person = w.person(o, g.posts);
      out.push({ person, role, action, evidence: [{ start: at, end: at + o.name.length }] });
    });
  });
}

function dateText(day: number, rng: Rng, withYear: boolean): string {
  const { year, month, date } = partsOf(day);
  return `${withYear ? `${year}年` : ''}${month}月${date}日${rng.pick(['', '', '上午', '下午'])}`;
}

export function writeArticle(m: MeetingSpec, published: number, brief: boolean, rng: Rng, url: string): CorpusArticle {
  const w = new ArticleWriter();
  const j = m.j;
  const participants: ExtractedParticipant[] = [];
  const presider = m.presider?.officials[0];
  const inRegion = m.name.startsWith(j.l) ? `${j.name}${m.name.slice(1)}召开` : `${j.name}召开${m.name}`;
  const title = !brief && presider && rng.chance(0.5) ? `${presider.name}主持召开${m.name}` : inRegion;
  const publisher = `${j.name}${rng.pick(PUBLISHER_SUFFIXES)}`;
  w.add(`${title}\n`);
  const meta = rng.chance(0.6);
  if (meta) w.add(`来源:${publisher}  发布时间:${isoOf(published)}  浏览次数:${rng.int(3, 4000)}\n`);

  const meetingStart = w.text.length;
  w.add(`${dateText(m.day, rng, rng.chance(0.15))},`);
  let nameSpan;
  if (m.kind === '常委会' || m.kind === '常务会议') {
    if (m.presider) { writeGroups(w, [m.presider], participants, 'presided', m.presiderAction); w.add(m.presiderAction); }
    else w.add(`${m.organizer.short}召开`);
    if (m.venue) w.add(`,在${m.venue}召开`);
    nameSpan = w.mark(m.name);
    w.add('。');
  } else if (m.kind === '中心组学习') {
    nameSpan = w.mark(m.name);
    w.add(`举行${m.speech ? `,专题学习${m.speech}` : ''}。`);
    if (m.presider) { writeGroups(w, [m.presider], participants, 'presided', m.presiderAction); w.add(`${m.presiderAction}。`); }
  } else if (m.kind === '动员部署会') {
    w.add(`${j.name}召开`);
    nameSpan = w.mark(m.name);
    w.add('。');
    if (m.branchVenues) w.add(`会议以视频形式召开,${m.branchVenues}。`);
  } else {
    nameSpan = w.mark(m.name);
    w.add(`召开${m.venue ? `,会议在${m.venue}举行` : ''}。`);
    if (m.presider) { writeGroups(w, [m.presider], participants, 'presided', m.presiderAction); w.add(`${m.presiderAction}。`); }
  }
  if (m.kind === '动员部署会') {
    if (m.speakers.length) { writeGroups(w, m.speakers, participants, 'spoke', m.speakerAction); w.add(`${m.speakerAction},`); }
    if (m.presider) { writeGroups(w, [m.presider], participants, 'presided', m.presiderAction); w.add(`${m.presiderAction}。`); }
  }
  const attendees = brief ? m.attendees.slice(0, 1) : m.attendees;
  if (attendees.length) { writeGroups(w, attendees, participants, 'attended', m.attendAction); w.add(`${m.attendAction}`); }
  if (m.groupAttendees.length) w.add(`${attendees.length ? ',' : ''}${m.groupAttendees.join('、')}参加会议`);
  if (attendees.length || m.groupAttendees.length) w.add('。');
  if (!brief && m.observers.length) { writeGroups(w, m.observers, participants, 'attended', '列席会议'); w.add('列席会议。'); }
  if (m.kind === '中心组学习' && m.speakers.length) { writeGroups(w, m.speakers, participants, 'spoke', m.speakerAction); w.add(`${m.speakerAction}。`); }
  w.add('\n');

  const cites: string[] = [];
  if (m.cites.length || m.speech) {
    w.add(m.kind === '人大常委会会议' ? '会议审议了' : m.kind === '中心组学习' ? '会上,大家认真学习了' : '会议传达学习了');
    const items: (() => void)[] = [];
    if (m.speech && m.kind !== '中心组学习') items.push(() => w.add(m.speech!));
    for (const d of m.cites) items.push(() => cites.push(w.policy(d, { issuer: rng.chance(0.8), alias: !brief })));
    items.forEach((f, i) => { if (i) w.add(i === items.length - 1 ? '和' : '、'); f(); });
    w.add(m.kind === '人大常委会会议' || (!m.cites.length && m.speech?.endsWith('精神')) ? '。\n' : '精神。\n');
  }
  const paragraphs = brief ? 1 : rng.int(2, 4);
  const dept = j.departments[rng.int(0, j.departments.length - 1)].short;
  if (!brief && m.kind !== '中心组学习') w.add(fill(rng.pick(RESEARCH), m, dept) + '\n');
  const emphases = rng.sample(EMPHASES, paragraphs * 3);
  for (let p = 0; p < paragraphs; p++) {
    const lead = p === 0 ? '会议强调,' : p === 1 && presider ? `${presider.name}要求,` : '会议指出,';
    w.add(lead + emphases.slice(p * 3, p * 3 + rng.int(2, 3)).map((s) => fill(s, m, dept)).join('') + '\n');
  }
  const tail = rng.pick(ARTICLE_TAILS);
  const editor = () => rng.pick(SURNAMES) + rng.pick(['晓', '文', '思', '雨', '嘉']) + rng.pick(['琳', '涵', '宇', '婷', '博']);
  w.add(tail.replace('{editor}', editor()).replace('{editor2}', editor()).replace('{publisher}', publisher));
  const text = w.text.trimEnd();

  const organizer = w.org(m.organizer);
  const published_ = isoOf(published);
  const truth: Extraction = {
    source: url,
    article: {
      id: createHash('sha256').update(text).digest('hex'), title, publisher: meta || tail.includes('{publisher}') ? publisher : null,
      published: published_, url, region: j.name, text,
    },
    persons: [...w.persons.values()],
    organizations: [...w.organizations.values()],
    meetings: [{
      id: 'm1', name: m.name, kind: m.kind, date: isoOf(m.day), venue: m.venue, organizer, participants: strongest(participants),
      groupAttendees: m.groupAttendees, branchVenues: m.branchVenues, cites, topics: [m.topic], follows: null,
      evidence: [{ start: meetingStart, end: Math.max(nameSpan.end, meetingStart) }],
    }],
    policies: [...w.policies.values()],
    warnings: [],
  };
  return { text, url, published: published_, truth };
}

/** One participation per person, its strongest role (presided > spoke > attended). */
function strongest(list: ExtractedParticipant[]): ExtractedParticipant[] {
  const rank = { presided: 0, spoke: 1, attended: 2 } as const;
  const best = new Map<string, ExtractedParticipant>();
  for (const p of list) {
    const b = best.get(p.person);
    if (!b || rank[p.role] < rank[b.role]) best.set(p.person, p);
  }
  return [...best.values()];
}
