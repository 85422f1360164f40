import { Readable } from 'node:stream';

/** One line of a text stream with its 1-based number and the bytes read so far. */
export interface NumberedLine {
  number: number;
  text: string;
  bytesRead: number;
}

const NEWLINE = 0x0a;

/**
 * The lines of `input`, pulled chunk by chunk: memory holds one chunk and one line, whatever the
 * size of the input (the next chunk is read only when the consumer asks for more lines).
 */
export async function* readLines(input: Readable): AsyncGenerator<NumberedLine> {
  let pending: Buffer[] = [];
  let number = 0;
  let bytesRead = 0;
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    bytesRead += bytes.length;
    let start = 0;
    for (let end = bytes.indexOf(NEWLINE); end !== -1; end = bytes.indexOf(NEWLINE, start)) {
      pending.push(bytes.subarray(start, end));
      yield { number: ++number, text: Buffer.concat(pending).toString('utf8').replace(/\r$/, ''), bytesRead };
      pending = [];
      start = end + 1;
    }
    if (start < bytes.length) pending.push(bytes.subarray(start));
  }
  if (pending.length > 0) yield { number: ++number, text: Buffer.concat(pending).toString('utf8'), bytesRead };
}
