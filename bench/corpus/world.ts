// The synthetic world behind the corpus: provinces → cities → counties, the organizations of
// each jurisdiction, the posts of its leadership and who held each post when (officials are
// promoted from post to post over the years), and the documents the meetings cite.
import { Rng } from './prng';
import { dayOf } from './dates';
import { DOC_SUFFIXES, DOC_VERBS, GIVEN_CHARS, GOV_DEPARTMENTS, NATIONAL_ISSUERS, NATIONAL_REGULATIONS, PLACE_CHARS, SURNAMES, TOPICS } from './words';

export type OrgKind = 'party' | 'government' | 'congress' | 'cppcc';

export interface Org {
  name: string;
  kind: OrgKind;
  /** The jurisdiction's name (通城县), or null for national bodies. */
  region: string | null;
  parent: Org | null;
  /** How an article of the same jurisdiction writes it (县委, 县教育局). */
  short: string;
}

export interface PostDef {
  title: string;
  org: Org;
  raw: string;
}

export interface Slot {
  key: string;
  /** The post as an article writes it before the name (县委副书记、县长). */
  display: string;
  posts: PostDef[];
  feeders: string[];
  terms: Term[];
}

export interface Official {
  name: string;
  region: string;
}

export interface Term {
  official: Official;
  from: number;
  to: number;
}

export interface Doc {
  title: string;
  issuer: Org;
  /** How a local article names the issuer before the title. */
  issuerShort: string;
  number: string | null;
  alias: string | null;
  day: number;
}

export interface Jurisdiction {
  name: string;
  stem: string;
  level: 'city' | 'county';
  /** 县, 区 or 市: the character of 县委, 区长, 市政府. */
  l: string;
  province: Province;
  city: Jurisdiction | null;
  orgs: { party: Org; gov: Org; congress: Org; cppcc: Org; discipline: Org; organization: Org; propaganda: Org; united: Org; law: Org; office: Org };
  departments: Org[];
  slots: Map<string, Slot>;
  docs: Doc[];
  /** Index in the list of jurisdictions (urls). */
  index: number;
}

export interface Province {
  name: string;
  stem: string;
  docs: Doc[];
}

export interface World {
  provinces: Province[];
  cities: Jurisdiction[];
  counties: Jurisdiction[];
  all: Jurisdiction[];
  nationalDocs: Doc[];
  officials: number;
}

export const WORLD_START = dayOf('2013-01-01');
export const WORLD_END = dayOf('2025-12-31');
const YEAR = 365;

class Names {
  private readonly used = new Set<string>();
  constructor(private readonly rng: Rng) {}

  place(): string {
    for (;;) {
      const s = this.rng.pick(PLACE_CHARS) + this.rng.pick(PLACE_CHARS);
      if (s[0] !== s[1] && !this.used.has(s)) { this.used.add(s); return s; }
    }
  }

  person(): string {
    for (;;) {
      const given = this.rng.chance(0.25) ? this.rng.pick(GIVEN_CHARS) : this.rng.pick(GIVEN_CHARS) + this.rng.pick(GIVEN_CHARS);
      const name = this.rng.pickSkewed(SURNAMES, 1.6) + given;
      if (!this.used.has(name)) { this.used.add(name); return name; }
    }
  }
}

function makeOrgs(name: string, l: string): Jurisdiction['orgs'] {
  const party: Org = { name: `中共${name}委员会`, kind: 'party', region: name, parent: null, short: `${l}委` };
  const gov: Org = { name: `${name}人民政府`, kind: 'government', region: name, parent: null, short: `${l}政府` };
  const sub = (suffix: string, short: string, kind: OrgKind = 'party'): Org => ({ name: `中共${name}委员会${suffix}`, kind, region: name, parent: party, short });
  return {
    party, gov,
    congress: { name: `${name}人民代表大会常务委员会`, kind: 'congress', region: name, parent: null, short: `${l}人大常委会` },
    cppcc: { name: `中国人民政治协商会议${name}委员会`, kind: 'cppcc', region: name, parent: null, short: `${l}政协` },
    discipline: { name: `中共${name}纪律检查委员会`, kind: 'party', region: name, parent: party, short: `${l}纪委` },
    organization: sub('组织部', `${l}委组织部`),
    propaganda: sub('宣传部', `${l}委宣传部`),
    united: sub('统一战线工作部', `${l}委统战部`),
    law: sub('政法委员会', `${l}委政法委`),
    office: sub('办公室', `${l}委办`),
  };
}

