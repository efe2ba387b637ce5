// GraphML (yEd, Gephi, networkx, igraph): one typed <key> per property, declared before the
// graph from the property schema, then nodes and edges as they stream by. Lists and provenance
// are JSON text (GraphML has no list type); dates are YYYY-MM-DD strings.
import type { Writable } from 'node:stream';
import type { PropSchema, PropType } from '../graph/queries/export-schema';
import { Out } from './out';
import { displayLabel, type BeginContext, type ExportEdge, type ExportNode, type Sink } from './types';
import { graphmlType, provenanceText, scalarText } from './values';
import { nmtoken, xmlAttr, xmlText } from './xml';

interface Key { id: string; name: string; type: PropType }

/** One key per property name across labels (or types); a name with two types becomes a string. */
export function unionKeys(schemas: Iterable<PropSchema>, prefix: string, reserved: string[]): Key[] {
  const types = new Map<string, PropType>();
  for (const s of schemas) for (const [k, t] of s) types.set(k, types.has(k) && types.get(k) !== t ? 'string' : t);
  const names = [...reserved, ...[...types.keys()].filter((k) => !reserved.includes(k))];
  return names.map((name, i) => ({ id: `${prefix}${i}`, name, type: types.get(name) ?? 'string' }));
}

export class GraphmlSink implements Sink {
  readonly needsSchema = true;
  private readonly out: Out;
  private nodeKeys: Key[] = [];
  private edgeKeys: Key[] = [];

  constructor(stream: Writable) {
    this.out = new Out(stream);
  }

  begin({ schema }: BeginContext): void {
    this.nodeKeys = unionKeys(schema!.nodes.values(), 'n', ['type', 'label']);
    this.edgeKeys = unionKeys(schema!.edges.values(), 'e', ['type', 'provenance']);
    const key = (k: Key, kind: string) =>
      `  <key id="${k.id}" for="${kind}" attr.name="${xmlAttr(k.name)}" attr.type="${graphmlType(k.type)}"/>\n`;
    this.out.write('<?xml version="1.0" encoding="UTF-8"?>\n'
      + '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
      + ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
      + this.nodeKeys.map((k) => key(k, 'node')).join('') + this.edgeKeys.map((k) => key(k, 'edge')).join('')
      + '  <graph id="govgraph" edgedefault="directed">\n');
  }

  private data(keys: Key[], values: Record<string, unknown>): string {
    let s = '';
    for (const k of keys) {
      const v = values[k.name];
      if (v !== null && v !== undefined) s += `<data key="${k.id}">${xmlText(scalarText(v))}</data>`;
    }
    return s;
  }

  startNodes(): void {}
  endNodes(): void {}
  startEdges(): void {}
  endEdges(): void {}

  node(n: ExportNode): void {
    const values = { ...n.props, type: n.label, label: displayLabel(n) };
    this.out.write(`    <node id="${xmlAttr(nmtoken(n.id))}">${this.data(this.nodeKeys, values)}</node>\n`);
  }

  edge(e: ExportEdge): void {
    const values = { ...e.props, type: e.type, provenance: provenanceText(e) };
    this.out.write(`    <edge id="${xmlAttr(nmtoken(e.id))}" source="${xmlAttr(nmtoken(e.source))}" target="${xmlAttr(nmtoken(e.target))}">`
      + `${this.data(this.edgeKeys, values)}</edge>\n`);
  }

  drain(): Promise<void> {
    return this.out.drain();
  }

  async end(): Promise<void> {
    this.out.write('  </graph>\n</graphml>\n');
    await this.out.end();
  }
}
