// What a running component may touch. The default profile grants nothing: no
// preopened directories, an empty environment, no network. The capability
// layer (molt.toml / MOLT_CAPABILITIES) widens a HostCapabilities value; the
// host only ever wires what is listed here.

export type Capability = 'fs.read' | 'fs.write' | 'env.read' | 'net';

export const ALL_CAPABILITIES: readonly Capability[] = ['fs.read', 'fs.write', 'env.read', 'net'];

export interface Preopen {
  /** Path the guest sees, e.g. "/data" or ".". */
  guestPath: string;
  /** Host directory it maps to. */
  hostPath: string;
}

export interface HostCapabilities {
  grants: ReadonlySet<Capability>;
  /** Directories mapped into the guest; only honoured with fs.read or fs.write. */
  preopens: readonly Preopen[];
  /** Environment visible to the guest; only honoured with env.read. */
  env: Readonly<Record<string, string>>;
}

/** The default sandbox: nothing granted. */
export function noCapabilities(): HostCapabilities {
  return { grants: new Set(), preopens: [], env: {} };
}

export function parseCapabilityList(list: string): Capability[] {
  const out: Capability[] = [];
  for (const raw of list.split(',')) {
    const name = raw.trim();
    if (name === '') continue;
    if (!(ALL_CAPABILITIES as readonly string[]).includes(name)) {
      throw new Error(`unknown capability "${name}" (known: ${ALL_CAPABILITIES.join(', ')})`);
    }
    out.push(name as Capability);
  }
  return out;
}

/** The preopens and environment actually handed to the guest under `caps`. */
export function effectiveGrants(caps: HostCapabilities): { preopens: Record<string, string>; env: Array<[string, string]>; network: boolean } {
  const fs = caps.grants.has('fs.read') || caps.grants.has('fs.write');
  const preopens: Record<string, string> = {};
  if (fs) for (const p of caps.preopens) preopens[p.guestPath] = p.hostPath;
  const env: Array<[string, string]> = caps.grants.has('env.read') ? Object.entries(caps.env) : [];
  return { preopens, env, network: caps.grants.has('net') };
}
