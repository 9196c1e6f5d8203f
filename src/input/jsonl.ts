// JSON Lines records {"id", "text", "outlet"?}, read line by line from a stream
// so that output can start before the input ends.
import type { Readable } from 'node:stream';

export interface JsonlRecord {
  line: number;
  id: string | null;
  text: string | null;
  outlet: string | null;
  error: string | null;
}

/** Parse one line; input is data, so only the known keys are read. */
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
 * Records, one per line, pulled a chunk at a time: nothing is read ahead while
 * the consumer is busy (readline's iterator buffers up to 1024 lines, which
 * with --jobs cost ~60 MB of peak memory on long streams). Linear in the
 * input, however long a line is. CRLF endings and a UTF-8 BOM are accepted.
 */
export async function* readJsonl(stream: Readable): AsyncGenerator<JsonlRecord> {
  const decoder = new TextDecoder('utf-8');
  const pieces: string[] = []; // of the current line, when it spans chunks
  let line = 0;
  const take = (last: string): JsonlRecord | null => {
    pieces.push(last);
    const raw = pieces.join('');
    pieces.length = 0;
    return parseRecord(raw, ++line);
  };
  for await (const chunk of stream) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk as Uint8Array, { stream: true });
    let from = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
      const rec = take(text.slice(from, nl));
      from = nl + 1;
      if (rec) yield rec;
    }
    if (from < text.length) pieces.push(text.slice(from));
  }
  const tail = decoder.decode();
  if (tail || pieces.length) {
    const rec = take(tail);
    if (rec) yield rec;
  }
}
