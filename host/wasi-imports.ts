// The WASI 0.2 import object for one guest run: the shim's implementations,
// sandboxed by the capability set, with the CLI world (arguments, environment,
// exit, standard streams) supplied by us so that runs can be captured in
// process and exit codes reach the caller instead of killing Node.
//
// Only the interfaces the component imports are built, and the shim's
// per-package modules are loaded on first need: the shim's index (which
// WASIShim imports) pulls in node:http and the socket machinery, a
// noticeable share of a warm `molt run`, for interfaces a Molt program never
// imports. The wiring mirrors WASIShim's with sandbox { preopens, enableNetwork }.
import { effectiveGrants, type HostCapabilities } from './capabilities.js';
import { inputStream, outputStream, type ByteSink, type ByteSource } from './stdio.js';

/** Thrown out of the guest by `wasi:cli/exit`; carries the exit status. */
export class GuestExit extends Error {
  constructor(readonly status: number) {
    super(`guest exited with status ${status}`);
    this.name = 'GuestExit';
  }
}

export interface GuestIo {
  stdout: ByteSink;
  stderr: ByteSink;
  stdin: ByteSource;
}

type Grants = ReturnType<typeof effectiveGrants>;
type Package = Record<string, unknown>;

/** The shim's interfaces (the set WASIShim offers): name -> [package, field of the package object]. */
const SHIM_INTERFACES: Record<string, readonly [string, string]> = Object.fromEntries(
  (
    [
      ['cli', ['environment', 'exit', 'stderr', 'stdin', 'stdout', 'terminal-input', 'terminal-output',
        'terminal-stderr', 'terminal-stdin', 'terminal-stdout']],
      ['sockets', ['instance-network', 'ip-name-lookup', 'network', 'tcp', 'tcp-create-socket', 'udp', 'udp-create-socket']],
      ['filesystem', ['preopens', 'types']],
      ['io', ['error', 'poll', 'streams']],
      ['random', ['random', 'insecure', 'insecure-seed']],
      ['clocks', ['monotonic-clock', 'wall-clock']],
      ['http', ['types', 'incoming-handler', 'outgoing-handler']],
    ] as const
  ).flatMap(([pkg, names]) =>
    names.map((n) => [`wasi:${pkg}/${n}`, [pkg, n.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())] as const]),
  ),
);

// Literal specifiers (not a template) so bundlers and tsc resolve each one.
const shimLoaders: Record<string, () => Promise<unknown>> = {
  cli: () => import('@bytecodealliance/preview2-shim/cli'),
  sockets: () => import('@bytecodealliance/preview2-shim/sockets'),
  filesystem: () => import('@bytecodealliance/preview2-shim/filesystem'),
  io: () => import('@bytecodealliance/preview2-shim/io'),
  random: () => import('@bytecodealliance/preview2-shim/random'),
  clocks: () => import('@bytecodealliance/preview2-shim/clocks'),
  http: () => import('@bytecodealliance/preview2-shim/http'),
};

/** One package's interfaces for this run, sandboxed as WASIShim would with the same grants. */
async function buildPackage(pkg: string, grants: Grants, cli: Package): Promise<Package> {
  const mod = (await shimLoaders[pkg]()) as Package & {
    createFilesystem?: (o: { preopens: Record<string, string> }) => Package;
    createSockets?: (o: { enableNetwork: boolean }) => Package;
  };
  switch (pkg) {
    case 'cli':
      return { ...mod, ...cli };
    case 'filesystem':
      // An isolated filesystem holding exactly the granted preopens (none by default).
      return mod.createFilesystem!({ preopens: grants.preopens });
    case 'sockets':
      return mod.createSockets!({ enableNetwork: grants.network });
    case 'http':
      if (grants.network) return mod;
      return { ...mod, outgoingHandler: { ...(mod.outgoingHandler as object), handle() { throw 'access-denied'; } } };
    default:
      return mod;
  }
}

/**
 * The import object for a component importing `interfaces` (unversioned
 * names, as jco's transpile reports them). Interfaces the shim does not
 * offer are left out, so instantiation fails as it would with WASIShim.
 */
export async function wasiImports(
  interfaces: readonly string[],
  args: readonly string[],
  caps: HostCapabilities,
  io: GuestIo,
): Promise<Record<string, unknown>> {
  const grants = effectiveGrants(caps);
  const argv = [...args];
  const stdout = outputStream(io.stdout);
  const stderr = outputStream(io.stderr);
  let stdin: ReturnType<typeof inputStream> | undefined;
  const cli: Package = {
    environment: {
      getEnvironment: () => grants.env,
      getArguments: () => argv,
      // No preopened directory means no notion of a working directory.
      initialCwd: () => (Object.keys(grants.preopens).length > 0 ? '/' : undefined),
    },
    exit: {
      exit(status: { tag: 'ok' | 'err' }): never {
        throw new GuestExit(status.tag === 'err' ? 1 : 0);
      },
      exitWithCode(code: number): never {
        throw new GuestExit(code & 0xff);
      },
    },
    stdin: { getStdin: () => (stdin ??= inputStream(io.stdin)) },
    stdout: { getStdout: () => stdout },
    stderr: { getStderr: () => stderr },
  };
  const wanted = interfaces.filter((name) => name in SHIM_INTERFACES);
  const pkgs = [...new Set(wanted.map((name) => SHIM_INTERFACES[name][0]))];
  const built = new Map(await Promise.all(pkgs.map(async (p) => [p, await buildPackage(p, grants, cli)] as const)));
  const imports: Record<string, unknown> = {};
  for (const name of wanted) {
    const [pkg, field] = SHIM_INTERFACES[name];
    imports[name] = built.get(pkg)![field];
  }
  return imports;
}
