// Provenance for a page of fact edges: each supporting article's url and date, and the quote
// of the evidence (the edge's own spans in that article, else its target's, else its source's).
// One query per page reads each distinct article once and cuts the quotes on the server, so
// article texts never travel and no per-edge subquery runs.
import type { Graph } from '../driver';
import { plainValue } from '../values';

export interface Provenance {
  articleId: string;
  url: string | null;
  /** The article's publication date, YYYY-MM-DD. */
  date: string | null;
  /** The evidence text in that article (spans joined by " … "), or null when there is none. */
  quote: string | null;
}

/** What an edge row brings: its articleIds and the evidence of the edge and of both its ends. */
export interface Support { articleIds: string[]; own: string[]; target: string[]; source: string[] }

const QUOTES = `
UNWIND $articles AS a
MATCH (x:Article {id: a.id})
RETURN x.id AS id, x.url AS url, x.published AS date, [c IN a.cuts | substring(x.text, c[0], c[1])] AS quotes`;

type Cut = [number, number];

/** The spans ("aid|start|end") to quote for one article: own, else target's, else source's. */
export function cutsFor(s: Support, aid: string): Cut[] {
  const of = (list: string[]) => list.filter((e) => e.startsWith(`${aid}|`));
  const spans = [of(s.own), of(s.target), of(s.source)].find((l) => l.length) ?? [];
  return spans.flatMap((e): Cut[] => {
    const [, a, b] = e.split('|').map(Number);
    return Number.isInteger(a) && Number.isInteger(b) && b! >= a! && a! >= 0 ? [[a!, b! - a!]] : [];
  });
}

/** Provenance for each support (in order), null for edges with no articleIds (structural). */
export async function provenance(graph: Graph, supports: (Support | null)[]): Promise<(Provenance[] | null)[]> {
  const cuts = new Map<string, Cut[]>();
  const wanted = supports.map((s) => s?.articleIds.map((aid) => {
    const list = cuts.get(aid) ?? [];
    cuts.set(aid, list);
    const mine = cutsFor(s, aid);
    const at = list.length;
    list.push(...mine);
    return { aid, from: at, count: mine.length };
  }) ?? null);
  if (!cuts.size) return supports.map(() => null);
  const rows = await graph.read<{ id: string; url: string | null; date: unknown; quotes: string[] }>(QUOTES, {
    articles: [...cuts].map(([id, c]) => ({ id, cuts: c })),
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return wanted.map((w) => w && w.flatMap(({ aid, from, count }) => {
    const x = byId.get(aid);
    if (!x) return [];
    const quotes = x.quotes.slice(from, from + count).filter(Boolean);
    return [{ articleId: aid, url: x.url ?? null, date: (plainValue(x.date) as string) ?? null, quote: quotes.length ? quotes.join(' … ') : null }];
  }));
}
