// jco transpile output (instantiation mode), cached by the component's content
// hash: `<cache>/transpiled/<hash>/` holds program.js, its core modules and a
// package.json marking it as an ES module. The directory appears atomically
// (built under a temporary name, then renamed), so a present one is complete.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { cacheRoot, tempPathFor } from '../compiler/driver/cache.js';

export const ENTRY_NAME = 'program';

let jcoVersionMemo: string | undefined;
function jcoVersion(): string {
  if (jcoVersionMemo) return jcoVersionMemo;
  const require = createRequire(import.meta.url);
  for (const dir of require.resolve.paths('@bytecodealliance/jco') ?? []) {
    const pkg = join(dir, '@bytecodealliance', 'jco', 'package.json');
    if (existsSync(pkg)) return (jcoVersionMemo = (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version);
  }
  return (jcoVersionMemo = 'unknown');
}

export function componentHash(component: Uint8Array): string {
  return createHash('sha256').update(component).digest('hex');
}

export function transpiledDir(component: Uint8Array, root: string = cacheRoot()): string {
  const key = createHash('sha256').update(`jco ${jcoVersion()}\0`).update(componentHash(component)).digest('hex');
  return join(root, 'transpiled', key);
}

function isComplete(dir: string): boolean {
  return existsSync(join(dir, `${ENTRY_NAME}.js`)) && existsSync(join(dir, 'package.json'));
}

/** Directory holding the transpiled component; transpiles on a miss. */
export async function ensureTranspiled(component: Uint8Array, root?: string): Promise<string> {
  const dir = transpiledDir(component, root);
  if (isComplete(dir)) return dir;
  rmSync(dir, { recursive: true, force: true });
  const { transpile } = await import('@bytecodealliance/jco');
  const out = await transpile(component, {
    name: ENTRY_NAME,
    instantiation: 'async',
    noTypescript: true,
    quiet: true,
  });
  mkdirSync(dirname(dir), { recursive: true });
  const tmp = tempPathFor(dir);
  try {
    for (const [name, bytes] of Object.entries(out.files)) {
      const path = join(tmp, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, bytes);
    }
    writeFileSync(join(tmp, 'package.json'), '{"type":"module"}\n');
    renameSync(tmp, dir);
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    if (!isComplete(dir)) throw err; // someone else won the race: fine
  }
  return dir;
}