function makeSlots(j: Jurisdiction): Map<string, Slot> {
  const { l } = j;
  const o = j.orgs;
  const standing = { title: '常委', org: o.party, raw: `${l}委常委` };
  const slot = (key: string, display: string, posts: PostDef[], feeders: string[] = []): Slot => ({ key, display, posts, feeders, terms: [] });
  const list: Slot[] = [
    slot('secretary', `${l}委书记`, [{ title: '书记', org: o.party, raw: `${l}委书记` }], ['head', 'deputy']),
    slot('head', `${l}委副书记、${l}长`, [{ title: '副书记', org: o.party, raw: `${l}委副书记` }, { title: `${l}长`, org: o.gov, raw: `${l}长` }], ['executive', 'deputy']),
    slot('deputy', `${l}委副书记`, [{ title: '副书记', org: o.party, raw: `${l}委副书记` }], ['organization', 'executive', 'discipline']),
    slot('executive', `${l}委常委、常务副${l}长`, [standing, { title: `常务副${l}长`, org: o.gov, raw: `常务副${l}长` }], ['vice1', 'vice2', 'vice3']),
    slot('organization', `${l}委常委、组织部部长`, [standing, { title: '部长', org: o.organization, raw: '组织部部长' }], ['office']),
    slot('propaganda', `${l}委常委、宣传部部长`, [standing, { title: '部长', org: o.propaganda, raw: '宣传部部长' }], ['vice2']),
    slot('discipline', `${l}委常委、${l}纪委书记`, [standing, { title: '书记', org: o.discipline, raw: `${l}纪委书记` }]),
    slot('law', `${l}委常委、政法委书记`, [standing, { title: '书记', org: o.law, raw: '政法委书记' }], ['vice3']),
    slot('united', `${l}委常委、统战部部长`, [standing, { title: '部长', org: o.united, raw: '统战部部长' }]),
    slot('office', `${l}委常委、${l}委办公室主任`, [standing, { title: '主任', org: o.office, raw: `${l}委办公室主任` }]),
    slot('vice1', `副${l}长`, [{ title: `副${l}长`, org: o.gov, raw: `副${l}长` }], ['dept0', 'dept2']),
    slot('vice2', `副${l}长`, [{ title: `副${l}长`, org: o.gov, raw: `副${l}长` }], ['dept1', 'dept6']),
    slot('vice3', `副${l}长`, [{ title: `副${l}长`, org: o.gov, raw: `副${l}长` }], ['dept3', 'dept4']),
    slot('congress', `${l}人大常委会主任`, [{ title: '主任', org: o.congress, raw: `${l}人大常委会主任` }], ['deputy']),
    slot('cppcc', `${l}政协主席`, [{ title: '主席', org: o.cppcc, raw: `${l}政协主席` }], ['united']),
    ...GOV_DEPARTMENTS.map((d, i) => slot(`dept${i}`, `${j.departments[i].short}${d.head}`, [{ title: d.head, org: j.departments[i], raw: `${j.departments[i].short}${d.head}` }])),
  ];
  return new Map(list.map((s) => [s.key, s]));
}

/** Who held each slot when: terms of 2–5 years; a vacancy is filled by promoting the holder of a feeder post (whose post then falls vacant too) or by a newcomer. */
function simulateTerms(j: Jurisdiction, rng: Rng, names: Names): number {
  let officials = 0;
  const newcomer = (): Official => { officials++; return { name: names.person(), region: j.name }; };
  const termLength = () => rng.int(2 * YEAR, 5 * YEAR);
  const current = new Map<string, Term>();
  for (const s of j.slots.values()) {
    const t = { official: newcomer(), from: WORLD_START - rng.int(0, 3 * YEAR), to: WORLD_START + rng.int(30, 4 * YEAR) };
    s.terms.push(t);
    current.set(s.key, t);
  }
  const fill = (s: Slot, day: number, depth: number) => {
    let official: Official | null = null;
    if (depth < 4 && s.feeders.length && rng.chance(0.5)) {
      const f = j.slots.get(rng.pick(s.feeders))!;
      const ft = current.get(f.key)!;
      if (day - ft.from >= YEAR && ft.to > day) {
        official = ft.official;
        ft.to = day;
        fill(f, day, depth + 1);
      }
    }
    const t = { official: official ?? newcomer(), from: day, to: day + termLength() };
    s.terms.push(t);
    current.set(s.key, t);
  };
  for (;;) {
    let next: Slot | null = null;
    for (const s of j.slots.values()) if (!next || current.get(s.key)!.to < current.get(next.key)!.to) next = s;
    const end = current.get(next!.key)!.to;
    if (end > WORLD_END) break;
    fill(next!, end, 0);
  }
  return officials;
}

export function holderOf(slot: Slot, day: number): Official | null {
  const terms = slot.terms;
  let lo = 0;
  let hi = terms.length - 1;
  let found: Term | null = null;
  // Terms are appended in start order; find the last that began on or before `day`.
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (terms[mid].from <= day) { found = terms[mid]; lo = mid + 1; } else hi = mid - 1;
  }
  return found && found.to > day ? found.official : null;
}

class DocTitles {
  private readonly used = new Set<string>();
  constructor(private readonly rng: Rng) {}

  /** A title not used yet; `region` (清远市) is put in front when the plain title is taken. */
  make(region: string, always: boolean): { title: string; alias: string | null } {
    for (let attempt = 0; ; attempt++) {
      const topic = this.rng.pick(TOPICS);
      const s = this.rng.pick(DOC_SUFFIXES);
      const body = s.suffix.startsWith('的') ? `关于${this.rng.pick(DOC_VERBS)}${topic}工作${s.suffix}` : `${topic}${s.suffix}`;
      const prefixed = always || attempt > 3 || !s.suffix.startsWith('的');
      const title = prefixed ? `${region}${body}` : body;
      const year = this.rng.int(2013, 2025);
      const full = s.suffix === '三年行动计划' ? `${title}(${year}—${year + 2}年)` : title;
      if (!this.used.has(full)) { this.used.add(full); return { title: full, alias: this.rng.chance(0.35) ? s.alias : null }; }
    }
  }
}

