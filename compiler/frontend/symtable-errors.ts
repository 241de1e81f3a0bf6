// SyntaxErrors raised by the symbol-table pass, with CPython 3.12's wording
// and location rules (line, 1-based offset = col_offset + 1, end position).

import { readFileSync } from 'node:fs';
import { PySyntaxError } from './syntax-error.js';
import type { BlockType, ComprehensionKind, Loc } from './symtable-types.js';

export const MSG = {
  globalParam: (n: string) => `name '${n}' is parameter and global`,
  nonlocalParam: (n: string) => `name '${n}' is parameter and nonlocal`,
  globalAfterAssign: (n: string) => `name '${n}' is assigned to before global declaration`,
  nonlocalAfterAssign: (n: string) => `name '${n}' is assigned to before nonlocal declaration`,
  globalAfterUse: (n: string) => `name '${n}' is used prior to global declaration`,
  nonlocalAfterUse: (n: string) => `name '${n}' is used prior to nonlocal declaration`,
  globalAnnot: (n: string) => `annotated name '${n}' can't be global`,
  nonlocalAnnot: (n: string) => `annotated name '${n}' can't be nonlocal`,
  nonlocalAndGlobal: (n: string) => `name '${n}' is nonlocal and global`,
  nonlocalAtModule: 'nonlocal declaration not allowed at module level',
  noNonlocalBinding: (n: string) => `no binding for nonlocal '${n}' found`,
  nonlocalTypeParam: (n: string) => `nonlocal binding not allowed for type parameter '${n}'`,
  importStar: 'import * only allowed at module level',
  duplicateArgument: (n: string) => `duplicate argument '${n}' in function definition`,
  duplicateTypeParam: (n: string) => `duplicate type parameter '${n}'`,
  compConflict: (n: string) => `assignment expression cannot rebind comprehension iteration variable '${n}'`,
  compInnerLoopConflict: (n: string) => `comprehension inner loop cannot rebind assignment expression target '${n}'`,
  namedExprInCompIter: 'assignment expression cannot be used in a comprehension iterable expression',
  namedExprCompIn(t: BlockType): string {
    const where: Partial<Record<BlockType, string>> = {
      class: 'in a class body',
      'type parameter': 'within the definition of a generic',
      'type alias': 'in a type alias',
      'TypeVar bound': 'in a TypeVar bound',
    };
    return `assignment expression within a comprehension cannot be used ${where[t]}`;
  },
  notAllowedIn(what: string, t: BlockType): string {
    const where: Partial<Record<BlockType, string>> = {
      annotation: 'an annotation',
      'TypeVar bound': 'a TypeVar bound',
      'type alias': 'a type alias',
      'type parameter': 'the definition of a generic',
    };
    return `${what} cannot be used within ${where[t]}`;
  },
  yieldInComprehension: (k: ComprehensionKind) => (k === 'generator' ? "'yield' inside generator expression" : `'yield' inside ${k} comprehension`),
  lambdaInClassAnnotationScope: 'Cannot use lambda in annotation scope within class scope',
  compInClassAnnotationScope: 'Cannot use comprehension in annotation scope within class scope',
};

/** Raises PySyntaxError at a node, filling the source line the way CPython does (re-reading the file if needed). */
export class SymtableErrors {
  private lines: string[] | null | undefined;

  constructor(readonly filename: string, private readonly source?: string) {}

  raise(msg: string, loc: Loc): never {
    const lineno = loc.lineno;
    const offset = loc.col_offset + 1;
    const endLineno = loc.end_lineno ?? lineno;
    const endOffset = (loc.end_col_offset ?? loc.col_offset) + 1;
    throw new PySyntaxError('SyntaxError', msg, this.filename, lineno, offset, this.lineText(lineno), endLineno, endOffset);
  }

  private lineText(lineno: number): string | null {
    if (this.lines === undefined) {
      let src = this.source;
      if (src === undefined) {
        try {
          src = readFileSync(this.filename, 'utf8');
        } catch {
          src = undefined;
        }
      }
      this.lines = src === undefined ? null : src.split(/\r\n|\r|\n/);
    }
    const line = this.lines?.[lineno - 1];
    return line === undefined ? null : line + '\n';
  }
}
