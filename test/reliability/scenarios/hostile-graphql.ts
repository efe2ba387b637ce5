// 4. Hostile GraphQL: depth bombs, alias floods, batched operations, first: 1000000000,
// fragment cycles and fan-out bombs, huge strings and token floods, Cypher and Lucene injection
// strings in every string argument of the schema, wrong content types, malformed and 10 MB
// bodies. Each must get a 4xx or GraphQL errors that carry a code (injection strings may also get
// data: they are searched for as text), never a 5xx nor INTERNAL_SERVER_ERROR, never hang or
// block the API; the graph must not change and the process must stay up.
import http from 'node:http';
import { gzipSync, deflateSync } from 'node:zlib';
import {
  getNamedType, getNullableType, isInputObjectType, isListType, isNonNullType, isObjectType, isInterfaceType, isUnionType,
  type GraphQLArgument, type GraphQLField, type GraphQLInputType, type GraphQLSchema,
} from 'graphql';
import { buildGovgraphSchema } from '../../../src/api/schema';
import { ApiChild } from '../lib/api';
import { diffStats } from '../lib/checks';
import { percentile, type Harness, type ScenarioResult } from '../lib/harness';
import { codesOf, parseBody, request, type HttpResult } from '../lib/http';

const MB = 1024 * 1024;
/** A request slower than this, or one that keeps /healthz waiting this long, counts as a hang. */
const HANG_MS = 10_000;
const BLOCK_MS = 5_000;

export const INJECTIONS = [
  '") DETACH DELETE n //', "') DETACH DELETE n //", '"}) DETACH DELETE n WITH 1 AS x MATCH (m) RETURN m //', "' OR 1=1 //",
  'MATCH (n) DETACH DELETE n', '*:*', 'name:"x" OR', 'name:"x" OR *:*', '[* TO *]', '/.*/', 'AND NOT OR ((', '\\', '"', "'", '`', '$q', '{q}',
  '%', '*', '?~', 'x\u0000y', '\ud800', '\u202e\u2066abc', '张玉兰" OR name:*', "person:清远市:张玉兰' OR 1=1 //", '${jndi:ldap://127.0.0.1/a}',
  '<script>alert(1)</script>', '../../../../etc/passwd', '1e309', '-1', ' ', '',
];
/** The issue's own three, for --quick (and as literals in the full run). */
const QUICK_INJECTIONS = ['") DETACH DELETE n //', '*:*', 'name:"x" OR'];

interface Case {
  group: string;
  name: string;
  send: () => Promise<HttpResult>;
  /** A data answer without errors is acceptable (injection strings searched as text). */
  dataOk?: boolean;
}

interface Outcome { c: Case; r: HttpResult; verdict: 'refused' | 'coded' | 'data' | 'BAD'; why?: string; blockedMs: number }

const typeString = (t: GraphQLInputType): string => String(t);
const lit = (v: string) => JSON.stringify(v);

/** ' { __typename }' for object results, '' for leaves. */
function selection(field: GraphQLField<unknown, unknown>): string {
  const t = getNamedType(field.type);
  return isObjectType(t) || isInterfaceType(t) || isUnionType(t) ? ' { __typename }' : '';
}

interface Slot {
  /** Where the string goes: Query.search(query), Query.persons(filter.nameContains)… */
  name: string;
  /** The operation, with $v standing for the value (as a variable) and a literal form. */
  build(value: string, inline: boolean): { query: string; variables: Record<string, unknown> };
  mutation: boolean;
}

/**
 * Every argument (and input-object field) of the schema a string can go into: String, ID, Date
 * and lists of them, on the root fields and on fields one level down, reached through a root
 * list field of their type.
 */
