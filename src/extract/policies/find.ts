// The policy documents an article cites: every 《…》 that names one, with its issuer, the alias
// the article gives it (以下简称《意见》) and every place it is mentioned. A later short title
// that is an alias, or the last word of an earlier title (《意见》 after 《关于…的意见》), is
// the same document, not a new one.
import type { Span } from '../types';
import type { Indexes } from '../indexes';
import { bracketed } from './brackets';
import { coreTitle, isDocumentTitle } from './classify';
import { issuerBefore } from './issuer';

export interface FoundPolicy {
  title: string;
  aliases: string[];
  issuer: string | null;
  spans: Span[];
}

const ALIAS = /^\s*[(（]\s*(?:以下简称|以下称|下称|简称|以下简称为)\s*[:：]?\s*[“"《〈]?([^》〉”")）]{1,20})[》〉”"]?\s*[)）]/;
const norm = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '');

export function findPolicies(t: string, ix: Indexes): FoundPolicy[] {
  const docs: FoundPolicy[] = [];
  const byName = new Map<string, FoundPolicy>();
  for (const b of bracketed(t)) {
    const span = { start: b.start, end: b.end };
    const known = byName.get(norm(b.title));
    if (known) {
      known.spans.push(span);
      continue;
    }
    // A short title that ends an earlier one is a reference to it.
    if (b.title.length <= 8) {
      const ref = docs.slice(-50).reverse().find((d) => coreTitle(d.title, ix).endsWith(b.title) && d.title !== b.title);
      if (ref) {
        if (!ref.aliases.includes(b.title)) ref.aliases.push(b.title);
        byName.set(norm(b.title), ref);
        ref.spans.push(span);
        continue;
      }
    }
    if (!isDocumentTitle(b.title, t.slice(Math.max(0, b.start - 6), b.start), ix)) continue;
    const doc: FoundPolicy = { title: b.title, aliases: [], issuer: b.depth === 0 ? issuerBefore(t, b.start, ix) : null, spans: [span] };
    docs.push(doc);
    byName.set(norm(b.title), doc);
    const alias = ALIAS.exec(t.slice(b.end, b.end + 40));
    if (alias) {
      doc.aliases.push(alias[1]);
      byName.set(norm(alias[1]), doc);
    }
  }
  return docs;
}
