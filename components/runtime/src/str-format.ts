// str.format(*args, **kwargs): replacement fields {name.attr[key]!conv:spec}
// with nested fields inside the spec, auto/manual numbering and CPython's errors.
import { ptrOf, ERROR, NONE, boxSmall, boxPtr } from "./value";
import { incref, decref } from "./object";
import { kindOf } from "./types";
import * as K from "./kinds";
import { raiseLit, raiseSb, raiseWithArg } from "./errors";
import * as X from "./exceptions";
import { sbNew, sbByte, sbBytes, sbLit, sbFree, sbData, sbLen, sbI64 } from "./strbuf";
import { sbFinish, STR_DATA, strBytes, strFromUtf8 } from "./str";
import { nkw } from "./args";
import { tupLen, tupItem } from "./tuple";
import { getAttr } from "./attr";
import { molt_getitem } from "./subscript";
import { molt_str, molt_repr, molt_ascii } from "./convert";
import { formatValue } from "./format";

let autoIdx: i32 = 0;
let mode: i32 = 0; // 0 unknown, 1 auto, 2 manual

function isDigits(p: usize, n: u32): bool {
  if (n == 0) return false;
  for (let i: u32 = 0; i < n; i++) { const c = load<u8>(p + i); if (c < 48 || c > 57) return false; }
  return true;
}
function parseNum(p: usize, n: u32): i64 { let v: i64 = 0; for (let i: u32 = 0; i < n; i++) v = v * 10 + (load<u8>(p + i) - 48); return v; }

