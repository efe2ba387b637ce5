// What happens at one meeting, before it is written: kind, name, date, organizer, who presided,
// spoke and attended (as the article groups them), and the documents relayed. Two articles
// reporting the same meeting share one MeetingSpec.
import type { Rng } from './prng';
import { chineseNumber, partsOf } from './dates';
import { holderOf, type Doc, type Jurisdiction, type Official, type Org, type PostDef, type World } from './world';
import { CITY_VENUES, SPEECH_SOURCES, TOPICS, VENUES } from './words';

export type MeetingKind = '常委会' | '常务会议' | '中心组学习' | '动员部署会' | '人大常委会会议';

/** People written together under one title (县委常委A、B、C) or one person with its own title. */
export interface Group {
  display: string;
  posts: PostDef[];
  officials: Official[];
}

export interface MeetingSpec {
  kind: MeetingKind;
  name: string;
  day: number;
  j: Jurisdiction;
  organizer: Org;
  topic: string;
  presider: Group | null;
  presiderAction: string;
  speakers: Group[];
  speakerAction: string;
  attendees: Group[];
  attendAction: string;
  observers: Group[];
  cites: Doc[];
  speech: string | null;
  groupAttendees: string[];
  branchVenues: string | null;
  venue: string | null;
}

const YEAR = 365;

function one(j: Jurisdiction, key: string, day: number): Group | null {
  const slot = j.slots.get(key)!;
  const who = holderOf(slot, day);
  return who ? { display: slot.display, posts: slot.posts, officials: [who] } : null;
}

/** Several slots written under one shared title, each holder getting only the posts of that title. */
function grouped(j: Jurisdiction, keys: string[], display: string, posts: PostDef[], day: number): Group | null {
  const officials = keys.map((k) => holderOf(j.slots.get(k)!, day)).filter((o): o is Official => !!o);
  return officials.length ? { display, posts, officials } : null;
}

const present = (groups: (Group | null)[]): Group[] => groups.filter((g): g is Group => !!g && g.officials.length > 0);

/** Documents in force at `day`: issued in the three years before it, recent ones more likely. */
function citable(docs: Doc[], day: number, rng: Rng): Doc | null {
  let hi = docs.length;
  let lo = 0;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (docs[mid].day <= day) lo = mid + 1; else hi = mid; }
  const end = lo;
  let start = end;
  while (start > 0 && docs[start - 1].day > day - 3 * YEAR) start--;
  if (start === end) return end > 0 ? docs[end - 1] : null;
  return docs[end - 1 - Math.floor((end - start) * Math.pow(rng.float(), 1.8))];
}

function pickCites(world: World, j: Jurisdiction, day: number, rng: Rng, count: number): Doc[] {
  const pools: [Doc[], number][] = [[world.nationalDocs, 0.4], [j.province.docs, 0.25], [j.city?.docs ?? j.docs, 0.15], [j.docs, 0.2]];
  const out: Doc[] = [];
  for (let i = 0; i < count * 2 && out.length < count; i++) {
    const d = citable(rng.weighted(pools), day, rng);
    if (d && !out.includes(d)) out.push(d);
  }
  return out;
}

const term = (year: number) => chineseNumber(14 + Math.floor((year - 2006) / 5));

