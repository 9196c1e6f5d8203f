// JSON Lines: one object per quote, keys in a fixed order, `file` or `id` first.
import type { Quote } from '../types.js';
import { FIELD_NAMES } from './fields.js';

export interface Located extends Quote {
  file?: string;
  id?: string;
}

/**
 * The record as printed. Without `fields`, every field in order, with `file`
 * or `id` (whichever the quote has); with `fields`, exactly those keys, null
 * where a value does not apply.
 */
export function toRecord(q: Located, fields?: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const v = q as unknown as Record<string, unknown>;
  for (const k of fields ?? FIELD_NAMES) {
    if (!fields && ((k === 'file' && q.file === undefined) || (k === 'id' && q.id === undefined))) continue;
    out[k] = v[k] ?? null;
  }
  return out;
}

export function jsonLine(q: Located, fields?: readonly string[]): string {
  return JSON.stringify(toRecord(q, fields)) + '\n';
}
