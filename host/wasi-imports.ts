// The WASI 0.2 import object for one guest run: the shim's implementations,
// sandboxed by the capability set, with the CLI world (arguments, environment,
// exit, standard streams) supplied by us so that runs can be captured in
// process and exit codes reach the caller instead of killing Node.
import { WASIShim } from '@bytecodealliance/preview2-shim/instantiation';
import { cli as shimCli } from '@bytecodealliance/preview2-shim';
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

export function wasiImports(args: readonly string[], caps: HostCapabilities, io: GuestIo): Record<string, unknown> {
  const grants = effectiveGrants(caps);
  const argv = [...args];
  const stdout = outputStream(io.stdout);
  const stderr = outputStream(io.stderr);
  let stdin: ReturnType<typeof inputStream> | undefined;
  const cli = {
    ...shimCli,
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
  const shim = new WASIShim({
    cli,
    sandbox: { preopens: grants.preopens, enableNetwork: grants.network },
  } as ConstructorParameters<typeof WASIShim>[0]);
  return shim.getImportObject() as Record<string, unknown>;
}
