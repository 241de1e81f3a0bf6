// round(float, n): correctly rounded (num/float-ops.ts floatRound).
import { floatRound } from "./num/float-ops";
export function floatRoundDigits(f: f64, n: i64): f64 { return floatRound(f, n); }
