// The HTTP face of govgraph: GraphQL on /graphql, health on /healthz and /readyz.
// Stateless: every request gets its own loaders; all state lives in Neo4j.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import express from 'express';
import http from 'node:http';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { Graph } from '../graph/driver';
import { makeContext, type Context } from './context';
import { answerGraphQL, GRAPHQL_BODY_LIMIT, graphqlFastPath, type ContextFor } from './graphql-http';
import { buildGovgraphSchema } from './schema';
import { formatError } from './errors';
import { isAdmin } from './auth';
import { mountWeb, playgroundPlugin } from './web';
import { costLimitPlugin, validationRules } from './limits';
import { fixedSchemaGateway, jitExecutor } from './executor';
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

/** Apollo as govgraph runs it (compiled execution, limits, error masking, the offline playground), not started. */
export function createApollo(schema: GraphQLSchema, logger: Logger, plugins: ApolloServerPlugin<Context>[] = []): ApolloServer<Context> {
  return new ApolloServer<Context>({
    gateway: fixedSchemaGateway(schema, jitExecutor(schema)),
    validationRules: validationRules(),
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: formatError(logger),
    // Compact JSON: Apollo's default indents every answer (more bytes, more CPU on nested lists).
    stringifyResult: (value) => JSON.stringify(value),
    // No cache hints are set: the default cache-control plugin would only wrap every field resolver.
    // Not a federated subgraph: the inline-trace plugin Apollo installs would only look at each request.
    plugins: [...plugins, ApolloServerPluginCacheControlDisabled(), ApolloServerPluginInlineTraceDisabled(), playgroundPlugin(), costLimitPlugin(schema)],
  });
}

export async function startServer(opts: ServeOptions): Promise<RunningServer> {
  const app = express();
  const httpServer = http.createServer();
  const apollo = createApollo(buildGovgraphSchema(), opts.logger, [ApolloServerPluginDrainHttpServer({ httpServer })]);
  await apollo.start();
  const contextFor: ContextFor = async (headers) =>
    makeContext(opts.graph, String(headers['x-request-id'] ?? randomUUID()), isAdmin(headers.authorization, opts.adminToken), String(headers['x-govgraph-user'] ?? 'admin'));
  const answer = (req: IncomingMessage, res: ServerResponse, body: unknown) => answerGraphQL(apollo, contextFor, req, res, body);
  const cors = allowCors(opts.corsOrigins ?? []);
  const corsInExpress: express.RequestHandler = (req, res, next) => { if (!cors(req, res)) next(); };
  const fastPath = graphqlFastPath(app, (req, res, body) => { cors(req, res); return answer(req, res, body); });
  httpServer.on('request', fastPath.listener);

  app.disable('x-powered-by');
  // No ETag: assets have content-hashed names, GraphQL answers are POSTs; hashing each answer only costs CPU.
  app.set('etag', false);
  app.get('/healthz', (_req, res) => { res.json({ ok: true }); });
  app.get('/readyz', async (_req, res) => {
    const ready = await opts.graph.ping();
    res.status(ready ? 200 : 503).json({ ready });
  });
  // GraphQL first: the requests the fast path leaves to Express (GET, OPTIONS, other bodies) then pass no other route.
  app.use('/graphql', fastPath.raiseInExpress, corsInExpress, express.json({ limit: GRAPHQL_BODY_LIMIT }), (req, res) => answer(req, res, req.body));
  mountWeb(app);
  app.use(corsInExpress, exportRouter(opts.graph, { log: (err, message) => opts.logger.error({ err }, message) }));
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

/** CORS for the listed origins only: front ends on other origins opt in through GOVGRAPH_CORS_ORIGINS. True when it answered a preflight. */
function allowCors(origins: string[]): (req: IncomingMessage, res: ServerResponse) => boolean {
  return (req, res) => {
    const origin = req.headers.origin;
    if (!origin || !(origins.includes('*') || origins.includes(origin))) return false;
    res.setHeader('Access-Control-Allow-Origin', origins.includes('*') ? '*' : origin);
    res.setHeader('Vary', 'Origin');
    res.setHeader('Access-Control-Allow-Headers', 'content-type, authorization, apollo-require-preflight');
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    if (req.method !== 'OPTIONS') return false;
    res.statusCode = 204;
    res.end();
    return true;
  };
}
