// The API's top-level lists: one fixed, parameterised query per label; a filter left null
// matches everything. Paging is by offset here; connections wrap it with opaque cursors.
import type { Graph } from '../driver';
import type { Label } from '../model';
import { plain, type Plain } from '../values';

export interface ListFilter {
  nameContains?: string | null;
  region?: string | null;
  from?: string | null;
  to?: string | null;
  kind?: string | null;
}

export interface Page {
  offset: number;
  limit: number;
}

interface ListSpec {
  where: string;
  orderBy: string;
}

// `name` is the display property of each label (Post: title, PolicyDocument: title…).
const SPECS: Record<Label, ListSpec> = {
  Person: { where: `($nameContains IS NULL OR n.name CONTAINS $nameContains) AND ($region IS NULL OR n.region = $region)`, orderBy: 'n.name, n.id' },
  Organization: { where: `($nameContains IS NULL OR n.name CONTAINS $nameContains) AND ($region IS NULL OR n.region = $region) AND ($kind IS NULL OR n.kind = $kind)`, orderBy: 'n.name, n.id' },
  Post: { where: `($nameContains IS NULL OR n.title CONTAINS $nameContains)`, orderBy: 'n.title, n.id' },
  Meeting: {
    where: `($nameContains IS NULL OR n.name CONTAINS $nameContains) AND ($region IS NULL OR n.region = $region) AND ($kind IS NULL OR n.kind = $kind)
      AND ($from IS NULL OR n.date >= date($from)) AND ($to IS NULL OR n.date <= date($to))`,
    orderBy: 'n.date DESC, n.id',
  },
  PolicyDocument: { where: `($nameContains IS NULL OR n.title CONTAINS $nameContains)`, orderBy: 'n.title, n.id' },
  Article: {
    where: `($nameContains IS NULL OR n.title CONTAINS $nameContains) AND ($region IS NULL OR n.region = $region)
      AND ($from IS NULL OR n.published >= date($from)) AND ($to IS NULL OR n.published <= date($to))`,
    orderBy: 'n.published DESC, n.id',
  },
  Region: { where: `($nameContains IS NULL OR n.name CONTAINS $nameContains)`, orderBy: 'n.name, n.id' },
};

const params = (f: ListFilter) => ({
  nameContains: f.nameContains ?? null, region: f.region ?? null, from: f.from ?? null, to: f.to ?? null, kind: f.kind ?? null,
});

export async function listNodes(graph: Graph, label: Label, filter: ListFilter, page: Page): Promise<{ nodes: Plain[]; total: number }> {
  const spec = SPECS[label];
  const cypher = `MATCH (n:${label}) WHERE ${spec.where}
WITH n ORDER BY ${spec.orderBy}
WITH collect(n) AS matched
RETURN size(matched) AS total, [x IN matched[$offset..($offset + $limit)] | x {.*, text: null}] AS nodes`;
  const [row] = await graph.read<{ total: number; nodes: Plain[] }>(cypher, { ...params(filter), offset: page.offset, limit: page.limit });
  return { total: row?.total ?? 0, nodes: (row?.nodes ?? []).map(plain) };
}
