// One export in its own process, so its peak RSS is its own: node dist/bench/export/run-one.js
// FORMAT OUT [FILTER-JSON [PAGE-SIZE]]; prints one JSON line {format, s, bytes, nodes, edges, peakRssMB, cpuS} (cpuS: this process's CPU time).
import { createWriteStream, statSync } from 'node:fs';
import { runExport, parseFormat, type ExportFilter } from '../../src/export';
import { benchGraph } from './bench-db';

async function main(): Promise<void> {
  const [formatArg, out, filterArg, pageArg] = process.argv.slice(2);
  const format = parseFormat(formatArg);
  const filter = (filterArg ? JSON.parse(filterArg) : {}) as ExportFilter;
  const graph = benchGraph();
  try {
    const t0 = performance.now();
    const p = await runExport(graph, format, filter, createWriteStream(out!), { pageSize: pageArg ? Number(pageArg) : undefined });
    const s = (performance.now() - t0) / 1000;
    // maxRSS is in kilobytes: the process's peak resident set, the figure the goal is about.
    const usage = process.resourceUsage();
    const peakRssMB = Math.round(usage.maxRSS / 1024);
    const cpuS = Number(((usage.userCPUTime + usage.systemCPUTime) / 1e6).toFixed(1));
    process.stdout.write(JSON.stringify({ format, filter, s: Number(s.toFixed(1)), bytes: statSync(out!).size, nodes: p.nodes, edges: p.edges, peakRssMB, cpuS }) + '\n');
  } finally {
    await graph.close();
  }
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