export function planMeeting(world: World, j: Jurisdiction, day: number, rng: Rng): MeetingSpec {
  const { l } = j;
  const { year, dayOfYear } = partsOf(day);
  const kind = rng.weighted<MeetingKind>([['常委会', 0.32], ['常务会议', 0.26], ['中心组学习', 0.12], ['动员部署会', 0.2], ['人大常委会会议', 0.1]]);
  const topic = rng.pick(TOPICS);
  const standing = j.slots.get('organization')!.posts[0];
  const committee = ['executive', 'organization', 'propaganda', 'discipline', 'law', 'united', 'office'];
  const vices = ['vice1', 'vice2', 'vice3'];
  const viceGroup = () => grouped(j, rng.sample(vices, rng.int(1, 3)), `副${l}长`, j.slots.get('vice1')!.posts, day);
  const deptHeads = () => rng.sample([...Array(10).keys()].map((i) => `dept${i}`), rng.int(1, 3)).map((k) => one(j, k, day));
  const base = {
    j, day, topic, speakers: [] as Group[], speakerAction: '', observers: [] as Group[], speech: null as string | null,
    groupAttendees: [] as string[], branchVenues: null as string | null,
    venue: rng.chance(0.3) ? rng.pick(j.level === 'city' ? CITY_VENUES : VENUES).replace(/^县/, l) : null,
  };
  const speech = () => (rng.chance(0.6) ? rng.pick(SPEECH_SOURCES).replace('{topic}', topic) : null);

  switch (kind) {
    case '常委会': {
      const n = Math.floor(dayOfYear / 12) + 1;
      const name = rng.weighted([[`${l}委常委会第${n + (year % 5) * 30}次会议`, 2], [`${l}委常委会${year}年第${n}次会议`, 2], [`${l}委${term(year)}届第${n + (year % 5) * 30}次常委会议`, 1]]);
      return {
        ...base, kind, name, organizer: j.orgs.party,
        presider: one(j, 'secretary', day), presiderAction: '主持召开',
        attendees: present([one(j, 'head', day), one(j, 'deputy', day), grouped(j, rng.sample(committee, rng.int(4, 7)), `${l}委常委`, [standing], day)]),
        attendAction: '出席会议',
        observers: present([one(j, 'congress', day), one(j, 'cppcc', day)]),
        cites: pickCites(world, j, day, rng, rng.int(1, 3)), speech: speech(),
      };
    }
    case '常务会议': {
      const n = Math.floor(dayOfYear / 20) + 1;
      return {
        ...base, kind, name: rng.chance(0.5) ? `${l}政府第${n + (year % 5) * 18}次常务会议` : `${l}政府${year}年第${n}次常务会议`, organizer: j.orgs.gov,
        presider: one(j, 'head', day), presiderAction: '主持召开',
        attendees: present([one(j, 'executive', day), viceGroup()]), attendAction: '出席会议',
        observers: present(deptHeads()),
        cites: pickCites(world, j, day, rng, rng.int(0, 2)), speech: speech(),
      };
    }
    case '中心组学习': {
      const n = Math.floor(dayOfYear / 45) + 1;
      return {
        ...base, kind, name: `${l}委理论学习中心组${year}年第${chineseNumber(n)}次集体学习`, organizer: j.orgs.party,
        presider: one(j, 'secretary', day), presiderAction: '主持会议并讲话',
        speakers: present([grouped(j, rng.sample(committee, 2), `${l}委常委`, [standing], day)]), speakerAction: '作交流发言',
        attendees: present([one(j, 'head', day), one(j, 'deputy', day)]), attendAction: '参加学习',
        cites: pickCites(world, j, day, rng, rng.int(1, 2)), speech: speech(),
      };
    }
    case '动员部署会': {
      const byParty = rng.chance(0.5);
      const cityGuest = j.city && rng.chance(0.3) ? one(j.city, rng.pick(['organization', 'executive', 'propaganda']), day) : null;
      return {
        ...base, kind, name: `${topic}工作动员部署会`, organizer: byParty ? j.orgs.party : j.orgs.gov,
        presider: one(j, byParty ? 'deputy' : 'executive', day), presiderAction: '主持会议',
        speakers: present([cityGuest, one(j, byParty ? 'secretary' : 'head', day)]), speakerAction: '出席会议并讲话',
        attendees: present([viceGroup()]), attendAction: '出席会议',
        groupAttendees: rng.sample([`各乡镇党委书记`, `${l}直各单位主要负责同志`, `${l}${topic}工作领导小组成员`, '各村(社区)党组织书记'], rng.int(1, 2)),
        branchVenues: rng.chance(0.3) ? '各乡镇设分会场' : null,
        cites: pickCites(world, j, day, rng, rng.int(0, 1)), speech: speech(),
      };
    }
    case '人大常委会会议': {
      const n = Math.floor(dayOfYear / 40) + 1 + (year % 5) * 9;
      return {
        ...base, kind, name: `${l}${term(year)}届人大常委会第${chineseNumber(n)}次会议`, organizer: j.orgs.congress,
        presider: one(j, 'congress', day), presiderAction: '主持会议',
        attendees: [], attendAction: '出席会议',
        observers: present([viceGroup(), ...deptHeads()]),
        cites: pickCites(world, j, day, rng, rng.int(0, 1)),
      };
    }
  }
}
