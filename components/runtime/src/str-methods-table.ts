// Registration of str methods (ids in str-methods.ts).
import { typeForKind } from "./types";
import { K_STR } from "./kinds";
import { addMethod } from "./attr";
import { strLitImmortal } from "./str";

const NAMES = ["join", "split", "rsplit", "strip", "lstrip", "rstrip", "replace", "find", "rfind", "index", "rindex",
  "count", "startswith", "endswith", "upper", "lower", "title", "capitalize", "swapcase", "casefold", "isdigit",
  "isalpha", "isspace", "isalnum", "isupper", "islower", "isdecimal", "isnumeric", "isidentifier", "istitle",
  "isascii", "isprintable", "zfill", "center", "ljust", "rjust", "partition", "rpartition", "splitlines",
  "expandtabs", "encode", "format", "removeprefix", "removesuffix", "translate", "format_map"];

export function registerStrMethods(): void {
  const t = typeForKind(K_STR);
  for (let i = 0; i < NAMES.length; i++) addMethod(t, strLitImmortal(NAMES[i]), 100 + <u32>i);
  addMethod(t, strLitImmortal("maketrans"), 146, true); // static in CPython; the bound type is ignored
}
