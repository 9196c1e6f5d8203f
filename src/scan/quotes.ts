// Stage: quotation spans. A single left-to-right pass over each paragraph that
// pairs quotation marks with a small stack. Linear time: every character is
// looked at once, and the stack is capped, so adversarial input (thousands of
// unbalanced marks, deep nesting) costs the same as prose.
import { PAIRS, OPENERS, CLOSERS, MARK_CHARS, LEADING_ELISIONS } from '../lexicon/marks.js';
import type { QuoteSpan } from '../types.js';
import { isHardWrapped, paragraphEnd } from './paragraphs.js';

const MAX_DEPTH = 12;
const ELISIONS = new Set(LEADING_ELISIONS);

interface Frame {
  mark: string;
  open: number;
  contentStart: number;
  children: QuoteSpan[];
}

// Invisible format characters (zero-width space and joiners, bidi marks and
// embeddings, word joiner, BOM) that scraped text leaves around marks count as space.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060\ufeff]/;
const isSpace = (ch: string | undefined): boolean => ch === undefined || ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0' || ch === '\u2009' || ch === '\u202f' || ch === '\f' || ch === '\v' || INVISIBLE.test(ch);
const WORD = /[\p{L}\p{N}]/u;
const isWord = (ch: string | undefined): boolean => ch !== undefined && WORD.test(ch);
const OPEN_CONTEXT = new Set(['(', '[', '{', '—', '–', '-', '/', ':', ';', ',']);
const CLOSE_CONTEXT = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '—', '–', '-', '…', '/']);

// Each mark character as the lexicon's own string: the scanner compares marks
// with string constants, which V8 does by identity only for such interned
// strings (text[i] is a new string for a character past U+00FF, and optimised
// code that meets one is thrown away and compiled again).
const MARK_BY_CODE = new Map<number, string>([...MARK_CHARS].map((m) => [m.charCodeAt(0), m]));

/** The mark starting at i (one or two characters), or null. */
function markAt(text: string, i: number): string | null {
  // no ASCII character but " ' ` is a mark: most characters are decided by their code
  const c = text.charCodeAt(i);
  if (c < 128 && c !== 34 && c !== 39 && c !== 96) return null;
  const ch = MARK_BY_CODE.get(c);
  if (ch === undefined) return null;
  if (ch === '`') return text.charCodeAt(i + 1) === 96 ? '``' : null;
  if (ch === "'" && text.charCodeAt(i + 1) === 39) return "''";
  return ch;
}

/** Can a mark spanning [i, j) open a quotation, judging by its neighbours? */
function leftFlanking(text: string, i: number, j: number): boolean {
  // (no read before the text's start or past its end: such a read makes V8 drop the optimised code of the scan)
  const prev = i > 0 ? text[i - 1] : undefined;
  const next = j < text.length ? text[j] : undefined;
  if (isSpace(next)) return false;
  return isSpace(prev) || OPEN_CONTEXT.has(prev!) || MARK_CHARS.has(prev!);
}

/** Can a mark spanning [i, j) close a quotation? */
function rightFlanking(text: string, i: number, j: number): boolean {
  const prev = i > 0 ? text[i - 1] : undefined;
  const next = j < text.length ? text[j] : undefined;
  if (isSpace(prev) && i > 0) return false;
  return isSpace(next) || CLOSE_CONTEXT.has(next!) || MARK_CHARS.has(next!);
}

/** A leading apostrophe of an elision or a decade: 'Tis, 'em, '90s, rock 'n' roll. */
function isLeadingElision(text: string, j: number): boolean {
  if (/[0-9]/.test(text[j] ?? '')) return true;
  let k = j;
  while (k < text.length && k - j < 8 && /[a-zA-Z]/.test(text[k]!)) k++;
  if (k - j === 0 || k - j >= 8) return false;
  const word = text.slice(j, k).toLowerCase();
  if (!ELISIONS.has(word)) return false;
  // 'n' in rock 'n' roll, 's in "the 's" — the word must end at a non-letter
  return !isWord(text[k]) || text.charCodeAt(k) === 39 || text.charCodeAt(k) === 0x2019;
}

