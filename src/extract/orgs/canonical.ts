// An organization as written (市委组织部, 市教育局, 清远市委) → its canonical full name with the
// region filled in (中共清远市委员会组织部, 清远市教育局, 中共清远市委员会), its kind and parent.
import type { OrganizationKind } from '../types';
import type { Indexes } from '../indexes';
import { levelOfChar, leadingRegion, regionLevel, type Region } from './region';

export interface CanonicalOrg {
  name: string;
  kind: OrganizationKind;
  region: string | null;
  /** The canonical name of the body it belongs to, or null. */
  parent: string | null;
}

const NATIONAL = /^(中共中央|中央|国务院|全国|国家|中国)/;

export function orgKind(name: string, ix: Indexes): OrganizationKind {
  for (let end = name.length; end > 0; end--) {
    const w = ix.orgSuffixes.endingAt(name, end);
    if (w) return ix.lex.orgSuffixes.get(w) ?? 'other';
    if (end < name.length - 3) break;
  }
  return 'other';
}

function withRest(full: string, kind: OrganizationKind, region: string | null, rest: string, ix: Indexes): CanonicalOrg {
  if (!rest) return { name: full, kind, region, parent: null };
  return { name: full + rest, kind: orgKind(rest, ix) === 'other' ? kind : orgKind(rest, ix), region, parent: full };
}

/** Expands a short form (市委, 县政府, 清远市委) at the start of `org`. */
function expandAbbrev(org: string, region: Region | null, ix: Indexes): CanonicalOrg | null {
  for (const a of ix.lex.orgAbbrevs) {
    if (a.level === 'nation') {
      if (org.startsWith(a.short)) return withRest(a.full, a.kind, null, org.slice(a.short.length), ix);
      continue;
    }
    if (org.startsWith(a.short)) {
      if (!region || region.level !== a.level) continue;
      return withRest(a.full.replace('{region}', region.name), a.kind, region.name, org.slice(a.short.length), ix);
    }
    // A named region before the short form: 清远市委 → region 清远市.
    if (org.length < a.short.length + 2) continue;
    const at = org.indexOf(a.short, 2);
    if (at < 2 || at > 10) continue;
    const regionName = org.slice(0, at + 1);
    if (regionLevel(regionName) !== a.level || /[委局部办会组]/.test(org.slice(0, at))) continue;
    return withRest(a.full.replace('{region}', regionName), a.kind, regionName, org.slice(at + a.short.length), ix);
  }
  return null;
}

export function canonicalOrg(org: string, region: Region | null, ix: Indexes): CanonicalOrg {
  const abbrev = expandAbbrev(org, region, ix);
  if (abbrev) return abbrev;
  const kind = orgKind(org, ix);
  // 市教育局 in a 清远市 article: the region's own body, under its government.
  const lvl = levelOfChar(org[0]);
  if (region && lvl === region.level && org.length > 1 && !levelOfChar(org[1])) {
    const name = region.name + org.slice(1);
    const parent = kind === 'government' ? `${region.name}人民政府` : null;
    return { name, kind, region: region.name, parent: parent === name ? null : parent };
  }
  const named = leadingRegion(org);
  return { name: org, kind, region: named ?? (NATIONAL.test(org) ? null : null), parent: null };
}
