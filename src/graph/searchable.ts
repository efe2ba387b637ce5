// The full-text indexes are eventually consistent (schema/03-fulltext.cypher): Lucene catches up
// after each commit, in the background. A write whose caller must find it by search at once (an
// ingest, the ingest mutation, a removal, a curation decision) ends by waiting for that here.
import type { Graph } from './driver';

// Sent to the leader (a write session), whose indexes the write updated.
const AWAIT_REFRESH = 'CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()';

export async function awaitSearchable(graph: Graph): Promise<void> {
  await graph.autoCommit(AWAIT_REFRESH);
}

/** The result of a write, once what it wrote can be found by search. */
export async function searchableAfter<T>(graph: Graph, written: Promise<T>): Promise<T> {
  const result = await written;
  await awaitSearchable(graph);
  return result;
}
