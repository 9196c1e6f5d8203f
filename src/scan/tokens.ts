// Word tokens with offsets, for the small windows that attribution looks at.
import { ABBREVIATIONS } from '../lexicon/abbreviations.js';

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** word: letters or digits; punct: anything else (one character). */
  kind: 'word' | 'punct';
}

// Initialisms (U.S., D.C.), then words with inner apostrophes or hyphens (group
// 1), then any single non-space character. Each alternative is deterministic:
// no backtracking. Matched in place, from `from`, without copying the text.
const TOKEN = /((?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:[’'\-.&][\p{L}\p{N}]+)*)|[^\s]/gu;
const SINGLE_CAPITAL = /^\p{Lu}$/u;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    let word = m[0];
    let end = m.index + word.length;
    if (end > to) break; // a word cut by the window's end is not read
    const isWord = m[1] !== undefined;
    let lower = word.toLowerCase();
    // keep the full stop of an abbreviation or initial with its word: "Mr.", "H."
    if (isWord && text[end] === '.' && end < to && (ABBREVIATIONS.has(lower) || SINGLE_CAPITAL.test(word))) {
      word += '.';
      lower += '.';
      end++;
      TOKEN.lastIndex = end;
    }
    out.push({ text: word, lower, start: m.index, end, kind: isWord ? 'word' : 'punct' });
  }
  return out;
}

/** "Russia’s" → "Russia": the word without a possessive ending. */
export function stripPossessive(word: string): string {
  return word.replace(/[’']s$/u, '').replace(/s[’']$/u, 's');
}
