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

// Initialisms (U.S., D.C.), then words with inner apostrophes or hyphens, then
// any single non-space character. Each alternative is deterministic: no backtracking.
const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:[’'\-.&][\p{L}\p{N}]+)*|[^\s]/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    let word = m[0];
    let end = m.index + word.length;
    const isWord = /[\p{L}\p{N}]/u.test(word[0]!);
    // keep the full stop of an abbreviation or initial with its word: "Mr.", "H."
    if (isWord && slice[end] === '.' && (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word))) {
      word += '.';
      end++;
      TOKEN.lastIndex = end;
    }
    out.push({ text: word, lower: word.toLowerCase(), start: from + m.index, end: from + end, kind: isWord ? 'word' : 'punct' });
  }
  return out;
}

/** "Russia’s" → "Russia": the word without a possessive ending. */
export function stripPossessive(word: string): string {
  return word.replace(/[’']s$/u, '').replace(/s[’']$/u, 's');
}
