// Python 3.12 parser entry point: tokens -> AST with CPython's node shapes and
// positions. The grammar lives in parser-statements/expressions/patterns/
// strings; parser-core holds the cursor and error helpers.
import type { Module } from './ast.js';
import { decodeSource, sourceLines, tokenize } from './tokenizer.js';
import { Parser } from './parser-core.js';
import { parseStatements } from './parser-statements.js';

export function parseModule(source: Uint8Array | string, filename: string): Module {
  const text = decodeSource(source, filename);
  const tokens = tokenize(text, filename);
  const p = new Parser(tokens, filename, sourceLines(text));
  const body: Module['body'] = [];
  while (p.k() !== 'ENDMARKER') {
    if (p.k() === 'NEWLINE') {
      p.i++;
      continue;
    }
    parseStatements(p, body);
  }
  return { _type: 'Module', body, type_ignores: [] };
}
