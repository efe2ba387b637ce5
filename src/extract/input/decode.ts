// Bytes as published → text: BOMs, strict UTF-8, else GB18030 (a superset of GBK/GB2312) or the
// charset an HTML page declares. Never throws: undecodable input becomes a warning.
import iconv from 'iconv-lite';

export interface Decoded {
  text: string;
  encoding: string;
  warnings: string[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Ends a warning that the input was not read at all: `rejection` finds it by these words. */
export const NOT_AN_ARTICLE = 'not read as an article';

function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const m = /<meta[^>]{0,200}charset\s*=\s*["']?\s*([\w-]{2,20})/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0 || (b < 9) || (b > 13 && b < 32 && b !== 27)) bad++;
  }
  return n > 0 && bad / n > 0.1;
}

export function decodeBytes(content: Uint8Array | string): Decoded {
  if (typeof content === 'string') {
    return { text: content.replace(/^\uFEFF/, ''), encoding: 'text', warnings: [] };
  }
  const b = content;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    return { text: Buffer.from(b.subarray(3)).toString('utf8'), encoding: 'utf-8-bom', warnings: [] };
  }
  if (b[0] === 0xff && b[1] === 0xfe) return { text: iconv.decode(Buffer.from(b.subarray(2)), 'utf16le'), encoding: 'utf-16le', warnings: [] };
  if (b[0] === 0xfe && b[1] === 0xff) return { text: iconv.decode(Buffer.from(b.subarray(2)), 'utf16be'), encoding: 'utf-16be', warnings: [] };
  if (looksBinary(b)) {
    return { text: '', encoding: 'binary', warnings: [`input looks binary (control bytes): ${NOT_AN_ARTICLE}`] };
  }
  try {
    return { text: utf8.decode(b), encoding: 'utf-8', warnings: [] };
  } catch {
    // Not UTF-8: Chinese pages that are not UTF-8 are GBK/GB2312 (GB18030 reads both) or Big5.
  }
  const declared = declaredCharset(b);
  const enc = declared && /big5/.test(declared) ? 'big5' : 'gb18030';
  const text = iconv.decode(Buffer.from(b), enc);
  const warnings = [`decoded as ${enc.toUpperCase()} (not valid UTF-8)`];
  return { text, encoding: enc, warnings };
}
