// Runs `work` over a stream of items, at most `limit` at a time, the next item read while they
// run (as ingestInputs does).
export async function runPool<T>(items: AsyncIterable<T> | Iterable<T>, limit: number, work: (item: T) => Promise<void>): Promise<void> {
  const running = new Set<Promise<void>>();
  let failure: unknown = null;
  for await (const item of items) {
    if (failure) break;
    while (running.size >= limit) await Promise.race(running);
    const p: Promise<void> = work(item).catch((err) => { failure ??= err; }).finally(() => running.delete(p));
    running.add(p);
  }
  await Promise.all(running);
  if (failure) throw failure;
}

/** Calls `tick` every `every` items (progress lines on stderr). */
export function progress(label: string, total: number): () => void {
  let done = 0;
  const t0 = Date.now();
  const every = Math.max(1, Math.round(total / 10));
  return () => {
    done++;
    if (done % every === 0 || done === total) {
      const s = (Date.now() - t0) / 1000;
      process.stderr.write(`  ${label}: ${done}/${total} in ${s.toFixed(1)} s (${(done / s).toFixed(0)}/s)\n`);
    }
  };
}
