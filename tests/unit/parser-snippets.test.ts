// Hand-written tricky programs (tests/fixtures/parse): Molt's AST dump must
// equal CPython's ast.dump(), plain and with attributes.
import { describe, it, expect } from 'vitest';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findPythonOracle } from '../../compiler/util/python-oracle.js';
import { compareFile, runOracle } from './helpers/ast-oracle.js';

const dir = resolve(import.meta.dirname, '../fixtures/parse');
const files = readdirSync(dir).filter((f) => f.endsWith('.py')).sort().map((f) => join(dir, f));
const py = findPythonOracle();

describe.skipIf(!py)('parser snippets vs CPython ast.dump', () => {
  const expected = py ? runOracle(py, files) : null;
  files.forEach((f, i) => {
    it(f.slice(dir.length + 1), () => {
      const c = compareFile(f, expected!(i));
      expect(c.detail).toBe('');
      expect(c.plainSame && c.attrsSame).toBe(true);
    });
  });
});
