// Thin exports over the numeric library for the vitest suites
// (tests/unit/num). Not part of the runtime build.
import { floatRepr } from './float-repr';
export { numAlloc, numFree } from './mem';

export function heapReset(): void { __reset(); }
export function t_floatRepr(x: f64, buf: usize): i32 { return floatRepr(x, buf); }
