#!/usr/bin/env node
// Builds the explorer (web/) into dist/web/explore: one minified script and stylesheet with a
// content hash in their names (served as immutable), and index.html naming them. Everything
// the page needs is in the bundle: the explorer must work with no request beyond this server.
// Usage: node scripts/build-web.js
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const root = path.join(__dirname, '..');
const out = path.join(root, 'dist', 'web', 'explore');

async function main() {
  fs.rmSync(out, { recursive: true, force: true });
  const result = await esbuild.build({
    entryPoints: { app: path.join(root, 'web', 'src', 'main.ts'), style: path.join(root, 'web', 'explore.css') },
    outdir: out,
    entryNames: '[name]-[hash]',
    bundle: true,
    minify: true,
    sourcemap: true,
    target: ['chrome100', 'firefox100', 'safari15'],
    metafile: true,
    legalComments: 'linked',
    logLevel: 'warning',
  });
  const built = Object.keys(result.metafile.outputs).map((f) => path.basename(f));
  const pick = (re) => {
    const f = built.find((b) => re.test(b));
    if (!f) throw new Error(`build-web: no output matching ${re}`);
    return f;
  };
  const html = fs.readFileSync(path.join(root, 'web', 'explore.html'), 'utf8')
    .replace('{{js}}', pick(/^app-.*\.js$/))
    .replace('{{css}}', pick(/^style-.*\.css$/));
  fs.writeFileSync(path.join(out, 'index.html'), html);
  const size = built.filter((b) => !b.endsWith('.map')).map((b) => `${b} ${(fs.statSync(path.join(out, b)).size / 1024).toFixed(0)} kB`);
  console.log(`build-web: dist/web/explore: ${size.join(', ')}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
