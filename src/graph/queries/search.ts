// Full-text search over the cjk indexes. The CJK analyzer indexes character bigrams, so a
// one-character query cannot match a bigram: it becomes a prefix query. User input is escaped:
// Lucene syntax (*:*, OR, quotes) is searched for as text, never interpreted.
import type { Graph } from '../driver';
import type { Label } from '../model';
import { plain, type Plain } from '../values';

export const FULLTEXT_INDEX: Partial<Record<Label, string>> = {
  Person: 'person_fulltext',
  Organization: 'organization_fulltext',
  Meeting: 'meeting_fulltext',
  PolicyDocument: 'policy_fulltext',
  Article: 'article_fulltext',
};

export function luceneQuery(text: string): string {
  const trimmed = text.trim().slice(0, 200);
  if (!trimmed) return '';
  // One CJK character is inside the bigrams indexed around it (杨焕 → 杨焕), so it is searched
  // as *焕*; anything longer is a phrase, in which only \ and " mean anything to Lucene.
  if ([...trimmed].length === 1) return /[\p{L}\p{N}]/u.test(trimmed) ? `*${trimmed}*` : '';
  return `"${trimmed.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

export interface SearchRow {
  label: Label;
  node: Plain;
  score: number;
}

// One round trip whatever the number of labels searched: a UNION of the chosen indexes.
function searchCypher(labels: Label[]): string {
  const parts = labels
    .filter((l) => FULLTEXT_INDEX[l])
    .map((l) => `CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX[l]}', $q, {limit: $limit}) YIELD node, score RETURN '${l}' AS label, node, score`);
  return `CALL () { ${parts.join(' UNION ALL ')} }
WITH label, node, score ORDER BY score DESC LIMIT $limit
RETURN label, node {.*, text: null, evidence: null, articleIds: null} AS node, score, node.text AS text`;
}

export async function search(graph: Graph, text: string, labels: Label[], limit: number): Promise<(SearchRow & { text: string | null })[]> {
  const q = luceneQuery(text);
  const searchable = labels.filter((l) => FULLTEXT_INDEX[l]);
  if (!q || !searchable.length) return [];
  const rows = await graph.read<{ label: Label; node: Plain; score: number; text: string | null }>(searchCypher(searchable), { q, limit });
  return rows.map((r) => ({ label: r.label, node: plain(r.node), score: r.score, text: r.text }));
}

/** A short piece of text around the first place the query occurs (what a result list shows). */
export function snippet(haystack: string | null | undefined, query: string, radius = 30): string | null {
  if (!haystack) return null;
  const at = haystack.indexOf(query.trim());
  if (at < 0) return haystack.slice(0, radius * 2);
  const start = Math.max(0, at - radius);
  const end = Math.min(haystack.length, at + query.trim().length + radius);
  return (start > 0 ? '…' : '') + haystack.slice(start, end) + (end < haystack.length ? '…' : '');
}
