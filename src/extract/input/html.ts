// HTML page → text lines. A linear scan over tags (no backtracking regex over the page): the
// contents of scripts, styles and navigation elements are skipped, block elements end lines,
// entities are decoded. The page's <title> and publishing <meta> tags are kept as hints.
import { decodeEntities } from './entities';

export interface HtmlText {
  text: string;
  title: string | null;
  meta: Record<string, string>;
}

const SKIP = new Set(['script', 'style', 'noscript', 'nav', 'header', 'footer', 'select', 'option', 'iframe', 'svg', 'button', 'form', 'template', 'head']);
const BLOCK = new Set(['p', 'div', 'br', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'title', 'section', 'article', 'table', 'ul', 'ol', 'dd', 'dt', 'blockquote', 'pre', 'hr', 'td', 'th', 'center']);
const NAV_CLASS = /\b(nav|menu|breadcrumb|footer|header|share|sidebar|toolbar|crumb|copyright|pagination)\b/i;

export function looksLikeHtml(s: string): boolean {
  const head = s.slice(0, 4096);
  return /<(!doctype\s+html|html|head|body|meta|div|p|br|span|table|title)[\s>/]/i.test(head);
}

function attr(tag: string, name: string): string | null {
  const re = new RegExp(`\\b${name}\\s*=\\s*("([^"]{0,500})"|'([^']{0,500})'|([^\\s>]{1,200}))`, 'i');
  const m = re.exec(tag);
  return m ? (m[2] ?? m[3] ?? m[4] ?? '') : null;
}

export function htmlToText(html: string): HtmlText {
  const out: string[] = [];
  const meta: Record<string, string> = {};
  let title: string | null = null;
  let skip: { name: string; depth: number } | null = null;
  let i = 0;
  let titleStart = -1;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const end = lt < 0 ? html.length : lt;
    if (!skip && end > i) out.push(html.slice(i, end));
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) {
      if (!skip) out.push(html.slice(lt));
      break;
    }
    const tag = html.slice(lt + 1, gt);
    const m = /^(\/?)([a-zA-Z][a-zA-Z0-9]*)/.exec(tag);
    i = gt + 1;
    if (!m) {
      if (!skip && !/^[!?]/.test(tag)) out.push(html.slice(lt, gt + 1));
      continue;
    }
    const closing = m[1] === '/';
    const name = m[2].toLowerCase();
    if (name === 'meta') {
      const key = (attr(tag, 'name') ?? attr(tag, 'property') ?? '').toLowerCase();
      const content = attr(tag, 'content');
      if (key && content) meta[key] = decodeEntities(content);
      continue;
    }
    if (name === 'title') {
      if (!closing) titleStart = gt + 1;
      else if (titleStart >= 0 && title === null) title = decodeEntities(html.slice(titleStart, lt)).trim() || null;
    }
    if (skip) {
      // Inside a skipped element: only its own nesting matters (other tags may be unclosed).
      if (name === skip.name && !tag.endsWith('/')) skip.depth += closing ? -1 : 1;
      if (skip.depth === 0) skip = null;
      continue;
    }
    if (closing) {
      if (BLOCK.has(name)) out.push('\n');
      continue;
    }
    if (name === 'script' || name === 'style') {
      // Raw-text elements end only at their own close tag: jump straight to it.
      const closeRe = new RegExp(`</${name}`, 'gi');
      closeRe.lastIndex = gt + 1;
      const close = closeRe.exec(html)?.index ?? -1;
      i = close < 0 ? html.length : close;
      continue;
    }
    const navLike = (name === 'div' || name === 'ul') && NAV_CLASS.test(`${attr(tag, 'class') ?? ''} ${attr(tag, 'id') ?? ''}`);
    if ((SKIP.has(name) || navLike) && !tag.endsWith('/')) {
      skip = { name, depth: 1 };
      continue;
    }
    if (BLOCK.has(name)) out.push('\n');
  }
  const text = decodeEntities(out.join('')).replace(/[ \t\r\f\v]*\n[ \t\r\f\v]*/g, '\n').replace(/\n{3,}/g, '\n\n');
  return { text, title, meta };
}
