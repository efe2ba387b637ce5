// node dist/bench/api/profile.js: the Cypher govgraph sends for each bench:api query (captured
// from an in-process execution of the real schema and resolvers), each statement re-run under
// PROFILE on the bench Neo4j: db hits, rows, time, and any label or all-nodes scan.
import { graphql } from 'graphql';
import neo4j from 'neo4j-driver';
import { buildGovgraphSchema } from '../../src/api/schema';
import { makeContext } from '../../src/api/context';
import { cypherIntegers, type Params as CypherParams } from '../../src/graph/driver';
import { BENCH_URI, benchGraph, startBenchDb } from '../common/bench-db';
import { pickParams } from './params';
import { QUERIES } from './queries';

interface PlanNode { operatorType: string; dbHits: number; rows: number; children: PlanNode[]; arguments: Record<string, unknown> }

function walk(p: PlanNode, visit: (p: PlanNode) => void): void {
  visit(p);
  p.children.forEach((c) => walk(c, visit));
}

async function main(): Promise<void> {
  await startBenchDb();
  const graph = benchGraph();
  const driver = neo4j.driver(BENCH_URI);
  const p = await pickParams(graph);
  process.stdout.write(`params: ${JSON.stringify(p)}\n`);
  for (const q of QUERIES) {
    const statements: { cypher: string; params: CypherParams }[] = [];
    graph.onStatement = (cypher, params) => statements.push({ cypher, params });
    const r = await graphql({ schema: buildGovgraphSchema(), source: q.govgraph, variableValues: q.variables(p), contextValue: makeContext(graph, 'profile', false) });
    graph.onStatement = null;
    process.stdout.write(`\n${q.name}: ${statements.length} statements${r.errors?.length ? ` (ERROR: ${r.errors[0].message})` : ''}\n`);
    for (const s of statements) {
      const session = driver.session({ defaultAccessMode: neo4j.session.READ });
      try {
        const params = cypherIntegers(s.params);
        const t0 = performance.now();
        const res = await session.run(`PROFILE ${s.cypher}`, params);
        const ms = performance.now() - t0;
        const plan = res.summary.profile as unknown as PlanNode;
        let hits = 0;
        const scans: string[] = [];
        const ops: string[] = [];
        walk(plan, (n) => {
          hits += n.dbHits;
          if (/AllNodesScan|NodeByLabelScan/.test(n.operatorType)) scans.push(`${n.operatorType}(${n.rows} rows)`);
          if (n.dbHits > 0) ops.push(`${n.operatorType.replace(/@neo4j$/, '')} ${n.dbHits}`);
        });
        process.stdout.write(`  ${String(hits).padStart(8)} db hits ${String(res.records.length).padStart(4)} rows ${ms.toFixed(1).padStart(7)} ms  ${s.cypher.replace(/\s+/g, ' ').trim().slice(0, 110)}\n`);
        process.stdout.write(`           ${scans.length ? `SCANS: ${scans.join(', ')}; ` : ''}heaviest: ${ops.sort((a, b) => Number(b.split(' ').pop()) - Number(a.split(' ').pop())).slice(0, 4).join(', ')}\n`);
      } finally {
        await session.close();
      }
    }
  }
  await driver.close();
  await graph.close();
}

main().then(() => process.exit(0), (err) => {
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
