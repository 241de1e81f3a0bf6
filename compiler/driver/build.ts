// buildProgram: Python source -> WASI 0.2 command component, through the
// content-hash cache. The compiler and jco are loaded only on a cache miss,
// so a cached build costs a file read and a few hashes.
import { resolve } from 'node:path';
import { readSourceFile } from '../cli/source-file.js';
import { BlobCache, sha256Hex } from './cache.js';
import { compilerBuildHash, moltVersion, runtimeBuildHash } from './build-identity.js';

export interface BuildOptions {
  /** Run binaryen's optimizer (default true). */
  optimize?: boolean;
  /** Use the build cache (default true). */
  cache?: boolean;
  /** Cache root (default $MOLT_CACHE_DIR or ~/.cache/molt). */
  cacheDir?: string;
  /**
   * Carry every exit status exactly (default; imports the unstable
   * `wasi:cli/exit.exit-with-code`), or only 0/1 so that any WASI 0.2 host runs it.
   */
  exactExitCodes?: boolean;
  /** Source -> core module (default: compileToCoreModule from compiler/compile.ts); tests inject their own. */
  compile?: (sourcePath: string, opts: { optimize: boolean }) => Promise<Uint8Array>;
}

export interface BuildResult {
  component: Uint8Array;
  cacheHit: boolean;
  key: string;
}

const KEY_SCHEMA = 'molt-build-1';

export function buildKey(sourcePath: string, source: Uint8Array, optimize: boolean, exactExitCodes = true): string {
  return sha256Hex(
    KEY_SCHEMA,
    source,
    // Tracebacks name the file exactly as given, so the path is part of the output.
    sourcePath,
    moltVersion(),
    compilerBuildHash(),
    runtimeBuildHash(),
    JSON.stringify(exactExitCodes ? { optimize } : { optimize, exactExitCodes }),
  );
}

export async function buildProgram(sourcePath: string, opts: BuildOptions = {}): Promise<BuildResult> {
  const optimize = opts.optimize ?? true;
  const exactExitCodes = opts.exactExitCodes ?? true;
  const source = readSourceFile(sourcePath);
  // CPython names the main script by its absolute path in tracebacks and
  // SyntaxErrors (`python3 app.py` reports File "/abs/app.py"); so does Molt.
  const absPath = resolve(sourcePath);
  const key = buildKey(absPath, source, optimize, exactExitCodes);
  const cache = opts.cache === false ? null : new BlobCache('builds', opts.cacheDir);
  const hit = cache?.get(key);
  if (hit) return { component: hit, cacheHit: true, key };
  const compile = opts.compile ?? (await import('../compile.js')).compileToCoreModule;
  const { componentize } = await import('./componentize.js');
  const core = await compile(absPath, { optimize });
  const component = await componentize(core, { exactExitCodes });
  cache?.put(key, component);
  return { component, cacheHit: false, key };
}
