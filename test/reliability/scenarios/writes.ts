// 5. Writes: every mutation without the admin token, with a wrong one, with the token anywhere
// but the Authorization header (query string, cookie, body, other headers) and over GET → refused
// (UNAUTHENTICATED, or a 4xx before any resolver runs) and nothing written; with the token the
// mutations work; the token never appears in the API's output at LOG_LEVEL=debug with
// DEBUG=govgraph:* nor in the graph; the comparison takes the same time wherever a wrong token
// differs.
import { randomBytes } from 'node:crypto';
import { isAdmin } from '../../../src/api/auth';
import { ApiChild } from '../lib/api';
import { diffStats } from '../lib/checks';
import { percentile, type Harness, type ScenarioResult } from '../lib/harness';
import { codesOf, parseBody, request, type HttpResult } from '../lib/http';

const ARTICLE = '清远市教育局召开会议\n来源:清远市教育局 发布时间:2022-03-09\n3月4日,市教育局召开可靠性测试工作会议。市教育局局长张玉兰主持会议。';

interface Mutation { name: string; query: string; variables: Record<string, unknown> }

export async function writes(h: Harness): Promise<ScenarioResult> {
  const token = `rel-${randomBytes(18).toString('hex')}`;
  await h.emptyGraph();
  const api = await ApiChild.start(h, { seed: true, env: { GOVGRAPH_ADMIN_TOKEN: token, LOG_LEVEL: 'debug', DEBUG: 'govgraph:*' } });
  const details: string[] = [];
  try {
    const pair = (await h.graph.read<{ a: string; b: string; aid: string }>(
      `MATCH (art:Article)-[:MENTIONS]->(a:Person), (b:Person) WHERE a <> b RETURN a.id AS a, b.id AS b, art.id AS aid ORDER BY a.id, b.id LIMIT 1`))[0]!;
    const mutations: Mutation[] = [
      { name: 'ingestArticle', query: `mutation($text: String!) { ingestArticle(text: $text, url: "https://example.org/r", published: "2022-03-09") { articleId status } }`, variables: { text: ARTICLE } },
      { name: 'removeArticle', query: `mutation($id: ID!) { removeArticle(id: $id) }`, variables: { id: pair.aid } },
      { name: 'mergePersons', query: `mutation($ids: [ID!]!) { mergePersons(ids: $ids, reason: "reliability") { person { id } decision { id } } }`, variables: { ids: [pair.a, pair.b] } },
      { name: 'splitPerson', query: `mutation($id: ID!, $a: [ID!]!) { splitPerson(id: $id, articleIds: $a, reason: "reliability") { person { id } } }`, variables: { id: pair.a, a: [pair.aid] } },
      { name: 'markDistinct', query: `mutation($ids: [ID!]!) { markDistinct(ids: $ids, reason: "reliability") { decision { id } } }`, variables: { ids: [pair.a, pair.b] } },
    ];
    const post = (m: Mutation, headers: Record<string, string> = {}, qs = '', extra: Record<string, unknown> = {}) =>
      request(`${api.url}/graphql${qs}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: m.query, variables: m.variables, ...extra }) });
    const enc = encodeURIComponent;
    const ways: [string, (m: Mutation) => Promise<HttpResult>][] = [
      ['no token', (m) => post(m)],
      ['a wrong token', (m) => post(m, { authorization: `Bearer rel-${randomBytes(18).toString('hex')}` })],
      ['the token less its last character', (m) => post(m, { authorization: `Bearer ${token.slice(0, -1)}` })],
      ['the token plus a character', (m) => post(m, { authorization: `Bearer ${token}x` })],
      ['the token upper-cased', (m) => post(m, { authorization: `Bearer ${token.toUpperCase()}` })],
      ['the token without "Bearer"', (m) => post(m, { authorization: token })],
      ['the token as Basic credentials', (m) => post(m, { authorization: `Basic ${Buffer.from(`admin:${token}`).toString('base64')}` })],
      ['"Bearer" alone', (m) => post(m, { authorization: 'Bearer ' })],
      ['?token= in the query string', (m) => post(m, {}, `?token=${enc(token)}`)],
      ['?access_token= in the query string', (m) => post(m, {}, `?access_token=${enc(token)}`)],
      ['?authorization=Bearer in the query string', (m) => post(m, {}, `?authorization=${enc(`Bearer ${token}`)}`)],
      ['the token in a cookie', (m) => post(m, { cookie: `token=${token}; authorization=${enc(`Bearer ${token}`)}` })],
      ['the token in X-Govgraph-User', (m) => post(m, { 'x-govgraph-user': token })],
      ['the token in other headers', (m) => post(m, { 'proxy-authorization': `Bearer ${token}`, 'x-api-key': token, 'x-admin-token': token, 'x-authorization': `Bearer ${token}` })],
      ['the token in the body (extensions, variables)', (m) => post(m, {}, '', { extensions: { authorization: `Bearer ${token}`, token }, variables: { ...m.variables, token } })],
      ['over GET, with the right token', (m) => request(`${api.url}/graphql?query=${enc(m.query)}&variables=${enc(JSON.stringify(m.variables))}`, { headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': '1' } })],
      ['form-encoded (a cross-site form), token in a field', (m) => request(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `query=${enc(m.query)}&variables=${enc(JSON.stringify(m.variables))}&token=${enc(token)}` })],
    ];

    const before = await h.stats();
    let unauthenticated = 0;
    let refused4xx = 0;
    const wrong: string[] = [];
    for (const m of mutations) {
      for (const [way, send] of ways) {
        const r = await send(m);
        const body = parseBody(r.text);
        const codes = codesOf(body);
        const dataWritten = body?.data && Object.values(body.data).some((v) => v !== null);
        if (r.status >= 400 && r.status < 500 && !dataWritten) refused4xx++;
        else if (r.status === 200 && codes.length && codes.every((c) => c === 'UNAUTHENTICATED') && !dataWritten) unauthenticated++;
        else wrong.push(`${m.name} with ${way}: HTTP ${r.status} ${r.error ?? r.text.slice(0, 200)}`);
      }
    }
    const after = await h.stats();
    const d = diffStats(before, after);
    const writesSeen = d.lost + d.duplicated + (d.checksumEqual ? 0 : 1);
    if (wrong.length) details.push(`not refused as UNAUTHENTICATED or 4xx:\n${wrong.slice(0, 10).join('\n')}`);
    if (!d.checksumEqual) details.push(`the graph changed: ${d.detail.join('; ')}`);

    // With the token, the mutations do write (the refusals above are not a broken endpoint).
    const auth = { authorization: `Bearer ${token}`, 'x-govgraph-user': 'reliability' };
    const ing = parseBody((await post(mutations[0]!, auth)).text) as { data?: { ingestArticle?: { articleId: string; status: string } }; errors?: unknown[] } | null;
    const aid = ing?.data?.ingestArticle?.articleId;
    const rem = aid ? parseBody((await post({ ...mutations[1]!, variables: { id: aid } }, auth)).text) : null;
    const controlOk = ing?.data?.ingestArticle?.status === 'loaded' && (rem?.data as { removeArticle?: boolean } | undefined)?.removeArticle === true;
    if (!controlOk) details.push(`with the token, ingestArticle/removeArticle did not work: ${JSON.stringify(ing)} ${JSON.stringify(rem)}`);

    // Requests with the token that end in errors of every kind (errors are what gets logged).
    for (const query of [`{ graph(ids: ["x"], depth: 9) { truncated } }`, `{ nope }`, `{ path(from: ${JSON.stringify(pair.a)}, to: ${JSON.stringify(pair.a)}) { nodes { id } } }`,
      `mutation { mergePersons(ids: [${JSON.stringify(pair.a)}], reason: "one id") { decision { id } } }`, `mutation { removeArticle(id: "article:nope") }`, `{ search(query: "${'x'.repeat(300)}") { label } }`]) {
      await post({ name: 'error', query, variables: {} }, auth);
    }
    // The token in the output (any part of it 12 characters long) or in the graph.
    await new Promise((r) => setTimeout(r, 500));
    const out = api.text();
    const pieces = [token, token.slice(4, 16), token.slice(-12), Buffer.from(`admin:${token}`).toString('base64').slice(0, 16), token.toUpperCase()];
    const leaks = out.split('\n').filter((l) => pieces.some((p) => l.includes(p)));
    const inGraph = await h.count(`MATCH (n) WHERE any(k IN keys(n) WHERE (n[k] IS :: STRING AND n[k] CONTAINS $t) OR (n[k] IS :: LIST<STRING> AND any(x IN n[k] WHERE x CONTAINS $t))) RETURN count(n) AS n`, { t: token.slice(4, 16) });
    if (leaks.length) details.push(`the token is in ${leaks.length} lines of the API's output, e.g. ${leaks[0]!.slice(0, 300)}`);
    if (inGraph) details.push(`the token is in ${inGraph} nodes of the graph`);
    const crashes = api.crashLines();
    const alive = api.alive();
    if (!alive || crashes.length) details.push(`API ${alive ? 'up' : 'DOWN'}; ${crashes.slice(0, 3).join(' | ')}`);

    // Constant time: isAdmin on wrong tokens missing at the first vs the last character.
    const time = (t: string) => {
      const header = `Bearer ${t}`;
      const t0 = process.hrtime.bigint();
      for (let i = 0; i < 20_000; i++) isAdmin(header, token);
      return Number(process.hrtime.bigint() - t0) / 20_000;
    };
    const flip = (i: number) => token.slice(0, i) + (token[i] === 'a' ? 'b' : 'a') + token.slice(i + 1);
    time(flip(0));
    const firsts: number[] = [];
    const lasts: number[] = [];
    for (let round = 0; round < 7; round++) { firsts.push(time(flip(0))); lasts.push(time(flip(token.length - 1))); }
    const first = percentile(firsts, 50);
    const last = percentile(lasts, 50);

    const ok = wrong.length === 0 && writesSeen === 0 && controlOk && leaks.length === 0 && inGraph === 0 && alive && crashes.length === 0;
    const lines = out.split('\n').length;
    return {
      name: 'writes', ok,
      line: `writes: ${mutations.length} mutations × ${ways.length} ways without a valid token → ${unauthenticated} UNAUTHENTICATED + ${refused4xx} refused with 4xx, ${wrong.length} otherwise; ${writesSeen} writes (checksum ${d.checksumEqual ? 'equal' : 'DIFFERENT'}); with the token they write${controlOk ? '' : ' NOT'}; token in ${leaks.length} of ${lines} log lines (LOG_LEVEL=debug, DEBUG=govgraph:*) and ${inGraph} nodes; compare ${first.toFixed(0)} vs ${last.toFixed(0)} ns (miss at first vs last char: sha256 + timingSafeEqual)`,
      details,
      figures: { mutations: mutations.length, ways: ways.length, unauthenticated, refused4xx, wrong: wrong.length, writes: writesSeen, controlOk, leaks: leaks.length, logLines: lines, inGraph, compareFirstNs: first, compareLastNs: last },
    };
  } finally {
    await api.stop();
    api.save('writes');
  }
}
