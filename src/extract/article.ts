// The article's own facts: title (its first line when it reads as a headline), publisher,
// publish date (page metadata, the caller, an HTML meta tag or the URL), and region (the
// jurisdiction it speaks for: 我市/市委 in it resolve to this region).
import { leadingRegion, makeRegion, type Region } from './orgs/region';
import { urlDate, isoDate, numericDates } from './text/dates';

export interface ArticleFacts {
  title: string | null;
  publisher: string | null;
  published: string | null;
  region: Region | null;
}

export interface ArticleHints {
  metaPublisher: string | null;
  metaPublished: string | null;
  htmlTitle: string | null;
  htmlMeta: Record<string, string>;
  url: string | null;
  /** The file name the article came from (a date in it counts when nothing else gives one). */
  source: string | null;
  published: string | null;
}

const BAD_STEM = /[我全本该各这那此其召开在的了和与及等对为于是有新一]/;

/** The first line, when it reads as a headline (short, no sentence end). */
export function headline(text: string): string | null {
  const first = text.split('\n', 1)[0]?.trim() ?? '';
  if (first.length < 4 || first.length > 120) return null;
  if (/[。；;，,：:]$/.test(first) || /。/.test(first)) return null;
  return first;
}

function cleanTitle(title: string): string {
  return title.replace(/^[【\[][^】\]]{1,12}[】\]]\s*/, '').trim();
}

function htmlPublished(meta: Record<string, string>): string | null {
  for (const k of ['pubdate', 'publishdate', 'publish_date', 'article:published_time', 'date', 'firstpublishedtime']) {
    const v = meta[k];
    const d = v ? numericDates(v)[0] : undefined;
    if (d && d.year !== null && d.month !== null) return isoDate({ year: d.year, month: d.month, day: d.day });
  }
  return null;
}

function fromUrl(url: string | null): string | null {
  const d = url ? urlDate(url) : null;
  return d && d.day ? isoDate({ year: d.year, month: d.month, day: d.day }) : null;
}

function regionCandidate(s: string | null): string | null {
  if (!s) return null;
  const r = leadingRegion(s.replace(/^[【\[][^】\]]{1,12}[】\]]\s*/, ''));
  if (!r || BAD_STEM.test(r.slice(0, -1)) || r.length > 8) return null;
  return r;
}

/** The region named most clearly: title, then publisher, then bodies named in the text. */
function findRegion(title: string | null, publisher: string | null, text: string): Region | null {
  for (const c of [regionCandidate(title), regionCandidate(publisher)]) {
    const r = makeRegion(c);
    if (r && r.level !== 'nation') return r;
  }
  const counts = new Map<string, number>();
  const re = /(?:^|[^\u4e00-\u9fff]|在|我|召开|举行)([\u4e00-\u9fff]{2,5}?(?:市|县|区|镇|乡|旗|州))(?=委|人民政府|政府|人大|政协|纪委|党委|召开|举行)/g;
  for (const m of text.slice(0, 20000).matchAll(re)) {
    if (BAD_STEM.test(m[1].slice(0, -1))) continue;
    counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best ? makeRegion(best[0]) : null;
}

export function readArticle(text: string, hints: ArticleHints): ArticleFacts {
  const head = headline(text);
  const title = head ? cleanTitle(head) : hints.htmlTitle ? cleanTitle(hints.htmlTitle.split(/\s[-_|｜]\s|[_|｜]/)[0]) : null;
  const publisher = hints.metaPublisher ?? hints.htmlMeta['contentsource'] ?? hints.htmlMeta['source'] ?? null;
  const base = hints.source ? hints.source.split(/[\\/]/).pop() ?? null : null;
  const published = hints.metaPublished ?? hints.published ?? htmlPublished(hints.htmlMeta) ?? fromUrl(hints.url) ?? fromUrl(base);
  return { title: title || null, publisher, published, region: findRegion(title, publisher, text) };
}

/** Year and month a URL gives even without a day (/201403/): used to date meetings. */
export function urlYearMonth(url: string | null): { year: number; month: number } | null {
  const d = url ? urlDate(url) : null;
  return d ? { year: d.year, month: d.month } : null;
}
