#!/usr/bin/env node
// Runs the compiled tests (dist/test/<kind>/**/*.test.js) with node's own test runner.
// Usage: node scripts/run-tests.js [unit|integration|e2e ...]  (default: all kinds, in that order)
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..', 'dist', 'test');
const kinds = process.argv.slice(2).length ? process.argv.slice(2) : ['unit', 'integration', 'e2e'];

function collect(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return collect(p);
    return e.name.endsWith('.test.js') ? [p] : [];
  });
}

const files = kinds.flatMap((k) => collect(path.join(root, k)).sort());
if (files.length === 0) {
  console.error(`no compiled tests under ${root} for ${kinds.join(', ')}: run tsc first`);
  process.exit(1);
}
// Integration tests share one database: run files one after another.
const args = ['--enable-source-maps', '--test', '--test-concurrency=1', ...files];
const r = spawnSync(process.execPath, args, { stdio: 'inherit', env: process.env });
process.exit(r.status === null ? 1 : r.status);
