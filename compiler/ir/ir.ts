// Molt IR: a CFG of basic blocks per function. Temps (%n) are virtual
// registers holding owned references (type 'obj') or raw truth values
// ('i32'); vars ($x) are frame slots (Python locals, cells, hidden state).
// Every instruction has a source line; a fallible instruction names the
// block that handles its exception (null: the error leaves the function).
// See docs/compiler-design.md.

import type { PosNode } from './positions.js';

export type Const =
  | { k: 'none' }
  | { k: 'bool'; v: boolean }
  | { k: 'int'; v: bigint }
  | { k: 'float'; v: number }
  | { k: 'str'; v: string }
  | { k: 'bytes'; v: Uint8Array }
  | { k: 'complex'; re: number; im: number }
  | { k: 'ellipsis' }
  | { k: 'builtin'; name: string }
  | { k: 'error' }; // the ERROR sentinel (used as "empty"/"unbound")

export type Operand = { k: 'temp'; id: number } | { k: 'var'; name: string } | { k: 'const'; c: Const };

export type TempType = 'obj' | 'i32';

/** How a runtime call reports failure. */
export type RtRet =
  | 'obj' // new reference, ERROR on failure
  | 'status' // None or ERROR; result discarded
  | 'i32' // i32 result, -1 on failure
  | 'raise' // always fails (returns ERROR)
  | 'void' // no result, cannot fail
  | 'obj_nofail'; // new reference, cannot fail

export type BinOpName =
  | 'add' | 'sub' | 'mul' | 'matmul' | 'truediv' | 'floordiv' | 'mod' | 'pow'
  | 'lshift' | 'rshift' | 'and' | 'or' | 'xor';
export const BINOPS: readonly BinOpName[] = ['add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and', 'or', 'xor'];
export type CmpName = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';

export type Instr =
  | { op: 'copy'; dst: number; a: Operand } // owned copy (incref, or move when a temp dies here)
  | { op: 'store'; var: string; a: Operand } // var := a (decref old)
  | { op: 'check_bound'; var: string; kind: 0 | 1; name: string } // raise UnboundLocalError/NameError if var unbound
  | { op: 'del_var'; var: string } // var := unbound (after check_bound)
  | { op: 'load_global'; dst: number; name: string; builtinFallback: boolean }
  | { op: 'store_global'; name: string; a: Operand }
  | { op: 'del_global'; name: string }
  | { op: 'cell_get'; dst: number; cell: Operand; name: string; kind: 0 | 1 }
  | { op: 'cell_set'; cell: Operand; a: Operand }
  | { op: 'binop'; dst: number; bop: BinOpName; a: Operand; b: Operand; inplace: boolean }
  | { op: 'cmp'; dst: number; cop: CmpName; a: Operand; b: Operand; bool: boolean } // bool: dst is i32
  | { op: 'is'; dst: number; a: Operand; b: Operand } // i32
  | { op: 'truthy'; dst: number; a: Operand } // i32
  | { op: 'not'; dst: number; a: Operand } // i32 -> i32
  | { op: 'box_bool'; dst: number; a: Operand } // i32 -> obj
  | { op: 'rt'; fn: string; ret: RtRet; dst: number | null; args: Operand[]; i32s?: number[] } // runtime call; i32s are i32 immediates appended after args
  | { op: 'build'; kind: 'tuple' | 'list' | 'set' | 'set_consts' | 'dict' | 'str'; dst: number; items: Operand[] }
  | { op: 'call'; dst: number; callee: Operand; args: Operand[]; kwnames: string[] }
  | { op: 'call_method'; dst: number; obj: Operand; name: string; args: Operand[]; kwnames: string[] }
  | { op: 'call_direct'; dst: number; fn: string; args: Operand[]; guard: string } // guard: module global that must be bound (NameError otherwise)
  | { op: 'unpack'; dsts: number[]; a: Operand; star: number } // star: index of the starred target or -1
  | { op: 'func_new'; dst: number; fn: string; defaults: Operand; kwdefaults: Operand; closure: Operand }
  | { op: 'func_cell'; dst: number; i: number } // owned ref to closure cell i of the running function
  /** A generator running resume function `fn`; each init value (borrowed) is stored, with a new ref, in the slot of its var. */
  | { op: 'gen_new'; dst: number; fn: string; init: Array<{ var: string; a: Operand }> }
  | { op: 'exc_fetch'; dst: number };

export type InstrOp = Instr['op'];

export interface Located<T> {
  ins: T;
  line: number;
  /** Handler block for a fallible instruction; null = leave the function. */
  exc: number | null;
  /** Re-raise: do not add a traceback entry on the error edge. */
  noTb?: boolean;
  /** The AST node executed (traceback markers); call_method: attrAt is the method lookup. */
  at?: PosNode;
  attrAt?: PosNode;
}

