// Linking composes Molt Package components into a program component. A program
// that imports nothing beyond WASI has nothing to link: the linked component is
// the program itself. Composition of package imports is not implemented yet.
import { componentWorld } from './componentize.js';

export class LinkError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LinkError';
  }
}

/** The non-WASI interfaces a component imports (what a linker would have to supply). */
export async function packageImports(component: Uint8Array): Promise<string[]> {
  const wit = await componentWorld(component);
  const out: string[] = [];
  for (const m of wit.matchAll(/^\s*import ([^;]+);/gm)) {
    const name = m[1].trim();
    if (!name.startsWith('wasi:')) out.push(name);
  }
  return out;
}

export async function linkComponent(component: Uint8Array): Promise<Uint8Array> {
  const missing = await packageImports(component);
  if (missing.length === 0) return component;
  throw new LinkError(`cannot link package imports yet: ${missing.join(', ')}`);
}