/**
 * Inside a single-quoted quotation, a ’ that ends a plural possessive
 * (students’ money) or stands in rock ’n’ roll is an apostrophe when another
 * candidate closing mark follows in the paragraph, and no opening ‘ before it.
 */
function midQuoteApostrophe(text: string, i: number, j: number, pe: number): boolean {
  const next2 = text.slice(j, j + 2);
  const possessive = text.charCodeAt(i - 1) === 115 && /^ \p{Ll}/u.test(next2);
  const rockNRoll = text.charCodeAt(i - 1) === 110 && (text.charCodeAt(i - 2) === 0x2019 || text.charCodeAt(i - 2) === 39);
  if (!possessive && !rockNRoll) return false;
  const later = text.indexOf(text[i]!, j);
  if (later < 0 || later >= pe) return false;
  // (not where an opening ‘ stands before that later ’, which closes it: "had ‘fished within the rules’ and would ‘not
  // be punished …’")
  const opens = text.charCodeAt(i) === 0x2019 ? text.indexOf('‘', j) : -1;
  return opens < 0 || opens > later;
}

const accepts = (frame: Frame | undefined, mark: string): boolean => frame !== undefined && (PAIRS[frame.mark] ?? []).includes(mark);

/**
 * Find every quotation in `text`. Nested quotations are reported once, as the
 * outer one. A quotation that runs over several paragraphs (an opening mark
 * at the start of each, the closing mark only at the end) is reported as one
 * piece per paragraph sharing a `group`. An unclosed mark spoils its own
 * paragraph only.
 */
export function scanQuotes(text: string, wrapped: boolean = isHardWrapped(text)): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let group = 0;
  let carry: number | null = null; // group of a quote continued into this paragraph
  let excerpt = false; // has a paragraph opened by " shown the mark to be an excerpt's (see continuesWith)
  const n = text.length;
  for (let ps = 0; ps < n; ) {
    const pe = paragraphEnd(text, ps, wrapped);
    const lead = firstNonSpace(text, ps, pe);
    if (lead === pe) {
      // a blank line between paragraphs keeps a continued quotation's group
      ps = pe + 1;
      continue;
    }
    const para = scanParagraph(text, ps, pe);
    let next: number | null = null;
    if (para.unclosed) {
      const u = para.unclosed;
      const nextMark = markAt(text, nextParagraphStart(text, pe));
      let end = pe;
      while (end > u.contentStart && isSpace(text[end - 1])) end--;
      if (u.mark === '"' && u.children.some((c) => text[c.open] === '“')) excerpt = true;
      if (nextMark !== null && continuesWith(text, nextMark, u, excerpt) && end > u.contentStart) {
        next = u.open === lead && carry !== null ? carry : ++group;
        para.spans.push({ open: u.open, close: end, start: u.contentStart, end, marked: true, group: next, continued: true });
      } else {
        for (const c of u.children) para.spans.push(c);
      }
    }
    para.spans.sort((a, b) => a.start - b.start);
    if (carry !== null) {
      const first = para.spans[0];
      if (first && first.open === lead) first.group = carry;
    }
    // (one by one: a paragraph of 150,000 quotations is more arguments than a call can take)
    for (const sp of para.spans) out.push(sp);
    carry = next;
    ps = pe + 1;
  }
  return out;
}

function firstNonSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpace(text[i])) i++;
  return i;
}

function nextParagraphStart(text: string, pe: number): number {
  let i = pe;
  while (i < text.length && isSpace(text[i])) i++;
  return i;
}

function sameFamily(a: string, b: string): boolean {
  const fam = (m: string) => (m === '"' || m === '“' || m === '”' || m === '``' || m === "''" || m === '„' ? 'd' : m === "'" || m === '‘' || m === '’' || m === '‚' ? 's' : m);
  return fam(a) === fam(b);
}

