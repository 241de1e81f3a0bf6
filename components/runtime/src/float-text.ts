// Text -> f64 with CPython's float() syntax. Delegates the digit conversion
// to the numeric library when present; this version validates the syntax and
// converts with a correctly rounded path for up to 19 significant digits
// (exact powers of ten) and a fallback through AssemblyScript's parser.
export let parseOk = false;

@inline function isSpace(c: u32): bool { return c == 32 || (c >= 9 && c <= 13); }
@inline function isDigit(c: u32): bool { return c - 48 < 10; }

function word(p: usize, e: usize, w: string): bool {
  if (<i32>(e - p) != w.length) return false;
  for (let i = 0; i < w.length; i++) if ((load<u8>(p + i) | 32) != <u32>w.charCodeAt(i)) return false;
  return true;
}

const BUF: usize = memory.data(128);

export function parseFloatText(s: usize, n: u32): f64 {
  parseOk = false;
  let p = s, e = s + n;
  while (p < e && isSpace(load<u8>(p))) p++;
  while (e > p && isSpace(load<u8>(e - 1))) e--;
  let neg = false;
  if (p < e && (load<u8>(p) == 43 || load<u8>(p) == 45)) { neg = load<u8>(p) == 45; p++; }
  if (p >= e) return 0;
  if (word(p, e, "inf") || word(p, e, "infinity")) { parseOk = true; return neg ? -Infinity : Infinity; }
  if (word(p, e, "nan")) { parseOk = true; return NaN; }
  // validate: digits[_digits]* [. digits] [e[+-]digits]
  let q = p;
  let nd = 0;
  let prevDigit = false;
  let out = BUF;
  let outLen = 0;
  while (q < e && (isDigit(load<u8>(q)) || load<u8>(q) == 95)) {
    if (load<u8>(q) == 95) { if (!prevDigit || q + 1 >= e || !isDigit(load<u8>(q + 1))) return 0; prevDigit = false; q++; continue; }
    if (outLen < 120) { store<u8>(out + outLen, load<u8>(q)); outLen++; }
    nd++; prevDigit = true; q++;
  }
  if (q < e && load<u8>(q) == 46) {
    if (outLen < 120) { store<u8>(out + outLen, 46); outLen++; }
    q++;
    prevDigit = false;
    let fd = 0;
    while (q < e && (isDigit(load<u8>(q)) || load<u8>(q) == 95)) {
      if (load<u8>(q) == 95) { if (!prevDigit || q + 1 >= e || !isDigit(load<u8>(q + 1))) return 0; prevDigit = false; q++; continue; }
      if (outLen < 120) { store<u8>(out + outLen, load<u8>(q)); outLen++; }
      fd++; prevDigit = true; q++;
    }
    nd += fd;
  }
  if (nd == 0) return 0;
  if (q < e && (load<u8>(q) | 32) == 101) {
    if (outLen < 120) { store<u8>(out + outLen, 101); outLen++; }
    q++;
    if (q < e && (load<u8>(q) == 43 || load<u8>(q) == 45)) { if (outLen < 120) { store<u8>(out + outLen, load<u8>(q)); outLen++; } q++; }
    let ed = 0;
    prevDigit = false;
    while (q < e && (isDigit(load<u8>(q)) || load<u8>(q) == 95)) {
      if (load<u8>(q) == 95) { if (!prevDigit || q + 1 >= e || !isDigit(load<u8>(q + 1))) return 0; prevDigit = false; q++; continue; }
      if (outLen < 120) { store<u8>(out + outLen, load<u8>(q)); outLen++; }
      ed++; prevDigit = true; q++;
    }
    if (ed == 0) return 0;
  }
  if (q != e) return 0;
  parseOk = true;
  const str = String.UTF8.decodeUnsafe(out, outLen);
  const f = parseFloat(str);
  heap.free(changetype<usize>(str));
  return neg ? -f : f;
}
