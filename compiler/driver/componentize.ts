// Core module -> WASI 0.2 command component (jco componentEmbed + componentNew
// with the preview1 command adapter). jco is imported lazily: it is only needed
// when something is actually built, never on the cached `molt run` path.
import { readFile } from 'node:fs/promises';
import { EXIT_INTERFACE, EXIT_WIT_PACKAGE, routeExitCodes } from './exit-codes.js';

/** The program's own world: a command gets everything WASI through the adapter. */
function commandWit(needsExitWithCode: boolean): string {
  if (!needsExitWithCode) return 'package molt:program;\n\nworld program {\n}\n';
  return `package molt:program;\n\nworld program {\n  import ${EXIT_INTERFACE};\n}\n\n${EXIT_WIT_PACKAGE}`;
}

type Jco = typeof import('@bytecodealliance/jco');
let jcoPromise: Promise<Jco> | undefined;
let adapterPromise: Promise<Uint8Array> | undefined;

function jco(): Promise<Jco> {
  return (jcoPromise ??= import('@bytecodealliance/jco'));
}

async function commandAdapter(): Promise<Uint8Array> {
  return (adapterPromise ??= jco().then(async (j) => new Uint8Array(await readFile(j.preview1AdapterCommandPath()))));
}

export class ComponentizeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ComponentizeError';
  }
}

function messageOf(err: unknown): string {
  if (err instanceof Error) return err.message;
  if (typeof err === 'string') return err;
  return JSON.stringify(err);
}

/** Wrap a core module (exports `memory` and `_start`, imports WASI preview 1) into a command component. */
/**
 * `exactExitCodes` (default): statuses other than 0/1 reach the host through
 * `wasi:cli/exit.exit-with-code`, which is unstable in WASI 0.2 (wasmtime
 * needs `-S cli-exit-with-code`). Without it the component imports only
 * stable WASI 0.2 and runs on any host, but exits with 0 or 1 only.
 */
export async function componentize(coreModule: Uint8Array, opts: { exactExitCodes?: boolean } = {}): Promise<Uint8Array> {
  const j = await jco();
  const adapter = await commandAdapter();
  try {
    const rerouted = opts.exactExitCodes === false ? null : routeExitCodes(coreModule);
    const binary = rerouted ?? coreModule;
    const embedded = await j.componentEmbed({ binary, witSource: commandWit(rerouted !== null), world: 'program' });
    return await j.componentNew(embedded, [['wasi_snapshot_preview1', adapter]]);
  } catch (err) {
    throw new ComponentizeError(`componentize failed: ${messageOf(err)}`);
  }
}

/** The component's WIT world as text (jco componentWit). */
export async function componentWorld(component: Uint8Array): Promise<string> {
  const j = await jco();
  try {
    return await j.componentWit(component);
  } catch (err) {
    throw new ComponentizeError(`not a valid component: ${messageOf(err)}`);
  }
}

/** Throws unless `component` is a component exporting `wasi:cli/run`. */
export async function validateCommandComponent(component: Uint8Array): Promise<void> {
  const wit = await componentWorld(component);
  if (!/export wasi:cli\/run@0\.2\.\d+;/.test(wit)) {
    throw new ComponentizeError('component does not export wasi:cli/run');
  }
}
