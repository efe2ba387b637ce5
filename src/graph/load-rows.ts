// Extraction → the rows the loader's UNWIND statements take. Pure: every identity decision
// (which node a mention is) is made here, through ./identity, and can be tested without Neo4j.
import type { Extraction, Span } from '../extract';
import { articleNodeId, meetingId, normalizeTitle, organizationId, personId, policyId, postId, regionId } from './identity';
import { isRelativeName, regionAncestors, regionLevel } from './region-level';

const NATIONAL = '全国';

export interface LoadRows {
  aid: string;
  article: { id: string; contentHash: string; title: string | null; publisher: string | null; published: string | null; url: string | null; text: string; source: string; region: string | null };
  regions: { id: string; name: string; level: string }[];
  /** Region → its parent region (IN_REGION), from the division tree. */
  regionLinks: { child: string; parent: string }[];
  organizations: { id: string; name: string; kind: string; region: string | null; evidence: string[] }[];
  partOf: { child: string; parent: string }[];
  posts: { id: string; title: string; organization: string | null }[];
  persons: { id: string; name: string; region: string | null; evidence: string[] }[];
  holds: { person: string; post: string; raw: string; date: string | null; evidence: string[] }[];
  meetings: { id: string; name: string; date: string | null; venue: string | null; kind: string | null; region: string | null; organizer: string | null; branchVenues: string | null; groupAttendees: string[]; topics: string[]; evidence: string[] }[];
  participations: { person: string; meeting: string; role: string; action: string; evidence: string[] }[];
  policies: { id: string; title: string; aliases: string[]; issuer: string | null; issuerId: string | null; number: string | null; evidence: string[] }[];
  cites: { meeting: string; policy: string }[];
  follows: { meeting: string; earlier: string }[];
}

/**
 * One row per id: each node is mentioned once per article (the loader CREATEs the article's
 * MENTIONS), so rows naming the same node are joined, their evidence concatenated.
 */
export function uniqueById<T extends { id: string; evidence: string[] }>(rows: T[], join: (a: T, b: T) => T = (a, b) => ({ ...a, evidence: [...a.evidence, ...b.evidence] })): T[] {
  const byId = new Map<string, T>();
  for (const r of rows) byId.set(r.id, byId.has(r.id) ? join(byId.get(r.id)!, r) : r);
  return [...byId.values()];
}

/** A real calendar date (2022-02-30 and 2022-13-45 are not: Neo4j's date() would refuse the whole article). */
const isoDate = (d: string | null | undefined): string | null =>
  d && /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(Date.parse(d)) && new Date(d).toISOString().startsWith(d) ? d : null;

