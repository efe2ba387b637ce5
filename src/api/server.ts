// The HTTP face of govgraph: GraphQL on /graphql, health on /healthz and /readyz.
// Stateless: every request gets its own loaders; all state lives in Neo4j.
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import http from 'node:http';
import type { Logger } from 'pino';
import type { Graph } from '../graph/driver';
import { makeContext, type Context } from './context';
import { buildGovgraphSchema } from './schema';
import { formatError } from './errors';
import { isAdmin } from './auth';
import { mountWeb, playgroundPlugin } from './web';
import { costLimitPlugin, validationRules } from './limits';
import { exportRouter } from '../export/http';

export interface ServeOptions {
  graph: Graph;
  port: number;
  host?: string;
  logger: Logger;
  adminToken?: string;
  corsOrigins?: string[];
}

export interface RunningServer {
  url: string;
  port: number;
  http: Server;
  stop(): Promise<void>;
}

export async function startServer(opts: ServeOptions): Promise<RunningServer> {
  const app = express();
  const httpServer = http.createServer(app);
  const schema = buildGovgraphSchema();
  const apollo = new ApolloServer<Context>({
    schema,
    validationRules: validationRules(),
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: formatError(opts.logger),
    // No cache hints are set: the default cache-control plugin would only wrap every field resolver.
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginCacheControlDisabled(), playgroundPlugin(), costLimitPlugin(schema)],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => { res.json({ ok: true }); });
  app.get('/readyz', async (_req, res) => {
    const ready = await opts.graph.ping();
    res.status(ready ? 200 : 503).json({ ready });
  });
  mountWeb(app);
  app.use(corsFor(opts.corsOrigins ?? []), exportRouter(opts.graph, { log: (err, message) => opts.logger.error({ err }, message) }));
  app.use(
    '/graphql',
    corsFor(opts.corsOrigins ?? []),
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const requestId = String(req.headers['x-request-id'] ?? randomUUID());
        return makeContext(opts.graph, requestId, isAdmin(req.headers.authorization, opts.adminToken), String(req.headers['x-govgraph-user'] ?? 'admin'));
      },
    }),
  );
  app.get('/', (_req, res) => {
    res.type('html').send(`<!doctype html><meta charset="utf-8"><title>govgraph</title>
<h1>govgraph</h1><p>A knowledge graph of officials, offices, meetings and policy documents.</p>
<ul><li><a href="/graphql">GraphQL playground</a> (POST queries to /graphql)</li><li><a href="/healthz">/healthz</a> · <a href="/readyz">/readyz</a></li></ul>`);
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(opts.port, opts.host ?? '0.0.0.0', () => resolve());
  });
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  return {
    url: `http://localhost:${port}`,
    port,
    http: httpServer,
    stop: async () => { await apollo.stop(); },
  };
}

/** CORS for the listed origins only: front ends on other origins opt in through GOVGRAPH_CORS_ORIGINS. */
function corsFor(origins: string[]): express.RequestHandler {
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (origin && (origins.includes('*') || origins.includes(origin))) {
      res.setHeader('Access-Control-Allow-Origin', origins.includes('*') ? '*' : origin);
      res.setHeader('Vary', 'Origin');
      res.setHeader('Access-Control-Allow-Headers', 'content-type, authorization, apollo-require-preflight');
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      if (req.method === 'OPTIONS') { res.sendStatus(204); return; }
    }
    next();
  };
}
