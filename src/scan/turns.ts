// Interview transcripts and Q&A: "PENCE: Well, look, …", "Q: … A: …". Each
// turn is speech without quotation marks; its label names the speaker.
import type { QuoteSpan } from '../types.js';

// A speaker label at the start of a paragraph, after an optional opening mark:
// capitals (with initials, apostrophes, hyphens and spaces), then a colon.
// Bounded repetition: no backtracking beyond 40 characters.
// (capitals of any script's Latin letters: "KARAOSMANOĞLU:", "ÇELİK:")
const LABEL = /^[ \t]*["“]?((?:\p{Lu}[\p{Lu}.'’-]*)(?:[ \u00a0]\p{Lu}[\p{Lu}.'’-]*){0,3}):[ \t]+(?=\S)/u;

// A court report's or an interview's "Q." and "A." with a full stop instead of a colon: "Q. You signed every one of …".
const QA_DOT = /^[ \t]*(Q|A)\.[ \t]+(?=\S)/;

// Capitalised labels that head sections, not speech. Source: the section
// labels of news pages (corrections, bylines, promos) and datelines.
const NOT_SPEAKERS = new Set(
  `CORRECTION CORRECTIONS CLARIFICATION UPDATE UPDATED BREAKING EXCLUSIVE BYLINE EMAIL PHOTO PHOTOS VIDEO WATCH READ NOTE
   RELATED SOURCE SOURCES CREDIT CREDITS ADVERTISEMENT SPONSORED BOOM LOOK BUSTED WOW MORE LIVE ANALYSIS OPINION
   COMMENTARY SUMMARY TRANSCRIPT WASHINGTON LONDON MOSCOW BEIJING PARIS AP UPI AFP`.split(/\s+/),
);
const MULTI_WORD_NOT = new Set(["EDITOR'S NOTE", 'EDITOR’S NOTE', 'STAT OF THE WEEK', 'SHORT READS', 'TOP STORIES', 'FACT CHECK', 'NEW YORK']);

export interface Turn extends QuoteSpan {
  /** The label's offsets: "PENCE". */
  labelStart: number;
  labelEnd: number;
}

/** Transcript turns: only where a document has at least two labelled paragraphs. */
export function findTurns(text: string): Turn[] {
  const turns: Turn[] = [];
  for (let ps = 0; ps < text.length; ) {
    let pe = text.indexOf('\n', ps);
    if (pe < 0) pe = text.length;
    const head = text.slice(ps, Math.min(pe, ps + 64));
    const m = LABEL.exec(head) ?? QA_DOT.exec(head);
    if (m) {
      const label = m[1]!;
      const words = label.split(/\s+/);
      const isLabel = !MULTI_WORD_NOT.has(label) && !words.every((w) => NOT_SPEAKERS.has(w)) && label.replace(/[^\p{Lu}]/gu, '').length >= 1;
      if (isLabel) {
        const labelStart = ps + m[0].indexOf(label);
        let start = ps + m[0].length;
        let end = pe;
        while (end > start && /\s/.test(text[end - 1]!)) end--;
        // a closing mark at the end of the turn belongs to the transcript's quoting
        if (end > start && /["”]/.test(text[end - 1]!) && !/["“]/.test(text.slice(start, end - 1))) end--;
        if (end > start) turns.push({ open: start, close: end, start, end, marked: false, group: null, continued: false, labelStart, labelEnd: labelStart + label.length });
      }
    }
    ps = pe + 1;
  }
  // (a labelled paragraph opening the story, with no other for a few paragraphs after it, is a dateline, "ABU DHABI: The
  // United Arab Emirates and …", not a turn)
  const kept = turns.length > 1 && linesBetween(text, 0, turns[0]!.start) <= 1 && linesBetween(text, turns[0]!.end, turns[1]!.start) > NEAR_TURN ? turns.slice(1) : turns;
  // one labelled paragraph is a heading ("BOOM: …"); a transcript has turns by at least two labels or Q and A
  const labels = new Set(kept.map((t) => text.slice(t.labelStart, t.labelEnd)));
  return kept.length >= 2 && labels.size >= 2 ? kept : [];
}

// How many paragraphs of other text may stand between two turns of one transcript (a dateline-like label this far or
// farther from the first turn is no turn; pipeline.ts reads a block of turns after such a gap as maybe a new transcript).
export const NEAR_TURN = 2;

/**
 * The lines with text between the line ending at `from` and the one `to` stands in: the paragraphs between two turns,
 * each turn a line (not the paragraph breaks that scope.ts and speakers.ts count between two offsets).
 */
export function linesBetween(text: string, from: number, to: number): number {
  return text.slice(from, to).split('\n').slice(1, -1).filter((line) => /\S/.test(line)).length;
}
