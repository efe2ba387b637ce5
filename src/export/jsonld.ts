// JSON-LD with Popolo terms: a streamed {"@context", "@graph"} document. Nodes become Popolo
// Persons, Organizations, Posts, Events and Areas and schema.org Legislation and NewsArticles;
// HOLDS becomes a Popolo Membership (start_date/end_date from firstSeen/lastSeen); every other
// relationship a schema.org Role between its ends (an Event's attendee with its roleName), so
// each relationship is one object carrying its properties and its `sources` (provenance).
import type { Writable } from 'node:stream';
import type { Plain } from '../graph/values';
import { CONTEXT, EDGE_TERMS, NODE_TERMS } from './jsonld-context';
import { Out } from './out';
import type { ExportEdge, ExportNode, Sink } from './types';

// IRIs: ids keep their characters (IRIs allow CJK) except those an IRI cannot hold, and '%'.
export const iri = (id: string): string => `urn:govgraph:${id.replace(/[\u0000-\u0020<>"{}|\\^`%\u007F]/g, (c) => encodeURIComponent(c))}`;
const ref = (id: string) => ({ '@id': iri(id) });

function renamed(props: Plain, rename: Record<string, string>, drop: string[] = []): Plain {
  const out: Plain = {};
  for (const [k, v] of Object.entries(props)) if (v !== null && !drop.includes(k)) out[rename[k] ?? k] = v;
  return out;
}

const sources = (e: ExportEdge) => e.provenance!.map((p) => renamed({
  '@type': 'Quotation', identifier: p.articleId, isPartOf: ref(p.articleId), url: p.url, datePublished: p.date, text: p.quote,
}, {}));

export function nodeObject(n: ExportNode): Plain {
  const { type, rename } = NODE_TERMS[n.label];
  return { '@id': iri(n.id), '@type': type, identifier: n.id, ...renamed(n.props, rename, ['id']) };
}

export function edgeObject(e: ExportEdge): Plain {
  const provenance = e.provenance ? { sources: sources(e) } : {};
  if (e.type === 'HOLDS') {
    return {
      '@type': 'Membership', edgeType: e.type, person: ref(e.source), post: ref(e.target),
      ...renamed(e.props, { firstSeen: 'start_date', lastSeen: 'end_date' }), ...provenance,
    };
  }
  const { subject, term: t } = EDGE_TERMS[e.type];
  const term = e.type === 'IN_REGION' && e.sourceLabel === 'Region' ? 'containedInPlace' : t;
  const [from, to] = subject === 'source' ? [e.source, e.target] : [e.target, e.source];
  return {
    '@type': 'Role', edgeType: e.type, '@reverse': { [term]: ref(from) }, [term]: ref(to),
    ...renamed(e.props, { role: 'roleName', action: 'description' }), ...provenance,
  };
}

export class JsonldSink implements Sink {
  readonly needsSchema = false;
  private readonly out: Out;
  private first = true;

  constructor(stream: Writable) {
    this.out = new Out(stream);
  }

  begin(): void { this.out.write(`{"@context":${JSON.stringify(CONTEXT)},\n"@graph":[`); }
  startNodes(): void {}
  endNodes(): void {}
  startEdges(): void {}
  endEdges(): void {}

  private item(o: unknown): void {
    this.out.write(`${this.first ? '\n' : ',\n'}${JSON.stringify(o)}`);
    this.first = false;
  }

  node(n: ExportNode): void { this.item(nodeObject(n)); }
  edge(e: ExportEdge): void { this.item(edgeObject(e)); }

  drain(): Promise<void> {
    return this.out.drain();
  }

  async end(): Promise<void> {
    this.out.write('\n]}\n');
    await this.out.end();
  }
}
