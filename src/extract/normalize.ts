// Normalizers other layers use to compare what the extractor wrote: the graph keys documents by
// normalized title and organizations by canonical name.
import { indexes } from './indexes';
import { canonicalOrg, type CanonicalOrg } from './orgs/canonical';
import { makeRegion, regionLevel, type RegionLevel } from './orgs/region';
import { splitPost } from './orgs/posts';

/** 《关于…的意见（试行）》 and 关于…的意见(试行) compare equal: NFKC, no brackets, quotes or spaces. */
export function normalizePolicyTitle(title: string): string {
  return title
    .normalize('NFKC')
    .replace(/^[《〈<]+|[》〉>]+$/g, '')
    .replace(/[〈《]/g, '<').replace(/[〉》]/g, '>')
    .replace(/[“”"]/g, '"').replace(/[‘’']/g, "'")
    .replace(/\s+/g, '');
}

/** An organization as written, made canonical for a region (市委 in 清远市 → 中共清远市委员会). */
export function canonicalOrganization(written: string, region: string | null): CanonicalOrg {
  return canonicalOrg(written.normalize('NFKC').replace(/\s+/g, ''), makeRegion(region), indexes());
}

/** A post as written split into organization text and canonical title (市教育局党组书记). */
export function splitPostTitle(raw: string): { organization: string; title: string } {
  const { orgText, title } = splitPost(raw, indexes());
  return { organization: orgText, title };
}

export { regionLevel, type RegionLevel, type CanonicalOrg };
