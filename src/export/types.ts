// The contract between the walker (./walk.ts), which pages through the graph in a fixed order
// (nodes label by label, then edges type by type), and one writer per format.
import type { Label } from '../graph/model';
import type { ExportFilter, ExportScope } from '../graph/queries/export-filter';
import type { ExportEdge, ExportNode } from '../graph/queries/export-read';
import type { ExportSchema, RelType } from '../graph/queries/export-schema';

export type { ExportFilter } from '../graph/queries/export-filter';
export type { ExportEdge, ExportNode, Provenance } from '../graph/queries/export-read';

export const FORMATS = ['graphml', 'gexf', 'csv', 'jsonld', 'json'] as const;
export type ExportFormat = (typeof FORMATS)[number];

export interface BeginContext {
  /** Property keys and types (null for formats that declare none up front). */
  schema: ExportSchema | null;
  scope: ExportScope;
  filter: ExportFilter;
}

export interface Sink {
  /** Whether begin() needs the property schema (one extra scan of keys). */
  readonly needsSchema: boolean;
  begin(ctx: BeginContext): Promise<void> | void;
  startNodes(label: Label): Promise<void> | void;
  node(n: ExportNode): void;
  endNodes(label: Label): Promise<void> | void;
  startEdges(type: RelType): Promise<void> | void;
  edge(e: ExportEdge): void;
  endEdges(type: RelType): Promise<void> | void;
  /** Called after every page: hands the page to the output and waits while the reader is behind. */
  drain(): Promise<void>;
  end(): Promise<void>;
}

/** The display label of a node, as in the `graph` query (name, title, else id). */
export const displayLabel = (n: ExportNode): string => String(n.props.name ?? n.props.title ?? n.id);
