// A text too long to extract at once is read in pieces. The engine's working
// memory grows with the text it reads (about ten bytes per character: a
// 100 MB file took 1.1 GB, and one of 400 MB would exhaust V8's heap and end
// the process), so the CLI hands it the pieces as documents of their own
// (with --jobs, the threads share them) and prints each piece's quotes, in
// order, with every offset moved back into the whole text. Pieces end at
// paragraph breaks, so no sentence is cut; what one piece learns (a name
// given in full, whom an epithet stands for) is not known in the next. No
// news article or book comes near the size.
import { isSpace } from '../scan/tokens.js';
import type { Quote, Span } from '../types.js';

/** A text of more characters than this (8 Mi) is read in pieces; no article or novel comes near it. */
export const SPLIT_CHARS = 1 << 23;
/**
 * The most a piece holds (3 Mi characters): under the length from which a document stays out of the --jobs
 * workers (src/run/jobs.ts WORKER_DOC_CHARS), so that the pieces of one long text are shared between threads.
 */
export const PIECE_CHARS = 3 << 20;

/**
 * Where the pieces of `text` start (the first at 0), each at most `max`
 * characters long. A piece ends, by preference, at a blank line before a
 * paragraph that opens with no quotation mark (a quotation that runs over
 * several paragraphs reopens with one), else at any blank line, line break,
 * sentence end or space, found in the second half of the piece; else it is
 * cut at `max` (never inside a surrogate pair).
 */
export function pieceStarts(text: string, max = PIECE_CHARS): number[] {
  const starts = [0];
  for (let from = 0; text.length - from > max; ) {
    const next = breakBefore(text, from + Math.max(1, max >> 1), from + max);
    starts.push(next);
    from = next;
  }
  return starts;
}

/** The start of the next piece: the best break in [lo, hi], as pieceStarts prefers them (read from `hi` back to `lo` only). */
function breakBefore(text: string, lo: number, hi: number): number {
  let blank = -1;
  let line = -1;
  let sentence = -1;
  let space = -1;
  // (`end` is the line break that ends the line being read back over; the line is blank if it holds only spaces)
  let end = -1;
  let onlySpaces = true;
  for (let i = hi - 1; i >= lo; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      // a blank line ends a paragraph; the piece starts at the next one
      if (end >= 0 && onlySpaces) {
        const at = end + 1;
        if (!OPENS_QUOTATION.test(text.slice(at, at + 8))) return at;
        if (blank < 0) blank = at;
      }
      if (line < 0) line = i + 1;
      end = i;
      onlySpaces = true;
      continue;
    }
    if (!isSpace(c)) onlySpaces = false;
    else {
      if (space < 0) space = i + 1;
      if (sentence < 0 && i > lo && SENTENCE_END.has(text.charCodeAt(i - 1))) sentence = i + 1;
    }
  }
  if (blank >= 0) return blank;
  if (line >= 0) return line;
  if (sentence >= 0) return sentence;
  if (space >= 0) return space;
  // (no space in half a piece: cut, but not between the two halves of a surrogate pair)
  const low = text.charCodeAt(hi);
  return low >= 0xdc00 && low <= 0xdfff ? hi - 1 : hi;
}

const OPENS_QUOTATION = /^\s*["“«„‘'‹「]/u;
// . ! ? and a closing quotation mark after one
const SENTENCE_END = new Set([46, 33, 63, 0x201d, 34]);

/**
 * A piece's quote as a quote of the whole text: its offsets moved by `base`,
 * where the piece starts, and its group id by `groups`, the highest group id
 * of the pieces before it (group ids stay unique within the text).
 */
export function inWhole(q: Quote, base: number, groups: number): Quote {
  const move = (s: Span | null): Span | null => (s ? { ...s, start: s.start + base, end: s.end + base } : null);
  return {
    ...q,
    start: q.start + base,
    end: q.end + base,
    speakerMention: move(q.speakerMention),
    cue: move(q.cue),
    outletMention: move(q.outletMention),
    group: q.group === null ? null : q.group + groups,
  };
}
