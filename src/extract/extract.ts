// Placeholder wiring until the extractor lands: returns an empty extraction.
import { createHash } from 'node:crypto';
import type { ExtractInput, Extraction } from './types';

export function extract(input: ExtractInput): Extraction {
  const text = typeof input.content === 'string' ? input.content : Buffer.from(input.content).toString('utf8');
  return {
    source: input.source,
    article: { id: createHash('sha256').update(text).digest('hex'), title: null, publisher: null, published: null, region: null, text },
    persons: [], organizations: [], meetings: [], policies: [], warnings: [],
  };
}
