// The identity rules of ../shared/docs/design.md as pure functions: two mentions are one node
// exactly when these functions give them the same id.

/** Policy titles: full/half width unified (NFKC), brackets unified, white space dropped. */
export function normalizeTitle(title: string): string {
  return title
    .normalize('NFKC')
    .replace(/[《》〈〉<>"'“”‘’]/g, '')
    .replace(/[【\[]/g, '(')
    .replace(/[】\]]/g, ')')
    .replace(/\s+/g, '');
}

/** Meeting names compare without white space, quotes and full/half-width differences. */
export function normalizeName(name: string): string {
  return name.normalize('NFKC').replace(/[\s"'“”‘’《》]/g, '');
}

export const regionId = (name: string): string => `region:${name}`;
export const organizationId = (name: string): string => `org:${normalizeName(name)}`;
export const postId = (scope: string, title: string): string => `post:${normalizeName(scope)}:${normalizeName(title)}`;
export const personId = (region: string, name: string): string => `person:${region}:${normalizeName(name)}`;
export const policyId = (title: string): string => `policy:${normalizeTitle(title)}`;
export const articleNodeId = (contentHash: string): string => `article:${contentHash}`;

/**
 * A dated meeting is one node for every article that reports it (same organizer or, failing
 * that, region; same date; same normalized name). An undated one cannot be recognised across
 * articles, so it stays scoped to the article that reports it.
 */
export function meetingId(m: { name: string; date: string | null; scope: string; articleId: string }): string {
  const name = normalizeName(m.name);
  return m.date && /^\d{4}-\d{2}-\d{2}$/.test(m.date)
    ? `meeting:${normalizeName(m.scope)}:${m.date}:${name}`
    : `meeting:${m.articleId}:${name}`;
}
