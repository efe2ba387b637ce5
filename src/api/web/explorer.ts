// The explorer: a static bundle built from web/ by scripts/build-web.js into dist/web/explore.
// index.html is revalidated on every load; the scripts it names carry a content hash.
import { existsSync } from 'node:fs';
import path from 'node:path';
import express from 'express';
import { fromRoot } from '../../config/paths';

export function mountExplorer(app: express.Express, dir = fromRoot('dist', 'web', 'explore')): void {
  const index = path.join(dir, 'index.html');
  app.get('/explore', (_req, res) => {
    if (!existsSync(index)) {
      res.status(503).type('text').send('The explorer is not built: run `npm run build:web`.\n');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  app.use('/explore', express.static(dir, { index: false, immutable: true, maxAge: '1y' }));
}
