// Everything read from one article → the Extraction of ../shared/docs/extraction-format.md, with
// deterministic ids (p1…, o1…, m1…, d1… in order of first appearance).
import { createHash } from 'node:crypto';
import type { ExtractedMeeting, ExtractedParticipant, ExtractedPerson, ExtractedPolicy, Extraction, Role } from './types';
import type { Indexes } from './indexes';
import type { ArticleFacts } from './article';
import type { PersonDraft } from './people';
import type { MeetingDraft } from './meetings';
import type { RoleFact } from './roles';
import type { FoundPolicy } from './policies/find';
import type { Byline } from './clean/bylines';
import { resolvePosts } from './orgs/posts';
import { canonicalOrg, type CanonicalOrg } from './orgs/canonical';
import { OrgRegistry } from './orgs/registry';
import { meetingDetails } from './meetings/details';

export interface Parts {
  source: string;
  text: string;
  t: string;
  facts: ArticleFacts;
  people: PersonDraft[];
  meetings: MeetingDraft[];
  roles: RoleFact[];
  policies: FoundPolicy[];
  personAt: Uint8Array;
  warnings: string[];
  bylines: Byline[];
  ix: Indexes;
}

function persons(p: Parts, orgs: OrgRegistry): { list: ExtractedPerson[]; firstOrg: Map<string, CanonicalOrg> } {
  const firstOrg = new Map<string, CanonicalOrg>();
  const list = p.people.map((d, i) => {
    const posts: ExtractedPerson['posts'] = [];
    for (const items of d.postLists) {
      const resolved = resolvePosts(items.map((x) => p.text.slice(x.start, x.end)), p.facts.region, p.ix);
      resolved.forEach((r, k) => {
        orgs.add(r.org, items[k].start);
        if (r.org && !firstOrg.has(d.name)) firstOrg.set(d.name, r.org);
        if (!posts.some((x) => x.raw === r.post.raw)) posts.push({ ...r.post, evidence: [{ start: items[k].start, end: items[k].end }] });
      });
    }
    const evidence = d.mentions.map((m) => ({ start: m.postStart, end: m.end }));
    return { id: `p${i + 1}`, name: d.name, posts, evidence };
  });
  return { list, firstOrg };
}

function policies(p: Parts, orgs: OrgRegistry): ExtractedPolicy[] {
  return p.policies.map((d, i) => {
    const first = d.spans[0];
    const issuer = d.issuer ? canonicalOrg(d.issuer, p.facts.region, p.ix) : null;
    orgs.add(issuer, first.start - 1);
    return {
      id: `d${i + 1}`, title: p.text.slice(first.start + 1, first.end - 1).trim(), aliases: d.aliases,
      issuer: issuer ? issuer.name : null, evidence: d.spans,
    };
  });
}

function participants(p: Parts, personId: Map<string, string>): ExtractedParticipant[] {
  const byName = new Map<string, Map<Role, RoleFact>>();
  for (const r of p.roles) {
    if (!byName.has(r.name)) byName.set(r.name, new Map());
    const m = byName.get(r.name)!;
    for (const role of r.roles) if (!m.has(role)) m.set(role, r);
  }
  const out: ExtractedParticipant[] = [];
  for (const [name, m] of byName) {
    const roles: Role[] = m.has('presided') || m.has('spoke') ? (['presided', 'spoke'] as Role[]).filter((x) => m.has(x)) : ['attended'];
    for (const role of roles) {
      const f = m.get(role)!;
      out.push({ person: personId.get(name)!, role, action: f.action, evidence: [f.evidence] });
    }
  }
  return out;
}

const ORGISH = /(委|会|局|厅|部|办|院|府|政协|人大|组|党组|支部|公司|集团|学校|中心|代表团|街道|处|室|团|所)$/;

function meetings(p: Parts, orgs: OrgRegistry, personId: Map<string, string>, policyIds: string[], firstOrg: Map<string, CanonicalOrg>): ExtractedMeeting[] {
  const ordered = [...p.meetings].sort((a, b) => a.found.sentence.start - b.found.sentence.start);
  const idOf = new Map(ordered.map((m, i) => [m, `m${i + 1}`]));
  const details = meetingDetails(p.t, p.personAt, p.ix);
  const parts = participants(p, personId);
  const presider = p.roles.find((r) => r.roles.includes('presided'));
  return ordered.map((m) => {
    const f = m.found;
    const subject = f.subject && ORGISH.test(f.subject) ? canonicalOrg(f.subject, p.facts.region, p.ix) : null;
    const organizer = subject ?? (m.main && presider ? firstOrg.get(presider.name) ?? null : null);
    orgs.add(organizer, subject ? f.sentence.start : Number.MAX_SAFE_INTEGER);
    const earlier = p.meetings.find((x) => x.found.earlier && x !== m);
    return {
      id: idOf.get(m)!, name: f.name, kind: f.kind, date: m.date, venue: f.venue ?? (m.main ? details.venue : null),
      organizer: organizer?.name ?? null, participants: m.main ? parts : [],
      groupAttendees: m.main ? details.groupAttendees : [], branchVenues: m.main ? details.branchVenues : null,
      cites: m.main ? policyIds : [], topics: m.main ? details.topics : [],
      follows: m.main && earlier ? idOf.get(earlier)! : null,
      evidence: [{ start: f.sentence.start, end: f.sentence.end }],
    };
  });
}

export function assemble(p: Parts): Extraction {
  const orgs = new OrgRegistry();
  const people = persons(p, orgs);
  const personId = new Map(people.list.map((x) => [x.name, x.id]));
  const docs = policies(p, orgs);
  const mtgs = meetings(p, orgs, personId, docs.map((d) => d.id), people.firstOrg);
  const { items, idOf } = orgs.list();
  for (const m of mtgs) m.organizer = m.organizer ? idOf.get(m.organizer) ?? null : null;
  const warnings = [...p.warnings];
  for (const d of p.people) if (d.guessed) warnings.push(`name length guessed (nothing after it marks its end): ${d.name}`);
  if (!p.facts.region) warnings.push('region not found: 市委/县政府 and the like are left as written');
  if (!p.meetings.length) warnings.push('no reported meeting found');
  return {
    source: p.source,
    article: {
      id: createHash('sha256').update(p.text).digest('hex'), title: p.facts.title, publisher: p.facts.publisher,
      published: p.facts.published, region: p.facts.region?.name ?? null, text: p.text,
      bylines: p.bylines.map((b) => ({ name: b.name, role: b.role })),
    },
    persons: people.list, organizations: items, meetings: mtgs, policies: docs, warnings,
  };
}
