// GEXF 1.3 (Gephi), written as it streams: graphology-gexf's writer builds the whole document
// from an in-memory graph, so this small writer declares the attributes from the property
// schema and writes each node and edge once. The node type and dates are attributes; the edge
// type is its label and kind (Gephi's edge type); lists use 1.3's "[a, b]" syntax.
import type { Writable } from 'node:stream';
import { unionKeys } from './graphml';
import { Out } from './out';
import { displayLabel, type BeginContext, type ExportEdge, type ExportNode, type Sink } from './types';
import { gexfList, gexfType, provenanceText, scalarText } from './values';
import { xmlAttr, xmlText, xmlToken } from './xml';

type Key = ReturnType<typeof unionKeys>[number];

export class GexfSink implements Sink {
  readonly needsSchema = true;
  private readonly out: Out;
  private nodeKeys: Key[] = [];
  private edgeKeys: Key[] = [];
  private section: 'none' | 'nodes' | 'edges' = 'none';

  constructor(stream: Writable, private readonly now = new Date()) {
    this.out = new Out(stream);
  }

  begin({ schema, filter }: BeginContext): void {
    // Attribute ids are the property names: graphology-gexf and Gephi show non-numeric ids as titles.
    this.nodeKeys = unionKeys(schema!.nodes.values(), '', ['type']).map((k) => ({ ...k, id: k.name }));
    this.edgeKeys = unionKeys(schema!.edges.values(), '', ['type', 'provenance']).map((k) => ({ ...k, id: k.name }));
    const attrs = (keys: Key[], cls: string) => `    <attributes class="${cls}">\n`
      + keys.map((k) => `      <attribute id="${xmlAttr(k.id)}" title="${xmlAttr(k.name)}" type="${gexfType(k.type)}"/>\n`).join('')
      + '    </attributes>\n';
    this.out.write('<?xml version="1.0" encoding="UTF-8"?>\n'
      + '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
      + ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n'
      + `  <meta lastmodifieddate="${this.now.toISOString().slice(0, 10)}">\n    <creator>govgraph</creator>\n`
      + `    <description>${xmlText(`govgraph export; filter ${JSON.stringify(filter)}`)}</description>\n  </meta>\n`
      + '  <graph defaultedgetype="directed">\n' + attrs(this.nodeKeys, 'node') + attrs(this.edgeKeys, 'edge'));
  }

  private attvalues(keys: Key[], values: Record<string, unknown>): string {
    let s = '';
    for (const k of keys) {
      const v = values[k.name];
      if (v === null || v === undefined) continue;
      s += `<attvalue for="${xmlAttr(k.id)}" value="${xmlAttr(Array.isArray(v) ? gexfList(v) : scalarText(v))}"/>`;
    }
    return s ? `<attvalues>${s}</attvalues>` : '';
  }

  // Sections only move forward: none → nodes → edges (GEXF wants both, even when one is empty).
  private enter(section: 'nodes' | 'edges'): void {
    const order = ['none', 'nodes', 'edges'] as const;
    while (order.indexOf(this.section) < order.indexOf(section)) {
      if (this.section === 'nodes') this.out.write('    </nodes>\n');
      this.section = order[order.indexOf(this.section) + 1]!;
      this.out.write(`    <${this.section}>\n`);
    }
  }

  startNodes(): void { this.enter('nodes'); }
  endNodes(): void {}
  startEdges(): void { this.enter('edges'); }
  endEdges(): void {}

  node(n: ExportNode): void {
    const values = { ...n.props, type: n.label };
    this.out.write(`      <node id="${xmlAttr(n.id)}" label="${xmlAttr(xmlToken(displayLabel(n)))}">${this.attvalues(this.nodeKeys, values)}</node>\n`);
  }

  edge(e: ExportEdge): void {
    const values = { ...e.props, type: e.type, provenance: provenanceText(e) };
    this.out.write(`      <edge id="${xmlAttr(e.id)}" source="${xmlAttr(e.source)}" target="${xmlAttr(e.target)}" label="${e.type}" kind="${e.type}">`
      + `${this.attvalues(this.edgeKeys, values)}</edge>\n`);
  }

  drain(): Promise<void> {
    return this.out.drain();
  }

  async end(): Promise<void> {
    this.enter('edges');
    this.out.write('    </edges>\n  </graph>\n</gexf>\n');
    await this.out.end();
  }
}
