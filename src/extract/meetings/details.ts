// Details of the main meeting read from the sentences around it: attendees named only as groups
// (市委教育工作领导小组成员, 各乡镇负责人), branch venues (各县(市、区)设分会场), the venue of a
// 在X参会 sentence, and the topics discussed (对X、Y进行了研究 / 会议审议了X).
import type { Indexes } from '../indexes';
import { sentences } from '../text/sentences';

export interface MeetingDetails {
  groupAttendees: string[];
  branchVenues: string | null;
  venue: string | null;
  topics: string[];
}

const ATTEND = /(参加|出席|列席|参会|到会|与会)(了)?(会议|大会|学习|活动)?/;
const PLACE_END = /(会议室|会议厅|会议中心|中心|礼堂|大厅|会场|厅|室|楼|馆|宾馆|酒店|饭店|大厦|广场|基地|学校|校区|驻地|现场|园区|村|社区|镇|街道|县|市|区|所|院|局|府|委|办|站|厂|公司|园|港|号|处)$/;
const GROUP_END = /(成员|同志|负责人|干部|代表|领导|一把手|班子|委员|常委|职工|党员|教师|书记|主任|人员|群众|单位)[”"]?$/;
const TOPIC = /(?:对|就)([^。；]{2,120}?)(?:等有关事项|等事项|等工作|等问题)?(?:进行了|作了|做了|进行)(?:专题)?(?:研究|审议|讨论|部署|安排)/;
const TOPIC2 = /(?:研究了|审议了|讨论了|听取了|审定了)([^。；]{2,80})/;

/** A place where people meet (…会议室, …中心, 驻地), not 在职 or 在会上. */
export function isVenue(s: string): boolean {
  return s.length >= 2 && s.length <= 30 && !/[，,、。]/.test(s) && PLACE_END.test(s);
}

function splitItems(s: string): string[] {
  return s.split(/[、，,]|及(?=[\u4e00-\u9fff])|以及|和(?=[\u4e00-\u9fff]{2})/).map((x) => x.trim()).filter(Boolean);
}

export function meetingDetails(t: string, personAt: Uint8Array, ix: Indexes): MeetingDetails {
  const d: MeetingDetails = { groupAttendees: [], branchVenues: null, venue: null, topics: [] };
  for (const s of sentences(t)) {
    const text = s.text.replace(/[。；;！？!?\n]$/, '');
    const at = text.indexOf('分会场');
    if (at >= 0 && !d.branchVenues) {
      // The clause that names the branch venues (各县(市、区)设分会场), found without a regex scan.
      const from = Math.max(text.lastIndexOf('，', at), text.lastIndexOf(',', at), text.lastIndexOf('；', at)) + 1;
      d.branchVenues = text.slice(from, at + 3).replace(/^在/, '');
    }
    const att = ATTEND.exec(text);
    if (att) {
      let subject = text.slice(0, att.index);
      const at = subject.lastIndexOf('在');
      const venue = at > 0 ? subject.slice(at + 1) : '';
      if (isVenue(venue)) {
        d.venue ??= venue;
        subject = subject.slice(0, at);
      }
      // Items of the subject that are groups, in sentences or clauses that name nobody.
      let offset = 0;
      for (const item of splitItems(subject)) {
        const local = subject.indexOf(item, offset);
        offset = local >= 0 ? local + item.length : offset;
        const pos = local >= 0 ? s.start + local : -1;
        const named = pos >= 0 && personAt.subarray(pos, pos + item.length).some((x) => x === 1);
        if (!named && GROUP_END.test(item) && item.length <= 30 && !d.groupAttendees.includes(item)) d.groupAttendees.push(item);
      }
    }
    const topic = /研究|审议|讨论|部署|安排|听取|审定/.test(text) ? TOPIC.exec(text) ?? TOPIC2.exec(text) : null;
    if (topic && d.topics.length < 12) {
      for (const item of splitItems(topic[1].replace(/等(有关)?(事项|事宜|工作|问题)$/, ''))) {
        const clean = item.replace(/^(了|对|我[市县区]|全[市县区])/, '');
        if (clean.length >= 2 && clean.length <= 40 && !d.topics.includes(clean)) d.topics.push(clean);
      }
    }
  }
  void ix;
  return d;
}
