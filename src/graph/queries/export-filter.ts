// The export filters as Cypher: a region (with its sub-regions), a period, node types and a seed
// subgraph. A filter is first resolved to a scope (the region's ids and names, the seed
// subgraph's node ids), then every export query keeps a node when `keep(v)` holds and an edge
// when both ends are kept and, for a fact edge, when `edgeInPeriod(r)` holds. The fragments are
// fixed text chosen by which filters are set; every value goes in as a parameter.
import type { Graph, Params } from '../driver';
import { LABELS, type Label } from '../model';
import { supportedBetween } from '../cypher/node-support';

export interface ExportFilter {
  /** A Region's name (清远市) or id (region:清远市); its sub-regions come with it. */
  region?: string | null;
  /** Inclusive bounds, YYYY-MM-DD. */
  from?: string | null;
  to?: string | null;
  /** Node labels to keep (default: all of LABELS). */
  types?: Label[] | null;
  /** Seed node ids: keep only nodes within `depth` relationships of one of them. */
  ids?: string[] | null;
  depth?: number | null;
}

export interface ExportScope {
  labels: Label[];
  regionIds: string[] | null;
  regionNames: string[] | null;
  from: string | null;
  to: string | null;
  /** Ids of the seed subgraph's nodes (ids only: the subgraph itself is streamed like the rest). */
  within: string[] | null;
}

export const MAX_DEPTH = 5;

// A region and every region IN_REGION* below it (the tree of regions is small).
const REGIONS = `
MATCH (top:Region) WHERE top.id = $region OR top.name = $region
MATCH (r:Region)-[:IN_REGION*0..]->(top)
RETURN DISTINCT r.id AS id, r.name AS name`;

// Seeds through each label's unique index, then a breadth-first expansion (DISTINCT lets the
// planner prune repeated paths). DEPTH is an integer bounded by resolveScope, not input text.
const SEEDS = `CALL () { ${LABELS.map((l) => `MATCH (n:${l}) WHERE n.id IN $ids RETURN n`).join(' UNION ')} }
MATCH (n)-[*0..DEPTH]-(m)
WITH DISTINCT m
RETURN m.id AS id`;

export async function resolveScope(graph: Graph, filter: ExportFilter): Promise<ExportScope> {
  let regionIds: string[] | null = null;
  let regionNames: string[] | null = null;
  if (filter.region) {
    const rows = await graph.read<{ id: string; name: string | null }>(REGIONS, { region: filter.region });
    regionIds = rows.map((r) => r.id);
    // A name with no Region node still matches nodes whose `region` property names it.
    regionNames = rows.length ? rows.map((r) => r.name ?? r.id.replace(/^region:/, '')) : [filter.region.replace(/^region:/, '')];
  }
  let within: string[] | null = null;
  if (filter.ids?.length) {
    const depth = Math.max(0, Math.min(MAX_DEPTH, Math.trunc(filter.depth ?? 1)));
    within = (await graph.read<{ id: string }>(SEEDS.replace('DEPTH', String(depth)), { ids: filter.ids })).map((r) => r.id);
  }
  const labels = filter.types?.length ? LABELS.filter((l) => filter.types!.includes(l)) : [...LABELS];
  const dated = Boolean(filter.from || filter.to);
  return {
    labels, regionIds, regionNames, within,
    from: dated ? filter.from || '0001-01-01' : null,
    to: dated ? filter.to || '9999-12-31' : null,
  };
}

export const scopeParams = (s: ExportScope): Params => ({
  labels: s.labels, regionIds: s.regionIds ?? [], regionNames: s.regionNames ?? [], within: s.within ?? [], from: s.from, to: s.to,
});

// An organization-like node is in the region by its `region` property or an IN_REGION/ABOUT edge.
const placed = (x: string) =>
  `(${x}.region IN $regionNames OR EXISTS { MATCH (${x})-[:IN_REGION|ABOUT]->(${x}r:Region) WHERE ${x}r.id IN $regionIds })`;

// Posts and policies have no region of their own: a post is where its organization is (or, with
// none, where its holders are); a policy is where its issuer, a meeting citing it or an article
// mentioning it is.
const inRegion = (v: string) => `CASE
  WHEN ${v}:Region THEN ${v}.id IN $regionIds
  WHEN ${v}:Post THEN EXISTS { MATCH (${v})-[:IN]->(${v}o:Organization) WHERE ${placed(`${v}o`)} }
    OR (NOT EXISTS { (${v})-[:IN]->(:Organization) } AND EXISTS { MATCH (${v}p:Person)-[:HOLDS]->(${v}) WHERE ${v}p.region IN $regionNames })
  WHEN ${v}:PolicyDocument THEN EXISTS { MATCH (${v})-[:ISSUED_BY]->(${v}o:Organization) WHERE ${placed(`${v}o`)} }
    OR EXISTS { MATCH (${v}m:Meeting)-[:CITES]->(${v}) WHERE ${placed(`${v}m`)} }
    OR EXISTS { MATCH (${v}a:Article)-[:MENTIONS]->(${v}) WHERE ${v}a.region IN $regionNames }
  ELSE ${placed(v)} END`;

// A fact is in the period when an article published in it supports it (an entity: supportedBetween).
const supported = (x: string) =>
  `EXISTS { MATCH (${x}Src:Article) WHERE ${x}Src.id IN ${x}.articleIds AND ${x}Src.published >= date($from) AND ${x}Src.published <= date($to) }`;

// Meetings and articles by their own date; regions are timeless; the rest by their support.
const inPeriod = (v: string) => `CASE
  WHEN ${v}:Region THEN true
  WHEN ${v}:Meeting THEN ${v}.date >= date($from) AND ${v}.date <= date($to)
  WHEN ${v}:Article THEN ${v}.published >= date($from) AND ${v}.published <= date($to)
  ELSE ${supportedBetween(v)} END`;

/** The predicate a node `v` of the export satisfies (variable names come from code only). */
export function keep(v: string, s: ExportScope): string {
  const parts = [`any(lbl IN labels(${v}) WHERE lbl IN $labels)`];
  if (s.within) parts.push(`${v}.id IN $within`);
  if (s.regionIds) parts.push(`(${inRegion(v)})`);
  if (s.from) parts.push(`(${inPeriod(v)})`);
  return parts.join(' AND ');
}

/** Structural edges (no articleIds) follow their ends; a fact edge needs support in the period. */
export const edgeInPeriod = (r: string, s: ExportScope): string => (s.from ? `(${r}.articleIds IS NULL OR ${supported(r)})` : 'true');
