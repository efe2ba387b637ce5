// Page metadata lines (来源:… 发布时间:… 点击数:…) and bare date lines: read for the article's
// publisher and publish date, then removed from the body text.
import { chineseDates, numericDates, formatDate } from '../text/dates';

export interface PageMeta {
  publisher: string | null;
  published: string | null;
}

const KEYS = '来源|发布时间|发布日期|更新时间|更新日期|时间|日期|作者|编辑|责任编辑|点击数|点击|浏览次数|浏览量|访问量|阅读量|阅读次数|字号|分享到|信息来源|文章来源|发布机构|发文机关';
const KEY_RE = new RegExp(`(${KEYS})\\s*[:：]`, 'g');
const DATE_ONLY = /^\s*(?:(?:发布|更新)?(?:时间|日期)\s*[:：]?\s*)?((?:19|20)\d{2})\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$/;

/** Is this line page metadata rather than body text? */
export function isMetaLine(line: string): boolean {
  const t = line.trim();
  if (!t || t.length > 160 || /[。！？]$/.test(t)) return false;
  if (DATE_ONLY.test(t)) return true;
  KEY_RE.lastIndex = 0;
  const keys = [...t.matchAll(KEY_RE)];
  if (keys.length === 0) return false;
  // One key is enough when the line starts with it; body sentences rarely start with 来源:.
  return keys.length >= 2 || keys[0].index <= 2;
}

function publishDate(line: string): string | null {
  const d = numericDates(line)[0] ?? chineseDates(line).find((x) => x.year !== null && x.month !== null);
  return d && d.year !== null && d.month !== null ? formatDate(d.year, d.month, d.day) : null;
}

/** What a metadata line says about the article. */
export function readMetaLine(line: string): PageMeta {
  const t = line.trim();
  let publisher: string | null = null;
  const src = /(?:信息来源|文章来源|来源|发布机构)\s*[:：]\s*([^\s:：|｜]{2,40}?)(?=\s|$|(?:访问量|浏览|点击|发布|更新|时间|日期|作者|编辑|字号|阅读|【|\[|\|))/.exec(t);
  if (src) publisher = src[1].replace(/[　\s]+$/, '') || null;
  return { publisher, published: publishDate(t) };
}
