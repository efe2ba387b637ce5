// A region's level (national → province → city → county → township) from its name.
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

let lexicon: z.infer<typeof lexiconSchema> | undefined;

function load(): z.infer<typeof lexiconSchema> {
  lexicon ??= lexiconSchema.parse(parse(readFileSync(fromRoot('src/graph/lexicon/region-levels.yaml'), 'utf8')));
  return lexicon;
}

export function regionLevel(name: string): RegionLevel {
  const { provinceNames, national, suffixes } = load();
  if (!name) return 'unknown';
  if (national.includes(name)) return 'national';
  if (provinceNames.includes(name)) return 'province';
  return suffixes.find((s) => name.endsWith(s.suffix))?.level ?? 'unknown';
}

/** 县委, 市教育局, 区政府 without a region: "the county's", "the city's" — of an unknown jurisdiction. */
export function isRelativeName(name: string): boolean {
  return load().relativePrefixes.some((p) => name.startsWith(p));
}
