// JSON Lines records {"id", "text", "outlet"?}, read line by line from a stream
// so that output can start before the input ends.
import { createInterface } from 'node:readline';
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

export async function* readJsonl(stream: Readable): AsyncGenerator<JsonlRecord> {
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  for await (const raw of rl) {
    line++;
    const rec = parseRecord(raw, line);
    if (rec) yield rec;
  }
}
