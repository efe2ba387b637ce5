// A child process that extracts one input at a time for the bad-articles scenario and says how
// long it took, so an input that makes the extractor hang can be killed and named.
import { readFileSync } from 'node:fs';
import { extract } from '../../../src/extract';
import { articleNodeId } from '../../../src/graph/identity';

export interface ExtractRequest { i: number; file?: string; text?: string; url?: string | null; published?: string | null; source: string }
export interface ExtractReply { i: number; ms: number; aid: string; chinese: boolean; extractorError: string | null; warnings: string[]; persons: number; meetings: number }

process.on('message', (m: ExtractRequest) => {
  const content = m.file ? readFileSync(m.file) : m.text ?? '';
  const t0 = performance.now();
  const x = extract({ source: m.source, content, url: m.url ?? null, published: m.published ?? null });
  const reply: ExtractReply = {
    i: m.i, ms: performance.now() - t0, aid: articleNodeId(x.article.id),
    chinese: /[\u4e00-\u9fff]/.test(x.article.text),
    extractorError: x.warnings.find((w) => w.startsWith('extractor error')) ?? null,
    warnings: x.warnings.slice(0, 5), persons: x.persons.length, meetings: x.meetings.length,
  };
  process.send!(reply);
});
