// The extractor's domain words, loaded and checked once at module load (data, not code: see the
// YAML files beside this one, each with its source). Everything else in src/extract is pure.
import type { OrganizationKind } from '../types';
import { chars, readLexiconFiles, words, type RawLexicon } from './load';

export interface OrgAbbrev {
  short: string;
  full: string;
  kind: OrganizationKind;
  level: string;
}

export interface LinePattern {
  re: RegExp;
  reason: string;
  /** A cheap test a line must pass before `re` is tried, when the file gives one. */
  needs?: RegExp;
}

export interface Lexicon {
  surnames: Set<string>;
  compoundSurnames: Set<string>;
  ambiguousSurnames: Set<string>;
  commonSurnames: Set<string>;
  titleKinds: Map<string, string>;
  leaderTitles: Set<string>;
  nameFirstTitles: Set<string>;
  courtesyTitles: Set<string>;
  orgSuffixes: Map<string, OrganizationKind>;
  orgAbbrevs: OrgAbbrev[];
  impliedOrg: Map<string, string>;
  roles: { presided: string[]; spoke: string[]; attended: string[] };
  relayVerbs: string[];
  nounAfter: string[];
  nameBoundaries: string[];
  docWords: string[];
  nestedPrefixes: string[];
  notDocWords: string[];
  mediaBefore: string[];
  statusWords: string[];
  junkLines: LinePattern[];
  junkInline: LinePattern[];
  bylineRoles: string[];
  newsLeads: string[];
  meetingKinds: Array<[string, string]>;
  conveneVerbs: string[];
  earlierMarks: string[];
  stopChars: Set<string>;
  neverChars: Set<string>;
  orgChars: Set<string>;
  notNames: Set<string>;
  leadChars: Set<string>;
  postLeads: string[];
  foreignPlaces: string[];
  givenChars: Set<string>;
  translitChars: Set<string>;
  translitMarkers: Set<string>;
  yearClues: YearClues;
}

export interface YearClues {
  referenceYear: number;
  /** Event as written → the year its anniversaries count from. */
  anniversaries: Map<string, number>;
  /** Provincial-level division (or 全国) → its people's congress term in the reference year. */
  congressTerms: Map<string, number>;
}

const ORG_KINDS: readonly OrganizationKind[] = [
  'party', 'government', 'congress', 'cppcc', 'court', 'procuratorate', 'group', 'school', 'enterprise', 'other',
];

const byLengthDesc = (a: string, b: string): number => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);

function section(files: Map<string, RawLexicon>, file: string): RawLexicon {
  const f = files.get(file);
  if (!f) throw new Error(`lexicon ${file}.yaml is missing`);
  return f;
}

function kindMap(rec: unknown, where: string): Map<string, string> {
  if (!rec || typeof rec !== 'object') throw new Error(`lexicon ${where}: expected kinds`);
  const out = new Map<string, string>();
  for (const [kind, list] of Object.entries(rec as Record<string, unknown>)) {
    for (const w of words(list, `${where}.${kind}`)) if (!out.has(w)) out.set(w, kind);
  }
  return out;
}

function patterns(list: unknown, where: string): LinePattern[] {
  if (!Array.isArray(list)) throw new Error(`lexicon ${where}: expected a list`);
  return list.map((e: { pattern?: unknown; reason?: unknown; needs?: unknown }, i) => {
    if (typeof e?.pattern !== 'string' || typeof e?.reason !== 'string') {
      throw new Error(`lexicon ${where}[${i}]: needs pattern and reason`);
    }
    const needs = typeof e.needs === 'string' ? new RegExp(e.needs, 'u') : undefined;
    return { re: new RegExp(e.pattern, 'u'), reason: e.reason, needs };
  });
}

function orgKinds(rec: unknown): Map<string, OrganizationKind> {
  const m = kindMap(rec, 'org-suffixes.kinds');
  for (const k of m.values()) {
    if (!ORG_KINDS.includes(k as OrganizationKind)) throw new Error(`lexicon org-suffixes: unknown kind ${k}`);
  }
  return m as Map<string, OrganizationKind>;
}

function abbrevs(list: unknown): OrgAbbrev[] {
  if (!Array.isArray(list)) throw new Error('lexicon org-suffixes.abbrev: expected a list');
  return (list as OrgAbbrev[]).map((a) => {
    if (!a.short || !a.full || !ORG_KINDS.includes(a.kind)) throw new Error(`lexicon abbrev ${JSON.stringify(a)}`);
    return a;
  });
}

function implied(list: unknown): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of (list ?? []) as Array<{ titles: string; org: string }>) {
    for (const t of words(e.titles, 'org-suffixes.implies')) out.set(t, e.org);
  }
  return out;
}

function yearMap(rec: unknown, where: string): Map<string, number> {
  if (!rec || typeof rec !== 'object') throw new Error(`lexicon ${where}: expected a mapping`);
  const out = new Map<string, number>();
  for (const [k, v] of Object.entries(rec as Record<string, unknown>)) {
    if (!Number.isInteger(v)) throw new Error(`lexicon ${where}.${k}: expected a whole number`);
    out.set(k, v as number);
  }
  return out;
}

