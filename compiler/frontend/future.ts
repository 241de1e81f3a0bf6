// The leading `from __future__ import ...` statements of a module (after an
// optional docstring), as CPython's future.c reads them. Shared by the
// symtable pass (feature checks) and the compile checks (late future imports).
import type { ImportFrom, stmt } from './ast.js';

export function leadingFutureImports(body: readonly stmt[]): ImportFrom[] {
  const out: ImportFrom[] = [];
  let i = 0;
  const first = body[0];
  if (first?._type === 'Expr' && first.value._type === 'Constant' && typeof first.value.value === 'string') i = 1;
  for (; i < body.length; i++) {
    const s = body[i];
    // future.c matches the module name only (a relative `from .__future__` counts too).
    if (s._type !== 'ImportFrom' || s.module !== '__future__') break;
    out.push(s);
  }
  return out;
}
