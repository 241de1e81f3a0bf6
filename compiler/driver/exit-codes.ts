// The preview 1 adapter maps proc_exit(n) to wasi:cli/exit.exit(ok|err), which
// only carries 0 or 1. CPython programs exit with any status (sys.exit(3)), so
// before componentizing we reroute proc_exit: 0 and 1 still go through the
// adapter (portable to every WASI 0.2 host), any other status calls
// wasi:cli/exit.exit-with-code directly.
import binaryen from 'binaryen';
import { CORE_FEATURES } from '../backend/features.js';

const P1 = 'wasi_snapshot_preview1';
export const EXIT_INTERFACE = 'wasi:cli/exit@0.2.12';

/** WIT for the world of a program that needs exit-with-code. */
export const EXIT_WIT_PACKAGE = `package wasi:cli@0.2.12 {
  interface exit {
    exit: func(status: result);
    exit-with-code: func(status-code: u8);
  }
}
`;

/** Returns the rewritten module, or null when the module never calls proc_exit. */
export function routeExitCodes(core: Uint8Array): Uint8Array | null {
  const m = binaryen.readBinary(core);
  m.setFeatures(CORE_FEATURES);
  try {
    let target: string | null = null;
    for (let i = 0; i < m.getNumFunctions(); i++) {
      const info = binaryen.getFunctionInfo(m.getFunctionByIndex(i));
      if (info.module === P1 && info.base === 'proc_exit') target = info.name;
    }
    if (target === null) return null;
    m.removeFunction(target);
    const p1Exit = 'molt$p1_proc_exit';
    const withCode = 'molt$exit_with_code';
    m.addFunctionImport(p1Exit, P1, 'proc_exit', binaryen.i32, binaryen.none);
    m.addFunctionImport(withCode, EXIT_INTERFACE, 'exit-with-code', binaryen.i32, binaryen.none);
    const code = () => m.local.get(0, binaryen.i32);
    m.addFunction(target, binaryen.i32, binaryen.none, [],
      m.block(null, [
        m.if(m.i32.le_u(code(), m.i32.const(1)),
          m.call(p1Exit, [code()], binaryen.none),
          m.call(withCode, [m.i32.and(code(), m.i32.const(0xff))], binaryen.none)),
        m.unreachable(),
      ]));
    if (!m.validate()) throw new Error('exit-code rewrite produced an invalid module');
    return m.emitBinary();
  } finally {
    m.dispose();
  }
}
