// GraphQL over HTTP without Express on the common path. A POST to /graphql with a plain JSON
// body (the bulk of the traffic) is read by node:http and handed to Apollo directly: Express's
// router, body-parser and the Express integration cost more CPU per request than Apollo's
// whole pipeline (≈ 0.15 ms of a 0.5 ms `{ __typename }`, and twice the garbage). Everything
// else — GET and the playground, OPTIONS, other content types, charsets and encodings, bodies
// without a length or above the limit — goes through Express exactly as before, and so does a
// body that is not JSON: its error is raised inside Express, which answers it as body-parser's.
import type { IncomingHttpHeaders, IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type express from 'express';
import type { Context } from './context';

/** express.json({ limit: '2mb' }). */
export const GRAPHQL_BODY_LIMIT = '2mb';
const BODY_LIMIT_BYTES = 2 * 1024 * 1024;

export type ContextFor = (headers: IncomingHttpHeaders) => Promise<Context>;

/** One GraphQL request, its body already parsed, answered through Apollo as the Express integration answered it. */
export async function answerGraphQL(apollo: ApolloServer<Context>, contextFor: ContextFor, req: IncomingMessage, res: ServerResponse, body: unknown): Promise<void> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  const url = req.url ?? '';
  const q = url.indexOf('?');
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: q < 0 ? '' : url.slice(q), body },
    context: () => contextFor(req.headers),
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    // As Express's res.send: a text's type names its charset.
    const type = res.getHeader('content-type');
    if (typeof type === 'string' && !/;\s*charset=/i.test(type)) res.setHeader('content-type', `${type}; charset=utf-8`);
    endWithText(res, response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/**
 * Ends a response with `text` as UTF-8, encoded once: given the text itself, node:http would
 * measure it, join it to the head (a copy of the whole answer, two bytes a character once it
 * holds Chinese) and then encode that.
 */
export function endWithText(res: ServerResponse, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  res.setHeader('content-length', bytes.length);
  res.end(bytes);
}

/** application/json, with no parameter but charset=utf-8: what body-parser reads as plain UTF-8. */
function isPlainJson(contentType: string | undefined): boolean {
  if (!contentType) return false;
  if (contentType === 'application/json') return true; // what clients send, decided without parsing
  const [type, ...params] = contentType.toLowerCase().split(';').map((s) => s.trim());
  if (type !== 'application/json') return false;
  return params.length === 0 || (params.length === 1 && /^charset="?utf-8"?$/.test(params[0]!));
}

const isGraphqlPost = (req: IncomingMessage) =>
  req.method === 'POST' && (req.url === '/graphql' || req.url?.startsWith('/graphql?') === true) && isPlainJson(req.headers['content-type']) &&
  req.headers['content-encoding'] === undefined && req.headers['content-length'] !== undefined && Number(req.headers['content-length']) <= BODY_LIMIT_BYTES;

/** body-parser's JSON reading: UTF-8 without its BOM, an empty body as {}, only an object or array at the top. */
function parseBody(raw: Buffer): unknown {
  let text = raw.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.length === 0) return {};
  const first = /[^\x20\x09\x0a\x0d]/.exec(text)?.[0];
  if (first !== '{' && first !== '[') throw new SyntaxError(`Unexpected token ${JSON.stringify(first ?? '')}: a GraphQL request is a JSON object`);
  return JSON.parse(text);
}

const asBadRequest = (err: Error) => Object.assign(err, { status: 400, statusCode: 400, expose: true, type: 'entity.parse.failed' });

/**
 * The request listener: plain JSON POSTs to /graphql answered here, the rest by `app`. Mount
 * `raiseInExpress` first on /graphql: a request whose body failed here carries its error into
 * Express, which answers it as it answers body-parser's errors.
 */
export function graphqlFastPath(app: express.Express, answer: (req: IncomingMessage, res: ServerResponse, body: unknown) => Promise<void>): { listener: RequestListener; raiseInExpress: express.RequestHandler } {
  const failed = new WeakMap<IncomingMessage, Error>();
  const toExpress = (req: IncomingMessage, res: ServerResponse, err: Error) => {
    failed.set(req, err);
    app(req, res);
  };
  const listener: RequestListener = (req, res) => {
    if (!isGraphqlPost(req)) { app(req, res); return; }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.once('end', () => {
      let body: unknown;
      try {
        body = parseBody(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
      } catch (err) {
        toExpress(req, res, asBadRequest(err as Error));
        return;
      }
      answer(req, res, body).catch((err: Error) => toExpress(req, res, err));
    });
  };
  return { listener, raiseInExpress: (req, _res, next) => next(failed.get(req)) };
}
