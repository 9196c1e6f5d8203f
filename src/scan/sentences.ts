// Stage: sentences. Boundaries are found outside quotations only, so that a
// quotation with several sentences stays in the sentence of its attribution,
// and a sentence that ends inside a closing mark ("It didn't work." Ushakov
// said …) ends there. Linear time.
import { ABBREVIATIONS } from '../lexicon/abbreviations.js';
import type { QuoteSpan } from '../types.js';
import { breaksParagraph, isHardWrapped } from './paragraphs.js';

export interface Sentence {
  start: number;
  end: number;
}

const TERMINAL = new Set(['.', '!', '?', '…']);
const CLOSING_TRAIL = new Set([')', ']', '"', '”', '’', "'", '»', '›', '」', '』']);
const UPPER = /[\p{Lu}\p{N}“"‘'«„(\[]/u;

/** Is the full stop at `i` the end of an abbreviation or an initial? */
function abbreviationBefore(text: string, i: number): boolean {
  let k = i;
  while (k > 0 && /[\p{L}.]/u.test(text[k - 1]!)) k--;
  const word = text.slice(k, i).toLowerCase();
  if (!word) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // initials: "H." or "U.S" in "U.S." (only when the next word is capitalised do we doubt)
  if (/^\p{L}$/u.test(word)) return true;
  return false;
}

/**
 * Sentences of `text`, given the quotation spans (which are never split).
 * `attributionAt(text, i)` tells whether the words at i are the attribution of
 * the quotation just before (“Does anybody know?” Graham asked.): the
 * attribution stage knows, this one does not.
 */
export function splitSentences(text: string, spans: readonly QuoteSpan[], attributionAt: (text: string, i: number) => boolean = () => false): Sentence[] {
  const out: Sentence[] = [];
  const n = text.length;
  const wrapped = isHardWrapped(text);
  let start = 0;
  let q = 0;
  const push = (end: number, next: number) => {
    let s = start;
    while (s < end && /\s/.test(text[s]!)) s++;
    let e = end;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
    start = next;
  };
  for (let i = 0; i < n; i++) {
    while (q < spans.length && spans[q]!.open < i) q++;
    const span = spans[q];
    if (span && span.open === i && span.marked) {
      // jump over the quotation; it ends the sentence when it ends with a
      // terminal mark and what follows starts a new one
      let k = span.end - 1;
      while (k > span.start && /\s/.test(text[k]!)) k--;
      const after = skipSpace(text, span.close);
      i = Math.max(i, span.close - 1);
      if (TERMINAL.has(text[k]!) && (after >= n || text.charCodeAt(after) === 10 || (UPPER.test(text[after]!) && !attributionAt(text, after)))) {
        push(span.close, span.close);
      }
      continue;
    }
    // most characters neither end a sentence nor break a line: decided by the code
    const c = text.charCodeAt(i);
    // (compared by code, not as strings: text[i] is a new string past U+00FF, and
    // optimised code that meets one where it has seen only ASCII is compiled again)
    if (c !== 10 && c !== 46 && c !== 33 && c !== 63 && c !== 0x2026) continue;
    if (c === 10) {
      if (breaksParagraph(text, i, wrapped)) push(i, i + 1);
      continue;
    }
    let j = i + 1;
    while (j < n && (TERMINAL.has(text[j]!) || CLOSING_TRAIL.has(text[j]!))) j++;
    if (j < n && !/\s/.test(text[j]!)) continue;
    const after = skipSpace(text, j);
    if (after < n && text.charCodeAt(after) !== 10 && !UPPER.test(text[after]!)) continue;
    if (c === 46 && abbreviationBefore(text, i) && after < n && text.charCodeAt(after) !== 10) continue;
    push(j, j);
    i = j - 1;
  }
  push(n, n);
  return out;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 0xa0)) i++;
  return i;
}

/** Index of the sentence containing offset `at` (binary search), or -1. */
export function sentenceAt(sentences: readonly Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
