// Text form of Molt IR, for `molt debug ir FILE` and tests.
import { isFallible, type Block, type Const, type Instr, type IrFunction, type IrModule, type Located, type Operand, type Term } from './ir.js';

export function formatConst(c: Const): string {
  switch (c.k) {
    case 'none': return 'None';
    case 'bool': return c.v ? 'True' : 'False';
    case 'int': return c.v.toString();
    case 'float': return Number.isInteger(c.v) && Math.abs(c.v) < 1e16 ? c.v.toFixed(1) : String(c.v);
    case 'str': return JSON.stringify(c.v);
    case 'bytes': return `b<${c.v.length} bytes>`;
    case 'complex': return `complex(${c.re}, ${c.im})`;
    case 'ellipsis': return 'Ellipsis';
    case 'builtin': return `builtin:${c.name}`;
    case 'error': return '<unbound>';
  }
}

export function formatOperand(o: Operand): string {
  if (o.k === 'temp') return `%${o.id}`;
  if (o.k === 'var') return `$${o.name}`;
  return formatConst(o.c);
}

const ops = (xs: Operand[]) => xs.map(formatOperand).join(', ');
const kw = (k: string[]) => (k.length ? ` kw=(${k.join(', ')})` : '');

export function formatInstr(i: Instr): string {
  const d = (n: number) => `%${n} = `;
  switch (i.op) {
    case 'copy': return `${d(i.dst)}copy ${formatOperand(i.a)}`;
    case 'store': return `$${i.var} := ${formatOperand(i.a)}`;
    case 'check_bound': return `check_bound $${i.var} (${i.kind ? 'free' : 'local'} '${i.name}')`;
    case 'del_var': return `del $${i.var}`;
    case 'load_global': return `${d(i.dst)}load_global @${i.name}${i.builtinFallback ? ' (or builtin)' : ''}`;
    case 'store_global': return `@${i.name} := ${formatOperand(i.a)}`;
    case 'del_global': return `del_global @${i.name}`;
    case 'cell_get': return `${d(i.dst)}cell_get ${formatOperand(i.cell)} ('${i.name}')`;
    case 'cell_set': return `cell_set ${formatOperand(i.cell)}, ${formatOperand(i.a)}`;
    case 'binop': return `${d(i.dst)}${i.inplace ? 'i' : ''}${i.bop} ${formatOperand(i.a)}, ${formatOperand(i.b)}`;
    case 'cmp': return `${d(i.dst)}${i.cop}${i.bool ? '.i32' : ''} ${formatOperand(i.a)}, ${formatOperand(i.b)}`;
    case 'is': return `${d(i.dst)}is.i32 ${formatOperand(i.a)}, ${formatOperand(i.b)}`;
    case 'truthy': return `${d(i.dst)}truthy.i32 ${formatOperand(i.a)}`;
    case 'not': return `${d(i.dst)}not.i32 ${formatOperand(i.a)}`;
    case 'box_bool': return `${d(i.dst)}box_bool ${formatOperand(i.a)}`;
    case 'rt': {
      const args = [...i.args.map(formatOperand), ...(i.i32s ?? []).map((n) => `i32 ${n}`)].join(', ');
      return `${i.dst !== null ? d(i.dst) : ''}rt ${i.fn}(${args})`;
    }
    case 'build': return `${d(i.dst)}build_${i.kind} [${ops(i.items)}]`;
    case 'call': return `${d(i.dst)}call ${formatOperand(i.callee)}(${ops(i.args)})${kw(i.kwnames)}`;
    case 'call_method': return `${d(i.dst)}call_method ${formatOperand(i.obj)}.${i.name}(${ops(i.args)})${kw(i.kwnames)}`;
    case 'call_direct': return `${d(i.dst)}call_direct ${i.fn}(${ops(i.args)})`;
    case 'unpack': return `${i.dsts.map((n) => `%${n}`).join(', ')} = unpack${i.star >= 0 ? ` star@${i.star}` : ''} ${formatOperand(i.a)}`;
    case 'func_new': return `${d(i.dst)}func_new ${i.fn} defaults=${formatOperand(i.defaults)} kwdefaults=${formatOperand(i.kwdefaults)} closure=${formatOperand(i.closure)}`;
    case 'func_cell': return `${d(i.dst)}func_cell ${i.i}`;
    case 'gen_new': return `${d(i.dst)}gen_new ${i.fn} ${i.init.map((x) => `${x.var}=${formatOperand(x.a)}`).join(', ')}`;
    case 'exc_fetch': return `${d(i.dst)}exc_fetch`;
  }
}

function formatTerm(t: Term): string {
  switch (t.t) {
    case 'br': return `br bb${t.to}`;
    case 'condbr': return `condbr ${formatOperand(t.cond)}, bb${t.then}, bb${t.else}`;
    case 'ret': return `ret ${formatOperand(t.a)}`;
    case 'iter_next': return `%${t.dst} = iter_next ${formatOperand(t.it)} -> bb${t.body}, done bb${t.done}`;
    case 'yield': return `yield ${formatOperand(t.a)} -> bb${t.resume}`;
    case 'unreachable': return 'unreachable';
  }
}

function excSuffix(li: Located<Instr>): string {
  if (!isFallible(li.ins)) return '';
  return `  !exc -> ${li.exc === null ? 'raise' : `bb${li.exc}`}${li.noTb ? ' (no tb)' : ''}`;
}

export function formatBlock(b: Block): string {
  const lines = [`  bb${b.id}:`];
  for (const li of b.instrs) lines.push(`    ${formatInstr(li.ins)}${excSuffix(li)}  ; line ${li.line}`);
  if (b.term) {
    const exc = b.term.t === 'iter_next' ? `  !exc -> ${b.termExc === null ? 'raise' : `bb${b.termExc}`}` : '';
    lines.push(`    ${formatTerm(b.term)}${exc}  ; line ${b.termLine}`);
  }
  return lines.join('\n');
}

export function formatFunction(f: IrFunction): string {
  const params = [...(f.hasClosure ? ['<closure>'] : []), ...f.paramVars.map((p) => '$' + p)].join(', ');
  const head = `function ${f.sym} "${f.qualname}"(${params}) line ${f.firstLine}`;
  const vars = f.vars.length ? `\n  vars: ${f.vars.map((x) => '$' + x).join(' ')}` : '';
  return `${head}${vars}\n${f.blocks.map(formatBlock).join('\n')}\n`;
}

export function formatModule(m: IrModule): string {
  const g = `globals: ${m.globals.map((x) => '@' + x).join(' ')}\n`;
  const d = m.directCallable.size ? `direct: ${[...m.directCallable].map(([k, s]) => `${k}->${s.sym}`).join(' ')}\n` : '';
  return `${g}${d}\n${m.functions.map(formatFunction).join('\n')}`;
}
