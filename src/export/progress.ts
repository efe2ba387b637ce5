// Export progress on stderr: a bar redrawn in place on a terminal, else one line per `every`
// items (logs, CI), so a long export shows it is alive either way.
import type { Progress } from './walk';

export interface ProgressReporter {
  update(p: Progress): void;
  done(p: Progress, ms: number): void;
}

export function progressReporter(total: number, stream: NodeJS.WriteStream = process.stderr, every = 10_000): ProgressReporter {
  const tty = Boolean(stream.isTTY);
  let lastDraw = 0;
  let lastLine = 0;
  const line = (p: Progress) => `${p.nodes + p.edges}/${total} items (${p.nodes} nodes, ${p.edges} relationships)`;
  return {
    update(p) {
      const n = p.nodes + p.edges;
      if (tty) {
        const now = Date.now();
        if (now - lastDraw < 100) return;
        lastDraw = now;
        const width = 30;
        const filled = total ? Math.min(width, Math.round((n / total) * width)) : 0;
        const pct = total ? Math.min(100, Math.floor((n / total) * 100)) : 0;
        stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(pct).padStart(3)}% ${line(p)}`);
      } else if (n - lastLine >= every) {
        lastLine = n - (n % every);
        stream.write(`export: ${line(p)}\n`);
      }
    },
    done(p, ms) {
      stream.write(`${tty ? '\r\x1b[K' : ''}export: done, ${line(p)} in ${(ms / 1000).toFixed(1)} s\n`);
    },
  };
}
