// PLACEHOLDER until the parser lands.
import type { Module } from './ast.js';
export function parseModule(_source: Uint8Array | string, _filename: string): Module {
  throw new Error('parser not implemented yet');
}
