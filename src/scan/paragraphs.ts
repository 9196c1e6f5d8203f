// Paragraphs. News text from the web puts one paragraph on a line; books and
// wire copy from plain-text archives wrap lines at ~70 characters and leave a
// blank line between paragraphs. In a wrapped text a single line break is a
// space, and only a blank line ends a paragraph. Decided once per document.

const WRAP_WIDTH = 80;

/** Is the text hard-wrapped (most lines short, paragraphs separated by blank lines)? */
export function isHardWrapped(text: string): boolean {
  let lines = 0;
  let short = 0;
  let blank = 0;
  let start = 0;
  // a sample of the first 2,000 lines is enough to decide
  for (let n = 0; n < 2000 && start < text.length; n++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const len = end - start;
    if (text.slice(start, end).trim() === '') blank++;
    else {
      lines++;
      if (len <= WRAP_WIDTH) short++;
    }
    start = end + 1;
  }
  return blank > 0 && lines >= 8 && short / lines > 0.8 && lines > blank * 1.5;
}

// Characters are compared by code (32 space, 9 tab, 13 CR, 10 LF): text[i] would
// make a new string for a character past U+00FF (see sentences.ts).

/** The end of the paragraph that starts at `from`: the next line break, or in wrapped text the next blank line. */
export function paragraphEnd(text: string, from: number, wrapped: boolean): number {
  let i = text.indexOf('\n', from);
  if (!wrapped) return i < 0 ? text.length : i;
  while (i >= 0) {
    let j = i + 1;
    while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13)) j++;
    if (j >= text.length || text.charCodeAt(j) === 10) return i;
    i = text.indexOf('\n', j);
  }
  return text.length;
}

/** Is the line break at `i` a paragraph break? */
export function breaksParagraph(text: string, i: number, wrapped: boolean): boolean {
  if (!wrapped) return true;
  let j = i + 1;
  while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13)) j++;
  if (j >= text.length || text.charCodeAt(j) === 10) return true;
  let k = i - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 13)) k--;
  return k < 0 || text.charCodeAt(k) === 10;
}

// How far back a line break is looked for character by character; past that, the document's index of its line
// breaks answers (every quotation on a line of a megabyte would read it all again: quadratic time).
const LOOK_BACK = 256;
let indexed: string | null = null;
let breaks: Int32Array = new Int32Array(0);

/** The offsets of the line breaks of `text`, computed once for the document last asked about. */
function lineBreaks(text: string): Int32Array {
  if (text !== indexed) {
    const found: number[] = [];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) found.push(i);
    breaks = Int32Array.from(found);
    indexed = text;
  }
  return breaks;
}

/** The offset of the last line break before `at` (in [0, at)), or -1: text.lastIndexOf('\n', at - 1) in bounded time. */
export function lineBreakBefore(text: string, at: number): number {
  const floor = Math.max(0, at - LOOK_BACK);
  for (let i = Math.min(at, text.length) - 1; i >= floor; i--) if (text.charCodeAt(i) === 10) return i;
  if (floor === 0) return -1;
  // the last break below `floor`, by binary search
  return lastAtMost(lineBreaks(text), floor - 1);
}

/** The last of `offsets` (ascending) that is at most `limit`, or -1. */
function lastAtMost(offsets: Int32Array, limit: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (offsets[mid]! <= limit) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? offsets[lo - 1]! : -1;
}

let paragraphsOf: string | null = null;
let paragraphsWrapped = false;
let paragraphBreakOffsets: Int32Array = new Int32Array(0);

/** The offsets of the line breaks of `text` that end a paragraph, computed once for the document last asked about. */
function paragraphBreaks(text: string, wrapped: boolean): Int32Array {
  if (text !== paragraphsOf || wrapped !== paragraphsWrapped) {
    const all = lineBreaks(text);
    const kept: number[] = [];
    for (const i of all) if (breaksParagraph(text, i, wrapped)) kept.push(i);
    paragraphBreakOffsets = Int32Array.from(kept);
    paragraphsOf = text;
    paragraphsWrapped = wrapped;
  }
  return paragraphBreakOffsets;
}

// How many lines back a paragraph's start is looked for line by line; past that, the document's index of its
// paragraph breaks answers (a wrapped paragraph of thousands of lines, asked about at every quotation).
const LINES_BACK = 8;

/** The start of the paragraph that holds `at`: after the line break before it, or in wrapped text after the blank line before it. */
export function paragraphStart(text: string, at: number, wrapped: boolean): number {
  let i = lineBreakBefore(text, at);
  for (let n = 0; i >= 0 && n < LINES_BACK; n++, i = lineBreakBefore(text, i)) {
    if (breaksParagraph(text, i, wrapped)) return i + 1;
  }
  if (i < 0) return 0;
  return lastAtMost(paragraphBreaks(text, wrapped), i) + 1;
}

/** The pieces of the stretch `s` between paragraph breaks: at every line break, or in wrapped text at every blank line. */
export function paragraphPieces(s: string, wrapped: boolean): string[] {
  if (!s.includes('\n')) return [s];
  return wrapped ? s.split(/\n[ \t\r]*\n/) : s.split('\n');
}
