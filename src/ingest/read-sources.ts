// Paths → article inputs: files, folders (recursively), `-` for stdin; .txt/.html are one
// article each, .jsonl/.ndjson one article a line ({"text","url","published"}).
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ExtractInput } from '../extract';

export const ARTICLE_EXTENSIONS = ['.txt', '.html', '.htm'];
export const LINES_EXTENSIONS = ['.jsonl', '.ndjson'];

export interface SourceError {
  source: string;
  message: string;
}

export async function expandPaths(paths: string[]): Promise<{ files: string[]; errors: SourceError[] }> {
  const files: string[] = [];
  const errors: SourceError[] = [];
  for (const p of paths) {
    if (p === '-') { files.push(p); continue; }
    try {
      const s = await stat(p);
      if (s.isDirectory()) {
        const entries = (await readdir(p, { recursive: true, withFileTypes: true }))
          .filter((e) => e.isFile() && [...ARTICLE_EXTENSIONS, ...LINES_EXTENSIONS].includes(path.extname(e.name).toLowerCase()))
          .map((e) => path.join(e.parentPath, e.name))
          .sort();
        files.push(...entries);
      } else files.push(p);
    } catch (err) {
      errors.push({ source: p, message: (err as Error).message });
    }
  }
  return { files, errors };
}

/** The inputs of one file; a bad JSON line is an error of its own and the other lines still load. */
export function inputsOf(file: string, content: Buffer): { inputs: ExtractInput[]; errors: SourceError[] } {
  if (!LINES_EXTENSIONS.includes(path.extname(file).toLowerCase())) return { inputs: [{ source: file, content }], errors: [] };
  const inputs: ExtractInput[] = [];
  const errors: SourceError[] = [];
  content.toString('utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const source = `${file}:${i + 1}`;
    try {
      const rec = JSON.parse(line) as { text?: unknown; url?: unknown; published?: unknown };
      if (typeof rec.text !== 'string') throw new Error('no "text" string');
      inputs.push({ source, content: rec.text, url: typeof rec.url === 'string' ? rec.url : null, published: typeof rec.published === 'string' ? rec.published : null });
    } catch (err) {
      errors.push({ source, message: `bad JSON line: ${(err as Error).message}` });
    }
  });
  return { inputs, errors };
}

export async function readFileOrStdin(file: string): Promise<Buffer> {
  if (file !== '-') return readFile(file);
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** How many articles the paths hold (a JSON lines file: its non-empty lines), for progress. */
export async function countInputs(paths: string[]): Promise<number | null> {
  if (paths.includes('-')) return null;
  const { files } = await expandPaths(paths);
  let n = 0;
  for (const f of files) {
    if (!LINES_EXTENSIONS.includes(path.extname(f).toLowerCase())) { n++; continue; }
    try {
      n += (await readFile(f, 'utf8')).split('\n').filter((l) => l.trim()).length;
    } catch {
      n++;
    }
  }
  return n;
}
