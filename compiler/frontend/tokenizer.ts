// PLACEHOLDER until the tokenizer lands.
export interface Token { type: string; string: string; start: [number, number]; end: [number, number] }
export function tokenize(_source: Uint8Array | string, _filename: string): Token[] {
  throw new Error('tokenizer not implemented yet');
}
export function formatToken(t: Token): string { return `${t.type} ${JSON.stringify(t.string)}`; }
