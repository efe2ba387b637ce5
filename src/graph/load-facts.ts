// A fact that several articles of one batch state (a leader's HOLDS, an office's PART_OF its
// party committee) becomes one row of the batch: its relationship is written once per
// transaction, its provenance lists grown in one piece, not rewritten by each article in turn.
import type { LoadRows } from './load-rows';

type Row = Record<string, unknown> & { aid: string };

/** What makes two rows the same relationship: its ends, and its keys (a participation's role). */
export const FACT_KEYS: Partial<Record<keyof LoadRows, (r: Row) => string>> = {
  holds: (r) => `${r.person}|${r.post}`,
  participations: (r) => `${r.person}|${r.meeting}|${r.role}`,
  partOf: (r) => `${r.child}|${r.parent}`,
  cites: (r) => `${r.meeting}|${r.policy}`,
  follows: (r) => `${r.meeting}|${r.earlier}`,
};

/**
 * The articles supporting each fact (`aids`) with their evidence spans; a holding's wordings
 * (`raw`), the articles' dates (`seen`: "aid|date") and their extremes (`first`, `last`). Other
 * properties (a participation's action) are the last article's.
 */
export interface JoinedFact {
  aids: string[];
  evidence: string[];
  raw: string[];
  seen: string[];
  first: string | null;
  last: string | null;
  [key: string]: unknown;
}

interface Acc { row: Record<string, unknown>; aids: Set<string>; evidence: Set<string>; raw: Set<string>; seen: Set<string>; first: string | null; last: string | null }

export function joinFacts(rows: Row[], keyOf: (r: Row) => string): JoinedFact[] {
  const byKey = new Map<string, Acc>();
  for (const r of rows) {
    const k = keyOf(r);
    let acc = byKey.get(k);
    if (!acc) byKey.set(k, (acc = { row: {}, aids: new Set(), evidence: new Set(), raw: new Set(), seen: new Set(), first: null, last: null }));
    const { aid, evidence, raw, date, ...rest } = r as Row & { evidence?: string[]; raw?: string; date?: string | null };
    Object.assign(acc.row, rest);
    acc.aids.add(aid);
    for (const e of evidence ?? []) acc.evidence.add(e);
    if (raw) acc.raw.add(raw);
    if (date) {
      acc.seen.add(`${aid}|${date}`);
      if (acc.first === null || date < acc.first) acc.first = date;
      if (acc.last === null || date > acc.last) acc.last = date;
    }
  }
  return [...byKey.values()].map((a) => ({ ...a.row, aids: [...a.aids], evidence: [...a.evidence], raw: [...a.raw], seen: [...a.seen], first: a.first, last: a.last }));
}
