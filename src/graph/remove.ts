// `govgraph remove` and the removeArticle mutation: one transaction, like loading.
import type { Graph } from './driver';
import { DELETE_ARTICLE, UNSUPPORT_NODES, UNSUPPORT_RELATIONSHIPS } from './cypher/remove-statements';

export async function removeArticle(graph: Graph, articleId: string): Promise<boolean> {
  const aid = articleId.startsWith('article:') ? articleId : `article:${articleId}`;
  return graph.write(async (_tx, run) => {
    await run(UNSUPPORT_RELATIONSHIPS, { aid });
    await run(UNSUPPORT_NODES, { aid });
    const r = await run<{ removed: number }>(DELETE_ARTICLE, { aid });
    return (r.records[0]?.get('removed') ?? 0) > 0;
  });
}
