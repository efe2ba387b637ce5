// Progress of a long command: a bar with rate and ETA on a terminal, otherwise one line every
// `every` items (logs stay readable in CI and in files).
import { SingleBar, Presets } from 'cli-progress';

export interface Progress {
  tick(n?: number): void;
  stop(): void;
}

export function progress(label: string, total: number | null, every = 1000, stream: NodeJS.WriteStream = process.stderr): Progress {
  const started = Date.now();
  let done = 0;
  if (stream.isTTY && total) {
    const bar = new SingleBar({ format: `${label} [{bar}] {value}/{total} · {rate}/s · ETA {eta_formatted}`, stream, hideCursor: true }, Presets.shades_classic);
    bar.start(total, 0, { rate: '0' });
    return {
      tick: (n = 1) => { done += n; bar.update(done, { rate: (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1) }); },
      stop: () => bar.stop(),
    };
  }
  return {
    tick: (n = 1) => {
      const before = done;
      done += n;
      if (Math.floor(before / every) !== Math.floor(done / every)) {
        const rate = done / Math.max(0.001, (Date.now() - started) / 1000);
        stream.write(`${label}: ${done}${total ? `/${total}` : ''} (${rate.toFixed(1)}/s)\n`);
      }
    },
    stop: () => {},
  };
}
