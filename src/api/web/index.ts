// The browser side of the API: the GraphiQL playground on GET /graphql, the explorer on
// /explore and the root page, all served from this process (no CDN: it must work on a closed
// network).
import type { ApolloServerPlugin } from '@apollo/server';
import type express from 'express';
import { mountExplorer } from './explorer';
import { mountPlaygroundAssets, playgroundHtml } from './playground';
import { mountRootPage } from './root-page';

/** Apollo's landing page (which loads from a CDN) replaced by an offline GraphiQL. */
export function playgroundPlugin(): ApolloServerPlugin {
  return {
    async serverWillStart() {
      // A function, so the bundle is read on the first visit rather than at start.
      return { async renderLandingPage() { return { html: async () => playgroundHtml() }; } };
    },
  };
}

/** The root page, GraphiQL's files and the explorer. Called before server.ts registers its
 * own `/`, so this root page is the one served. */
export function mountWeb(app: express.Express): void {
  mountRootPage(app);
  mountPlaygroundAssets(app);
  mountExplorer(app);
}