/**
 * May a quotation left open at the end of a paragraph with `u.mark` go on in
 * a paragraph that opens with `next`? The writer repeats the opening mark at
 * each paragraph, so the family must agree. A paragraph opened by a straight
 * " whose own quotations use curly marks is a scraped excerpt (two hands at
 * work): the " marks the excerpt, not a quotation, and once a document has
 * shown that (`excerpt`), its other " paragraphs followed by a curly one are
 * read the same way.
 */
function continuesWith(text: string, next: string, u: Frame, excerpt: boolean): boolean {
  if (!sameFamily(next, u.mark)) return false;
  if (u.mark === '"' && u.children.some((c) => text[c.open] === '“')) return false;
  if (u.mark === '"' && next !== '"' && excerpt) return false;
  return (next === '"') === (u.mark === '"') || !u.children.some((c) => text[c.open] === '"');
}

/**
 * Does an unclosed frame open a new sentence mid-paragraph with nothing
 * quoted after it in its own family of marks (…,” Sexton said. “Trump events
 * are …⏎“There’s another …”)?
 * Then, like a paragraph-initial mark, it may run on into the next paragraph.
 */
function opensSentence(text: string, ps: number, f: Frame): boolean {
  // (a quotation nested in the other family is part of it: “But when you find a rare phrase like ‘the salt-bitten
  // hour’ in both books, …⏎“I would not …”)
  if (f.children.some((c) => sameFamily(text[c.open]!, f.mark))) return false;
  let k = f.open - 1;
  while (k > ps && isSpace(text[k])) k--;
  if (k === f.open - 1) return false; // a space must stand before the mark
  return /[.!?:]/.test(text[k]!) || (MARK_CHARS.has(text[k]!) && /[.!?]/.test(text[k - 1] ?? ''));
}

interface ParagraphScan {
  spans: QuoteSpan[];
  /** The outermost frame left open at the end of the paragraph, if any. */
  unclosed: Frame | null;
}

/** A paragraph being scanned: its quotations so far and the marks still open. */
interface Paragraph {
  text: string;
  ps: number;
  pe: number;
  /** Quotations found at the top level. */
  top: QuoteSpan[];
  /** Open marks, innermost last (at most MAX_DEPTH). */
  stack: Frame[];
}

function scanParagraph(text: string, ps: number, pe: number): ParagraphScan {
  const p: Paragraph = { text, ps, pe, top: [], stack: [] };
  // Every character is looked at here; what a mark does is decided apart
  // (onMark): a branch of it taken for the first time then makes V8 recompile
  // that function only, not this loop.
  for (let i = ps; i < pe; i++) {
    const mark = markAt(text, i);
    if (mark !== null) i = onMark(p, mark, i);
  }
  // Frames left open: the outermost may continue in the next paragraph; any
  // others give back what they contained.
  const stack = p.stack;
  let unclosed: Frame | null = null;
  if (stack.length) {
    unwindTo(p, 1);
    const bottom = stack[0]!;
    if (bottom.open === firstNonSpace(text, ps, pe) || opensSentence(text, ps, bottom)) unclosed = bottom;
    else unwindTo(p, 0);
  }
  return { spans: p.top, unclosed };
}

/**
 * Opens, closes or passes over the mark at `i`. Returns where the scan goes
 * on from: `i`, or for a mark of two characters its second one.
 */
