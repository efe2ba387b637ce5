// The ceiling of bench:api: govgraph's own Cypher (the src/graph functions its resolvers call,
// level by level) behind a bare node:http handler, no GraphQL. POST /<query name> with
// {"variables": {...}} answers {"data": ...} shaped like govgraph's answer.
//   NEO4J_URI=bolt://127.0.0.1:7698 PORT=4103 node dist/bench/api/ceiling-server.js
import http from 'node:http';
import { Graph } from '../../src/graph/driver';
import { QUERIES } from './queries';
import { endWithText } from '../../src/api/graphql-http';

const graph = new Graph({ uri: process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7698' });
const byPath = new Map(QUERIES.map((q) => [`/${q.name}`, q]));

const server = http.createServer((req, res) => {
  const q = byPath.get(req.url ?? '');
  if (req.method !== 'POST' || !q) { res.writeHead(404).end(); return; }
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', async () => {
    try {
      const { variables } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      // Written as govgraph writes its answers, so that only the GraphQL layer differs.
      res.setHeader('content-type', 'application/json; charset=utf-8');
      endWithText(res, JSON.stringify({ data: await q.ceiling(graph, variables) }));
    } catch (err) {
      res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: (err as Error).message }] }));
    }
  });
});

server.listen(Number(process.env.PORT ?? 4103), '127.0.0.1', () => process.stdout.write(`ceiling ready on ${process.env.PORT ?? 4103}\n`));
const stop = () => server.close(() => graph.close().then(() => process.exit(0)));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
