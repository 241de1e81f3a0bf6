import { describe, expect, it } from 'vitest';
import { parseModule } from '../../compiler/frontend/parser.js';
import { lowerModule } from '../../compiler/lower/module.js';
import { formatModule } from '../../compiler/ir/print.js';
import { CompileError } from '../../compiler/util/errors.js';

function ir(src: string): string {
  return formatModule(lowerModule(parseModule(src, 'app.py'), 'app.py', src));
}

describe('AST -> IR lowering', () => {
  it('direct calls for module-level functions with exact arity, unboxed compare in conditions', () => {
    const out = ir('def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\nprint(fib(10))\n');
    expect(out).toContain('direct: fib->py:fib');
    expect(out).toContain('lt.i32 $n, 2');
    expect(out).toContain('call_direct py:fib(%');
    expect(out).not.toContain('check_bound $n'); // parameters are always bound
  });

  it('exception edges name their handler blocks; except-as unbinds the name', () => {
    const out = ir('try:\n    x = 1 // 0\nexcept ZeroDivisionError as e:\n    print(e)\n');
    expect(out).toMatch(/floordiv 1, 0\s+!exc -> bb\d+/);
    expect(out).toContain('exc_fetch');
    expect(out).toContain('molt_err_matches');
    expect(out).toContain('molt_exc_enter');
    expect(out).toMatch(/del_global @e|@e := <unbound>/);
  });

  it('closures use cells; nonlocal writes go through cell_set', () => {
    const out = ir('def outer():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc\n');
    expect(out).toContain('molt_cell_new');
    expect(out).toContain('cell_set $n');
    expect(out).toContain('func_cell 0');
  });

  it('chained comparisons evaluate the middle operand once', () => {
    const out = ir('def f(a, b, c):\n    return a < b() < c\n');
    expect(out.match(/call \$b\(\)/g)?.length).toBe(1);
  });

  it('range loops become counted loops', () => {
    const out = ir('s = 0\nfor i in range(10):\n    s += i\n');
    expect(out).toContain('molt_range_check');
    expect(out).not.toContain('molt_iter(');
  });

  it('unsupported constructs are CompileErrors naming construct and line', () => {
    expect(() => ir('x = 1\nclass A:\n    pass\n')).toThrow(CompileError);
    expect(() => ir('x = 1\nclass A:\n    pass\n')).toThrow('app.py:2: unsupported Python: class definitions (coming in a later release)');
    expect(() => ir('import os\n')).toThrow(/app.py:1: unsupported Python: import of module 'os'/);
    expect(() => ir('def g():\n    yield from [1]\n')).toThrow(/app.py:2: unsupported Python: 'yield from'/);
    expect(() => ir('with open("f") as f:\n    pass\n')).toThrow(/'with' statements/);
  });
});
