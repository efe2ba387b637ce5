// text in, facts out: the extractor's pipeline. Input bytes are decoded and cleaned into the text
// every offset refers to; then people, organizations, policies and meetings are read from it.
// Never throws: what cannot be read becomes a warning.
import { createHash } from 'node:crypto';
import type { ExtractInput, Extraction } from './types';
import { indexes } from './indexes';
import { decodeBytes, NOT_AN_ARTICLE } from './input/decode';
import { htmlToText, looksLikeHtml } from './input/html';
import { cleanText } from './clean';
import { foldWidth } from './text/fold';
import { bracketSpans, spanMask } from './text/scan';
import { headline, readArticle, urlYearMonth } from './article';
import { readPeople } from './people';
import { findPolicies } from './policies/find';
import { readMeetings } from './meetings';
import { parseIso } from './meetings/dates';
import { impliedYear } from './text/implied-year';
import { readRoles } from './roles';
import { assemble } from './assemble';

const EXTRACTOR_ERROR = 'extractor error';

function emptyExtraction(source: string, text: string, warnings: string[]): Extraction {
  return {
    source,
    article: { id: createHash('sha256').update(text).digest('hex'), title: null, publisher: null, published: null, region: null, text },
    persons: [], organizations: [], meetings: [], policies: [], warnings,
  };
}

function run(input: ExtractInput): Extraction {
  const ix = indexes();
  const decoded = decodeBytes(input.content);
  let raw = decoded.text;
  let html: ReturnType<typeof htmlToText> | null = null;
  if (looksLikeHtml(raw)) {
    html = htmlToText(raw);
    raw = html.text;
  }
  const cleaned = cleanText(raw, ix.lex);
  const warnings = [...decoded.warnings, ...(html ? ['read as HTML: tags, scripts and navigation removed'] : []), ...cleaned.warnings];
  const text = cleaned.text;
  if (!/[\u4e00-\u9fff]/.test(text)) {
    return emptyExtraction(input.source, text, [...warnings, `no Chinese text: ${NOT_AN_ARTICLE}`]);
  }
  const t = foldWidth(text);
  const url = input.url ?? null;
  const facts = readArticle(text, {
    metaPublisher: cleaned.meta.publisher, metaPublished: cleaned.meta.published,
    htmlTitle: html?.title ?? null, htmlMeta: html?.meta ?? {}, url, source: input.source, published: input.published ?? null,
  });
  const mask = spanMask(t.length, bracketSpans(t));
  const people = readPeople(t, mask, ix);
  const personAt = new Uint8Array(t.length);
  for (const p of people) for (const m of p.mentions) personAt.fill(1, m.postStart, m.end);
  const head = headline(text);
  const published = parseIso(facts.published), yearMonth = urlYearMonth(url);
  const implied = published || yearMonth ? null : impliedYear(t, ix.lex);
  if (implied) warnings.push(`no year written or published: meeting dates take ${implied.year} from ${implied.clue}`);
  const meetings = readMeetings(t, ix, head ? head.length : 0, personAt, { published, yearMonth, impliedYear: implied?.year });
  const roles = readRoles(t, people.flatMap((p) => p.mentions), ix);
  const policies = findPolicies(t, ix);
  return assemble({ source: input.source, text, t, facts, people, meetings, roles, policies, personAt, warnings, bylines: cleaned.bylines, ix });
}

/** Why an extraction is not an article (binary, no Chinese text, an extractor error); null if it is one. */
export function rejection(x: Extraction): string | null {
  return x.warnings.find((w) => w.startsWith(EXTRACTOR_ERROR) || w.endsWith(NOT_AN_ARTICLE)) ?? null;
}

export function extract(input: ExtractInput): Extraction {
  try {
    return run(input);
  } catch (err) {
    const text = typeof input.content === 'string' ? input.content : '';
    return emptyExtraction(input.source, text, [`${EXTRACTOR_ERROR}, nothing read: ${(err as Error)?.message ?? String(err)}`]);
  }
}
