// Text -> f64 with CPython's float() syntax, correctly rounded (num/float-parse.ts).
import { parseFloat64 } from "./num/float-parse";
import { numErr, clearNumErr } from "./num/errors";
export let parseOk = false;
export function parseFloatText(s: usize, n: u32): f64 {
  clearNumErr();
  const f = parseFloat64(s, <i32>n);
  parseOk = numErr == 0;
  clearNumErr();
  return f;
}
