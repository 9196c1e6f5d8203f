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
// Names written with an exclamation mark, right before it, and the word that goes on with them: "E! News", "Yahoo!
// Finance" (not "on Jeopardy! He won", where the mark ends the sentence).
const BANG_NAME = /(?:^|[^\p{L}])(?:E|Yahoo)!$/u;
const BANG_NAME_GOES_ON = /^(?:News|Online|Entertainment|Finance|Sports|Life|Canada|UK)(?![\p{L}])/u;

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

/** Is the full stop at `i` the last of an initialism ("U.S.", "D.C.")? */
function initialismBefore(text: string, i: number): boolean {
  return i >= 3 && text.charCodeAt(i - 2) === 46 && /\p{L}/u.test(text[i - 1]!) && /\p{L}/u.test(text[i - 3]!);
}
// Words that open a sentence and never stand inside a name after an initialism.
const SENTENCE_OPENER = /^(?:He|She|It|They|We|I|His|Her|Their|Its|This|These|Those|But|And|Yet|So)\b/;

/**
 * Sentences of `text`, given the quotation spans (which are never split).
 * `attributionAt(text, i)` tells whether the words at i are the attribution of
 * the quotation just before (“Does anybody know?” Graham asked.): the
 * attribution stage knows, this one does not.
 */
export function splitSentences(text: string, spans: readonly QuoteSpan[], attributionAt: (text: string, i: number) => boolean = () => false, wrapped: boolean = isHardWrapped(text)): Sentence[] {
  const st: Splitting = { text, out: [], start: 0, wrapped };
  splitAll(st, spans, attributionAt);
  endSentence(st, text.length, text.length);
  return splitDatelines(text, st.out);
}

/**
 * The loop of splitSentences, a function of its own: V8 optimises it while it runs (on-stack replacement), and a
 * call after the loop that had not run yet then threw that code away, twice on the news; the last sentence is ended
 * by the caller.
 */
function splitAll(st: Splitting, spans: readonly QuoteSpan[], attributionAt: (text: string, i: number) => boolean): void {
  const { text, wrapped } = st;
  const n = text.length;
  let q = 0;
  // Every character is looked at here; what a quotation, a line break or a
  // terminal mark does is decided apart, so that a branch taken for the first
  // time makes V8 recompile a small function, not this loop.
  for (let i = 0; i < n; i++) {
    while (q < spans.length && spans[q]!.open < i) q++;
    const span = q < spans.length ? spans[q] : undefined;
    if (span && span.open === i && span.marked) {
      i = pastQuotation(st, span, i, attributionAt);
      continue;
    }
    // most characters neither end a sentence nor break a line: decided by the code
    // (compared by code, not as strings: text[i] is a new string past U+00FF, and
    // optimised code that meets one where it has seen only ASCII is compiled again)
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 46 && c !== 33 && c !== 63 && c !== 0x2026) continue;
    if (c === 10) {
      if (breaksParagraph(text, i, wrapped)) endSentence(st, i, i + 1);
      continue;
    }
    i = pastTerminal(st, i, c);
  }
}

// A wire dateline opening a paragraph: "WASHINGTON —", "MEXICO CITY (AP) —",
// "CAMBRIDGE, Mass., Dec. 11 (UPI) --". Its place name is in capitals; the
// dash ends it. (Bounded repetitions: the pattern cannot backtrack far.)
const DATELINE_AT = /\p{Lu}{2}[\p{Lu}\p{M}.'’ -]{0,40}?(?:,[ \t]+[\p{L}.]+(?:[ \t]+[\p{L}.]+)?(?:[ \t]+\d{1,2})?){0,3}(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*(?:—|–|--|[ \t]-[ \t])[ \t]*/uy;

// The same in title case, where only the agency in brackets tells a dateline from a subject:
// "Washington (AFP) –", "Paris (Reuters) -".
const AGENCY_DATELINE_AT = /\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+){0,2}[ \t]*\((?:AFP|AP|Reuters|UPI|dpa|DPA|Xinhua|TASS|ANSA|EFE|IANS|PTI|Kyodo|Yonhap|Bloomberg|CNN|[A-Z]{2,6})\)[ \t]*(?:—|–|--|-)[ \t]*/uy;

