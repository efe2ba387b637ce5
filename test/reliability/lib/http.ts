// Raw HTTP against the API (node:http, keep-alive), so hostile requests can set any method,
// header and body, and every answer is timed.
import http from 'node:http';

export interface HttpResult {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  ms: number;
  /** Network failure or timeout (status 0). */
  error?: string;
}

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  timeoutMs?: number;
  /** Send without Content-Length (chunked transfer encoding). */
  chunked?: boolean;
  agent?: http.Agent;
}

export const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 512 });

/**
 * One request. A keep-alive socket the server closed as it was reused gives ECONNRESET before
 * anything was sent: that one is retried once on a fresh socket (what browsers do; see
 * `request.reusedSocket` in Node's http docs). Any other failure is the answer.
 */
export async function request(url: string, o: RequestOptions = {}): Promise<HttpResult> {
  const first = await once(url, o);
  if (first.error && first.reused && /ECONNRESET|EPIPE/.test(first.error)) return once(url, o);
  return first;
}

function once(url: string, o: RequestOptions): Promise<HttpResult & { reused?: boolean }> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const headers: Record<string, string> = { ...(o.headers ?? {}) };
    if (o.body !== undefined && !o.chunked && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-length')) {
      headers['content-length'] = String(Buffer.byteLength(o.body));
    }
    let settled = false;
    const done = (r: Omit<HttpResult, 'ms'>) => {
      if (settled) return;
      settled = true;
      resolve({ ...r, ms: performance.now() - t0, reused: req.reusedSocket });
    };
    const req = http.request(url, { method: o.method ?? 'GET', headers, agent: o.agent ?? keepAlive }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', (e) => done({ status: 0, headers: {}, text: '', error: e.message }));
    });
    req.setTimeout(o.timeoutMs ?? 60_000, () => { req.destroy(new Error('timeout')); });
    req.on('error', (e) => done({ status: 0, headers: {}, text: '', error: e.message }));
    if (o.body !== undefined) req.end(o.body); else req.end();
  });
}

export interface GqlError { message: string; extensions?: { code?: string } }
export interface GqlBody<T = any> { data?: T | null; errors?: GqlError[] }

export interface GqlResult<T = any> extends HttpResult {
  body: GqlBody<T> | null;
  codes: string[];
}

export function parseBody(text: string): GqlBody | null {
  try {
    const v = JSON.parse(text);
    return v && typeof v === 'object' ? v : null;
  } catch {
    return null;
  }
}

export const codesOf = (b: GqlBody | null): string[] => (b?.errors ?? []).map((e) => String(e?.extensions?.code ?? '(no code)'));

export async function gql<T = any>(base: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}, timeoutMs?: number): Promise<GqlResult<T>> {
  const r = await request(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
    timeoutMs,
  });
  const body = parseBody(r.text) as GqlBody<T> | null;
  return { ...r, body, codes: codesOf(body) };
}
