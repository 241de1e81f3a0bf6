// What identifies the code that builds a program: the Molt version plus
// content hashes of the compiler and of the runtime sources. These go into
// every cache key, so editing the compiler or the runtime invalidates builds.
// `npm run build` records the hashes in dist/build-id.json so that a cached
// `molt run` need not re-read the compiler; a stale record is detected by a
// stat fingerprint and recomputed.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The repository / package root (the directory holding Molt's package.json). */
let rootMemo: string | undefined;
export function moltRoot(): string {
  return (rootMemo ??= findMoltRoot());
}

function findMoltRoot(): string {
  let dir = here;
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'molt') return dir;
      } catch {
        /* keep looking */
      }
    }
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot locate the molt package root');
    dir = up;
  }
}

let versionMemo: string | undefined;
export function moltVersion(): string {
  return (versionMemo ??= (JSON.parse(readFileSync(join(moltRoot(), 'package.json'), 'utf8')) as { version: string }).version);
}

interface FileEntry {
  rel: string;
  full: string;
  size: number;
  mtimeMs: number;
}

/** Files under `root` (sorted, no node_modules or dot files) whose relative path passes `accept`. */
function listTree(root: string, accept: (rel: string) => boolean): FileEntry[] {
  const out: FileEntry[] = [];
  const walk = (dir: string): void => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const full = join(dir, name);
      const st = statSync(full);
      if (st.isDirectory()) walk(full);
      else {
        const rel = relative(root, full);
        if (accept(rel)) out.push({ rel, full, size: st.size, mtimeMs: st.mtimeMs });
      }
    }
  };
  walk(root);
  return out;
}

function hashFiles(files: readonly FileEntry[]): string {
  const h = createHash('sha256');
  for (const f of files) {
    h.update(f.rel + '\0');
    h.update(readFileSync(f.full));
    h.update('\0');
  }
  return h.digest('hex');
}

/**
 * Cheap fingerprint of the files that change whenever the identity does:
 * tsc rewrites every output on each run (so this module's own .js changes
 * with any compiler edit), and the runtime build rewrites the wasm and its
 * stamp. A handful of stat() calls: on some file systems a full tree walk
 * costs more than the rest of a cached run.
 */
function sentinelStamp(): string {
  const root = moltRoot();
  const files = [
    fileURLToPath(import.meta.url),
    join(dirname(here), 'compile.js'),
    join(root, 'build', 'runtime', 'molt-runtime.wasm'),
    join(root, 'build', 'runtime', 'molt-runtime.stamp'),
    join(root, 'package.json'),
  ];
  const h = createHash('sha256');
  for (const f of files) {
    const st = statSync(f, { throwIfNoEntry: false });
    h.update(`${relative(root, f)}\0${st ? `${st.size}\0${st.mtimeMs}` : '-'}\0`);
  }
  return h.digest('hex');
}

const fromSource = fileURLToPath(import.meta.url).endsWith('.ts');

/** The trees whose contents decide the emitted bytes. */
function identityTrees(): { compiler: FileEntry[]; runtime: FileEntry[] } {
  const root = moltRoot();
  const ext = fromSource ? '.ts' : '.js';
  // The CLI and the driver do not influence the emitted bytes beyond what the key already holds.
  const compiler = listTree(dirname(here), (rel) => rel.endsWith(ext) && !rel.startsWith('cli'));
  const runtime = [
    ...listTree(join(root, 'components', 'runtime'), () => true).map((f) => ({ ...f, rel: `src/${f.rel}` })),
    ...listTree(join(root, 'build', 'runtime'), (rel) => rel.endsWith('.wasm')).map((f) => ({ ...f, rel: `build/${f.rel}` })),
  ];
  return { compiler, runtime };
}

/**
 * dist/build-id.json, written by `npm run build` (scripts/write-build-id.mjs):
 * the content hashes below plus a stat fingerprint (sentinelStamp) that
 * detects a rebuild since; it spares each `molt run` reading and hashing
 * every compiler file.
 */
interface BuildId {
  schema: 1;
  version: string;
  stamp: string;
  compiler: string;
  runtime: string;
}

const BUILD_ID_SCHEMA = 1;

export function buildIdPath(): string {
  return join(moltRoot(), 'dist', 'build-id.json');
}

/** Hash everything now; `stamp` is taken before reading, so a concurrent edit leaves it stale, never wrong. */
export function computeBuildId(): BuildId {
  const stamp = sentinelStamp();
  const trees = identityTrees();
  return { schema: BUILD_ID_SCHEMA, version: moltVersion(), stamp, compiler: hashFiles(trees.compiler), runtime: hashFiles(trees.runtime) };
}

export function writeBuildId(id: BuildId = computeBuildId()): void {
  const path = buildIdPath();
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, JSON.stringify(id) + '\n');
  renameSync(tmp, path);
}

function recordedBuildId(): BuildId | null {
  if (fromSource) return null; // under vitest the running code is the .ts sources, never recorded
  let id: BuildId;
  try {
    id = JSON.parse(readFileSync(buildIdPath(), 'utf8')) as BuildId;
  } catch {
    return null;
  }
  if (id.schema !== BUILD_ID_SCHEMA || id.version !== moltVersion()) return null;
  return sentinelStamp() === id.stamp ? id : null;
}

let identityMemo: BuildId | undefined;
function buildIdentity(): BuildId {
  if (identityMemo) return identityMemo;
  let id = recordedBuildId();
  if (!id) {
    // Dev mode (plain `tsc`, edited runtime) or no build-id: hash the trees,
    // and refresh the record so the next run is fast again (best effort:
    // an installed package may be read-only).
    id = computeBuildId();
    if (!fromSource) {
      try {
        writeBuildId(id);
      } catch {
        /* read-only install: keep hashing each run */
      }
    }
  }
  return (identityMemo = id);
}

/** Hash of the compiler code actually running (dist/*.js when built, *.ts under vitest). */
export function compilerBuildHash(): string {
  return buildIdentity().compiler;
}

/**
 * Hash of the runtime: its sources (components/runtime), its build output
 * (build/runtime) and an explicit MOLT_RUNTIME_WASM override.
 */
export function runtimeBuildHash(): string {
  const base = buildIdentity().runtime;
  const override = process.env.MOLT_RUNTIME_WASM;
  if (!override) return base;
  const h = createHash('sha256').update(base).update(override);
  try {
    h.update(readFileSync(override));
  } catch {
    /* the compiler reports a missing runtime */
  }
  return h.digest('hex');
}