export function stringSlots(schema: GraphQLSchema, ids: { person: string }): Slot[] {
  const slots: Slot[] = [];
  const stringy = (t: GraphQLInputType) => {
    const n = getNamedType(t);
    return !isInputObjectType(n) && ['String', 'ID', 'Date', 'DateTime'].includes(n.name);
  };
  const filler = (a: GraphQLArgument): string | null => {
    if (!isNonNullType(a.type) || a.defaultValue !== undefined) return null;
    const inner = getNullableType(a.type);
    const n = getNamedType(a.type).name;
    const v = n === 'ID' ? lit(ids.person) : n === 'Int' ? '1' : n === 'Boolean' ? 'false' : lit('x');
    return isListType(inner) ? `[${v}]` : v;
  };
  const rootFor = new Map<string, string>();
  for (const f of Object.values(schema.getQueryType()!.getFields())) {
    const t = getNullableType(f.type);
    if (isListType(t) && f.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined)) rootFor.set(getNamedType(t).name, `${f.name}(first: 1)`);
  }
  const fieldSlots = (op: 'query' | 'mutation', parentPath: string | null, owner: string, f: GraphQLField<unknown, unknown>) => {
    for (const a of f.args) {
      const targets: { label: string; value: (v: string, inline: boolean) => string; varType: string; wrap: (v: string) => unknown }[] = [];
      const named = getNamedType(a.type);
      if (stringy(a.type)) {
        const list = isListType(getNullableType(a.type));
        targets.push({ label: a.name, varType: typeString(a.type), wrap: (v) => (list ? [v] : v), value: (v, inline) => (inline ? (list ? `[${lit(v)}]` : lit(v)) : '$v') });
      } else if (isInputObjectType(named)) {
        for (const inf of Object.values(named.getFields())) {
          if (!stringy(inf.type)) continue;
          targets.push({ label: `${a.name}.${inf.name}`, varType: typeString(a.type), wrap: (v) => ({ [inf.name]: v }), value: (v, inline) => (inline ? `{${inf.name}: ${lit(v)}}` : '$v') });
        }
      }
      for (const t of targets) {
        const others = f.args.filter((x) => x !== a).map((x) => [x.name, filler(x)] as const).filter(([, v]) => v !== null).map(([k, v]) => `${k}: ${v}`);
        slots.push({
          name: `${owner}.${f.name}(${t.label})`,
          mutation: op === 'mutation',
          build: (value, inline) => {
            const call = `${f.name}(${[`${a.name}: ${t.value(value, inline)}`, ...others].join(', ')})${selection(f)}`;
            const body = parentPath ? `${parentPath} { ${call} }` : call;
            return { query: `${op}${inline ? '' : `($v: ${t.varType})`} { ${body} }`, variables: inline ? {} : { v: t.wrap(value) } };
          },
        });
      }
    }
  };
  for (const f of Object.values(schema.getQueryType()!.getFields())) fieldSlots('query', null, 'Query', f);
  for (const f of Object.values(schema.getMutationType()!.getFields())) fieldSlots('mutation', null, 'Mutation', f);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || type === schema.getQueryType() || type === schema.getMutationType()) continue;
    const root = rootFor.get(type.name);
    for (const f of Object.values(type.getFields())) {
      if (!f.args.length) continue;
      if (!root) { slots.push({ name: `${type.name}.${f.name} (no root list field reaches it: not tried)`, mutation: false, build: () => ({ query: '', variables: {} }) }); continue; }
      fieldSlots('query', root, type.name, f);
    }
  }
  return slots;
}

