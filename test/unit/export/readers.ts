// Independent readers of the export formats, for the tests: an XML parser (fast-xml-parser)
// checking what the GraphML and GEXF schemas require, graphology-gexf's parser, a CSV parser
// (csv-parse) over the unzipped files (yauzl), the jsonld package's expansion, and JSON.parse.
// Each gives back the nodes and edges it found.
import assert from 'node:assert/strict';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import jsonld from 'jsonld';
import yauzl from 'yauzl';

export interface ReadProvenance { articleId: string; url: string | null; date: string | null; quote: string | null }
export interface ReadBack {
  nodes: { id: string; type: string }[];
  edges: { type: string; source: string; target: string; provenance: ReadProvenance[] | null }[];
}

const LISTS = ['key', 'node', 'edge', 'data', 'attribute', 'attributes', 'attvalue'];
const xml = (text: string) => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, parseAttributeValue: false, trimValues: false, htmlEntities: true, isArray: (n) => LISTS.includes(n) }).parse(text);
const NMTOKEN = /^[-.0-9:A-Z_a-z\u00B7\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u037D\u037F-\u1FFF\u200C\u200D\u203F\u2040\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}]+$/u;
const provenanceOf = (s: unknown): ReadProvenance[] | null => (typeof s === 'string' ? JSON.parse(s) : null);

export function readGraphml(text: string): ReadBack {
  const doc = xml(text).graphml;
  assert.equal(doc['@_xmlns'], 'http://graphml.graphdrawing.org/xmlns');
  const keys = new Map<string, { for: string; name: string }>();
  for (const k of doc.key ?? []) {
    assert.ok(NMTOKEN.test(k['@_id']) && !keys.has(k['@_id']), `key id ${k['@_id']}`);
    assert.ok(['node', 'edge', 'graph', 'all'].includes(k['@_for']));
    assert.ok(['boolean', 'int', 'long', 'float', 'double', 'string'].includes(k['@_attr.type']), k['@_attr.type']);
    keys.set(k['@_id'], { for: k['@_for'], name: k['@_attr.name'] });
  }
  const graph = doc.graph;
  assert.ok(['directed', 'undirected'].includes(graph['@_edgedefault']), 'graph has edgedefault');
  const data = (el: { data?: { '@_key': string; '#text'?: string }[] }, kind: string) => Object.fromEntries((el.data ?? []).map((d) => {
    const k = keys.get(d['@_key']);
    assert.ok(k && (k.for === kind || k.for === 'all'), `data key ${d['@_key']} is declared for ${kind}`);
    return [k.name, d['#text'] ?? ''];
  }));
  const idOf = new Map<string, string>();
  const nodes = (graph.node ?? []).map((n: { '@_id': string }) => {
    assert.ok(NMTOKEN.test(n['@_id']) && !idOf.has(n['@_id']), `node id ${n['@_id']} is a unique NMTOKEN`);
    const d = data(n as never, 'node');
    idOf.set(n['@_id'], d.id!);
    return { id: d.id!, type: d.type! };
  });
  const edges = (graph.edge ?? []).map((e: { '@_source': string; '@_target': string }) => {
    assert.ok(idOf.has(e['@_source']) && idOf.has(e['@_target']), 'edge ends are nodes of the graph');
    const d = data(e as never, 'edge');
    return { type: d.type!, source: idOf.get(e['@_source'])!, target: idOf.get(e['@_target'])!, provenance: provenanceOf(d.provenance) };
  });
  return { nodes, edges };
}

export function readGexf(text: string): ReadBack {
  const doc = xml(text).gexf;
  assert.equal(doc['@_version'], '1.3');
  assert.equal(doc['@_xmlns'], 'http://gexf.net/1.3');
  const g = doc.graph;
  assert.ok(g.nodes !== undefined && g.edges !== undefined, 'graph has <nodes> and <edges>');
  for (const a of g.attributes ?? []) assert.ok(['node', 'edge'].includes(a['@_class']));
  const graph = parseGexf(MultiDirectedGraph, text);
  return {
    nodes: graph.mapNodes((id, a) => ({ id, type: String(a.type) })),
    edges: graph.mapEdges((_e, a, source, target) => ({ type: String(a.type), source, target, provenance: provenanceOf(a.provenance) })),
  };
}

