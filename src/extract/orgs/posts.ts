// The posts of one mention, as written → canonical title + organization, filling what the
// genre leaves out: 市委常委、组织部部长 → 市委组织部 部长; 市教育局党组书记、局长 → 市教育局 局长;
// 县委副书记、县长 → 县长 of the county government.
import type { ExtractedPost } from '../types';
import type { Indexes } from '../indexes';
import { canonicalOrg, type CanonicalOrg } from './canonical';
import { leadingRegion, type Region } from './region';

export interface ResolvedPost {
  post: ExtractedPost;
  org: CanonicalOrg | null;
}

const REGION_START = /^(中共|中央|国务院|全国|国家|省|市|县|区|州|镇|乡|旗|自治区)/;
const PARTY_COMMITTEE = /(委|党委|党工委|党组)$/;
const PARTY_DEPT = /(部|委|办|室|工委|编办|政法委|纪委|监委)$/;
const GOV_BODY = /(人民政府|政府|办事处|管委会|行署|公署)$/;

/** Splits `市教育局党组书记` into organization text and title (longest title word at the end). */
export function splitPost(raw: string, ix: Indexes): { orgText: string; title: string } {
  const title = ix.titles.endingAt(raw, raw.length) ?? raw;
  const orgText = raw.slice(0, raw.length - title.length);
  // 镇党委书记: 党委 belongs to the town, not to the title, when only a level is left before it.
  if (orgText.length === 1) {
    for (let k = 1; k < title.length - 1; k++) {
      const shorter = title.slice(k);
      if (ix.titles.has(shorter)) return { orgText: raw.slice(0, raw.length - shorter.length), title: shorter };
    }
  }
  return { orgText, title };
}

function fillOrgText(orgText: string, title: string, prev: string | null, ix: Indexes): string | null {
  if (!orgText) {
    const implied = ix.lex.impliedOrg.get(title);
    if (implied && prev) {
      const stem = leadingRegion(prev);
      if (stem && stem.endsWith(implied[0])) return stem + implied.slice(1);
    }
    return implied ?? prev;
  }
  if (!prev || REGION_START.test(orgText) || leadingRegion(orgText)) return orgText;
  if (leadingRegion(prev) === prev && GOV_BODY.test(orgText)) return prev + orgText;
  if (PARTY_COMMITTEE.test(prev) && GOV_BODY.test(orgText)) {
    const stem = leadingRegion(prev);
    return stem ? stem + orgText : orgText;
  }
  // 纪委 beside a party committee is the same body's discipline commission (校党委 → 校纪委).
  const discipline = /^(纪委|监委|纪工委)$/.test(orgText) ? /^(.+?)(党委|党组|党工委|委)$/.exec(prev) : null;
  if (discipline) return discipline[1] + orgText;
  if (PARTY_COMMITTEE.test(prev) && PARTY_DEPT.test(orgText)) return prev + orgText;
  return orgText;
}

/** Resolves the items of one post list in order (each may borrow from the one before). */
export function resolvePosts(raws: string[], region: Region | null, ix: Indexes): ResolvedPost[] {
  const out: ResolvedPost[] = [];
  let prev: string | null = null;
  for (const raw of raws) {
    const { orgText, title } = splitPost(raw, ix);
    const leader = ix.lex.leaderTitles.has(raw);
    const text: string | null = leader ? null : fillOrgText(orgText, title, prev, ix);
    const usable: string | null = text && text.length > 1 ? text : null;
    const org = usable ? canonicalOrg(usable, region, ix) : null;
    out.push({ post: { raw, title: leader ? raw : title, organization: org ? org.name : null }, org });
    if (usable) prev = usable;
  }
  return out;
}
