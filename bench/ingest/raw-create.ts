// The ceiling the loader is compared with: the same rows written by plain UNWIND … CREATE, no
// MERGE, no identity, no provenance bookkeeping, into a database without constraints or
// indexes. One transaction per batch of articles (as the loader), one statement per label and per
// relationship type; relationships join the nodes just created by element id.
import type { Graph, Runner } from '../../src/graph/driver';
import type { LoadRows } from '../../src/graph/load-rows';

type Props = Record<string, unknown>;
interface RawRel { a: string; b: string; p: Props }

const NODE = (label: string) => `UNWIND $rows AS row CREATE (n:${label}) SET n = row.p RETURN row.k AS k, elementId(n) AS eid`;
const REL = (type: string) => `UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row.a MATCH (b) WHERE elementId(b) = row.b CREATE (a)-[r:${type}]->(b) SET r = row.p`;

/** Nodes by label and relationships by type, as plain property maps, from one article's rows. */
export function rawGraph(rows: LoadRows): { nodes: Record<string, Props[]>; rels: Record<string, RawRel[]> } {
  const region = (name: string | null) => (name ? `region:${name}` : null);
  // Issuers are among the organizations (toLoadRows adds them).
  const orgs = new Map(rows.organizations.map((o) => [o.id, o as Props]));
  // Evidence goes on the MENTIONS and REPORTED_IN relationships, as the loader keeps it.
  const bare = (list: { evidence: string[] }[]): Props[] => list.map(({ evidence: _, ...p }) => p);
  const nodes: Record<string, Props[]> = {
    Article: [rows.article], Region: rows.regions, Organization: bare([...orgs.values()] as LoadRows['organizations']), Post: rows.posts,
    Person: bare(rows.persons), Meeting: bare(rows.meetings), PolicyDocument: bare(rows.policies),
  };
  const rels: Record<string, RawRel[]> = {};
  const add = (type: string, a: string | null, b: string | null, p: Props = {}) => {
    if (a && b) (rels[type] ??= []).push({ a, b, p });
  };
  add('ABOUT', rows.aid, region(rows.article.region));
  for (const n of [...rows.organizations, ...rows.persons, ...rows.policies]) add('MENTIONS', rows.aid, n.id, { evidence: n.evidence });
  for (const p of rows.posts) add('MENTIONS', rows.aid, p.id);
  for (const l of rows.regionLinks) add('IN_REGION', l.child, l.parent);
  for (const o of rows.organizations) add('IN_REGION', o.id, region(o.region));
  for (const r of rows.partOf) add('PART_OF', r.child, r.parent);
  for (const p of rows.posts) add('IN', p.id, p.organization);
  for (const h of rows.holds) add('HOLDS', h.person, h.post, { raw: [h.raw], date: h.date, evidence: h.evidence });
  for (const m of rows.meetings) {
    add('REPORTED_IN', m.id, rows.aid, { evidence: m.evidence });
    add('IN_REGION', m.id, region(m.region));
    add('ORGANIZED', m.organizer, m.id);
  }
  for (const p of rows.participations) add('PARTICIPATED', p.person, p.meeting, { role: p.role, action: p.action, evidence: p.evidence });
  for (const d of rows.policies) add('ISSUED_BY', d.id, d.issuerId);
  for (const c of rows.cites) add('CITES', c.meeting, c.policy);
  for (const f of rows.follows) add('FOLLOWS', f.meeting, f.earlier);
  return { nodes, rels };
}

/**
 * Several articles in one transaction (as the loader batches them): every article's nodes are
 * created anew (duplicates across articles are the point: no identity), then its relationships.
 */
export async function rawCreate(graph: Graph, batch: LoadRows[]): Promise<void> {
  const nodes: Record<string, { k: string; p: Props }[]> = {};
  const rels: Record<string, RawRel[]> = {};
  batch.forEach((rows, i) => {
    const g = rawGraph(rows);
    for (const [label, list] of Object.entries(g.nodes)) for (const p of list) (nodes[label] ??= []).push({ k: `${i}|${p.id}`, p: stripNulls(p) });
    for (const [type, list] of Object.entries(g.rels)) for (const r of list) (rels[type] ??= []).push({ a: `${i}|${r.a}`, b: `${i}|${r.b}`, p: stripNulls(r.p) });
  });
  await graph.write(async (_tx, run: Runner) => {
    const eid = new Map<string, string>();
    for (const [label, list] of Object.entries(nodes)) {
      if (!list.length) continue;
      const r = await run<{ k: string; eid: string }>(NODE(label), { rows: list });
      for (const rec of r.records) eid.set(rec.get('k'), rec.get('eid'));
    }
    for (const [type, list] of Object.entries(rels)) {
      const resolved = list.filter((r) => eid.has(r.a) && eid.has(r.b)).map((r) => ({ a: eid.get(r.a), b: eid.get(r.b), p: r.p }));
      if (resolved.length) await run(REL(type), { rows: resolved });
    }
  });
}

/** Neo4j stores no nulls; SET n = map drops them anyway, this keeps the parameters small. */
function stripNulls(p: Props): Props {
  return Object.fromEntries(Object.entries(p).filter(([, v]) => v !== null && v !== undefined));
}
