// One in-memory file served under a content-hashed name: cached for a year by browsers (the
// name changes when the content does) and gzipped once, since the GraphiQL bundle is ~5 MB.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type express from 'express';

export interface StaticAsset {
  /** The hashed file name, e.g. graphiql-3f2a9c1d.js. */
  name: string;
  send(req: express.Request, res: express.Response): void;
}

export function staticAsset(base: string, ext: string, type: string, content: string | Buffer): StaticAsset {
  const body = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  let gz: Buffer | undefined;
  return {
    name: `${base}-${hash}.${ext}`,
    send(req, res) {
      res.setHeader('Content-Type', type);
      res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      res.setHeader('Vary', 'Accept-Encoding');
      if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        gz ??= gzipSync(body, { level: 6 });
        res.setHeader('Content-Encoding', 'gzip');
        res.end(gz);
      } else {
        res.end(body);
      }
    },
  };
}
