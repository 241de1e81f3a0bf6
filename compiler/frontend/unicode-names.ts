// Unicode character names for "\N{...}" escapes. The table is data generated
// once from the Python 3.12 oracle by scripts/gen-unicode-names.py and loaded
// lazily (only programs that use \N{} pay for it).
import { readFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

let names: Map<string, number> | null = null;
let ranges: Array<[string, number, number]> = [];

function load(): Map<string, number> {
  if (names) return names;
  // The data lives beside the TypeScript sources; compiled code runs from dist/.
  const candidates = ['./data/unicode-names.txt.gz', '../../../compiler/frontend/data/unicode-names.txt.gz'];
  let text = '';
  for (const rel of candidates) {
    const path = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(path)) {
      text = gunzipSync(readFileSync(path)).toString('ascii');
      break;
    }
  }
  names = new Map();
  for (const line of text.split('\n')) {
    if (!line) continue;
    if (line[0] === '=') {
      const [prefix, a, b] = line.slice(1).split(';');
      ranges.push([prefix, parseInt(a, 16), parseInt(b, 16)]);
    } else {
      const semi = line.lastIndexOf(';');
      names.set(line.slice(0, semi), parseInt(line.slice(semi + 1), 16));
    }
  }
  return names;
}

const JAMO_L = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H'];
const JAMO_V = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI', 'YU', 'EU', 'YI', 'I'];
const JAMO_T = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B', 'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H'];

function hangul(rest: string): number | undefined {
  // Greedy longest match of L, V, T jamo short names.
  for (let l = 0; l < JAMO_L.length; l++) {
    if (!rest.startsWith(JAMO_L[l])) continue;
    const r1 = rest.slice(JAMO_L[l].length);
    for (let v = 0; v < JAMO_V.length; v++) {
      if (!r1.startsWith(JAMO_V[v])) continue;
      const r2 = r1.slice(JAMO_V[v].length);
      const t = JAMO_T.indexOf(r2);
      if (t >= 0) return 0xac00 + (l * 21 + v) * 28 + t;
    }
  }
  return undefined;
}

/** Code point for a Unicode name (case-insensitive, like CPython), or undefined. */
export function lookupUnicodeName(name: string): number | undefined {
  const upper = name.toUpperCase();
  const table = load();
  const cp = table.get(upper);
  if (cp !== undefined) return cp;
  if (upper.startsWith('HANGUL SYLLABLE ')) return hangul(upper.slice(16));
  for (const [prefix, a, b] of ranges) {
    if (upper.startsWith(prefix)) {
      const hex = upper.slice(prefix.length);
      if (/^[0-9A-F]{4,6}$/.test(hex)) {
        const c = parseInt(hex, 16);
        if (c >= a && c <= b) return c;
      }
    }
  }
  return undefined;
}
