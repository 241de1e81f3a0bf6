// PLACEHOLDER until the dumper lands.
import type { AnyNode } from './ast.js';
export function dumpAst(_node: AnyNode, _includeAttributes = false): string {
  throw new Error('dump not implemented yet');
}
