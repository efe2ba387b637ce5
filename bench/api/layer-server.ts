// One server of `npm run bench:layer`, by LAYER: how much each layer under govgraph's GraphQL
// costs on a request that reads nothing (`{ __typename }`), so no database is needed.
//   bare:     node:http reading the JSON body and answering the same bytes, no GraphQL
//   apollo:   Apollo Server 5 as shipped (one-field schema, graphql-js, no plugins) behind the
//             same node:http handler: Apollo's own pipeline
//   govgraph: govgraph's startServer (its schema, graphql-jit, limits, context, fast path)
//   LAYER=apollo PORT=4301 node dist/bench/api/layer-server.js
import http from 'node:http';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import pino from 'pino';
import { startServer } from '../../src/api/server';
import { endWithText } from '../../src/api/graphql-http';
import { Graph } from '../../src/graph/driver';

export const LAYERS = ['bare', 'apollo', 'govgraph'] as const;
export type Layer = (typeof LAYERS)[number];

const ANSWER = JSON.stringify({ data: { __typename: 'Query' } });

/** The body read as govgraph's fast path reads it, answered by `answer` and written as govgraph writes. */
function plainServer(answer: (body: unknown, req: http.IncomingMessage) => Promise<{ status: number; headers: Iterable<[string, string]>; body: string }>): http.Server {
  return http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const r = await answer(JSON.parse(Buffer.concat(chunks).toString('utf8')), req);
      for (const [k, v] of r.headers) res.setHeader(k, v);
      res.statusCode = r.status;
      endWithText(res, r.body);
    });
  });
}

async function listen(layer: Layer, port: number): Promise<void> {
  if (layer === 'govgraph') {
    // `{ __typename }` never reaches the graph: nothing listens on this port.
    await startServer({ graph: new Graph({ uri: 'bolt://127.0.0.1:9' }), port, host: '127.0.0.1', logger: pino({ level: 'warn' }) });
    return;
  }
  let server: http.Server;
  if (layer === 'bare') {
    server = plainServer(async () => ({ status: 200, headers: [['content-type', 'application/json; charset=utf-8']], body: ANSWER }));
  } else {
    const apollo = new ApolloServer({
      typeDefs: 'type Query { hello: String }',
      resolvers: { Query: { hello: () => 'hello' } },
      plugins: [ApolloServerPluginCacheControlDisabled()],
      stringifyResult: (value) => JSON.stringify(value),
    });
    await apollo.start();
    server = plainServer(async (body, req) => {
      const headers = new HeaderMap();
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
      const r = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: { method: 'POST', headers, search: '', body }, context: async () => ({}) });
      return { status: r.status ?? 200, headers: r.headers, body: r.body.kind === 'complete' ? r.body.string : '' };
    });
  }
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
}

if (require.main === module) {
  const layer = process.env.LAYER as Layer;
  if (!LAYERS.includes(layer)) throw new Error(`LAYER must be one of ${LAYERS.join(', ')}`);
  listen(layer, Number(process.env.PORT)).then(() => process.stdout.write(`${layer} ready\n`), (err) => {
    process.stderr.write(`${(err as Error).stack ?? err}\n`);
    process.exit(1);
  });
}
