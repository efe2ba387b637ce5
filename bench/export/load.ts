// The benchmark graph: generated once (./synthetic.ts) and kept; regenerated when the marker
// file names another size or the database has no articles.
import type { Graph } from '../../src/graph/driver';
import { loaded, markLoaded } from './bench-db';
import { generate } from './synthetic';

export async function ensureLoaded(graph: Graph, articles: number): Promise<{ loadedNow: boolean; s: number }> {
  const have = await loaded();
  const [count] = await graph.read<{ n: number }>('MATCH (a:Article) RETURN count(a) AS n');
  if (have?.articles === articles && count!.n === articles) return { loadedNow: false, s: 0 };
  const t0 = performance.now();
  await generate(graph, articles, (m) => process.stderr.write(`${m}\n`));
  await markLoaded({ articles, at: new Date().toISOString() });
  return { loadedNow: true, s: (performance.now() - t0) / 1000 };
}