function yearClues(rec: RawLexicon): YearClues {
  if (!Number.isInteger(rec['reference-year'])) throw new Error('lexicon year-clues: reference-year must be a year');
  return {
    referenceYear: rec['reference-year'] as number,
    anniversaries: yearMap(rec.anniversaries, 'year-clues.anniversaries'),
    congressTerms: yearMap(rec['congress-terms'], 'year-clues.congress-terms'),
  };
}

export function buildLexicon(files: Map<string, RawLexicon> = readLexiconFiles()): Lexicon {
  const sur = section(files, 'surnames');
  const titles = section(files, 'title-words');
  const orgs = section(files, 'org-suffixes');
  const verbs = section(files, 'role-verbs');
  const docs = section(files, 'doc-words');
  const junk = section(files, 'junk-patterns');
  const by = section(files, 'bylines');
  const meet = section(files, 'meeting-words');
  const names = section(files, 'name-rules');
  const ctx = section(files, 'context-words');
  const nc = section(files, 'name-chars');
  const titleKinds = kindMap(titles.kinds, 'title-words.kinds');
  const leaders = words(titles.leaders, 'title-words.leaders');
  for (const l of leaders) if (!titleKinds.has(l)) titleKinds.set(l, 'leaders');
  const meetingKinds: Array<[string, string]> = [];
  for (const [w, k] of kindMap(meet.kinds, 'meeting-words.kinds')) meetingKinds.push([w, k]);
  meetingKinds.sort((a, b) => byLengthDesc(a[0], b[0]));
  return {
    surnames: new Set(chars(sur.single, 'surnames.single')),
    compoundSurnames: new Set(words(sur.compound, 'surnames.compound')),
    ambiguousSurnames: new Set(chars(sur.ambiguous, 'surnames.ambiguous')),
    commonSurnames: new Set(chars(sur.common, 'surnames.common')),
    titleKinds,
    leaderTitles: new Set(leaders),
    nameFirstTitles: new Set(words(titles['name-first'], 'title-words.name-first')),
    courtesyTitles: new Set(words(titles.courtesy, 'title-words.courtesy')),
    orgSuffixes: orgKinds(orgs.kinds),
    orgAbbrevs: abbrevs(orgs.abbrev).sort((a, b) => byLengthDesc(a.short, b.short)),
    impliedOrg: implied(orgs.implies),
    roles: {
      presided: words(verbs.presided, 'role-verbs.presided').sort(byLengthDesc),
      spoke: words(verbs.spoke, 'role-verbs.spoke').sort(byLengthDesc),
      attended: words(verbs.attended, 'role-verbs.attended').sort(byLengthDesc),
    },
    relayVerbs: words(verbs.relay, 'role-verbs.relay').sort(byLengthDesc),
    nounAfter: words(verbs['noun-after'], 'role-verbs.noun-after').sort(byLengthDesc),
    nameBoundaries: words(verbs['name-boundary'], 'role-verbs.name-boundary').sort(byLengthDesc),
    docWords: words(docs.documents, 'doc-words.documents').sort(byLengthDesc),
    nestedPrefixes: words(docs['nested-prefix'], 'doc-words.nested-prefix').sort(byLengthDesc),
    notDocWords: words(docs['not-documents'], 'doc-words.not-documents').sort(byLengthDesc),
    mediaBefore: words(docs['media-before'], 'doc-words.media-before').sort(byLengthDesc),
    statusWords: words(docs.status, 'doc-words.status').sort(byLengthDesc),
    junkLines: patterns(junk.lines, 'junk-patterns.lines'),
    junkInline: patterns(junk.inline, 'junk-patterns.inline'),
    bylineRoles: words(by.roles, 'bylines.roles').sort(byLengthDesc),
    newsLeads: words(by['news-leads'], 'bylines.news-leads').sort(byLengthDesc),
    meetingKinds,
    conveneVerbs: words(meet.convene, 'meeting-words.convene').sort(byLengthDesc),
    earlierMarks: words(meet.earlier, 'meeting-words.earlier').sort(byLengthDesc),
    stopChars: new Set(chars(names['stop-chars'], 'name-rules.stop-chars')),
    neverChars: new Set(chars(names['never-chars'], 'name-rules.never-chars')),
    orgChars: new Set(chars(names['org-chars'], 'name-rules.org-chars')),
    notNames: new Set(words(names['not-names'], 'name-rules.not-names')),
    leadChars: new Set(chars(names['lead-chars'], 'name-rules.lead-chars')),
    postLeads: words(ctx['post-lead'], 'context-words.post-lead').sort(byLengthDesc),
    foreignPlaces: words(ctx.foreign, 'context-words.foreign'),
    givenChars: new Set(chars(nc.given, 'name-chars.given')),
    translitChars: new Set(chars(nc.transliteration, 'name-chars.transliteration')),
    translitMarkers: new Set(chars(nc.markers, 'name-chars.markers')),
    yearClues: yearClues(section(files, 'year-clues')),
  };
}

let cached: Lexicon | undefined;

/** The lexicon, built on first use and shared (it is never mutated). */
export function lexicon(): Lexicon {
  cached ??= buildLexicon();
  return cached;
}

export { lexiconDir, readLexiconFiles } from './load';
