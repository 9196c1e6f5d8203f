// Word tokens with offsets, for the small windows that attribution looks at.
import { ABBREVIATIONS } from '../lexicon/abbreviations.js';
import { lazily } from '../lazy.js';

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** word: letters or digits; punct: anything else (one character). */
  kind: 'word' | 'punct';
}

/**
 * toks[i], or undefined outside the list, without reading outside it: optimised code that reads past an array's
 * end (or before its start) is thrown away by V8 and compiled again, so hot functions that may look one token too
 * far use this rather than `toks[i]?.…`.
 */
export const tokenAt = (toks: readonly Token[], i: number): Token | undefined => (i >= 0 && i < toks.length ? toks[i] : undefined);

// Initialisms (U.S., D.C.), then words with inner apostrophes or hyphens (and
// numbers with the commas of their thousands, "9,000"),
// then any single non-space character: the language of TOKEN below, read by a
// hand-written scanner (the regular expression with Unicode classes was the
// engine's largest single cost; tests/tokens.test.ts holds the two equal).
// Each step is deterministic: no backtracking. Read in place, from `from`,
// without copying the text.
const TOKEN = lazily(() => /((?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:(?:[’'\-&]|\.(?!(?<=\p{Ll}\.)\p{Lu}\p{Ll})|(?<=\d),(?=\d{3}(?!\d)))[\p{L}\p{N}]+)*)|--|[^\s]/gu);
const SINGLE_CAPITAL = /^\p{Lu}$/u;
const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** UTF-16 length of the code point at i. */
const width = (text: string, i: number) => (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1)) ? 2 : 1);
/** JavaScript's \s, for a UTF-16 code. */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
/** A-Z or a-z, for a UTF-16 code. */
export const isAsciiLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
/** A-Z, a-z or 0-9, for a UTF-16 code. */
export const isAsciiAlnum = (c: number): boolean => (c >= 48 && c <= 57) || isAsciiLetter(c);
const codePoint = (text: string, i: number) => String.fromCodePoint(text.codePointAt(i)!);
// Bit c − U+00A0 is set for each sign of U+00A0–U+00BF that is no letter or digit (tests/tokens.test.ts checks it)
export const LATIN1_SIGNS = 0x89d3fbff;
/**
 * Is the UTF-16 code `c` (128 or more) one that no letter or digit has: the General Punctuation block
 * (U+2000–U+206F: curly quotation marks, dashes, the ellipsis, spaces), Latin-1's signs and
 * punctuation (U+00A0–U+00BF but ª, ², ³, µ, ¹, º, ¼, ½ and ¾), × or ÷? News text is full of them,
 * and the Unicode class is a regular expression run on a new string.
 */
const notAlnum = (c: number): boolean => (c >= 0x2000 && c <= 0x206f) || (c >= 0xa0 && c <= 0xbf && ((LATIN1_SIGNS >>> (c - 0xa0)) & 1) === 1) || c === 0xd7 || c === 0xf7;
/** Does a letter stand at i? (ASCII by its code, the rest by the Unicode class.) */
export function isLetter(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  return c < 128 ? isAsciiLetter(c) : !notAlnum(c) && LETTER.test(codePoint(text, i));
}
function isLetterOrDigit(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  return c < 128 ? isAsciiAlnum(c) : !notAlnum(c) && LETTER_OR_DIGIT.test(codePoint(text, i));
}
/** Does a capital letter stand at i? (ASCII by its code, the rest by the Unicode class.) */
export function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(codePoint(text, i));
}
const UPPER = /\p{Lu}/u;
/** Does a lower-case letter stand at i? */
function isLowerAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  return c < 128 ? c >= 97 && c <= 122 : LOWER.test(codePoint(text, i));
}
const LOWER = /\p{Ll}/u;
const isDigitCode = (c: number) => c >= 48 && c <= 57;
const isJoiner = (c: number) => c === 0x2019 || c === 39 || c === 45 || c === 46 || c === 38; // ’ ' - . &

/** End of the word or initialism at i (which starts with a letter or digit), or -1 if none starts there. */
function wordEnd(text: string, i: number): number {
  // initialisms: two or more "letter ." pairs
  let j = i;
  let pairs = 0;
  while (isLetter(text, j) && text.charCodeAt(j + width(text, j)) === 46) {
    j += width(text, j) + 1;
    pairs++;
  }
  if (pairs >= 2) return j;
  if (!isLetterOrDigit(text, i)) return -1;
  j = i;
  for (;;) {
    for (;;) {
      // ASCII letters and digits decided by their code, the rest by the Unicode classes
      const c = text.charCodeAt(j);
      if (c < 128) {
        if (isAsciiAlnum(c)) j++;
        else break;
      } else if (isLetterOrDigit(text, j)) j += width(text, j);
      else break;
    }
    // (a full stop between a lower-case letter and a capitalised word ends a sentence whose space was lost in
    // scraping, "Trump said.Trump claimed", not an initialism's or a domain's: "U.S.A", "breitbart.com")
    const c = text.charCodeAt(j);
    if (c === 46 && j + 2 < text.length && isLowerAt(text, isLow(text.charCodeAt(j - 1)) && isHigh(text.charCodeAt(j - 2)) ? j - 2 : j - 1) && isUpperAt(text, j + 1) && isLowerAt(text, j + 1 + width(text, j + 1))) return j;
    if (isJoiner(c) && isLetterOrDigit(text, j + 1)) j++;
    // (a number's thousands: "9,000", "1,250,000" are one word)
    else if (c === 44 && isDigitCode(text.charCodeAt(j - 1)) && isDigitCode(text.charCodeAt(j + 1)) && isDigitCode(text.charCodeAt(j + 2)) && isDigitCode(text.charCodeAt(j + 3)) && !isDigitCode(text.charCodeAt(j + 4))) j++;
    else return j;
  }
}

/**
 * word.toLowerCase(), without a new string for a word that has no capital:
 * toLowerCase always makes one, and most words of a text are in lower case
 * (the tokenizer was the engine's largest allocator).
 */
export function lowerCase(word: string): string {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if ((c >= 65 && c <= 90) || (c >= 128 && !notAlnum(c))) return word.toLowerCase();
  }
  return word;
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  // a window that starts inside a surrogate pair: the regular expression's own reading
  if (from > 0 && from < text.length && isLow(text.charCodeAt(from)) && isHigh(text.charCodeAt(from - 1))) return tokenizeByRegex(text, from, to);
  const out: Token[] = [];
  const n = text.length;
  let i = from;
  for (;;) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (i >= n || i >= to) break;
    const we = wordEnd(text, i);
    const isWord = we >= 0;
    // (two hyphens are one dash, as typewritten copy writes it: "a candidate -- John McCain -- said")
    let end = isWord ? we : text.charCodeAt(i) === 45 && text.charCodeAt(i + 1) === 45 ? i + 2 : i + width(text, i);
    if (end > to) break; // a word cut by the window's end is not read
    let word = text.slice(i, end);
    let lower = lowerCase(word);
    // keep the full stop of an abbreviation or initial with its word: "Mr.", "H."
    if (isWord && end < to && text.charCodeAt(end) === 46 && (ABBREVIATIONS.has(lower) || SINGLE_CAPITAL.test(word))) {
      word += '.';
      lower += '.';
      end++;
    }
    out.push({ text: word, lower, start: i, end, kind: isWord ? 'word' : 'punct' });
    i = end;
  }
  return out;
}

/** The tokenizer as the regular expression TOKEN reads it (the reference for tokenize). */
export function tokenizeByRegex(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const token = TOKEN();
  token.lastIndex = from;
  for (let m = token.exec(text); m && m.index < to; m = token.exec(text)) {
    let word = m[0];
    let end = m.index + word.length;
    if (end > to) break;
    const isWord = m[1] !== undefined;
    let lower = word.toLowerCase();
    if (isWord && end < to && text.charCodeAt(end) === 46 && (ABBREVIATIONS.has(lower) || SINGLE_CAPITAL.test(word))) {
      word += '.';
      lower += '.';
      end++;
      token.lastIndex = end;
    }
    out.push({ text: word, lower, start: m.index, end, kind: isWord ? 'word' : 'punct' });
  }
  return out;
}

/** "Russia’s" → "Russia": the word without a possessive ending. */
export function stripPossessive(word: string): string {
  // both endings end in s, ’ or ': most words are returned as they are
  const last = word.charCodeAt(word.length - 1);
  if (last !== 115 && last !== 0x2019 && last !== 39) return word;
  return word.replace(/[’']s$/u, '').replace(/s[’']$/u, 's');
}
