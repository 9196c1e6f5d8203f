// Selection of the quotes to print: --min-confidence and --speaker. Pure
// predicates over output records.
import type { Located } from './jsonl.js';

/** Words of a name, compared without case, accents, dots and commas ("Dr. José" → ["dr", "jose"]). */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase()
    .split(/[\s.,]+/)
    .filter(Boolean);
}

/**
 * Does `query` name `speaker`? The query is the full name or its last words
 * (the surname): "Putin" and "vladimir putin" match "Vladimir Putin",
 * "von der Leyen" and "Leyen" match "Ursula von der Leyen"; "Vladimir" does not.
 */
export function namesSpeaker(query: string, speaker: string | null): boolean {
  if (!speaker) return false;
  const q = nameWords(query);
  const s = nameWords(speaker);
  if (!q.length || q.length > s.length) return false;
  const offset = s.length - q.length;
  return q.every((w, i) => w === s[offset + i]);
}

export interface Selection {
  minConfidence?: number;
  /** Any of these names (see namesSpeaker). */
  speakers?: readonly string[];
}

export function selector(sel: Selection): (q: Located) => boolean {
  const { minConfidence, speakers } = sel;
  return (q) =>
    (minConfidence === undefined || q.confidence >= minConfidence) && (!speakers?.length || speakers.some((name) => namesSpeaker(name, q.speaker)));
}

/** Parse a --min-confidence value; throws an Error with a one-line message. */
export function parseConfidence(value: string): number {
  const s = value.trim();
  const n = /^(?:\d+(?:\.\d*)?|\.\d+)$/.test(s) ? Number(s) : NaN;
  if (!(n >= 0 && n <= 1)) throw new Error('expected a number from 0 to 1');
  return n;
}
