// Generated programs for the symtable oracle test: every pair of binding /
// declaration statements inside several scope shapes (function, closure,
// class, class in function, generic function/class). Expected results come
// from CPython; this only produces inputs.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const STATEMENTS = [
  'x = 1', 'print(x)', 'global x', 'nonlocal x', 'x: int', 'x: int = 2', 'del x', 'import x', 'for x in y: pass',
  '[x for x in y]', '[(x := 1) for z in y]', '[z for z in y if (x := z)]', 'x += 1', 'def x(): pass', 'class x: pass',
  'lambda: x', '(x := 3)', 'with a as x: pass', 'try:\n    pass\nexcept E as x:\n    pass', 'match v:\n    case [x]: pass',
  'from m import *', 'yield x', 'await x', 'return x', '[(yield) for z in y]', 'type x = int', 'def g[x](): pass',
  '[[(x := 1) for a in b] for c in d]', '[(x := 1) for x in y]', '(x for x in (x := y))', 'super()', '__class__',
];

// [template, indentation depth of the two slots]
const WRAPPERS: Array<[string, number]> = [
  ['{0}\n{1}\n', 0],
  ['def f():\n    {0}\n    {1}\n', 1],
  ['def f(x):\n    {0}\n    {1}\n', 1],
  ['def o():\n    x = 0\n    def f():\n        {0}\n        {1}\n', 2],
  ['class C:\n    {0}\n    {1}\n', 1],
  ['def o():\n    x = 0\n    class C:\n        {0}\n        {1}\n', 2],
  ['def o[x]():\n    def f():\n        {0}\n        {1}\n', 2],
  ['class C[x]:\n    {0}\n    {1}\n', 1],
];

/** Writes every `step`-th generated program to a fresh temp dir; returns their paths. */
export function writeSnippets(step: number): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'molt-symtable-'));
  const files: string[] = [];
  let n = 0;
  for (const [template, depth] of WRAPPERS) {
    const pad = '    '.repeat(depth);
    for (const a of STATEMENTS) {
      for (const b of STATEMENTS) {
        if (n++ % step !== 0) continue;
        const src = template.replace('{0}', a.replace(/\n/g, '\n' + pad)).replace('{1}', b.replace(/\n/g, '\n' + pad));
        const file = path.join(dir, `snippet${String(n).padStart(5, '0')}.py`);
        writeFileSync(file, src);
        files.push(file);
      }
    }
  }
  return files;
}
