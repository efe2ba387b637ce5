// Per-request state: the graph, the batching loaders (one round trip per field and level) and
// who is asking.
import DataLoader from 'dataloader';
import type { Graph } from '../graph/driver';
import type { Label, RelationKey } from '../graph/model';
import { neighbours, type Neighbour } from '../graph/queries/neighbours';
import { nodesById, nodesWithNeighbours } from '../graph/queries/nodes-by-id';
import type { NeighbourLists, RelationTree } from '../graph/queries/neighbour-tree';
import { batched } from '../graph/queries/batched';
import { neighbourPages, type NeighbourPage } from '../graph/queries/neighbour-connection';
import { relationshipEvidence } from '../graph/queries/relationship-evidence';
import type { ListFilter, ListOrder, Window } from '../graph/queries/list-nodes';
import type { Plain } from '../graph/values';

/** One loader per key (a label, a relation, a query, a page's arguments), made on first use. */
const newLoader = <V>(batch: DataLoader.BatchLoadFn<string, V>) => new DataLoader(batch, { maxBatchSize: 1000 });

function loaderFor<K, V>(loaders: Map<K, DataLoader<string, V>>, key: K, batch: DataLoader.BatchLoadFn<string, V>): DataLoader<string, V> {
  let l = loaders.get(key);
  if (!l) loaders.set(key, (l = newLoader(batch)));
  return l;
}

// The maps are made on first use too: a request uses one or two kinds of loader, and it pays
// for every map it makes (allocation, then the young-generation collections that follow).
export class Loaders {
  private nodeLoaders?: Map<Label, DataLoader<string, Plain | null>>;
  private evidenceLoaders?: Map<Label, DataLoader<string, Plain | null>>;
  private relEvidenceLoader: DataLoader<string, unknown> | null = null;
  private queryLoaders?: Map<string, DataLoader<string, Plain[]>>;
  private pageLoaders?: Map<string, DataLoader<string, NeighbourPage>>;
  private relLoaders?: Map<RelationKey, DataLoader<string, Neighbour[]>>;
  private treeLoaders?: Map<string, DataLoader<string, Plain | null>>;
  /** Neighbour lists read ahead with their node (by relation, then node id): fields find them without a promise. */
  private readonly known = new Map<RelationKey, Map<string, Neighbour[]>>();

  constructor(private readonly graph: Graph) {}

  node(label: Label): DataLoader<string, Plain | null> {
    return loaderFor((this.nodeLoaders ??= new Map()), label, (ids) => nodesById(this.graph, label, ids));
  }

  /** Nodes with their evidence, read only for the evidence fields (it grows with a node's articles). */
  nodeWithEvidence(label: Label): DataLoader<string, Plain | null> {
    return loaderFor((this.evidenceLoaders ??= new Map()), label, (ids) => nodesById(this.graph, label, ids, true));
  }

  /** Relationships' evidence by element id, read only for the evidence fields of holdings and participations. */
  relationshipEvidence(): DataLoader<string, unknown> {
    return (this.relEvidenceLoader ??= newLoader((ids) => relationshipEvidence(this.graph, ids)));
  }

  /** A batched read of src/graph/queries/batched.ts, one loader per query text. */
  query(cypher: string): DataLoader<string, Plain[]> {
    return loaderFor((this.queryLoaders ??= new Map()), cypher, (ids) => batched(this.graph, cypher, ids));
  }

  /** One page of a relationship's neighbours: one loader per field and arguments, batched over the parents. */
  page(key: RelationKey, filter: ListFilter, win: Window, order: ListOrder | null | undefined): DataLoader<string, NeighbourPage> {
    return loaderFor((this.pageLoaders ??= new Map()), JSON.stringify([key, filter, win, order ?? null]), (ids) => neighbourPages(this.graph, key, ids, filter, win, order));
  }

  rel(key: RelationKey): DataLoader<string, Neighbour[]> {
    return loaderFor((this.relLoaders ??= new Map()), key, (ids) => neighbours(this.graph, key, ids));
  }

  /** Nodes read with their neighbour lists along `tree` (one statement), which the fields walking them then find known. */
  nodeWithNeighbours(label: Label, tree: RelationTree): DataLoader<string, Plain | null> {
    return loaderFor((this.treeLoaders ??= new Map()), `${label} ${JSON.stringify(tree)}`, async (ids) => {
      const { nodes, lists } = await nodesWithNeighbours(this.graph, label, ids, tree);
      this.prime(lists);
      return nodes;
    });
  }

  /** A node's neighbours along `key` when they were read ahead; undefined when a loader must read them. */
  knownNeighbours(key: RelationKey, id: string): Neighbour[] | undefined {
    return this.known.get(key)?.get(id);
  }

  /** Keeps lists read ahead (a list already known stays: it is the same list); takes the maps, which each read makes anew. */
  prime(lists: NeighbourLists): void {
    for (const [key, byParent] of lists) {
      const known = this.known.get(key);
      if (!known) this.known.set(key, byParent);
      else for (const [id, list] of byParent) if (!known.has(id)) known.set(id, list);
    }
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