/**
 * A sentence that opens with a dateline is two: the dateline, and the
 * sentence after its dash, whose subject is not the place ("WASHINGTON —
 * Sen. Bernie Sanders defended his call …").
 */
function splitDatelines(text: string, sentences: Sentence[]): Sentence[] {
  let out: Sentence[] | null = null;
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    const c0 = text.charCodeAt(s.start);
    const c1 = text.charCodeAt(s.start + 1);
    // (two capitals first, told by their codes before the pattern runs)
    const maybe = (c0 >= 65 && c0 <= 90 && c1 >= 65 && c1 <= 90) || (c0 > 127 && c1 > 64);
    const re = maybe ? DATELINE_AT : c0 >= 65 && c0 <= 90 ? AGENCY_DATELINE_AT : null;
    let m: RegExpExecArray | null = null;
    if (re) {
      re.lastIndex = s.start;
      m = re.exec(text);
    }
    if (m && s.start + m[0].length < s.end) {
      out ??= sentences.slice(0, k);
      let e = s.start + m[0].length;
      while (e > s.start && /\s/.test(text[e - 1]!)) e--;
      out.push({ start: s.start, end: e }, { start: s.start + m[0].length, end: s.end });
    } else out?.push(s);
  }
  return out ?? sentences;
}

/** The sentences split so far, and where the current one started. */
interface Splitting {
  text: string;
  out: Sentence[];
  start: number;
  /** Hard-wrapped text: a single line break is a space. */
  wrapped: boolean;
}

/** Ends the current sentence at `end` (its spaces trimmed); the next starts at `next`. */
function endSentence(st: Splitting, end: number, next: number): void {
  const text = st.text;
  let s = st.start;
  while (s < end && /\s/.test(text[s]!)) s++;
  let e = end;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) st.out.push({ start: s, end: e });
  st.start = next;
}

/**
 * Jumps over the quotation that opens at `i`; it ends the sentence when it
 * ends with a terminal mark and what follows starts a new one. Returns the
 * index the scan goes on from.
 */
function pastQuotation(st: Splitting, span: QuoteSpan, i: number, attributionAt: (text: string, i: number) => boolean): number {
  const text = st.text;
  const n = text.length;
  let k = span.end - 1;
  while (k > span.start && /\s/.test(text[k]!)) k--;
  const after = nextNonSpace(st, span.close);
  if (TERMINAL.has(text[k]!) && (after >= n || text.charCodeAt(after) === 10 || (UPPER.test(text[after]!) && !attributionAt(text, after)))) {
    endSentence(st, span.close, span.close);
  }
  return Math.max(i, span.close - 1);
}

/** The terminal mark `c` at `i`: does it end the sentence? Returns the index the scan goes on from. */
function pastTerminal(st: Splitting, i: number, c: number): number {
  const text = st.text;
  const n = text.length;
  let j = i + 1;
  while (j < n && (TERMINAL.has(text[j]!) || CLOSING_TRAIL.has(text[j]!))) j++;
  if (j < n && !/\s/.test(text[j]!)) return i;
  const after = nextNonSpace(st, j);
  if (after < n && text.charCodeAt(after) !== 10 && !UPPER.test(text[after]!)) return i;
  // ("in the U.S. He says …": after an initialism, a word that only opens a sentence ends it)
  // ("told E! News", "Yahoo! Finance": an exclamation mark that is part of a name)
  if (c === 33 && BANG_NAME.test(text.slice(Math.max(0, i - 6), i + 1)) && BANG_NAME_GOES_ON.test(text.slice(after, after + 14))) return i;
  if (c === 46 && abbreviationBefore(text, i) && after < n && text.charCodeAt(after) !== 10 && !(initialismBefore(text, i) && SENTENCE_OPENER.test(text.slice(after, after + 8)))) return i;
  endSentence(st, j, j);
  return j - 1;
}

/**
 * The first character from `i` on that is no space: in hard-wrapped text a
 * line break inside a paragraph is a space too ("cried Mrs.⏎Norris", "?”⏎the
 * clerk asked"); otherwise a line break stops it.
 */
function nextNonSpace(st: Splitting, i: number): number {
  const after = skipSpace(st.text, i);
  return st.wrapped && st.text.charCodeAt(after) === 10 && !breaksParagraph(st.text, after, true) ? skipSpace(st.text, after + 1) : after;
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
