// File-system helpers for user-facing paths: errno codes turned into short
// human reasons, and a mkdir -p that cannot hang (Node's recursive mkdirSync
// loops forever under /proc, e.g. `-o /proc/x/app.wasm`).
import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  ENOTDIR: 'not a directory',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EBUSY: 'resource busy',
  EEXIST: 'already exists',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'name too long',
  EMFILE: 'too many open files',
  ERR_FS_FILE_TOO_LARGE: 'file too large',
};

/** A short reason for a failed fs call ("permission denied"), never a stack. */
export function fsReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code && REASONS[code]) return REASONS[code];
  return code ?? (err instanceof Error ? err.message.split('\n')[0] : 'I/O error');
}

/** mkdir -p, one level at a time, so every failure surfaces as a thrown errno error. */
export function mkdirp(dir: string): void {
  const st = statSync(dir, { throwIfNoEntry: false });
  if (st?.isDirectory()) return;
  if (st) throw Object.assign(new Error(`not a directory: ${dir}`), { code: 'ENOTDIR' });
  const parent = dirname(dir);
  if (parent !== dir) mkdirp(parent);
  try {
    mkdirSync(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || !statSync(dir).isDirectory()) throw err;
  }
}
