// Plain JSON in the shape of the GraphQL `graph` query ({nodes, edges, truncated}), one node or
// edge a line; fact edges add `provenance` beside their properties.
import type { Writable } from 'node:stream';
import { Out } from './out';
import { displayLabel, type ExportEdge, type ExportNode, type Sink } from './types';

export class JsonSink implements Sink {
  readonly needsSchema = false;
  private readonly out: Out;
  private first = true;
  private inEdges = false;

  constructor(stream: Writable) {
    this.out = new Out(stream);
  }

  begin(): void { this.out.write('{"nodes":['); }
  startNodes(): void {}
  endNodes(): void {}
  startEdges(): void { this.toEdges(); }
  endEdges(): void {}

  private toEdges(): void {
    if (this.inEdges) return;
    this.inEdges = true;
    this.first = true;
    this.out.write('\n],"edges":[');
  }

  private item(o: unknown): void {
    this.out.write(`${this.first ? '\n' : ',\n'}${JSON.stringify(o)}`);
    this.first = false;
  }

  node(n: ExportNode): void {
    this.item({ id: n.id, type: n.label, label: displayLabel(n), properties: n.props });
  }

  edge(e: ExportEdge): void {
    this.item({ id: e.id, type: e.type, source: e.source, target: e.target, properties: e.props, ...(e.provenance ? { provenance: e.provenance } : {}) });
  }

  drain(): Promise<void> {
    return this.out.drain();
  }

  async end(): Promise<void> {
    this.toEdges();
    this.out.write('\n],"truncated":false}\n');
    await this.out.end();
  }
}
