// Memory hooks for the numeric library. Everything in num/ allocates through
// these functions so the object model decides where numbers live.
//  numAlloc(size): scratch/output buffer, 4-byte aligned, >= size bytes.
//  numFree(ptr):   release a numAlloc block.
//  numNewInt(n):   storage for a big-int *result* record with room for n
//                  limbs: returns the record address (i32 size word, then
//                  limbs). The object model may redirect this to allocate an
//                  int object and return the address of its payload.
import { rawAlloc, rawFree } from '../alloc';

export function numAlloc(size: usize): usize {
  return rawAlloc(size == 0 ? 4 : <u32>size);
}

export function numFree(ptr: usize): void {
  if (ptr != 0) rawFree(ptr);
}

export function numNewInt(nlimbs: i32): usize {
  return rawAlloc(4 + (<u32>nlimbs << 2));
}

// Releases a record from numNewInt that never escaped (intermediate results).
export function numFreeInt(rec: usize): void {
  if (rec != 0) rawFree(rec);
}