function onMark(p: Paragraph, mark: string, i: number): number {
  const { text, stack } = p;
  const j = i + mark.length;
  const t = stack[stack.length - 1];
  const lf = leftFlanking(text, i, j);
  const rf = rightFlanking(text, i, j);
  switch (mark) {
    case '"':
    case '”':
    case '“': {
      if (accepts(t, mark) && (rf || !lf)) closeFrame(p, i, 1);
      else if (mark === '“' || (lf && !rf) || (lf && mark === '"')) {
        if (mark === '“' || lf) openFrame(p, i, mark);
      } else if (mark === '”' && !stack.length && firstNonSpace(text, p.ps, p.pe) === i) {
        // ” opening a paragraph (”Yes…, ” … and then): scraped text that uses ” both ways
        openFrame(p, i, mark);
      } else if (rf) closeDeeper(p, mark, i, 1);
      return i;
    }
    case "'":
    case '’': {
      if (isWord(text[i - 1]) && isWord(text[j])) return i; // don't, O’Neill
      if (accepts(t, mark) && rf && !midQuoteApostrophe(text, i, j, p.pe)) closeFrame(p, i, 1);
      else if (mark === "'" && lf && !rf && !isLeadingElision(text, j)) openFrame(p, i, mark);
      return i;
    }
    case '‘': {
      if (accepts(t, mark) && rf) closeFrame(p, i, 1);
      else if (!isSpace(text[j]) && !isLeadingElision(text, j)) openFrame(p, i, mark);
      return i;
    }
    case "''":
      if (text.charCodeAt(i + 2) === 39 && (t?.mark === "'" || t?.mark === '‘') && stack.length > 1) {
        // ''…'We'll see.''': the single mark closes first, then the double one
        closeFrame(p, i, 1);
        return i;
      }
      if (accepts(t, mark)) closeFrame(p, i, 2);
      else if (lf && !rf) openFrame(p, i, mark);
      else if (rf) closeDeeper(p, mark, i, 2); // the single mark above it was an apostrophe (crisis' and …)
      return i + 1;
    case '``':
      openFrame(p, i, mark);
      return i + 1;
    case '»':
    case '›':
      if (accepts(t, mark)) closeFrame(p, i, 1);
      else if (stack.length === 0 && lf && !rf) openFrame(p, i, mark);
      else closeDeeper(p, mark, i, 1);
      return i;
    case '«':
    case '‹':
      if (accepts(t, mark) && rf) closeFrame(p, i, 1);
      else openFrame(p, i, mark);
      return i;
    default:
      if (OPENERS.has(mark)) openFrame(p, i, mark);
      else if (CLOSERS.has(mark)) {
        if (accepts(t, mark)) closeFrame(p, i, 1);
        else closeDeeper(p, mark, i, 1);
      }
      return i;
  }
}

/** A quotation found: inside the innermost open mark, or at the top level. */
function place(p: Paragraph, span: QuoteSpan): void {
  if (p.stack.length) p.stack[p.stack.length - 1]!.children.push(span);
  else p.top.push(span);
}

/** Discards the unclosed frames above `depth`, keeping what they contained. */
function unwindTo(p: Paragraph, depth: number): void {
  while (p.stack.length > depth) {
    const f = p.stack.pop()!;
    for (const c of f.children) place(p, c);
  }
}

/** Closes the innermost frame with the mark of `markLen` characters at `at`. */
function closeFrame(p: Paragraph, at: number, markLen: number): void {
  const f = p.stack.pop()!;
  // content is what stands between the marks, without the spaces of French
  // typography (« … »); an all-space quote is nothing
  let s = f.contentStart;
  let e = at;
  while (s < e && isSpace(p.text[s])) s++;
  while (e > s && isSpace(p.text[e - 1])) e--;
  if (s === e) return;
  place(p, { open: f.open, close: at + markLen, start: s, end: e, marked: true, group: null, continued: false });
}

/** Opens a frame for the mark at `at` (beyond MAX_DEPTH, the mark is passed over). */
function openFrame(p: Paragraph, at: number, mark: string): void {
  if (p.stack.length >= MAX_DEPTH) return;
  p.stack.push({ mark, open: at, contentStart: at + mark.length, children: [] });
}

/**
 * A strong closing mark that matches a frame below the top: the frames above
 * it were apostrophes or stray marks; drop them, keep their contents.
 */
function closeDeeper(p: Paragraph, mark: string, i: number, len: number): void {
  for (let d = p.stack.length - 2; d >= 0; d--) {
    if (accepts(p.stack[d], mark)) {
      unwindTo(p, d + 1);
      closeFrame(p, i, len);
      return;
    }
  }
}
