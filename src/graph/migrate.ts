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

// A full-text index made before the schema asked for eventual consistency: its IF NOT EXISTS
// statement would keep it as it is, so it is dropped and made again (Neo4j rebuilds it).
const STALE_FULLTEXT = `SHOW FULLTEXT INDEXES YIELD name, options
WHERE name IN $names AND NOT coalesce(options.indexConfig['fulltext.eventually_consistent'], false)
RETURN name`;
const FULLTEXT_NAME = /^CREATE FULLTEXT INDEX (\w+)/;

async function dropStaleFulltext(graph: Graph, statements: string[]): Promise<void> {
  const names = statements.map((s) => FULLTEXT_NAME.exec(s)?.[1]).filter(Boolean);
  const stale = await graph.read<{ name: string }>(STALE_FULLTEXT, { names });
  // The name comes from our own schema file (matched by \w+), never from input.
  for (const { name } of stale) await graph.autoCommit(`DROP INDEX ${name} IF EXISTS`);
}

// Data a later version reads that older loads did not write, filled in at start after the
// schema. Each touches only what is missing, so a start on an up-to-date graph changes nothing.
const BACKFILLS = [
  // Region.parent (the name of the region it is IN_REGION of), which the region filters seek
  // sub-regions by; written by the loader since 30 Nov 2026.
  'MATCH (c:Region)-[:IN_REGION]->(p:Region) WHERE c.parent IS NULL SET c.parent = p.name',
];

export async function migrate(graph: Graph, dir = fromRoot('schema')): Promise<number> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.cypher')).sort();
  const statements: string[] = [];
  for (const file of files) statements.push(...splitStatements(await readFile(path.join(dir, file), 'utf8')));
  await dropStaleFulltext(graph, statements);
  for (const statement of statements) await graph.autoCommit(statement);
  const applied = statements.length;
  await graph.autoCommit('CALL db.awaitIndexes(300)');
  for (const backfill of BACKFILLS) await graph.autoCommit(backfill);
  return applied;
}
