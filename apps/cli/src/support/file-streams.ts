import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, stat, unlink } from 'node:fs/promises';
import { Readable, Writable } from 'node:stream';
import { CliFailure } from './cli-failure.error';

/** `-` is stdin; a file is opened now, so that a missing or unreadable one fails before Redis is touched. */
export async function openInput(path: string): Promise<{ stream: Readable; size?: number }> {
  if (path === '-') return { stream: process.stdin };
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new Error(`not a regular file`);
    const stream = createReadStream(path);
    await once(stream, 'open');
    return { stream, size: info.size };
  } catch (error) {
    throw new CliFailure(`cannot read ${path}: ${(error as Error).message}`);
  }
}

/** Where `export` writes: stdout for `-`; else `FILE.partial`, renamed to FILE by `commit` (so FILE is never half written). */
export interface Output {
  stream: Writable;
  commit(): Promise<void>;
  discard(): Promise<void>;
}

export async function openOutput(path: string): Promise<Output> {
  if (path === '-') {
    const flushed = () => new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
    return { stream: process.stdout, commit: flushed, discard: flushed };
  }
  const partial = `${path}.partial`;
  const stream = createWriteStream(partial);
  try {
    await once(stream, 'open');
  } catch (error) {
    throw new CliFailure(`cannot write ${path}: ${(error as Error).message}`);
  }
  return {
    stream,
    async commit() {
      stream.end();
      await once(stream, 'close');
      await rename(partial, path);
    },
    async discard() {
      stream.destroy();
      await unlink(partial).catch(() => undefined);
    },
  };
}