export function toLoadRows(x: Extraction, opts: { url?: string | null } = {}): LoadRows {
  const aid = articleNodeId(x.article.id);
  const ev = (spans: Span[] | undefined): string[] => (spans ?? []).map((s) => `${aid}|${s.start}|${s.end}`);
  const homeRegion = x.article.region ?? null;
  const regions = new Map<string, LoadRows['regions'][number]>();
  const regionLinks = new Map<string, LoadRows['regionLinks'][number]>();
  // A region comes with its parents (清城区 → 清远市 → 广东省), so sub-region filters work.
  const addRegion = (name: string | null): string | null => {
    if (!name) return null;
    const id = regionId(name);
    if (regions.has(id)) return id;
    regions.set(id, { id, name, level: regionLevel(name) });
    const up = regionAncestors(name)[0];
    if (up) regionLinks.set(id, { child: id, parent: addRegion(up)! });
    return id;
  };
  addRegion(homeRegion);

  // The name an organization is known by across articles. One written relatively (县委) whose
  // jurisdiction the article does not name is known only within that article.
  const scopeOf = (o: { name: string; region: string | null }) => (!o.region && isRelativeName(o.name) ? `${aid}:${o.name}` : o.name);
  const orgIdOf = new Map<string, string>();
  const organizations = x.organizations.map((o) => {
    const id = organizationId(scopeOf(o));
    orgIdOf.set(o.id, id);
    addRegion(o.region);
    return { id, name: o.name, kind: o.kind, region: o.region, evidence: [] as string[] };
  });
  // A document's issuer is an organization the article mentions, like the others (known within
  // the article, as they are, when its name is relative).
  const issuerIdOf = new Map<string, string>();
  for (const d of x.policies) {
    if (!d.issuer || issuerIdOf.has(d.issuer)) continue;
    const named = x.organizations.find((o) => o.name === d.issuer);
    const id = named ? orgIdOf.get(named.id)! : organizationId(d.issuer);
    issuerIdOf.set(d.issuer, id);
    if (!named) organizations.push({ id, name: d.issuer, kind: 'other', region: null, evidence: [] });
  }
  const orgByName = new Map(x.organizations.map((o) => [o.name, o]));
  const partOf = x.organizations
    .filter((o) => o.parent && orgIdOf.has(o.parent))
    .map((o) => ({ child: orgIdOf.get(o.id)!, parent: orgIdOf.get(o.parent!)! }));

  const posts = new Map<string, LoadRows['posts'][number]>();
  const persons: LoadRows['persons'] = [];
  const holds: LoadRows['holds'] = [];
  const personIdOf = new Map<string, string>();
  const seenOn = x.meetings.map((m) => isoDate(m.date)).find(Boolean) ?? isoDate(x.article.published);
  for (const p of x.persons) {
    // A person belongs to the jurisdiction of the offices it holds; one named only with
    // national offices (习近平 总书记) is national, not a citizen of the reporting city.
    // One seen in no known jurisdiction is known only within the article.
    const orgs = p.posts.map((post) => (post.organization ? orgByName.get(post.organization) : undefined));
    const postRegion = orgs.find((o) => o?.region)?.region;
    const national = !postRegion && p.posts.length > 0 && orgs.every((o) => o && !o.region && !isRelativeName(o.name));
    const region = postRegion ?? (national ? NATIONAL : homeRegion);
    addRegion(region === NATIONAL ? null : region);
    const id = personId(region ?? aid, p.name);
    personIdOf.set(p.id, id);
    persons.push({ id, name: p.name, region, evidence: ev(p.evidence) });
    for (const post of p.posts) {
      const org = post.organization ? orgByName.get(post.organization) : undefined;
      const scope = org ? scopeOf(org) : post.organization ?? region ?? aid;
      const pid = postId(scope, post.title);
      if (!posts.has(pid)) posts.set(pid, { id: pid, title: post.title, organization: post.organization ? organizationId(scope) : null });
      holds.push({ person: id, post: pid, raw: post.raw, date: seenOn, evidence: ev(p.evidence) });
    }
  }

  const meetingIdOf = new Map<string, string>();
  const meetings = x.meetings.map((m) => {
    const organizerOrg = m.organizer ? x.organizations.find((o) => o.id === m.organizer) : undefined;
    const organizer = organizerOrg ? scopeOf(organizerOrg) : null;
    const id = meetingId({ name: m.name, date: isoDate(m.date), scope: organizer ?? homeRegion ?? aid, articleId: aid });
    meetingIdOf.set(m.id, id);
    return {
      id, name: m.name, date: isoDate(m.date), venue: m.venue, kind: m.kind, region: homeRegion,
      organizer: organizer ? organizationId(organizer) : null, branchVenues: m.branchVenues,
      groupAttendees: m.groupAttendees, topics: m.topics, evidence: ev(m.evidence),
    };
  });
  const participations = x.meetings.flatMap((m) =>
    m.participants
      .filter((p) => personIdOf.has(p.person))
      .map((p) => ({ person: personIdOf.get(p.person)!, meeting: meetingIdOf.get(m.id)!, role: p.role.toUpperCase(), action: p.action, evidence: ev(p.evidence ?? m.evidence) })),
  );

  const policyIdOf = new Map<string, string>();
  const policies = x.policies.map((d) => {
    const id = policyId(d.title);
    policyIdOf.set(d.id, id);
    return { id, title: normalizeTitle(d.title), aliases: d.aliases, issuer: d.issuer, issuerId: d.issuer ? issuerIdOf.get(d.issuer)! : null, number: d.number ?? null, evidence: ev(d.evidence) };
  });
  const cites = x.meetings.flatMap((m) => m.cites.filter((c) => policyIdOf.has(c)).map((c) => ({ meeting: meetingIdOf.get(m.id)!, policy: policyIdOf.get(c)! })));
  const follows = x.meetings
    .filter((m) => m.follows && meetingIdOf.has(m.follows))
    .map((m) => ({ meeting: meetingIdOf.get(m.id)!, earlier: meetingIdOf.get(m.follows!)! }));

  return {
    aid,
    article: {
      id: aid, contentHash: x.article.id, title: x.article.title, publisher: x.article.publisher,
      published: isoDate(x.article.published), url: opts.url ?? x.article.url ?? null, text: x.article.text,
      source: x.source, region: homeRegion,
    },
    regions: [...regions.values()], regionLinks: [...regionLinks.values()],
    organizations: uniqueById(organizations), partOf, posts: [...posts.values()], persons: uniqueById(persons), holds,
    meetings: uniqueById(meetings),
    participations,
    policies: uniqueById(policies, (a, b) => ({ ...a, aliases: [...new Set([...a.aliases, ...b.aliases])], evidence: [...a.evidence, ...b.evidence] })),
    cites, follows,
  };
}
