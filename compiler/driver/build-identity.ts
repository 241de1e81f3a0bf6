// What identifies the code that builds a program: the Molt version plus
// content hashes of the compiler and of the runtime sources. These go into
// every cache key, so editing the compiler or the runtime invalidates builds.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The repository / package root (the directory holding Molt's package.json). */
export function moltRoot(): string {
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

function hashTree(root: string, accept: (rel: string) => boolean): string {
  const h = createHash('sha256');
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
        if (!accept(rel)) continue;
        h.update(rel + '\0');
        h.update(readFileSync(full));
        h.update('\0');
      }
    }
  };
  walk(root);
  return h.digest('hex');
}

let compilerMemo: string | undefined;
/** Hash of the compiler code actually running (dist/*.js when built, *.ts under vitest). */
export function compilerBuildHash(): string {
  if (compilerMemo) return compilerMemo;
  const compilerDir = dirname(here); // .../compiler
  const fromSource = fileURLToPath(import.meta.url).endsWith('.ts');
  const ext = fromSource ? '.ts' : '.js';
  // The CLI and the driver do not influence the emitted bytes beyond what the key already holds.
  return (compilerMemo = hashTree(compilerDir, (rel) => rel.endsWith(ext) && !rel.startsWith('cli')));
}

let runtimeMemo: string | undefined;
/**
 * Hash of the runtime: its sources (components/runtime), its build output
 * (build/runtime) and an explicit MOLT_RUNTIME_WASM override.
 */
export function runtimeBuildHash(): string {
  if (runtimeMemo) return runtimeMemo;
  const root = moltRoot();
  const h = createHash('sha256');
  h.update(hashTree(join(root, 'components', 'runtime'), () => true));
  h.update(hashTree(join(root, 'build', 'runtime'), (rel) => rel.endsWith('.wasm')));
  const override = process.env.MOLT_RUNTIME_WASM;
  if (override) {
    h.update(override);
    try {
      h.update(readFileSync(override));
    } catch {
      /* the compiler reports a missing runtime */
    }
  }
  return (runtimeMemo = h.digest('hex'));
}
