// IR clean-up passes: drop unreachable blocks, thread empty jump blocks, and
// remove `check_bound` on vars that are definitely assigned.
import { blockSuccs, type Block, type IrFunction, type IrModule } from './ir.js';

export function removeUnreachable(f: IrFunction): void {
  const byId = f.blocks;
  // thread blocks that only jump elsewhere
  const target = (id: number): number => {
    const seen = new Set<number>();
    let b = byId[id]!;
    while (b.instrs.length === 0 && b.term?.t === 'br' && !seen.has(b.id)) {
      seen.add(b.id);
      b = byId[b.term.to]!;
    }
    return b.id;
  };
  for (const b of byId) {
    const t = b.term;
    if (!t) continue;
    if (t.t === 'br') t.to = target(t.to);
    else if (t.t === 'condbr') { t.then = target(t.then); t.else = target(t.else); }
    else if (t.t === 'iter_next') { t.body = target(t.body); t.done = target(t.done); }
  }
  const reach = new Set<number>([0]);
  const work = [0];
  while (work.length) {
    const b = byId[work.pop()!]!;
    for (const s of blockSuccs(b)) if (!reach.has(s)) { reach.add(s); work.push(s); }
  }
  const keep = byId.filter((b) => reach.has(b.id));
  const remap = new Map<number, number>(keep.map((b, i) => [b.id, i]));
  const m = (id: number) => remap.get(id)!;
  for (const b of keep) {
    b.id = m(b.id);
    for (const li of b.instrs) if (li.exc !== null && remap.has(li.exc)) li.exc = m(li.exc);
    if (b.termExc !== null && remap.has(b.termExc)) b.termExc = m(b.termExc);
    const t = b.term;
    if (!t) { b.term = { t: 'unreachable' }; continue; }
    if (t.t === 'br') t.to = m(t.to);
    else if (t.t === 'condbr') { t.then = m(t.then); t.else = m(t.else); }
    else if (t.t === 'iter_next') { t.body = m(t.body); t.done = m(t.done); }
    else if (t.t === 'yield') t.resume = m(t.resume);
  }
  f.blocks = keep;
}

/** Forward "definitely assigned" analysis over vars; removes provably redundant check_bound. */
export function elideBoundChecks(f: IrFunction): void {
  const n = f.blocks.length;
  const all = new Set(f.vars);
  const inSets: Array<Set<string> | null> = new Array(n).fill(null);
  inSets[0] = new Set(f.paramVars);
  const preds: number[][] = Array.from({ length: n }, () => []);
  for (const b of f.blocks) for (const s of blockSuccs(b)) preds[s]!.push(b.id);
  const transfer = (b: Block, s: Set<string>, rewrite: boolean): Set<string> => {
    const out = new Set(s);
    const keep = [];
    for (const li of b.instrs) {
      const i = li.ins;
      if (i.op === 'check_bound') {
        if (out.has(i.var)) { if (rewrite) continue; }
        else out.add(i.var); // after a successful check the var is bound
      } else if (i.op === 'store') {
        if (i.a.k === 'const' && i.a.c.k === 'error') out.delete(i.var);
        else out.add(i.var);
      } else if (i.op === 'del_var') out.delete(i.var);
      keep.push(li);
    }
    if (rewrite) b.instrs = keep;
    return out;
  };
  // The in-set of an exception handler is the intersection over all points that
  // can raise; approximate handlers conservatively by the block's in-set before
  // its first instruction (vars only grow within a block except for stores of
  // UNBOUND / del, which we account for by intersecting with the out-set too).
  let changed = true;
  const outs: Array<Set<string> | null> = new Array(n).fill(null);
  while (changed) {
    changed = false;
    for (const b of f.blocks) {
      let s: Set<string> | null = b.id === 0 ? new Set(f.paramVars) : null;
      for (const p of preds[b.id]!) {
        const pb = f.blocks[p]!;
        const isExcEdge = pb.instrs.some((li) => li.exc === b.id) || pb.termExc === b.id;
        let contrib = outs[p];
        if (contrib && isExcEdge) {
          const pin = inSets[p];
          contrib = pin ? new Set([...contrib].filter((x) => pin.has(x))) : null;
        }
        if (!contrib) continue;
        s = s === null ? new Set(contrib) : new Set([...s].filter((x) => contrib!.has(x)));
      }
      if (s === null) continue;
      const prev = inSets[b.id];
      if (!prev || prev.size !== s.size || [...s].some((x) => !prev.has(x))) {
        inSets[b.id] = s;
        changed = true;
      }
      const o = transfer(b, inSets[b.id]!, false);
      const po = outs[b.id];
      if (!po || po.size !== o.size || [...o].some((x) => !po.has(x))) { outs[b.id] = o; changed = true; }
    }
  }
  void all;
  for (const b of f.blocks) if (inSets[b.id]) transfer(b, inSets[b.id]!, true);
}

export function runIrPasses(m: IrModule): void {
  for (const f of m.functions) {
    removeUnreachable(f);
    elideBoundChecks(f);
  }
}
