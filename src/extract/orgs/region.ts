// Regions by their level, read from the suffix of their name (清远市 → city, 兴县 → county).

export type RegionLevel = 'nation' | 'province' | 'prefecture' | 'city' | 'county' | 'district' | 'town' | 'township' | 'subdistrict';

export interface Region {
  name: string;
  level: RegionLevel;
}

const SUFFIXES: Array<[string, RegionLevel]> = [
  ['特别行政区', 'province'], ['自治区', 'province'], ['自治州', 'prefecture'], ['自治县', 'county'],
  ['自治旗', 'county'], ['街道', 'subdistrict'], ['地区', 'prefecture'], ['省', 'province'], ['市', 'city'],
  ['州', 'prefecture'], ['盟', 'prefecture'], ['县', 'county'], ['旗', 'county'], ['区', 'district'],
  ['镇', 'town'], ['乡', 'township'],
];

/** The level a region name's suffix gives, or null when it is not a region name. */
export function regionLevel(name: string): RegionLevel | null {
  for (const [suf, level] of SUFFIXES) if (name.endsWith(suf) && name.length > suf.length) return level;
  return null;
}

/** The level a one-character prefix (市委 → 市) refers to. */
export function levelOfChar(ch: string): RegionLevel | null {
  return ({ 省: 'province', 市: 'city', 州: 'prefecture', 县: 'county', 区: 'district', 镇: 'town', 乡: 'township', 旗: 'county' } as Record<string, RegionLevel>)[ch] ?? null;
}

export function makeRegion(name: string | null): Region | null {
  if (!name) return null;
  const level = regionLevel(name);
  return level ? { name, level } : null;
}

/** The leading region name of an organization name (娄东街道党工委 → 娄东街道), or null. */
export function leadingRegion(org: string): string | null {
  const m = /^([\u4e00-\u9fff]{1,8}?(?:特别行政区|自治区|自治州|自治县|街道|地区|省|市|州|盟|县|旗|区|镇|乡))/.exec(org);
  if (!m || m[1].length < 2) return null;
  return m[1];
}
