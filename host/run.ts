// Run a WASI 0.2 command component in this Node process.
//   runComponent(bytesOrPath, { args, stdin, capture: true }) -> { status, stdout, stderr }
// Without `capture`, the guest's streams are this process's fd 0/1/2.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { noCapabilities, type HostCapabilities } from './capabilities.js';
import { bufferSource, fdSink, fdSource, type ByteSink } from './stdio.js';
import { ENTRY_NAME, InvalidComponentError, ensureTranspiled, transpiledImports } from './transpile-cache.js';
import { GuestExit, wasiImports } from './wasi-imports.js';

export interface RunOptions {
  /** The guest's full argv; argv[0] is the program name (default ["program"]). */
  args?: readonly string[];
  /** Guest stdin: bytes or text, or "inherit" for this process's stdin (default: empty when capturing, inherit otherwise). */
  stdin?: Uint8Array | string | 'inherit';
  /** Collect stdout/stderr instead of writing them to fd 1/2. */
  capture?: boolean;
  /** What the guest may touch (default: nothing). */
  capabilities?: HostCapabilities;
  /** Cache root for transpiled output (default: the Molt cache). */
  cacheDir?: string;
}

export interface RunResult {
  /** Exit status: the guest's exit code; 134 when it trapped. */
  status: number;
  stdout: Buffer;
  stderr: Buffer;
}

/** Status reported when the guest traps (same as wasmtime on Unix). */
export const TRAP_STATUS = 134;

type Instantiate = (
  getCoreModule: (name: string) => Promise<WebAssembly.Module>,
  imports: Record<string, unknown>,
  instantiateCore?: (m: WebAssembly.Module, i?: WebAssembly.Imports) => Promise<WebAssembly.Instance>,
) => Promise<Record<string, unknown>>;

/** MOLT_REPORT_MEMORY=1: note each core instance's exported memory so the run can report its size. */
function memoryProbe(): { core: (m: WebAssembly.Module, i?: WebAssembly.Imports) => Promise<WebAssembly.Instance>; report: () => string } {
  const memories: WebAssembly.Memory[] = [];
  return {
    core: async (m, i) => {
      const inst = await WebAssembly.instantiate(m, i ?? {});
      for (const v of Object.values(inst.exports)) if (v instanceof WebAssembly.Memory) memories.push(v);
      return inst;
    },
    // wasm memory never shrinks, so its size at the end is the peak.
    report: () => `molt: linear memory ${memories.map((m) => m.buffer.byteLength).join(' ')} bytes\n`,
  };
}

interface Loaded {
  instantiate: Instantiate;
  getCoreModule: (name: string) => Promise<WebAssembly.Module>;
  /** WASI interfaces the component imports: only these are built for a run. */
  interfaces: string[];
}

/** Recently used transpiled components (bounded: a test run loads hundreds). */
const loaded = new Map<string, Promise<Loaded>>();
const LOADED_LIMIT = 16;

async function loadTranspiled(dir: string, attempt = 0): Promise<Loaded> {
  // A retry needs a fresh URL: Node keeps a module that failed to load in its cache.
  const url = pathToFileURL(join(dir, `${ENTRY_NAME}.js`)).href + (attempt > 0 ? `?retry=${attempt}` : '');
  const interfaces = transpiledImports(dir);
  const mod = (await import(url)) as { instantiate: Instantiate };
  const modules = new Map<string, Promise<WebAssembly.Module>>();
  const getCoreModule = (name: string) => {
    let m = modules.get(name);
    if (!m) {
      m = WebAssembly.compile(readFileSync(join(dir, name)));
      modules.set(name, m);
    }
    return m;
  };
  return { instantiate: mod.instantiate, getCoreModule, interfaces };
}

async function loadComponent(component: Uint8Array, cacheDir?: string): Promise<Loaded> {
  const dir = await ensureTranspiled(component, cacheDir);
  let p = loaded.get(dir);
  if (p) {
    loaded.delete(dir); // move to the most-recent end
    loaded.set(dir, p);
  } else {
    if (loaded.size >= LOADED_LIMIT) loaded.delete(loaded.keys().next().value!);
    p = loadTranspiled(dir).catch(async () => {
      // A damaged cache entry: rebuild it once.
      rmSync(dir, { recursive: true, force: true });
      return loadTranspiled(await ensureTranspiled(component, cacheDir), 1);
    });
    loaded.set(dir, p);
    p.catch(() => loaded.delete(dir));
  }
  return p;
}

