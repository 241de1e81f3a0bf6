// One entry for every builtin function object: global builtins by id, and
// methods of builtin types (self bound, or taken from argv[0] when the
// method was fetched from the type, e.g. str.upper("a")).
import { ERROR, NONE, ptrOf } from "./value";
import * as B from "./builtins-ids";
import { callGlobalBuiltin } from "./builtins-core";
import { callStrMethod } from "./methods-str";
import { callListMethod, callTupleMethod } from "./methods-list";
import { callDictMethod } from "./methods-dict";
import { callSetMethod } from "./methods-set";
import { callMiscMethod } from "./methods-misc";
import { raiseLit } from "./errors";
import * as X from "./exceptions";

export function callBuiltin(id: u32, self: u64, argv: usize, nargs: u32, kwnames: u64): u64 {
  if (id <= B.B_LAST_GLOBAL) return callGlobalBuiltin(id, argv, nargs, kwnames);
  if (self == 0) {
    if (nargs == 0) return raiseLit(X.E_TypeError, "unbound method needs an argument");
    self = load<u64>(argv);
    argv += 8;
    nargs--;
  }
  if (id < B.M_LIST_FIRST) return callStrMethod(id, self, argv, nargs, kwnames);
  if (id < B.M_TUPLE_FIRST) return callListMethod(id, self, argv, nargs, kwnames);
  if (id < B.M_DICT_FIRST) return callTupleMethod(id, self, argv, nargs, kwnames);
  if (id < B.M_SET_FIRST) return callDictMethod(id, self, argv, nargs, kwnames);
  if (id < B.M_MISC_FIRST) return callSetMethod(id, self, argv, nargs, kwnames);
  return callMiscMethod(id, self, argv, nargs, kwnames);
}