export async function unzip(buf: Buffer): Promise<Map<string, string>> {
  const zip = await new Promise<yauzl.ZipFile>((ok, fail) => yauzl.fromBuffer(buf, { lazyEntries: true }, (e, z) => (e ? fail(e) : ok(z!))));
  const files = new Map<string, string>();
  await new Promise<void>((ok, fail) => {
    zip.on('entry', (entry: yauzl.Entry) => zip.openReadStream(entry, (e, s) => {
      if (e) return fail(e);
      const parts: Buffer[] = [];
      s!.on('data', (c: Buffer) => parts.push(c)).on('end', () => { files.set(entry.fileName, Buffer.concat(parts).toString('utf8')); zip.readEntry(); }).on('error', fail);
    }));
    zip.on('end', () => ok()).on('error', fail);
    zip.readEntry();
  });
  return files;
}

export async function readCsvZip(buf: Buffer): Promise<ReadBack & { files: Map<string, string> }> {
  const files = await unzip(buf);
  const out: ReadBack = { nodes: [], edges: [] };
  for (const [name, text] of files) {
    if (!name.endsWith('.csv')) continue;
    const [header, ...rows] = parseCsv(text, { relax_quotes: false }) as string[][];
    const col = (h: string) => header!.indexOf(h);
    if (name.startsWith('nodes/')) {
      assert.ok(col('id:ID(govgraph)') === 0 && col(':LABEL') === 1, `${name} header`);
      for (const r of rows) out.nodes.push({ id: r[0]!, type: r[1]! });
    } else {
      assert.deepEqual(header!.slice(0, 3), [':START_ID(govgraph)', ':END_ID(govgraph)', ':TYPE'], `${name} header`);
      const p = col('provenance:IGNORE');
      for (const r of rows) out.edges.push({ source: r[0]!, target: r[1]!, type: r[2]!, provenance: r[p] ? JSON.parse(r[p]!) : null });
    }
  }
  return { ...out, files };
}

const CLASSES: Record<string, string> = {
  'http://www.w3.org/ns/person#Person': 'Person', 'http://www.w3.org/ns/org#Organization': 'Organization',
  'http://www.w3.org/ns/org#Post': 'Post', 'http://schema.org/Event': 'Meeting', 'http://schema.org/Legislation': 'PolicyDocument',
  'http://schema.org/NewsArticle': 'Article', 'http://www.geonames.org/ontology#Feature': 'Region',
};
const V = 'urn:govgraph:vocab#';
type Expanded = Record<string, any>;
const value = (o: Expanded, p: string) => o[p]?.[0]?.['@value'] ?? o[p]?.[0]?.['@id'] ?? null;

export async function readJsonld(text: string): Promise<ReadBack> {
  // safe mode: expansion fails on any term or value it would have to drop.
  const expanded = (await jsonld.expand(JSON.parse(text), { safe: true } as object)) as unknown as Expanded[];
  const out: ReadBack = { nodes: [], edges: [] };
  for (const o of expanded) {
    const type = o[`${V}edgeType`]?.[0]?.['@value'];
    if (!type) {
      const label = CLASSES[o['@type']?.[0]];
      assert.ok(label, `a node of a known class: ${JSON.stringify(o['@type'])}`);
      out.nodes.push({ id: value(o, 'http://purl.org/dc/terms/identifier'), type: label });
      continue;
    }
    const sources = o['http://purl.org/dc/terms/source'] as Expanded[] | undefined;
    out.edges.push({
      type, source: '', target: '',
      provenance: sources ? sources.map((s) => ({
        articleId: value(s, 'http://purl.org/dc/terms/identifier'), url: value(s, 'http://schema.org/url'),
        date: value(s, 'http://schema.org/datePublished'), quote: value(s, 'http://schema.org/text'),
      })) : null,
    });
  }
  return out;
}

export function readJson(text: string): ReadBack {
  const doc = JSON.parse(text) as { nodes: { id: string; type: string }[]; edges: { type: string; source: string; target: string; provenance?: ReadProvenance[] }[]; truncated: boolean };
  assert.equal(doc.truncated, false);
  return { nodes: doc.nodes.map((n) => ({ id: n.id, type: n.type })), edges: doc.edges.map((e) => ({ type: e.type, source: e.source, target: e.target, provenance: e.provenance ?? null })) };
}

/** Counts by type, as graphStats and exportStats give them. */
export function countBy(items: { type: string }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of items) out[i.type] = (out[i.type] ?? 0) + 1;
  return out;
}
