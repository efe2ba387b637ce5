// A mixed query load at a fixed rate (open loop: requests are sent on schedule whether or not
// earlier ones have answered, up to a cap of requests in flight), every answer recorded.
import type { Harness } from './harness';
import { codesOf, parseBody, request } from './http';

export interface LoadQuery { kind: string; query: string; variables?: Record<string, unknown>; /** Share of the mix (default 1). */ weight?: number }

export interface Sample {
  kind: string;
  sentAt: number;
  doneAt: number;
  ok: boolean;
  status: number;
  codes: string[];
  error?: string;
}

/** The README's queries, over ids read from the seeded graph. */
export async function mixedQueries(h: Harness): Promise<LoadQuery[]> {
  const one = async (cypher: string): Promise<string> => {
    const rows = await h.graph.read<{ id: string }>(cypher);
    if (!rows[0]) throw new Error(`no row for ${cypher}: is the graph seeded?`);
    return rows[0].id;
  };
  const person = await one(`MATCH (p:Person)-[r:PARTICIPATED]->() RETURN p.id AS id, count(r) AS n ORDER BY n DESC, id LIMIT 1`);
  const other = await one(`MATCH (p:Person)-[:PARTICIPATED]->()<-[:PARTICIPATED]-(q:Person) WHERE p.id = '${person.replace(/'/g, "\\'")}' AND q <> p RETURN q.id AS id ORDER BY id LIMIT 1`);
  const meeting = await one(`MATCH (m:Meeting)<-[r:PARTICIPATED]-() RETURN m.id AS id, count(r) AS n ORDER BY n DESC, id LIMIT 1`);
  const region = await one(`MATCH (m:Meeting) WHERE m.region IS NOT NULL RETURN m.region AS id, count(*) AS n ORDER BY n DESC LIMIT 1`);
  const name = (await h.graph.read<{ name: string }>(`MATCH (p:Person {id: $id}) RETURN p.name AS name`, { id: person }))[0]!.name;
  // What a public API mostly answers: lookups and first pages (light, 4 shares each), and the
  // README's example queries (nested, 1 share each).
  const light = 4;
  return [
    { kind: 'node', weight: light, query: `query($id: ID!) { node(id: $id) { id ... on Person { name region } } }`, variables: { id: person } },
    { kind: 'personLight', weight: light, query: `query($id: ID!) { person(id: $id) { name region posts { title } } }`, variables: { id: other } },
    { kind: 'searchLight', weight: light, query: `query($q: String!) { search(query: $q, first: 5) { type label } }`, variables: { q: name } },
    { kind: 'articlesLight', weight: light, query: `{ articles(first: 5) { title published } }` },
    { kind: 'meetingsPage', weight: light, query: `{ meetingsConnection(first: 10) { totalCount edges { node { name date } } } }` },
    { kind: 'meetingLight', weight: light, query: `query($id: ID!) { meeting(id: $id) { name date venue } }`, variables: { id: meeting } },
    { kind: 'meetings', query: `{ meetings(first: 10) { name date venue participants { role person { name posts { title organization { name } } } } cites { title issuer { name } } } }` },
    { kind: 'search', query: `query($q: String!) { search(query: $q, types: [PERSON, ARTICLE]) { type label score snippet node { id } } }`, variables: { q: name } },
    { kind: 'person', query: `query($id: ID!) { person(id: $id) { name region timeline { holding { post { title organization { name } } firstSeen lastSeen } meetings { name date } } coAttendees { person { name } meetings lastMet } evidence { quote article { title published url } } } }`, variables: { id: person } },
    { kind: 'meetingsConnection', query: `query($r: String) { meetingsConnection(first: 10, filter: {region: $r}) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { name date venue organizer { name } participants(role: PRESIDED) { person { name } } } } } }`, variables: { r: region } },
    { kind: 'policies', query: `{ policies(first: 10) { title aliases issuer { name } diffusion { level firstCited regions meetings { name date region } } citedByConnection(first: 5) { totalCount edges { node { name date } } } } }` },
    { kind: 'organizations', query: `{ organizations(first: 10) { name parent { name } holders { current firstSeen lastSeen person { name } post { title } } } }` },
    { kind: 'graph', query: `query($ids: [ID!]!) { graph(ids: $ids, depth: 2, limit: 500) { truncated nodes { id type label } edges { id type source target } } }`, variables: { ids: [person] } },
    { kind: 'path', query: `query($a: ID!, $b: ID!) { path(from: $a, to: $b, maxLength: 4) { nodes { id label } edges { type source target } } }`, variables: { a: person, b: other } },
    { kind: 'meeting', query: `query($id: ID!) { meeting(id: $id) { name date participants { role action person { name } } articles { title } related { meeting { name } why } } }`, variables: { id: meeting } },
    { kind: 'articles', query: `{ articlesConnection(first: 5) { totalCount edges { node { title published meetings { name } } } } }` },
  ];
}

export class Load {
  readonly samples: Sample[] = [];
  dropped = 0;
  inFlight = 0;
  private timer: NodeJS.Timeout | null = null;
  private started = 0;
  private sent = 0;
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly base: string,
    private readonly queries: LoadQuery[],
    private readonly o: { rate: number; maxInFlight: number; timeoutMs: number },
  ) {}

  /** The queries in a smooth weighted round robin (each q.weight times per cycle, spread out). */
  private schedule: LoadQuery[] = [];

  start(): this {
    this.schedule = this.queries
      .flatMap((q) => Array.from({ length: q.weight ?? 1 }, (_, k) => ({ q, at: (k + 0.5) / (q.weight ?? 1) })))
      .sort((a, b) => a.at - b.at)
      .map((x) => x.q);
    this.started = Date.now();
    this.timer = setInterval(() => {
      const due = Math.floor(((Date.now() - this.started) / 1000) * this.o.rate);
      while (this.sent < due) {
        const q = this.schedule[this.sent % this.schedule.length]!;
        this.sent++;
        if (this.inFlight >= this.o.maxInFlight) { this.dropped++; continue; }
        const p = this.one(q).finally(() => this.pending.delete(p));
        this.pending.add(p);
      }
    }, 5);
    return this;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await Promise.all([...this.pending]);
  }

  private async one(q: LoadQuery): Promise<void> {
    this.inFlight++;
    const sentAt = Date.now();
    const r = await request(`${this.base}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: q.query, variables: q.variables ?? {} }), timeoutMs: this.o.timeoutMs,
    });
    this.inFlight--;
    const body = parseBody(r.text);
    const codes = codesOf(body);
    const ok = r.status === 200 && !codes.length && !!body?.data;
    this.samples.push({ kind: q.kind, sentAt, doneAt: Date.now(), ok, status: r.status, codes, error: r.error });
  }
}

export function codeCounts(samples: Sample[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of samples) {
    if (s.ok) continue;
    const key = s.error ? `network: ${s.error}` : s.codes.length ? [...new Set(s.codes)].join('+') : `HTTP ${s.status}`;
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}
