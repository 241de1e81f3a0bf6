// Standard streams for a guest. The component checks that stream handles are
// instances of the `wasi:io/streams` classes it was given, so ours subclass
// the shim's classes and override every method the adapter can call.
// Output is byte-exact (no re-encoding); writes to real fds are synchronous.
import { streams, poll } from '@bytecodealliance/preview2-shim/io';
import { readSync, writeSync } from 'node:fs';

type ShimOutputStream = typeof streams.OutputStream.prototype;
type ShimInputStream = typeof streams.InputStream.prototype;

const BaseOutput = streams.OutputStream as unknown as new () => object;
const BaseInput = streams.InputStream as unknown as new () => object;
const BasePollable = poll.Pollable as unknown as new () => object;

/** Where guest output goes: a sink gets each chunk, in order. */
export type ByteSink = (chunk: Uint8Array) => void;

/** Where guest input comes from: returns up to `max` bytes, or null at end of input. */
export type ByteSource = (max: number) => Uint8Array | null;

class ReadyPollable extends BasePollable {
  ready(): boolean {
    return true;
  }
  block(): void {}
}

const WRITE_BUDGET = 1 << 20;

class SinkOutputStream extends BaseOutput {
  constructor(private readonly sink: ByteSink) {
    super();
  }
  checkWrite(): bigint {
    return BigInt(WRITE_BUDGET);
  }
  write(buf: Uint8Array): void {
    this.sink(buf);
  }
  blockingWriteAndFlush(buf: Uint8Array): void {
    this.sink(buf);
  }
  flush(): void {}
  blockingFlush(): void {}
  writeZeroes(len: bigint): void {
    this.sink(new Uint8Array(Number(len)));
  }
  blockingWriteZeroesAndFlush(len: bigint): void {
    this.sink(new Uint8Array(Number(len)));
  }
  subscribe(): object {
    return new ReadyPollable();
  }
  splice(): never {
    throw { tag: 'closed' };
  }
  blockingSplice(): never {
    throw { tag: 'closed' };
  }
}

class SourceInputStream extends BaseInput {
  private done = false;
  constructor(private readonly source: ByteSource) {
    super();
  }
  read(len: bigint): Uint8Array {
    return this.blockingRead(len);
  }
  blockingRead(len: bigint): Uint8Array {
    if (this.done) throw { tag: 'closed' };
    const max = Math.max(0, Math.min(Number(len), 1 << 20));
    if (max === 0) return new Uint8Array(0);
    const chunk = this.source(max);
    if (chunk === null) {
      this.done = true;
      throw { tag: 'closed' };
    }
    return chunk;
  }
  skip(len: bigint): bigint {
    return BigInt(this.blockingRead(len).length);
  }
  blockingSkip(len: bigint): bigint {
    return this.skip(len);
  }
  subscribe(): object {
    return new ReadyPollable();
  }
}

export function outputStream(sink: ByteSink): ShimOutputStream {
  return new SinkOutputStream(sink) as unknown as ShimOutputStream;
}

export function inputStream(source: ByteSource): ShimInputStream {
  return new SourceInputStream(source) as unknown as ShimInputStream;
}

function sleepMs(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Synchronous, binary-safe writes to a file descriptor (retries on EAGAIN for non-blocking pipes). */
export function fdSink(fd: number): ByteSink {
  return (chunk) => {
    let off = 0;
    while (off < chunk.length) {
      try {
        off += writeSync(fd, chunk, off, chunk.length - off);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') {
          sleepMs(1);
          continue;
        }
        if (code === 'EPIPE') return; // reader went away: drop output like a closed pipe
        throw err;
      }
    }
  };
}

/** Blocking reads from a file descriptor; null at end of file. */
export function fdSource(fd: number): ByteSource {
  return (max) => {
    const buf = new Uint8Array(max);
    for (;;) {
      try {
        const n = readSync(fd, buf, 0, max, null);
        return n === 0 ? null : buf.subarray(0, n);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') {
          sleepMs(1);
          continue;
        }
        if (code === 'EOF') return null;
        throw err;
      }
    }
  };
}

/** Input from a fixed buffer. */
export function bufferSource(data: Uint8Array): ByteSource {
  let pos = 0;
  return (max) => {
    if (pos >= data.length) return null;
    const chunk = data.subarray(pos, Math.min(data.length, pos + max));
    pos += chunk.length;
    return chunk;
  };
}