export type Term =
  | { t: 'br'; to: number }
  | { t: 'condbr'; cond: Operand; then: number; else: number }
  | { t: 'ret'; a: Operand }
  | { t: 'iter_next'; it: Operand; dst: number; body: number; done: number }
  /** Generators: park the vars in the generator's slots, return `a`; the next resume continues at `resume`. */
  | { t: 'yield'; a: Operand; resume: number }
  | { t: 'unreachable' };

export interface Block {
  id: number;
  instrs: Located<Instr>[];
  term: Term | null;
  termLine: number;
  termAt?: PosNode;
  termExc: number | null; // for iter_next
}

export interface FunctionSig {
  /** Parameter names in `params` tuple order: posonly, normal, *args, kwonly, **kwargs. */
  names: string[];
  nposonly: number;
  npos: number;
  nkwonly: number;
  varargs: boolean;
  varkw: boolean;
  ndefaults: number;
}

export interface IrFunction {
  /** Unique wasm-safe symbol. */
  sym: string;
  name: string;
  qualname: string;
  firstLine: number;
  isModule: boolean;
  sig: FunctionSig;
  /** Var names of the direct entry's parameters, in order (after the function object for closures). */
  paramVars: string[];
  /** Receives its function object (to reach closure cells). */
  hasClosure: boolean;
  /** A generator's resume function `(gen) -> value | STOP | ERROR`: vars live in the generator's slots between resumes. */
  gen?: boolean;
  vars: string[];
  tempTypes: TempType[];
  blocks: Block[];
}

export interface IrModule {
  filename: string;
  source: string;
  functions: IrFunction[];
  /** Module-level globals (wasm globals). */
  globals: string[];
  /** Module-level functions that never get rebound: name -> function sym, eligible for direct calls. */
  directCallable: Map<string, { sym: string; npos: number }>;
}

export function temp(id: number): Operand {
  return { k: 'temp', id };
}
export function v(name: string): Operand {
  return { k: 'var', name };
}
export function c(cst: Const): Operand {
  return { k: 'const', c: cst };
}
export const NONE: Operand = { k: 'const', c: { k: 'none' } };
export const UNBOUND: Operand = { k: 'const', c: { k: 'error' } };
export function str(s: string): Operand {
  return { k: 'const', c: { k: 'str', v: s } };
}
export function int(n: number | bigint): Operand {
  return { k: 'const', c: { k: 'int', v: BigInt(n) } };
}

/** Operands read by an instruction, in evaluation order. */
export function instrUses(i: Instr): Operand[] {
  switch (i.op) {
    case 'copy': case 'truthy': case 'not': case 'box_bool': case 'unpack':
      return [i.a];
    case 'store': case 'store_global':
      return [i.a];
    case 'check_bound': case 'del_var': case 'load_global': case 'del_global': case 'func_cell': case 'exc_fetch':
      return [];
    case 'cell_get':
      return [i.cell];
    case 'cell_set':
      return [i.cell, i.a];
    case 'binop': case 'cmp': case 'is':
      return [i.a, i.b];
    case 'rt':
      return i.args;
    case 'build':
      return i.items;
    case 'call':
      return [i.callee, ...i.args];
    case 'call_method':
      return [i.obj, ...i.args];
    case 'call_direct':
      return i.args;
    case 'func_new':
      return [i.defaults, i.kwdefaults, i.closure];
    case 'gen_new':
      return i.init.map((x) => x.a);
  }
}

/** Temps defined by an instruction. */
export function instrDefs(i: Instr): number[] {
  if (i.op === 'unpack') return i.dsts;
  if ('dst' in i && i.dst !== null && i.dst !== undefined) return [i.dst];
  return [];
}

/** Var written by an instruction (for definite-assignment analysis). */
export function instrVarDef(i: Instr): string | null {
  return i.op === 'store' ? i.var : null;
}

export function isFallible(i: Instr): boolean {
  switch (i.op) {
    case 'copy': case 'store': case 'is': case 'not': case 'box_bool': case 'func_cell': case 'exc_fetch': case 'del_var':
    case 'store_global': case 'cell_set':
      return false;
    case 'rt':
      return i.ret !== 'void' && i.ret !== 'obj_nofail';
    case 'func_new':
      return true;
    default:
      return true;
  }
}

export function termUses(t: Term): Operand[] {
  switch (t.t) {
    case 'condbr': return [t.cond];
    case 'ret': return [t.a];
    case 'yield': return [t.a];
    case 'iter_next': return [t.it];
    default: return [];
  }
}

export function termSuccs(t: Term): number[] {
  switch (t.t) {
    case 'br': return [t.to];
    case 'condbr': return [t.then, t.else];
    case 'iter_next': return [t.body, t.done];
    case 'yield': return [t.resume];
    default: return [];
  }
}

/** All successors including exception edges. */
export function blockSuccs(b: Block): number[] {
  const out = new Set<number>(b.term ? termSuccs(b.term) : []);
  for (const li of b.instrs) if (li.exc !== null && isFallible(li.ins)) out.add(li.exc);
  if (b.term?.t === 'iter_next' && b.termExc !== null) out.add(b.termExc);
  return [...out];
}
