// Per-request state: the graph, the batching loaders (one round trip per field and level) and
// who is asking.
import DataLoader from 'dataloader';
import type { Graph } from '../graph/driver';
import type { Label, RelationKey } from '../graph/model';
import { neighbours, type Neighbour } from '../graph/queries/neighbours';
import { nodesById } from '../graph/queries/nodes-by-id';
import { batched } from '../graph/queries/batched';
import { neighbourPages, type NeighbourPage } from '../graph/queries/neighbour-connection';
import type { ListFilter, ListOrder, Window } from '../graph/queries/list-nodes';
import type { Plain } from '../graph/values';

export class Loaders {
  private readonly nodeLoaders = new Map<Label, DataLoader<string, Plain | null>>();
  private readonly relLoaders = new Map<RelationKey, DataLoader<string, Neighbour[]>>();

  constructor(private readonly graph: Graph) {}

  node(label: Label): DataLoader<string, Plain | null> {
    let l = this.nodeLoaders.get(label);
    if (!l) this.nodeLoaders.set(label, (l = new DataLoader((ids) => nodesById(this.graph, label, ids), { maxBatchSize: 1000 })));
    return l;
  }

  private readonly evidenceLoaders = new Map<Label, DataLoader<string, Plain | null>>();

  /** Nodes with their evidence, read only for the evidence fields (it grows with a node's articles). */
  nodeWithEvidence(label: Label): DataLoader<string, Plain | null> {
    let l = this.evidenceLoaders.get(label);
    if (!l) this.evidenceLoaders.set(label, (l = new DataLoader((ids) => nodesById(this.graph, label, ids, true), { maxBatchSize: 1000 })));
    return l;
  }

  private readonly queryLoaders = new Map<string, DataLoader<string, Plain[]>>();

  /** A batched read of src/graph/queries/batched.ts, one loader per query text. */
  query(cypher: string): DataLoader<string, Plain[]> {
    let l = this.queryLoaders.get(cypher);
    if (!l) this.queryLoaders.set(cypher, (l = new DataLoader((ids) => batched(this.graph, cypher, ids), { maxBatchSize: 1000 })));
    return l;
  }

  private readonly pageLoaders = new Map<string, DataLoader<string, NeighbourPage>>();

  /** One page of a relationship's neighbours: one loader per field and arguments, batched over the parents. */
  page(key: RelationKey, filter: ListFilter, win: Window, order: ListOrder | null | undefined): DataLoader<string, NeighbourPage> {
    const id = JSON.stringify([key, filter, win, order ?? null]);
    let l = this.pageLoaders.get(id);
    if (!l) this.pageLoaders.set(id, (l = new DataLoader((ids) => neighbourPages(this.graph, key, ids, filter, win, order), { maxBatchSize: 1000 })));
    return l;
  }

  rel(key: RelationKey): DataLoader<string, Neighbour[]> {
    let l = this.relLoaders.get(key);
    if (!l) this.relLoaders.set(key, (l = new DataLoader((ids) => neighbours(this.graph, key, ids), { maxBatchSize: 1000 })));
    return l;
  }
}

export interface Context {
  graph: Graph;
  loaders: Loaders;
  requestId: string;
  /** True when the request carried the admin token (mutations are allowed). */
  admin: boolean;
  /** Who curation decisions are recorded as made by (X-Govgraph-User, else "admin"). */
  user: string;
}

export function makeContext(graph: Graph, requestId: string, admin: boolean, user = 'admin'): Context {
  return { graph, loaders: new Loaders(graph), requestId, admin, user: user.slice(0, 100) || 'admin' };
}
