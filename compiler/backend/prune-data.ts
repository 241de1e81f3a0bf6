// Link-time size step for the runtime's static data. AssemblyScript emits one
// active data segment per string literal / static array (~1900 in the runtime),
// each costing a segment header (flags, offset expr, length) in the binary.
// Adjacent active segments separated only by small alignment gaps are merged,
// the gap filled with zeros (memory starts zeroed, so the contents are unchanged).
import binaryen from 'binaryen';

interface SegInfo { name: string; offset: number | null; data: ArrayBuffer; passive: boolean }

/** Merge gaps up to this many bytes: a segment header costs about as much. */
const MAX_GAP = 8;

export function mergeDataSegments(m: binaryen.Module): void {
  const mx = m as unknown as { getNumDataSegments(): number; getDataSegmentInfo(ref: number): SegInfo };
  const n = mx.getNumDataSegments();
  if (n < 2) return;
  const passive: binaryen.MemorySegment[] = [];
  const active: Array<{ name: string; offset: number; data: Uint8Array }> = [];
  for (let i = 0; i < n; i++) {
    const info = mx.getDataSegmentInfo(m.getDataSegmentByIndex(i));
    // passive segments are referenced by name (memory.init / data.drop): keep them as they are
    if (info.passive) passive.push({ name: info.name, data: new Uint8Array(info.data), passive: true, offset: 0 } as never);
    else if (info.offset === null) return; // non-constant offset: leave the module alone
    else active.push({ name: info.name, offset: info.offset >>> 0, data: new Uint8Array(info.data) });
  }
  active.sort((a, b) => a.offset - b.offset);
  const merged: typeof active = [];
  for (const s of active) {
    const last = merged[merged.length - 1];
    const end = last ? last.offset + last.data.length : 0;
    if (last && s.offset >= end && s.offset - end <= MAX_GAP) {
      const buf = new Uint8Array(s.offset + s.data.length - last.offset);
      buf.set(last.data, 0);
      buf.set(s.data, s.offset - last.offset);
      last.data = buf;
    } else {
      merged.push({ ...s });
    }
  }
  if (merged.length === active.length) return;
  const segs = [...merged.map((s) => ({ name: s.name, data: s.data, passive: false, offset: m.i32.const(s.offset) }) as never), ...passive];
  const mem = m.getMemoryInfo();
  let memExport: string | null = null;
  let internal = '0';
  for (let i = 0; i < m.getNumExports(); i++) {
    const info = binaryen.getExportInfo(m.getExportByIndex(i));
    if (info.kind === binaryen.ExternalMemory) { memExport = info.name; internal = info.value; break; }
  }
  if (memExport) m.removeExport(memExport);
  m.setMemory(mem.initial, mem.max ?? 65536, memExport, segs, mem.shared, mem.is64, internal);
}
