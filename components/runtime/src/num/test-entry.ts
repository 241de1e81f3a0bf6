// Thin exports over the numeric library for the vitest suites
// (tests/unit/num). Not part of the runtime build.
export { numAlloc, numFree } from './mem';
export { floatRepr } from './float-repr';
export { numErr, clearNumErr, numErrArg } from './errors';
export {
  bigFromI64, bigToI64, bigFitsI64, bigFitsSmall, bigCmp, bigNeg, bigAbs, bigAdd, bigSub, bigMul,
  bigFloorDiv, bigMod, bigShl, bigShr, bigBitwise, bigInvert, bigBitLength,
} from './bigint';
export { bigToDecStr, bigToPow2Str, numOutLen, setMaxStrDigits } from './bigint-str';
export { bigFromStr } from './bigint-parse';
export { bigPow, bigPowMod } from './bigint-pow';
export { bigToF64, bigFromF64, bigHash } from './bigint-conv';
export { parseFloat64 } from './float-parse';
export { floatDivmod, floatMod, floatPow, floatRound, fdivQ, fdivR } from './float-ops';
export { parseFormatSpec, fmtErr } from './format-spec';
export { formatInt, formatFloat } from './num-format';
