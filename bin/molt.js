#!/usr/bin/env node
// Entry point for `npx molt`: the compiled CLI lives in dist/ (built by `npm run build`).
// A warm-cache `molt run FILE` is served without loading yargs or the compiler;
// anything else goes to the full CLI.
import { fastRun } from '../dist/compiler/cli/fast-run.js';

const argv = process.argv.slice(2);
if (!(await fastRun(argv))) {
  const { main } = await import('../dist/compiler/cli/main.js');
  await main(argv);
}
