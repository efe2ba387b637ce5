// A buffered writer with backpressure: rows are appended to a buffer, and drain() hands the
// buffer to the stream and waits for 'drain' when the stream is full, so a slow reader (a
// download, a zip entry) holds back the export instead of filling memory.
import type { Writable } from 'node:stream';

const waitForDrain = (stream: Writable): Promise<void> =>
  new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
    stream.on('error', done);
  });

export class Out {
  private parts: string[] = [];

  constructor(readonly stream: Writable) {}

  write(s: string): void {
    this.parts.push(s);
  }

  async drain(): Promise<void> {
    if (!this.parts.length) return;
    const chunk = this.parts.join('');
    this.parts = [];
    if (this.stream.destroyed) return;
    if (!this.stream.write(chunk)) await waitForDrain(this.stream);
  }

  /** Flushes and ends the stream (without waiting for its consumer to finish). */
  async end(): Promise<void> {
    await this.drain();
    this.stream.end();
  }
}