/** `foo.wasm` -> `foo_linked.wasm` when that exists and MOLT_WASM_PREFER_LINKED is not 0. */
export function preferLinked(path: string): string {
  if (process.env.MOLT_WASM_PREFER_LINKED === '0') return path;
  if (!path.endsWith('.wasm') || path.endsWith('_linked.wasm')) return path;
  const linked = path.slice(0, -'.wasm'.length) + '_linked.wasm';
  return existsSync(linked) ? linked : path;
}

function findRun(instance: Record<string, unknown>): () => unknown {
  for (const [name, value] of Object.entries(instance)) {
    if ((name === 'run' || name.startsWith('wasi:cli/run')) && value && typeof (value as { run?: unknown }).run === 'function') {
      const iface = value as { run: () => unknown };
      return () => iface.run();
    }
  }
  throw new InvalidComponentError('component does not export wasi:cli/run');
}

function findGuestExit(err: unknown): GuestExit | null {
  for (let e: unknown = err, depth = 0; e && depth < 5; depth++) {
    if (e instanceof GuestExit) return e;
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}

class Collector {
  private chunks: Buffer[] = [];
  readonly sink: ByteSink = (chunk) => {
    this.chunks.push(Buffer.from(chunk)); // copy: the guest's memory view is reused
  };
  bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

export async function runComponent(bytesOrPath: Uint8Array | string, opts: RunOptions = {}): Promise<RunResult> {
  const component = typeof bytesOrPath === 'string' ? readFileSync(bytesOrPath) : bytesOrPath;
  const { instantiate, getCoreModule, interfaces } = await loadComponent(component, opts.cacheDir);
  const capture = opts.capture ?? false;
  const out = new Collector();
  const err = new Collector();
  const stdinOpt = opts.stdin ?? (capture ? new Uint8Array(0) : 'inherit');
  const stdin = stdinOpt === 'inherit'
    ? fdSource(0)
    : bufferSource(typeof stdinOpt === 'string' ? Buffer.from(stdinOpt, 'utf8') : stdinOpt);
  const stdoutSink = capture ? out.sink : fdSink(1);
  const stderrSink = capture ? err.sink : fdSink(2);
  const imports = await wasiImports(interfaces, opts.args ?? ['program'], opts.capabilities ?? noCapabilities(), {
    stdout: stdoutSink,
    stderr: stderrSink,
    stdin,
  });
  let status = 0;
  const probe = process.env.MOLT_REPORT_MEMORY ? memoryProbe() : null;
  try {
    const instance = await instantiate(getCoreModule, imports, probe?.core).catch((e: unknown) => {
      // Missing or mismatched imports: the component needs what this host does not supply.
      if (findGuestExit(e) || e instanceof WebAssembly.RuntimeError || e instanceof RangeError) throw e;
      throw new InvalidComponentError(`cannot instantiate: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    });
    await findRun(instance)();
  } catch (e) {
    const exit = findGuestExit(e);
    if (exit) status = exit.status;
    else if (e instanceof WebAssembly.RuntimeError || e instanceof RangeError) {
      // RangeError: the engine's call stack ran out inside the guest (deep
      // recursion past what the wasm stack holds). Report it as a trap.
      const what = e instanceof RangeError ? 'stack overflow' : e.message;
      stderrSink(Buffer.from(`molt: program trapped: ${what}\n`));
      status = TRAP_STATUS;
    } else if (isErrResult(e)) {
      status = 1;
    } else {
      throw e;
    }
  }
  if (probe) process.stderr.write(probe.report());
  return { status, stdout: out.bytes(), stderr: err.bytes() };
}

/** jco surfaces `run` returning err(()) as a thrown ComponentError-like value. */
function isErrResult(e: unknown): boolean {
  if (e === undefined || e === null) return true;
  const payload = (e as { payload?: unknown }).payload;
  return e instanceof Error && e.name === 'ComponentError' && (payload === undefined || payload === null);
}
