// str methods (ids 100..199). Filled in str-methods*.ts.
import { raiseLit } from "./errors";
import * as X from "./exceptions";
import { strMethod } from "./str-methods";
import { strTranslateMethod, S_TRANSLATE } from "./str-translate";
export function callStrMethod(id: u32, self: u64, argv: usize, nargs: u32, kwnames: u64): u64 {
  if (id >= S_TRANSLATE) return strTranslateMethod(id, self, argv, nargs, kwnames);
  return strMethod(id, self, argv, nargs, kwnames);
}
export function strMethodMissing(): u64 { return raiseLit(X.E_SystemError, "bad str method"); }
