// JSON Lines: one object per quote, keys in a fixed order, `file` or `id` first.
import type { Quote } from '../types.js';

export interface Located extends Quote {
  file?: string;
  id?: string;
}

export const FIELD_ORDER = ['file', 'id', 'quote', 'start', 'end', 'type', 'speaker', 'speakerMention', 'speakerTitle', 'cue', 'outlet', 'outletMention', 'confidence', 'rule', 'group'] as const;

export function toRecord(q: Located, fields?: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of fields ?? FIELD_ORDER) {
    if (k === 'file' && q.file === undefined) continue;
    if (k === 'id' && q.id === undefined) continue;
    out[k] = (q as unknown as Record<string, unknown>)[k] ?? null;
  }
  return out;
}

export function jsonLine(q: Located, fields?: readonly string[]): string {
  return JSON.stringify(toRecord(q, fields)) + '\n';
}
