// Registration of bytes methods (ids BM_FIRST.. in bytes-methods.ts).
import { typeForKind } from "./types";
import { K_BYTES } from "./kinds";
import { addMethod } from "./attr";
import { strLitImmortal } from "./str";
import { BM_FIRST, BM_NAMES } from "./bytes-methods";

export function registerBytesMethods(): void {
  const t = typeForKind(K_BYTES);
  for (let i = 0; i < BM_NAMES.length; i++) addMethod(t, strLitImmortal(BM_NAMES[i]), BM_FIRST + <u32>i);
}
