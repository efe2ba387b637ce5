// Files that ship beside the code (schema/, seeds/, web/) are found from the package root,
// which is the same whether the code runs from dist/ or through a linked bin.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

let cached: string | undefined;

export function packageRoot(): string {
  if (cached) return cached;
  let dir = __dirname;
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'govgraph') return (cached = dir);
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`cannot find govgraph's package.json above ${__dirname}`);
    dir = up;
  }
}

export const fromRoot = (...parts: string[]): string => path.join(packageRoot(), ...parts);
