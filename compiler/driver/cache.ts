// Content-addressed build cache. An entry is keyed by everything that decides
// its bytes (source, Molt version, compiler and runtime build hashes, options);
// writes are atomic (temp file + rename) and every entry carries a checksum, so
// a torn or corrupted entry is detected and rebuilt, never trusted.
import { createHash, randomBytes } from 'node:crypto';
import { accessSync, constants, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fsReason, mkdirp } from '../util/fs-errors.js';

export function cacheRoot(): string {
  const explicit = process.env.MOLT_CACHE_DIR;
  if (explicit) return explicit;
  const xdg = process.env.XDG_CACHE_HOME;
  return join(xdg && xdg.length > 0 ? xdg : join(homedir(), '.cache'), 'molt');
}

const usable = new Map<string, string>();

/**
 * `root` when it is (or can be made) a writable directory; otherwise a private
 * temporary directory, removed at exit, after one warning. An unusable cache
 * (MOLT_CACHE_DIR naming a file, a read-only home) costs speed, never a run.
 */
export function usableCacheRoot(root: string = cacheRoot()): string {
  let dir = usable.get(root);
  if (dir !== undefined) return dir;
  try {
    mkdirp(root);
    accessSync(root, constants.W_OK | constants.X_OK);
    dir = root;
  } catch (err) {
    dir = mkdtempSync(join(tmpdir(), 'molt-cache-'));
    const tmp = dir;
    process.once('exit', () => rmSync(tmp, { recursive: true, force: true }));
    process.stderr.write(`molt: warning: cache directory ${root} is not usable (${fsReason(err)}); using a temporary one\n`);
  }
  usable.set(root, dir);
  return dir;
}

export function sha256Hex(...parts: Array<string | Uint8Array>): string {
  const h = createHash('sha256');
  for (const p of parts) {
    const bytes = typeof p === 'string' ? Buffer.from(p, 'utf8') : p;
    // length-prefix each part so that ("ab","c") and ("a","bc") differ
    h.update(String(bytes.length) + ':');
    h.update(bytes);
  }
  return h.digest('hex');
}

/** A unique temporary name next to `path` (same directory, so rename is atomic). */
export function tempPathFor(path: string): string {
  return `${path}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
}

export function writeFileAtomic(path: string, data: Uint8Array | string): void {
  mkdirp(dirname(path));
  const tmp = tempPathFor(path);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

const MAGIC = Buffer.from('MOLTCACHE1\n', 'ascii');
const DIGEST_LEN = 32;

/** A store of checksummed blobs under `<cacheRoot>/<namespace>/`. */
export class BlobCache {
  readonly dir: string;

  constructor(namespace: string, root: string = cacheRoot()) {
    this.dir = join(usableCacheRoot(root), namespace);
  }

  pathFor(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.bin`);
  }

  /** The stored bytes, or null when absent or corrupted (a corrupted entry is removed). */
  get(key: string): Uint8Array | null {
    const path = this.pathFor(key);
    let raw: Buffer;
    try {
      raw = readFileSync(path);
    } catch {
      return null;
    }
    const headerLen = MAGIC.length + DIGEST_LEN;
    if (raw.length >= headerLen && raw.subarray(0, MAGIC.length).equals(MAGIC)) {
      const payload = raw.subarray(headerLen);
      const digest = createHash('sha256').update(payload).digest();
      if (digest.equals(raw.subarray(MAGIC.length, headerLen))) return new Uint8Array(payload);
    }
    rmSync(path, { force: true });
    return null;
  }

  put(key: string, payload: Uint8Array): void {
    const digest = createHash('sha256').update(payload).digest();
    try {
      writeFileAtomic(this.pathFor(key), Buffer.concat([MAGIC, digest, payload]));
    } catch {
      // An unwritable cache only costs speed; the build result is still good.
    }
  }
}
