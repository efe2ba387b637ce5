// The posts written before a name: `市委常委、组织部部长王某` → [市委常委, 组织部部长]. Each item
// runs from a separator to the name; words that open a clause (会议由, 经, 任命) and dates are
// not part of it, and an item must end with a title word.
import type { Indexes } from '../indexes';

export interface RawPost {
  raw: string;
  start: number;
  end: number;
}

const ITEM_STOP = '、，,；;。：:！？!?\n 》《“”"';
const MAX_ITEM = 32;
const NOUN_LEAD = /^(?:精神|讲话|了|的)/;
const DATE_LEAD = /^(?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?(?:\d{1,2}[日号])?(?:上午|下午|晚上|晚间|早上|中午|凌晨|当天|当日)?/;

/** Start of the item that ends at `end` (exclusive): just after the nearest separator. */
function itemStart(t: string, end: number, floor: number): number {
  let s = end;
  while (s > floor && end - s < MAX_ITEM && !ITEM_STOP.includes(t[s - 1])) s--;
  return s;
}

/** Offset where the post proper begins inside t[s, titleStart): leads, dates and verbs cut off. */
export function trimLead(t: string, s: number, titleStart: number, ix: Indexes): number {
  let i = s;
  // A verb inside the organization part means the post starts after it (会议传达学习了X主席).
  for (let k = titleStart - 1; k >= i; k--) {
    const v = ix.relay.startingAt(t, k) ?? ix.roleVerbs.startingAt(t, k);
    if (v && v.length >= 2 && k + v.length <= titleStart) {
      i = k + v.length;
      break;
    }
  }
  const spirit = t.slice(i, titleStart).lastIndexOf('精神');
  if (spirit >= 0) i += spirit + 2;
  for (let guard = 0; guard < 8 && i < titleStart; guard++) {
    const d = DATE_LEAD.exec(t.slice(i, titleStart));
    if (d && d[0]) {
      i += d[0].length;
      continue;
    }
    const lead = ix.postLeads.startingAt(t, i) ?? NOUN_LEAD.exec(t.slice(i, titleStart))?.[0];
    if (lead && i + lead.length <= titleStart) {
      i += lead.length;
      continue;
    }
    break;
  }
  return i;
}

/** One item ending at `end` with a title word, or null. */
function itemEndingAt(t: string, end: number, ix: Indexes, allowTrim: boolean, floor: number): { post: RawPost; trimmed: boolean } | null {
  const title = ix.titles.endingAt(t, end);
  if (!title) return null;
  const s = itemStart(t, end, floor);
  const titleStart = end - title.length;
  if (titleStart < s) return null;
  const p = trimLead(t, s, titleStart, ix);
  if (p !== s && !allowTrim) return null;
  return { post: { raw: t.slice(p, end), start: p, end }, trimmed: p !== s };
}

/** The post items before a name starting at `nameStart`, in reading order; [] if none. */
export function postItemsBefore(t: string, nameStart: number, ix: Indexes, floor = 0): RawPost[] {
  const first = itemEndingAt(t, nameStart, ix, true, floor);
  if (!first) return [];
  const items = [first.post];
  let trimmed = first.trimmed;
  let s = first.post.start;
  // Earlier items of the same list: across 、, and across ， only for clean items.
  while (!trimmed && s > floor && '、，,'.includes(t[s - 1])) {
    const sep = t[s - 1];
    const prev = itemEndingAt(t, s - 1, ix, sep === '、', floor);
    if (!prev) break;
    items.unshift(prev.post);
    trimmed = prev.trimmed;
    s = prev.post.start;
  }
  return items;
}