export async function hostileGraphql(h: Harness): Promise<ScenarioResult> {
  const quick = h.opts.quick;
  await h.emptyGraph();
  const api = await ApiChild.start(h, { seed: true, env: { GOVGRAPH_ADMIN_TOKEN: `hostile-${Date.now()}-0123456789abcdef` } });
  try {
    const person = (await h.graph.read<{ id: string }>(`MATCH (p:Person) RETURN p.id AS id ORDER BY p.id LIMIT 1`))[0]!.id;
    const url = `${api.url}/graphql`;
    const post = (body: string | Buffer, headers: Record<string, string> = { 'content-type': 'application/json' }, extra: { chunked?: boolean } = {}) =>
      () => request(url, { method: 'POST', headers, body, timeoutMs: 120_000, ...extra });
    const q = (query: string, variables: Record<string, unknown> = {}, operationName?: string) => post(JSON.stringify({ query, variables, operationName }));
    const cases: Case[] = [];
    const add = (group: string, name: string, send: () => Promise<HttpResult>, dataOk = false) => cases.push({ group, name, send, dataOk });

    // Depth bombs.
    const nest = (levels: number) => {
      const parts = ['posts', 'holders', 'person'];
      let open = '';
      for (let i = 0; i < levels; i++) open += `${parts[i % 3]} { `;
      return `{ persons { ${open}__typename${' }'.repeat(levels)} } }`;
    };
    for (const n of [11, 100, 5_000, 50_000]) add('depth', `selection sets ${n} deep`, q(nest(n)));
    add('depth', 'introspection 14 deep', q(`{ __schema { types { fields { type { fields { type { fields { type { fields { type { fields { name } } } } } } } } } } } }`));
    add('depth', 'a list value 100,000 deep', q(`{ person(id: ${'['.repeat(100_000)}"x"${']'.repeat(100_000)}) { id } }`));
    add('depth', 'an input object 50,000 deep', q(`{ persons(filter: ${'{nameContains: "x", region: '.repeat(50_000)}"x"${'}'.repeat(50_000)}) { id } }`));

    // Alias floods.
    add('aliases', '1,000 aliases', q(`{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: persons { id }`).join(' ')} }`));
    add('aliases', '31 aliases', q(`{ ${Array.from({ length: 31 }, (_, i) => `a${i}: regions { id }`).join(' ')} }`));
    add('aliases', '30 aliases of path(maxLength: 6), allowed', q(`{ ${Array.from({ length: 30 }, (_, i) => `a${i}: path(from: ${lit(person)}, to: "org:nowhere-${i}", maxLength: 6) { nodes { id } }`).join(' ')} }`), true);
    add('aliases', '30 aliases of graph(depth: 3, limit: 2000)', q(`{ ${Array.from({ length: 30 }, (_, i) => `a${i}: graph(ids: [${lit(person)}], depth: 3, limit: 2000) { truncated }`).join(' ')} }`), true);
    // graphql-armor leaves __typename out of the alias count on purpose: no resolver runs.
    add('aliases', '1,000 aliases of __typename (allowed: no resolver runs)', q(`{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(' ')} }`), true);

    // Batched operations (JSON array bodies).
    add('batch', 'a batch of 2', post(JSON.stringify([{ query: '{ persons { id } }' }, { query: '{ meetings { id } }' }])));
    add('batch', 'a batch of 1,000', post(JSON.stringify(Array.from({ length: 1000 }, () => ({ query: '{ persons(first: 100) { id name } }' })))));
    add('batch', 'a batch with a mutation', post(JSON.stringify([{ query: '{ persons { id } }' }, { query: `mutation { removeArticle(id: "x") }` }])));
    add('batch', 'an empty batch', post('[]'));
    add('batch', 'two operations, no operationName', q('query A { persons { id } } query B { meetings { id } }'));
    add('batch', 'two operations, an unknown operationName', q('query A { persons { id } } query B { meetings { id } }', {}, 'C'));

    // first: 1000000000 and other out-of-range numbers.
    const big = 1_000_000_000;
    for (const f of ['persons', 'meetings', 'organizations', 'policies', 'posts', 'regions', 'articles']) add('first', `${f}(first: ${big})`, q(`{ ${f}(first: ${big}) { id } }`));
    for (const f of ['personsConnection', 'meetingsConnection', 'organizationsConnection', 'policiesConnection', 'articlesConnection']) {
      add('first', `${f}(first: ${big})`, q(`{ ${f}(first: ${big}) { totalCount edges { node { id } } } }`));
      add('first', `${f}(last: ${big})`, q(`{ ${f}(last: ${big}) { totalCount } }`));
    }
    add('first', `search(first: ${big})`, q(`{ search(query: "会议", first: ${big}) { label } }`));
    add('first', `nested citedByConnection(first: ${big})`, q(`{ policies(first: 1) { citedByConnection(first: ${big}) { totalCount } } }`));
    add('first', `graph(depth: ${big}, limit: ${big})`, q(`{ graph(ids: [${lit(person)}], depth: ${big}, limit: ${big}) { truncated } }`));
    add('first', `path(maxLength: ${big})`, q(`{ path(from: ${lit(person)}, to: ${lit(person)}, maxLength: ${big}) { nodes { id } } }`));
    add('first', 'path from a node to itself', q(`{ path(from: ${lit(person)}, to: ${lit(person)}) { nodes { id } } }`), true);
    add('first', 'first: -1', q(`{ persons(first: -1) { id } }`));
    add('first', 'offset: -1', q(`{ persons(offset: -1) { id } }`));
    add('first', 'offset: 2147483647', q(`{ persons(offset: 2147483647) { id } }`), true);
    const cursor = (n: string) => Buffer.from(`o:${n}`).toString('base64url');
    add('first', 'a cursor past 2^31 (after)', q(`{ personsConnection(after: ${lit(cursor('9999999999'))}) { totalCount } }`), true);
    add('first', 'a cursor past 2^53 (before)', q(`{ meetingsConnection(before: ${lit(cursor('99999999999999999999'))}, last: 5) { totalCount } }`), true);
    add('first', 'a cursor that is not one', q(`{ personsConnection(after: "not a cursor") { totalCount } }`));
    add('first', 'first: 2147483648 (beyond Int)', q(`{ persons(first: 2147483648) { id } }`));
    add('first', 'first: 1e100 literal', q(`{ persons(first: 1e100) { id } }`));
    add('first', `first: ${big} as a variable`, q(`query($n: Int!) { persons(first: $n) { id } }`, { n: big }));
    add('first', 'first: 1e309 as a variable (Infinity)', post(`{"query":"query($n: Int!) { persons(first: $n) { id } }","variables":{"n":1e309}}`));
    add('first', 'graph with 100,000 ids', q(`query($ids: [ID!]!) { graph(ids: $ids) { truncated } }`, { ids: Array.from({ length: 100_000 }, (_, i) => `person:x:${i}`) }));

    // Fragment cycles and fan-out.
    add('fragments', 'a cycle of two', q(`{ persons { ...A } } fragment A on Person { name ...B } fragment B on Person { id ...A }`));
    add('fragments', 'a fragment spreading itself', q(`{ ...A } fragment A on Query { persons { id } ...A }`));
    add('fragments', 'a cycle through a nested selection', q(`{ persons { ...A } } fragment A on Person { posts { holders { person { ...A } } } }`));
    add('fragments', 'a chain of 1,000 fragments (a legal query)', q(`{ ...F0 } ${Array.from({ length: 1000 }, (_, i) => `fragment F${i} on Query { ${i === 999 ? '__typename' : `...F${i + 1}`} }`).join(' ')}`), true);
    add('fragments', 'a fan-out bomb (2^40 spreads)', q(`{ ...F0 } ${Array.from({ length: 41 }, (_, i) => `fragment F${i} on Query { ${i === 40 ? 'regions { id }' : `...F${i + 1} ...F${i + 1}`} }`).join(' ')}`));
    add('fragments', 'an unknown fragment', q(`{ persons { ...Nope } }`));
    add('fragments', '10,000 inline fragments', q(`{ persons { ${'... on Person { id } '.repeat(10_000)} } }`));

    // Huge strings and token floods.
    const huge = '会'.repeat(Math.floor(1.9 * MB / 3));
    add('huge', 'search(query: 1.9 MB)', q(`query($q: String!) { search(query: $q) { label } }`, { q: huge }));
    add('huge', 'person(id: 1.9 MB)', q(`query($q: ID!) { person(id: $q) { id } }`, { q: huge }), true);
    add('huge', 'persons(filter: {nameContains: 1.9 MB})', q(`query($q: String) { persons(filter: {nameContains: $q}) { id } }`, { q: huge }), true);
    add('huge', 'graph(ids: [1.9 MB])', q(`query($q: ID!) { graph(ids: [$q]) { truncated } }`, { q: huge }), true);
    add('huge', 'a 1.9 MB string literal', q(`{ person(id: ${lit('x'.repeat(1.9 * MB))}) { id } }`), true);
    add('huge', 'a 1.9 MB comment', q(`{ regions { id } } #${'x'.repeat(1.9 * MB)}`), true);
    add('huge', '1.9 MB of "{"', q('{'.repeat(1.9 * MB)));
    add('huge', 'a 1.9 MB operationName', q('{ regions { id } }', {}, 'x'.repeat(1.9 * MB)));
    add('huge', 'a 1.9 MB variable name', post(JSON.stringify({ query: `query($${'v'.repeat(1.9 * MB)}: String) { regions { id } }` })));
    add('huge', 'one field 100,000 times', q(`{ persons { ${'id '.repeat(100_000)}} }`));
    add('huge', '__typename 150,000 times', q(`{ ${'__typename '.repeat(150_000)}}`), true);
    add('huge', '10,000 directives on a field', q(`{ persons ${'@include(if: true) '.repeat(10_000)}{ id } }`));
    add('huge', '10,000 variables', q(`query(${Array.from({ length: 10_000 }, (_, i) => `$v${i}: String`).join(', ')}) { regions { id } }`));
    add('huge', '100,000 arguments', q(`{ persons(${Array.from({ length: 100_000 }, (_, i) => `a${i}: 1`).join(', ')}) { id } }`));

    // Wrong content types and malformed bodies.
    const json = JSON.stringify({ query: '{ regions { id } }' });
    for (const ct of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/graphql', 'application/xml', 'text/html', 'application/json; charset=utf-16', 'application/json; charset=latin1', 'application/octet-stream']) {
      add('content-type', `Content-Type: ${ct}`, post(json, { 'content-type': ct }));
    }
    add('content-type', 'no Content-Type', post(json, {}));
    add('content-type', 'application/graphql with a raw query', post('{ regions { id } }', { 'content-type': 'application/graphql' }));
    for (const [name, body] of [
      ['invalid JSON', '{"query": '], ['an empty body', ''], ['null', 'null'], ['a number', '5'], ['a string', '"{ regions { id } }"'], ['an object without query', '{}'],
      ['query: 5', '{"query": 5}'], ['query: an object', '{"query": {"a": 1}}'], ['query: null', '{"query": null}'], ['variables: a string', '{"query": "{ regions { id } }", "variables": "x"}'],
      ['variables: a list', '{"query": "{ regions { id } }", "variables": [1]}'], ['operationName: 5', '{"query": "{ regions { id } }", "operationName": 5}'],
      ['extensions: a string', '{"query": "{ regions { id } }", "extensions": "x"}'], ['__proto__ in variables', '{"query": "query($v: String) { regions(filter: {region: $v}) { id } }", "variables": {"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}}'],
      ['a persisted-query hash only', '{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "0000"}}}'],
      ['variables 100,000 deep', `{"query": "query($v: String) { regions { id } }", "variables": {"v": ${'['.repeat(100_000)}${']'.repeat(100_000)}}}`],
      ['a UTF-8 BOM (accepted)', `\ufeff${json}`], ['invalid UTF-8 (read with replacement characters)', Buffer.concat([Buffer.from('{"query": "{ person(id: \\"'), Buffer.from([0xff, 0xfe, 0xc0, 0x80]), Buffer.from('\\") { id } }"}')])],
    ] as [string, string | Buffer][]) add('body', name, post(body), /accepted|replacement|__proto__/.test(name));
    for (const method of ['PUT', 'DELETE', 'PATCH']) add('http', `${method} /graphql`, () => request(url, { method, headers: { 'content-type': 'application/json' }, body: json }));
    add('http', 'GET with a 100 KB query string', async () => {
      // Node answers 431 and closes the connection; a client still writing may only see the reset.
      const r = await request(`${url}?query=${encodeURIComponent(`{ regions { id } } #${'x'.repeat(100_000)}`)}`, { agent: new http.Agent() });
      return r.status === 0 && /ECONNRESET|EPIPE/.test(r.error ?? '') ? { ...r, status: 431 } : r;
    });
    add('http', 'GET with a mutation', () => request(`${url}?query=${encodeURIComponent('mutation { removeArticle(id: "x") }')}`, { headers: { 'apollo-require-preflight': '1' } }));
    add('http', 'GET with two query parameters', () => request(`${url}?query=a&query=b`, { headers: { 'apollo-require-preflight': '1' } }));
    for (const p of ['/explore/../package.json', '/explore/%2e%2e/%2e%2e/package.json', '/explore/..%2f..%2fpackage.json', '/graphiql/..%2f..%2fpackage.json', '/%2e%2e/%2e%2e/etc/passwd']) {
      add('http', `GET ${p}`, async () => {
        const r = await request(`${api.url}${p}`);
        // A file of the server must not come back.
        return /"name":\s*"govgraph"|root:x:0:0/.test(r.text) ? { ...r, status: 599 } : r;
      });
    }

    // 10 MB bodies.
    const tenMb = (s: string) => s.repeat(Math.ceil((10 * MB) / s.length));
    add('10 MB', 'JSON with 10 MB of padding', post(JSON.stringify({ query: '{ regions { id } }', pad: 'x'.repeat(10 * MB) })));
    add('10 MB', 'a 10 MB query', post(JSON.stringify({ query: `{ regions { id } } #${'x'.repeat(10 * MB)}` })));
    add('10 MB', '10 MB chunked (no Content-Length)', post(JSON.stringify({ query: '{ regions { id } }', pad: 'x'.repeat(10 * MB) }), { 'content-type': 'application/json' }, { chunked: true }));
    add('10 MB', '10 MB text/plain', post(tenMb('x'), { 'content-type': 'text/plain' }));
    add('10 MB', '10 MB without Content-Type', post(tenMb('x'), {}));
    add('10 MB', '10 MB multipart', post(tenMb('--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n'), { 'content-type': 'multipart/form-data; boundary=x' }));
    add('10 MB', 'a gzip bomb (10 MB of JSON in 10 KB)', post(gzipSync(JSON.stringify({ query: '{ regions { id } }', pad: ' '.repeat(10 * MB) })), { 'content-type': 'application/json', 'content-encoding': 'gzip' }));
    add('10 MB', 'a deflate bomb', post(deflateSync(JSON.stringify({ query: '{ regions { id } }', pad: ' '.repeat(10 * MB) })), { 'content-type': 'application/json', 'content-encoding': 'deflate' }));
    add('10 MB', 'an unknown Content-Encoding', post(json, { 'content-type': 'application/json', 'content-encoding': 'x-unknown' }));

    // Injection strings in every string argument, as variables and as literals.
    const slots = stringSlots(buildGovgraphSchema(), { person });
    const unreachable = slots.filter((s) => s.name.includes('not tried'));
    const injections = quick ? QUICK_INJECTIONS : INJECTIONS;
    for (const s of slots.filter((x) => !x.name.includes('not tried'))) {
      for (const inj of injections) {
        for (const inline of quick || !QUICK_INJECTIONS.includes(inj) ? [false] : [false, true]) {
          const { query, variables } = s.build(inj, inline);
          add('injection', `${s.name} = ${JSON.stringify(inj)}${inline ? ' (literal)' : ''}`, q(query, variables), !s.mutation);
        }
      }
    }

    const before = await h.stats();
    const outcomes: Outcome[] = [];
    const run = async (c: Case): Promise<Outcome> => {
      // /healthz while the case runs: how long the API's event loop is kept busy.
      let blockedMs = 0;
      let running = true;
      const probe = (async () => {
        await new Promise((r) => setTimeout(r, 50));
        while (running) {
          const hz = await request(`${api.url}/healthz`, { timeoutMs: 120_000 });
          blockedMs = Math.max(blockedMs, hz.ms);
          await new Promise((r) => setTimeout(r, 100));
        }
      })();
      const r = await c.send();
      running = false;
      await probe;
      const body = parseBody(r.text);
      const codes = codesOf(body);
      let verdict: Outcome['verdict'];
      let why: string | undefined;
      if (r.status === 0) { verdict = 'BAD'; why = `no answer: ${r.error}`; }
      else if (r.status >= 500) { verdict = 'BAD'; why = `HTTP ${r.status}`; }
      else if (codes.includes('INTERNAL_SERVER_ERROR') || codes.includes('(no code)')) { verdict = 'BAD'; why = `errors ${codes.join(',')}`; }
      else if (r.status >= 400) verdict = 'refused';
      else if (codes.length) verdict = 'coded';
      else if (c.dataOk && body?.data) verdict = 'data';
      else { verdict = 'BAD'; why = `HTTP ${r.status} with data and no error`; }
      if (verdict !== 'BAD' && r.ms > HANG_MS) { verdict = 'BAD'; why = `answered after ${(r.ms / 1000).toFixed(1)} s`; }
      if (verdict !== 'BAD' && blockedMs > BLOCK_MS) { verdict = 'BAD'; why = `kept /healthz waiting ${(blockedMs / 1000).toFixed(1)} s`; }
      return { c, r, verdict, why, blockedMs };
    };
    // Structural cases one at a time (their timing is the point); injections four at a time.
    for (const c of cases.filter((x) => x.group !== 'injection')) {
      outcomes.push(await run(c));
      h.note(`${c.group}: ${c.name}: ${outcomes.at(-1)!.verdict} HTTP ${outcomes.at(-1)!.r.status} in ${Math.round(outcomes.at(-1)!.r.ms)} ms (healthz ≤ ${Math.round(outcomes.at(-1)!.blockedMs)} ms) ${outcomes.at(-1)!.why ?? ''}`);
      if (!api.alive()) break;
    }
    const inj = cases.filter((x) => x.group === 'injection');
    let next = 0;
    await Promise.all(Array.from({ length: 4 }, async () => {
      while (next < inj.length && api.alive()) {
        const c = inj[next++]!;
        const r = await c.send();
        const body = parseBody(r.text);
        const codes = codesOf(body);
        const bad = r.status === 0 || r.status >= 500 || codes.includes('INTERNAL_SERVER_ERROR') || codes.includes('(no code)') || r.ms > HANG_MS || (!codes.length && !(c.dataOk && body?.data) && r.status < 400);
        outcomes.push({ c, r, blockedMs: 0, verdict: bad ? 'BAD' : r.status >= 400 ? 'refused' : codes.length ? 'coded' : 'data', why: bad ? `HTTP ${r.status} ${codes.join(',')} ${r.error ?? ''} ${Math.round(r.ms)} ms` : undefined });
      }
    }));
    const after = await h.stats();
    const d = diffStats(before, after);
    const alive = api.alive() && (await api.healthy());
    const crashes = api.crashLines();
    const bad = outcomes.filter((o) => o.verdict === 'BAD');
    const count = (v: Outcome['verdict']) => outcomes.filter((o) => o.verdict === v).length;
    const fiveXX = outcomes.filter((o) => o.r.status >= 500).length;
    const internal = outcomes.filter((o) => codesOf(parseBody(o.r.text)).includes('INTERNAL_SERVER_ERROR')).length;
    const slow = outcomes.filter((o) => o.r.ms > HANG_MS || o.blockedMs > BLOCK_MS).length;
    const details: string[] = [];
    const groups = [...new Set(bad.map((o) => o.c.group))];
    for (const g of groups) {
      const list = bad.filter((o) => o.c.group === g);
      details.push(`${g}: ${list.length} bad, e.g. ${list.slice(0, 6).map((o) => `${o.c.name} → ${o.why}`).join('; ')}`);
    }
    const internalLog = api.internalErrors();
    if (Object.keys(internalLog).length) details.push(`the API logged as internal errors: ${JSON.stringify(internalLog).slice(0, 1500)}`);
    if (!d.checksumEqual) details.push(`the graph changed: ${d.detail.join('; ')}`);
    if (!alive || crashes.length) details.push(`API ${alive ? 'up' : 'DOWN'} ${crashes.slice(0, 3).join(' | ')}`);
    if (unreachable.length) details.push(`string arguments not reached: ${unreachable.map((s) => s.name).join(', ')}`);
    const structural = outcomes.filter((o) => o.c.group !== 'injection');
    const ok = bad.length === 0 && d.checksumEqual && alive && crashes.length === 0;
    const injSlots = slots.length - unreachable.length;
    return {
      name: 'hostile-graphql', ok,
      line: `hostile-graphql: ${outcomes.length} hostile requests (${structural.length} structural: depth, aliases, batches, first: 1e9, fragment cycles/bombs, huge strings, content types, bodies, 10 MB; ${inj.length} injections: ${injections.length} strings × ${injSlots} string arguments${quick ? '' : `, ${QUICK_INJECTIONS.length} of them also as literals`}) → ${count('refused')} 4xx, ${count('coded')} coded GraphQL errors, ${count('data')} data answers, ${bad.length} bad (${fiveXX} 5xx, ${internal} INTERNAL_SERVER_ERROR, ${slow} hangs); slowest ${(Math.max(...structural.map((o) => o.r.ms)) / 1000).toFixed(1)} s, p99 ${Math.round(percentile(outcomes.map((o) => o.r.ms), 99))} ms; checksum ${d.checksumEqual ? 'equal' : 'DIFFERENT'}; API ${alive ? 'up' : 'DOWN'}`,
      details,
      figures: { requests: outcomes.length, structural: structural.length, injections: inj.length, slots: injSlots, refused: count('refused'), coded: count('coded'), data: count('data'), bad: bad.length, fiveXX, internal, slow, checksumEqual: d.checksumEqual, alive, badCases: bad.map((o) => `${o.c.group}: ${o.c.name} → ${o.why}`).slice(0, 200) },
    };
  } finally {
    await api.stop();
    api.save('hostile-graphql');
  }
}
