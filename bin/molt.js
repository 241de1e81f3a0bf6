#!/usr/bin/env node
// Entry point for `npx molt`: the compiled CLI lives in dist/ (built by `npm run build`).
import { main } from '../dist/compiler/cli/main.js';
main(process.argv.slice(2));
