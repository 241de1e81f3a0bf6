// PLACEHOLDER until scope analysis lands.
import type { Module } from './ast.js';
export interface SymbolTable { name: string }
export function buildSymtable(_mod: Module, _filename: string): SymbolTable {
  throw new Error('symtable not implemented yet');
}
export function formatSymtable(_t: SymbolTable): string { return ''; }
