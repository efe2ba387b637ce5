#!/usr/bin/env node
// The compiled CLI lives in dist/ (built by `npm install` through the prepare script).
require('../dist/src/cli/main.js').main(process.argv).catch((err) => {
  process.stderr.write(`govgraph: ${err && err.message ? err.message : err}\n`);
  process.exit(1);
});
