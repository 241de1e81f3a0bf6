// str methods.
import { ERROR } from "./value";
import { raiseLit } from "./errors";
import * as X from "./exceptions";
export function strMethod(id: u32, self: u64, argv: usize, nargs: u32, kwnames: u64): u64 {
  return raiseLit(X.E_NotImplementedError, "str method");
}
export const SM_ERR: u64 = ERROR;
