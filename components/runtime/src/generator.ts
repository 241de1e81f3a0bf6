// Generators (built next issue): resumable frames driven by molt_iter_next.
import { raiseLit } from "./errors";
import * as X from "./exceptions";
export function genResume(g: u64): u64 { return raiseLit(X.E_NotImplementedError, "generators are not supported yet"); }
