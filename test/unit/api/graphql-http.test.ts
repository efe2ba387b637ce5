// POST /graphql with a plain JSON body is answered without Express; every other request goes
// through Express. A client must not tell the two apart: each body below is sent once as plain
// JSON (the fast path) and once chunked, without a Content-Length (Express and body-parser),
// and both answers must be the same. No request here reaches the database.
import 'reflect-metadata';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import pino from 'pino';
import { startServer, type RunningServer } from '../../../src/api/server';
import { Graph } from '../../../src/graph/driver';

const graph = new Graph({ uri: 'bolt://127.0.0.1:1' });
let server: RunningServer;
before(async () => {
  server = await startServer({ graph, port: 0, host: '127.0.0.1', logger: pino({ level: 'silent' }), corsOrigins: ['http://front.example'] });
});
after(async () => { await server.stop(); await graph.close(); });

interface Answer { status: number; headers: Record<string, unknown>; body: string }

function send(body: string | Buffer, headers: Record<string, string>, opts: { chunked?: boolean; path?: string; method?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const all = opts.chunked ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) };
    const req = http.request({ host: '127.0.0.1', port: server.port, path: opts.path ?? '/graphql', method: opts.method ?? 'POST', headers: all }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const { date: _d, connection: _c, 'keep-alive': _k, 'transfer-encoding': _t, 'content-length': _l, ...kept } = res.headers;
        // Outside production Express's error page shows the error's stack, which names the code that read the body.
        resolve({ status: res.statusCode!, headers: kept, body: Buffer.concat(chunks).toString().replace(/<pre>[^]*<\/pre>/, '<pre>…</pre>') });
      });
    });
    req.on('error', reject);
    if (opts.chunked) req.write(body);
    req.end(opts.chunked ? undefined : body);
  });
}

const JSON_TYPE = { 'content-type': 'application/json' };
const typename = JSON.stringify({ query: '{ __typename }' });

/** The fast path's answer, after checking Express answers the same. */
async function sameBothWays(body: string | Buffer, headers: Record<string, string> = JSON_TYPE): Promise<Answer> {
  const fast = await send(body, headers);
  assert.deepEqual(await send(body, headers, { chunked: true }), fast, `body ${JSON.stringify(body.toString().slice(0, 40))}`);
  return fast;
}

test('a query: the same answer, JSON with its charset, with or without Express', async () => {
  const answer = await sameBothWays(typename);
  assert.equal(answer.status, 200);
  assert.equal(answer.headers['content-type'], 'application/json; charset=utf-8');
  assert.deepEqual(JSON.parse(answer.body), { data: { __typename: 'Query' } });
  assert.equal((await sameBothWays(typename, { 'content-type': 'application/json; charset=UTF-8' })).status, 200);
});

test('bodies that are not a GraphQL request: the same statuses and answers as body-parser and Apollo give', async () => {
  for (const [body, status] of [['{"query": ', 400], ['null', 400], ['5', 400], ['"{ __typename }"', 400], ['', 400], ['{}', 400], ['{"query": 5}', 400]] as const) {
    assert.equal((await sameBothWays(body)).status, status, `body ${body}`);
  }
});

test('a UTF-8 BOM is skipped and invalid UTF-8 is read with replacement characters, as body-parser reads them', async () => {
  assert.deepEqual(JSON.parse((await sameBothWays(`\ufeff${typename}`)).body), { data: { __typename: 'Query' } });
  const invalid = Buffer.concat([Buffer.from('{"query": "{ __typename } #'), Buffer.from([0xff, 0xfe, 0xc0, 0x80]), Buffer.from('"}')]);
  assert.equal((await sameBothWays(invalid)).status, 200);
});

test('CORS: an allowed origin is named on the answer, another is not', async () => {
  const allowed = await sameBothWays(typename, { ...JSON_TYPE, origin: 'http://front.example' });
  assert.equal(allowed.headers['access-control-allow-origin'], 'http://front.example');
  const other = await sameBothWays(typename, { ...JSON_TYPE, origin: 'http://elsewhere.example' });
  assert.equal(other.headers['access-control-allow-origin'], undefined);
});

test('what the fast path leaves to Express still answers: a body over 2 MB, another charset, GET and its playground', async () => {
  assert.equal((await send(JSON.stringify({ query: '{ __typename }', pad: 'x'.repeat(3 * 1024 * 1024) }), JSON_TYPE)).status, 413);
  assert.equal((await send(typename, { 'content-type': 'application/json; charset=latin1' })).status, 415);
  const get = await send('', { 'apollo-require-preflight': '1' }, { method: 'GET', path: '/graphql?query=%7B__typename%7D' });
  assert.deepEqual(JSON.parse(get.body), { data: { __typename: 'Query' } });
  const playground = await send('', { accept: 'text/html' }, { method: 'GET' });
  assert.equal(playground.headers['content-type'], 'text/html; charset=utf-8');
});
