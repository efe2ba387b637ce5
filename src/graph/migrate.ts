// Applies schema/*.cypher in file order. Every statement is IF NOT EXISTS, so running this at
// each start is idempotent; it waits for the indexes so the first query can use them.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fromRoot } from '../config/paths';
import type { Graph } from './driver';

export function splitStatements(source: string): string[] {
  return source
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export async function migrate(graph: Graph, dir = fromRoot('schema')): Promise<number> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.cypher')).sort();
  let applied = 0;
  for (const file of files) {
    for (const statement of splitStatements(await readFile(path.join(dir, file), 'utf8'))) {
      await graph.autoCommit(statement);
      applied++;
    }
  }
  await graph.autoCommit('CALL db.awaitIndexes(300)');
  return applied;
}
