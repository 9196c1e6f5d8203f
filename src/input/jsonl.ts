// JSON Lines records {"id", "text", "outlet"?}, read line by line from a byte
// stream so that output starts before the input ends and memory stays bounded
// by the longest line. Each line is decoded on its own: invalid UTF-8 on one
// line is that line's warning, not the stream's.
import { constants, isUtf8 } from 'node:buffer';
import type { Readable } from 'node:stream';

export interface JsonlRecord {
  line: number;
  id: string | null;
  text: string | null;
  outlet: string | null;
  /** The line cannot be used (invalid JSON, no text); the other lines still are. */
  error: string | null;
  /** The line was used, but its text is not exactly the input (invalid UTF-8 replaced). */
  damaged?: string | null;
  /** The stream cannot be read as JSON Lines at all (binary); no more records follow. */
  fatal?: boolean;
}

/** Parse one line; input is data, so only the record's own known keys are read. */
export function parseRecord(raw: string, line: number): JsonlRecord | null {
  const trimmed = raw.trim();
  if (!trimmed) return null;
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (e) {
    return { line, id: null, text: null, outlet: null, error: `line ${line}: invalid JSON (${(e as Error).message.replace(/\s+in JSON at position \d+.*$/s, '').slice(0, 80)})` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { line, id: null, text: null, outlet: null, error: `line ${line}: not a JSON object` };
  }
  const rec = value as Record<string, unknown>;
  const own = (k: string): unknown => (Object.prototype.hasOwnProperty.call(rec, k) ? rec[k] : undefined);
  const text = own('text');
  const id = own('id');
  const outlet = own('outlet');
  const idStr = typeof id === 'string' ? id : typeof id === 'number' ? String(id) : null;
  if (typeof text !== 'string') return { line, id: idStr, text: null, outlet: null, error: `line ${line}: record has no "text" string` };
  return { line, id: idStr ?? String(line), text, outlet: typeof outlet === 'string' ? outlet : null, error: null };
}

/**
 * A line longer than this many bytes is no record: Node.js makes no string of more than
 * constants.MAX_STRING_LENGTH characters, so it could not be decoded.
 */
export const MAX_LINE_BYTES = constants.MAX_STRING_LENGTH;

/** A line too long to read, skipped without being held: its length in bytes. */
export interface LongLine {
  tooLong: number;
}

/**
 * The lines of a byte stream, without their \n; a line is held only until it is complete. A line of more than
 * `max` bytes is not held: it is read past, and stands as its length (LongLine).
 */
export async function* byteLines(stream: Readable, max = MAX_LINE_BYTES): AsyncGenerator<Buffer | LongLine> {
  let parts: Buffer[] = [];
  // the bytes of the line read so far; past `max`, its parts are no longer kept
  let held = 0;
  for await (const chunk of stream) {
    const buf: Buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    let start = 0;
    for (let nl = buf.indexOf(10, start); nl !== -1; nl = buf.indexOf(10, start)) {
      const piece = buf.subarray(start, nl);
      start = nl + 1;
      held += piece.length;
      if (held > max) yield { tooLong: held };
      else yield parts.length ? Buffer.concat([...parts, piece]) : piece;
      parts = [];
      held = 0;
    }
    if (start < buf.length) {
      held += buf.length - start;
      if (held <= max) parts.push(Buffer.from(buf.subarray(start)));
      else parts = [];
    }
  }
  if (held > max) yield { tooLong: held };
  else if (parts.length) yield Buffer.concat(parts);
}

export async function* readJsonl(stream: Readable, maxLine = MAX_LINE_BYTES): AsyncGenerator<JsonlRecord> {
  let line = 0;
  for await (const read of byteLines(stream, maxLine)) {
    line++;
    if (!Buffer.isBuffer(read)) {
      yield { line, id: null, text: null, outlet: null, error: `line ${line}: record too large to read (${read.tooLong.toLocaleString('en-US')} bytes; the most is ${maxLine.toLocaleString('en-US')}): skipped` };
      continue;
    }
    let bytes = read;
    if (line === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    if (bytes.indexOf(0) !== -1) {
      yield { line, id: null, text: null, outlet: null, error: `line ${line}: binary data (contains NUL bytes); stopped reading`, fatal: true };
      stream.destroy();
      return;
    }
    const valid = isUtf8(bytes);
    const rec = parseRecord(bytes.toString('utf8'), line);
    if (!rec) continue;
    if (!valid) rec.damaged = `line ${line}: invalid UTF-8; decoded with replacement characters`;
    yield rec;
  }
}