function makeDocs(rng: Rng, titles: DocTitles, count: number, issuers: { org: Org; short: string; prefix: string }[], region: string, always: boolean): Doc[] {
  const docs: Doc[] = [];
  const serial = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const day = rng.int(WORLD_START - 2 * YEAR, WORLD_END);
    const is = rng.pick(issuers);
    const { title, alias } = titles.make(region, always);
    const year = new Date(day * 86_400_000).getUTCFullYear();
    const key = `${is.prefix}${year}`;
    const n = (serial.get(key) ?? 0) + rng.int(1, 6);
    serial.set(key, n);
    docs.push({ title, issuer: is.org, issuerShort: is.short, number: rng.chance(0.3) ? `${is.prefix}〔${year}〕${n}号` : null, alias, day });
  }
  return docs.sort((a, b) => a.day - b.day);
}

export function buildWorld(seed: number): World {
  const rng = new Rng(seed);
  const names = new Names(rng.fork('names'));
  const titles = new DocTitles(rng.fork('titles'));
  const docRng = rng.fork('docs');
  const national = NATIONAL_ISSUERS.map((i) => ({ org: { name: i.name, kind: i.kind, region: null, parent: null, short: i.name } as Org, short: i.name, prefix: i.prefix }));
  const nationalDocs = makeDocs(docRng, titles, 320, national, '全国', false);
  for (const reg of NATIONAL_REGULATIONS) nationalDocs.push({ title: reg, issuer: national[0].org, issuerShort: '', number: null, alias: null, day: WORLD_START - 3 * YEAR });
  nationalDocs.sort((a, b) => a.day - b.day);

  const provinces: Province[] = [];
  const cities: Jurisdiction[] = [];
  const counties: Jurisdiction[] = [];
  const all: Jurisdiction[] = [];
  let officials = 0;
  const jurisdiction = (stem: string, level: 'city' | 'county', l: string, province: Province, city: Jurisdiction | null): Jurisdiction => {
    const name = `${stem}${l}`;
    const orgs = makeOrgs(name, l);
    const departments = GOV_DEPARTMENTS.map((d) => {
      const dept = level === 'city' ? d.city : d.county;
      return { name: `${name}${dept}`, kind: 'government' as const, region: name, parent: orgs.gov, short: `${l}${dept}` };
    });
    const j: Jurisdiction = { name, stem, level, l, province, city, orgs, departments, slots: new Map(), docs: [], index: all.length };
    j.slots = makeSlots(j);
    officials += simulateTerms(j, rng.fork(name), names);
    const local = (org: Org, short: string, p: string) => ({ org, short, prefix: `${stem[0]}${p}` });
    const office = { name: `${name}人民政府办公室`, kind: 'government' as const, region: name, parent: orgs.gov, short: `${l}政府办公室` };
    j.docs = makeDocs(docRng, titles, level === 'city' ? 40 : 12, [
      local(orgs.party, `${l}委`, '发'), local(orgs.gov, `${l}政府`, '府'), local(orgs.office, `${l}委办公室`, '办发'), local(office, `${l}政府办公室`, '府办'),
    ], name, rng.chance(0.5));
    all.push(j);
    return j;
  };

  const provinceCount = 6;
  for (let p = 0; p < provinceCount; p++) {
    const stem = names.place();
    const name = `${stem}省`;
    const party: Org = { name: `中共${name}委员会`, kind: 'party', region: name, parent: null, short: '省委' };
    const gov: Org = { name: `${name}人民政府`, kind: 'government', region: name, parent: null, short: '省政府' };
    const party_office: Org = { name: `中共${name}委员会办公厅`, kind: 'party', region: name, parent: party, short: '省委办公厅' };
    const gov_office: Org = { name: `${name}人民政府办公厅`, kind: 'government', region: name, parent: gov, short: '省政府办公厅' };
    const province: Province = { name, stem, docs: [] };
    province.docs = makeDocs(docRng, titles, 120, [
      { org: party, short: '省委', prefix: `${stem[0]}发` }, { org: gov, short: '省政府', prefix: `${stem[0]}府` },
      { org: party_office, short: '省委办公厅', prefix: `${stem[0]}办发` }, { org: gov_office, short: '省政府办公厅', prefix: `${stem[0]}府办` },
    ], name, false);
    provinces.push(province);
    const cityCount = rng.int(5, 7);
    for (let c = 0; c < cityCount; c++) {
      const city = jurisdiction(names.place(), 'city', '市', province, null);
      cities.push(city);
      const countyCount = rng.int(4, 8);
      for (let k = 0; k < countyCount; k++) counties.push(jurisdiction(names.place(), 'county', rng.chance(0.25) ? '区' : '县', province, city));
    }
  }
  return { provinces, cities, counties, all, nationalDocs, officials };
}
