// `govgraph remove` and the removeArticle mutation: one transaction, like loading.
import type { Graph, Runner } from './driver';
import { searchableAfter } from './searchable';
import { DELETE_ARTICLE, DELETE_UNMENTIONED, TOUCHED_NODES, UNSUPPORT_RELATIONSHIPS } from './cypher/remove-statements';

/** Removes an article and what only it supported, within the caller's transaction. */
export async function unloadArticle(run: Runner, aid: string): Promise<boolean> {
  const touched = ((await run(TOUCHED_NODES, { aid })).records[0]?.get('touched') as string[] | undefined) ?? [];
  await run(UNSUPPORT_RELATIONSHIPS, { aid, touched });
  const r = await run<{ removed: number }>(DELETE_ARTICLE, { aid });
  await run(DELETE_UNMENTIONED, { touched });
  return (r.records[0]?.get('removed') ?? 0) > 0;
}

export async function removeArticle(graph: Graph, articleId: string): Promise<boolean> {
  const aid = articleId.startsWith('article:') ? articleId : `article:${articleId}`;
  return searchableAfter(graph, graph.write((_tx, run) => unloadArticle(run, aid)));
}
