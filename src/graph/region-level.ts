// A region's level (national → province → city → county → township) from its name, and its
// parent region where the division tree (lexicon/region-tree.yaml) names exactly one.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { fromRoot } from '../config/paths';

/** From the top down: the order a document diffuses in. */
export const REGION_LEVELS = ['national', 'province', 'city', 'county', 'township', 'unknown'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

const lexiconSchema = z.object({
  provinceNames: z.array(z.string()),
  national: z.array(z.string()),
  relativePrefixes: z.array(z.string().min(1)),
  suffixes: z.array(z.object({ suffix: z.string().min(1), level: z.enum(['province', 'city', 'county', 'township']) })),
});
const treeSchema = z.object({ source: z.string().min(1), children: z.record(z.string().min(1), z.array(z.string().min(1))) });

interface Tree {
  /** A name's one parent; names with several parents in the source are absent. */
  parent: Map<string, string>;
  /** Depth from the top: 0 for a province, 1 for its children, 2 for theirs. */
  depth: Map<string, number>;
}

let lexicon: z.infer<typeof lexiconSchema> | undefined;
let tree: Tree | undefined;

function load(): z.infer<typeof lexiconSchema> {
  lexicon ??= lexiconSchema.parse(parse(readFileSync(fromRoot('src/graph/lexicon/region-levels.yaml'), 'utf8')));
  return lexicon;
}

/** The division tree, with ambiguous names (one name, several parents) left out. */
export function divisionTree(): Tree {
  if (tree) return tree;
  const { children } = treeSchema.parse(parse(readFileSync(fromRoot('src/graph/lexicon/region-tree.yaml'), 'utf8')));
  const parents = new Map<string, Set<string>>();
  for (const [parent, list] of Object.entries(children)) for (const c of list) parents.set(c, (parents.get(c) ?? new Set()).add(parent));
  const parent = new Map([...parents].filter(([, p]) => p.size === 1).map(([c, p]) => [c, [...p][0]!]));
  const depth = new Map<string, number>();
  const depthOf = (name: string): number => {
    const known = depth.get(name);
    if (known !== undefined) return known;
    const up = parent.get(name);
    const d = up === undefined ? 0 : depthOf(up) + 1;
    depth.set(name, d);
    return d;
  };
  for (const name of [...Object.keys(children), ...parent.keys()]) depthOf(name);
  tree = { parent, depth };
  return tree;
}

const LEVEL_AT_DEPTH: RegionLevel[] = ['province', 'city', 'county'];

export function regionLevel(name: string): RegionLevel {
  const { provinceNames, national, suffixes } = load();
  if (!name) return 'unknown';
  if (national.includes(name)) return 'national';
  if (provinceNames.includes(name)) return 'province';
  // A county-level city (英德市) ends in 市 like a prefecture: the tree knows which it is.
  const d = divisionTree().depth.get(name);
  if (d !== undefined) return LEVEL_AT_DEPTH[d] ?? 'unknown';
  return suffixes.find((s) => name.endsWith(s.suffix))?.level ?? 'unknown';
}

/** The chain of parents of a region, nearest first (清城区 → [清远市, 广东省]); empty when unknown. */
export function regionAncestors(name: string): string[] {
  const { parent } = divisionTree();
  const out: string[] = [];
  for (let up = parent.get(name); up !== undefined && !out.includes(up); up = parent.get(up)) out.push(up);
  return out;
}

/** 县委, 市教育局, 区政府 without a region: "the county's", "the city's" — of an unknown jurisdiction. */
export function isRelativeName(name: string): boolean {
  return load().relativePrefixes.some((p) => name.startsWith(p));
}
