// Builds the runtime core module: components/runtime/src (AssemblyScript)
// -> build/runtime/molt-runtime.wasm (optimized, exports kept, no env.abort).
// Skips the build when the sources and options are unchanged (hash stamp).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const srcDir = join(root, 'components/runtime/src');
const outDir = join(root, 'build/runtime');
const outWasm = join(outDir, 'molt-runtime.wasm');
const stampFile = join(outDir, 'molt-runtime.stamp');
const force = process.argv.includes('--force');
const debug = process.argv.includes('--debug');

function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (name.endsWith('.ts')) out.push(p);
  }
  return out;
}

// Keep index.ts / WIT in sync with the sources.
spawnSync(process.execPath, [join(root, 'scripts/gen-runtime-index.mjs')], { cwd: root, stdio: 'ignore' });

const args = [
  join(srcDir, 'index.ts'),
  '--outFile', outWasm,
  '--runtime', 'stub',
  '--use', 'abort=components/runtime/src/runtime/molt_abort',
  '--exportTable',
  '--noAssert',
  '--disable', 'bulk-memory',
];
args.splice(args.indexOf('--disable'), 2); // bulk memory is fine (memory.copy/fill)
if (debug) args.push('--debug', '--sourceMap');
// Shrink level stays 0: at shrink level >= 1 AssemblyScript's std library swaps
// in smaller but less accurate Math.pow/exp/log, and float results stop
// matching CPython (7.0 ** 1.5 -> ...132 instead of ...136). Size work must
// come from pruning unreachable code instead (docs/size.md).
else args.push('-O3');

const hash = createHash('sha256');
hash.update(JSON.stringify(args));
let ascVersion = '';
try { ascVersion = JSON.parse(readFileSync(join(root, 'node_modules/assemblyscript/package.json'), 'utf8')).version; } catch {}
hash.update(ascVersion);
for (const f of walk(srcDir)) { hash.update(relative(root, f)); hash.update(readFileSync(f)); }
const digest = hash.digest('hex');

if (!force && existsSync(outWasm) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === digest) {
  console.log('runtime: up to date');
  process.exit(0);
}
mkdirSync(outDir, { recursive: true });
const asc = join(root, 'node_modules/.bin/asc');
const t0 = Date.now();
const r = spawnSync(asc, args, { cwd: root, stdio: 'inherit' });
if (r.status !== 0) {
  console.error('runtime: asc failed');
  process.exit(r.status ?? 1);
}
// The runtime must not import anything but WASI preview 1.
const mod = new WebAssembly.Module(readFileSync(outWasm));
const bad = WebAssembly.Module.imports(mod).filter((i) => i.module !== 'wasi_snapshot_preview1');
if (bad.length) {
  console.error('runtime: unexpected imports: ' + bad.map((i) => `${i.module}.${i.name}`).join(', '));
  process.exit(1);
}
writeFileSync(stampFile, digest);
console.log(`runtime: built ${relative(root, outWasm)} (${statSync(outWasm).size} bytes) in ${Date.now() - t0} ms`);
