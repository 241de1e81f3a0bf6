// Python constant values as they appear in `ast.Constant` and `MatchSingleton`.
// int -> bigint, float -> number, str -> string (UTF-16 JS string; lone
// surrogates allowed), bytes -> Uint8Array, bool -> boolean, None -> null,
// complex -> PyComplex (imaginary literal), Ellipsis -> ELLIPSIS.

export class PyComplex {
  constructor(readonly real: number, readonly imag: number) {}
}

export const ELLIPSIS: unique symbol = Symbol('Ellipsis');
export type PyEllipsis = typeof ELLIPSIS;

export type PyConstant = null | boolean | bigint | number | string | Uint8Array | PyComplex | PyEllipsis;