/** Resolves a field name like "0.attr[key]" to a new reference. */
function resolve(p: usize, n: u32, argv: usize, nargs: u32, kwnames: u64): u64 {
  // first part: up to '.' or '['
  let i: u32 = 0;
  while (i < n && load<u8>(p + i) != 46 && load<u8>(p + i) != 91) i++;
  let obj: u64;
  if (i == 0) {
    if (mode == 2) return raiseLit(X.E_ValueError, "cannot switch from manual field specification to automatic field numbering");
    mode = 1;
    const k = autoIdx++;
    if (<u32>k >= nargs) {
      const sb = sbNew(); sbLit(sb, "Replacement index "); sbI64(sb, k); sbLit(sb, " out of range for positional args tuple");
      return raiseSb(X.E_IndexError, sb);
    }
    obj = load<u64>(argv + (<u32>k << 3)); incref(obj);
  } else if (isDigits(p, i)) {
    if (mode == 1) return raiseLit(X.E_ValueError, "cannot switch from automatic field numbering to manual field specification");
    mode = 2;
    const k = parseNum(p, i);
    if (k >= <i64>nargs) {
      const sb = sbNew(); sbLit(sb, "Replacement index "); sbI64(sb, k); sbLit(sb, " out of range for positional args tuple");
      return raiseSb(X.E_IndexError, sb);
    }
    obj = load<u64>(argv + (<u32>k << 3)); incref(obj);
  } else {
    const nk = nkw(kwnames);
    obj = 0;
    for (let j: u32 = 0; j < nk; j++) {
      const kn = ptrOf(tupItem(ptrOf(kwnames), j));
      if (strBytes(kn) == i && memory.compare(kn + STR_DATA, p, i) == 0) { obj = load<u64>(argv + ((nargs + j) << 3)); break; }
    }
    if (obj == 0) { const key = strFromUtf8(p, i); const e = raiseWithArg(X.E_KeyError, key); decref(key); return e; }
    incref(obj);
  }
  while (i < n) {
    const c = load<u8>(p + i);
    if (c == 46) {
      i++;
      const st = i;
      while (i < n && load<u8>(p + i) != 46 && load<u8>(p + i) != 91) i++;
      if (i == st) { decref(obj); return raiseLit(X.E_ValueError, "Empty attribute in format string"); }
      const name = strFromUtf8(p + st, i - st);
      const r = getAttr(obj, name);
      decref(name); decref(obj);
      if (r == ERROR) return ERROR;
      obj = r;
    } else if (c == 91) {
      i++;
      const st = i;
      while (i < n && load<u8>(p + i) != 93) i++;
      if (i >= n) { decref(obj); return raiseLit(X.E_ValueError, "Missing ']' in format string"); }
      const key = isDigits(p + st, i - st) ? boxSmall(parseNum(p + st, i - st)) : strFromUtf8(p + st, i - st);
      i++;
      const r = molt_getitem(obj, key);
      decref(key); decref(obj);
      if (r == ERROR) return ERROR;
      obj = r;
    } else {
      decref(obj);
      return raiseLit(X.E_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return obj;
}

function render(sb: u32, p: usize, n: u32, argv: usize, nargs: u32, kwnames: u64, depth: i32): bool {
  if (depth > 2) { raiseLit(X.E_ValueError, "Max string recursion exceeded"); return false; }
  let i: u32 = 0;
  while (i < n) {
    const c = load<u8>(p + i);
    if (c == 123) {
      if (i + 1 < n && load<u8>(p + i + 1) == 123) { sbByte(sb, 123); i += 2; continue; }
      if (i + 1 == n) { raiseLit(X.E_ValueError, "Single '{' encountered in format string"); return false; }
      // find matching '}' accounting for nesting
      let j = i + 1, lvl = 1;
      let inBracket = false;
      while (j < n) {
        const x = load<u8>(p + j);
        if (x == 91) inBracket = true; else if (x == 93) inBracket = false;
        else if (!inBracket && x == 123) lvl++;
        else if (!inBracket && x == 125) { lvl--; if (lvl == 0) break; }
        j++;
      }
      if (j >= n) { raiseLit(X.E_ValueError, "expected '}' before end of string"); return false; }
      // split field: name [!conv] [:spec]
      const fs = i + 1, fe = j;
      let k = fs;
      let br = false;
      while (k < fe) { const x = load<u8>(p + k); if (x == 91) br = true; else if (x == 93) br = false; else if (!br && (x == 33 || x == 58)) break; k++; }
      const nameEnd = k;
      let conv: u32 = 0;
      if (k < fe && load<u8>(p + k) == 33) {
        if (k + 1 >= fe) { raiseLit(X.E_ValueError, "end of string while looking for conversion specifier"); return false; }
        conv = load<u8>(p + k + 1);
        k += 2;
        if (k < fe && load<u8>(p + k) != 58) { raiseLit(X.E_ValueError, "expected ':' after conversion specifier"); return false; }
      }
      let specS = fe, specE = fe;
      if (k < fe && load<u8>(p + k) == 58) { specS = k + 1; specE = fe; }
      const obj = resolve(p + fs, nameEnd - fs, argv, nargs, kwnames);
      if (obj == ERROR) return false;
      let val = obj;
      if (conv != 0) {
        if (conv == 114) val = molt_repr(obj);
        else if (conv == 115) val = molt_str(obj);
        else if (conv == 97) val = molt_ascii(obj);
        else {
          decref(obj);
          const eb = sbNew(); sbLit(eb, "Unknown conversion specifier "); sbByte(eb, conv);
          raiseSb(X.E_ValueError, eb);
          return false;
        }
        decref(obj);
        if (val == ERROR) return false;
      }
      // nested fields in the spec
      const specSb = sbNew(specE - specS + 4);
      if (!render(specSb, p + specS, specE - specS, argv, nargs, kwnames, depth + 1)) { sbFree(specSb); decref(val); return false; }
      const spec = sbFinish(specSb);
      const out = formatValue(val, spec);
      decref(spec); decref(val);
      if (out == ERROR) return false;
      sbBytes(sb, ptrOf(out) + STR_DATA, strBytes(ptrOf(out)));
      decref(out);
      i = j + 1;
      continue;
    }
    if (c == 125) {
      if (i + 1 < n && load<u8>(p + i + 1) == 125) { sbByte(sb, 125); i += 2; continue; }
      raiseLit(X.E_ValueError, "Single '}' encountered in format string");
      return false;
    }
    sbByte(sb, c);
    i++;
  }
  return true;
}

export function strFormatMethod(fmt: u64, argv: usize, nargs: u32, kwnames: u64): u64 {
  const p = ptrOf(fmt);
  const sb = sbNew(strBytes(p) + 16);
  const saveA = autoIdx, saveM = mode;
  autoIdx = 0; mode = 0;
  const ok = render(sb, p + STR_DATA, strBytes(p), argv, nargs, kwnames, 0);
  autoIdx = saveA; mode = saveM;
  if (!ok) { sbFree(sb); return ERROR; }
  return sbFinish(sb);
}

export function molt_format_str_method(fmt: u64, argv: i32, nargs: i32, kwnames: u64): u64 {
  return strFormatMethod(fmt, <usize>argv, <u32>nargs, kwnames);
}
