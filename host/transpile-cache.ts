// jco transpile output (instantiation mode), cached by the component's content
// hash: `<cache>/transpiled/<hash>/` holds program.js, its core modules, a
// package.json marking it as an ES module, the list of WASI interfaces the
// component imports (so the host loads only those parts of the shim) and a
// manifest of every file's hash.
// The directory appears atomically (built under a temporary name, then
// renamed), and an entry whose files do not match its manifest is rebuilt
// before anything is imported from it (Node never re-imports a broken module).
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { tempPathFor, usableCacheRoot } from '../compiler/driver/cache.js';
import { fsReason, mkdirp } from '../compiler/util/fs-errors.js';

export const ENTRY_NAME = 'program';
const MANIFEST = 'molt-manifest.json';
/** JSON array of the interfaces the component imports, unversioned ("wasi:cli/stdout"). */
const IMPORTS = 'molt-imports.json';

/** The bytes are not a component jco can load (not wasm, a core module, truncated...). */
export class InvalidComponentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidComponentError';
  }
}

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

export function transpiledDir(component: Uint8Array, root: string = usableCacheRoot()): string {
  const key = createHash('sha256').update(`jco ${jcoVersion()}\0`).update(componentHash(component)).digest('hex');
  return join(root, 'transpiled', key);
}

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** True when every file listed in the manifest is present with its recorded hash. */
function isIntact(dir: string): boolean {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as Record<string, string>;
    // Entries written before the import list was recorded are rebuilt once.
    if (!manifest[`${ENTRY_NAME}.js`] || !manifest[IMPORTS]) return false;
    return Object.entries(manifest).every(([name, hash]) => sha(readFileSync(join(dir, name))) === hash);
  } catch {
    return false;
  }
}

async function transpileOrExplain(component: Uint8Array): Promise<Record<string, Uint8Array>> {
  const { transpile } = await import('@bytecodealliance/jco');
  try {
    const out = await transpile(component, { name: ENTRY_NAME, instantiation: 'async', noTypescript: true, quiet: true });
    // Stored as a hashed file like the rest, so a damaged list is caught by the manifest check.
    return { ...(out.files as Record<string, Uint8Array>), [IMPORTS]: Buffer.from(JSON.stringify(out.imports)) };
  } catch (err) {
    // jco's message is "<what>\n\nCaused by:\n    <why>"; keep both, on one line.
    const text = err instanceof Error ? err.message : String(err);
    const parts = text.split('\n').map((s) => s.trim()).filter((s) => s !== '' && s !== 'Caused by:');
    throw new InvalidComponentError(parts.slice(0, 2).join(': ') || 'cannot load component');
  }
}

/** Write the entry under a temporary name, then rename it into place. */
function writeEntry(dir: string, files: Record<string, Uint8Array>): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirp(dirname(dir));
  const tmp = tempPathFor(dir);
  try {
    const manifest: Record<string, string> = {};
    for (const [name, bytes] of Object.entries(files)) {
      const path = join(tmp, name);
      mkdirp(dirname(path));
      writeFileSync(path, bytes);
      manifest[name] = sha(bytes);
    }
    writeFileSync(join(tmp, 'package.json'), '{"type":"module"}\n');
    writeFileSync(join(tmp, MANIFEST), JSON.stringify(manifest));
    renameSync(tmp, dir);
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    if (!isIntact(dir)) throw err; // someone else won the race: fine
  }
}

/** Directory holding the transpiled component; transpiles on a miss or a damaged entry. */
export async function ensureTranspiled(component: Uint8Array, root?: string): Promise<string> {
  const dir = transpiledDir(component, root === undefined ? undefined : usableCacheRoot(root));
  if (isIntact(dir)) return dir;
  const files = await transpileOrExplain(component);
  try {
    writeEntry(dir, files);
    return dir;
  } catch (err) {
    // Something in the cache is in the way (a file where a directory belongs,
    // a read-only subtree): run from a private directory instead.
    const tmp = mkdtempSync(join(tmpdir(), 'molt-transpiled-'));
    process.once('exit', () => rmSync(tmp, { recursive: true, force: true }));
    process.stderr.write(`molt: warning: cannot write the transpile cache under ${dirname(dir)} (${fsReason(err)}); using a temporary directory\n`);
    const fallback = join(tmp, 'entry');
    writeEntry(fallback, files);
    return fallback;
  }
}

/** The interfaces the transpiled component in `dir` imports (as recorded at transpile time). */
export function transpiledImports(dir: string): string[] {
  return JSON.parse(readFileSync(join(dir, IMPORTS), 'utf8')) as string[];
}
