// Properties of the quote scanner and the whole extraction on arbitrary text:
// nothing throws, every span is the text it claims, spans never overlap.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scanQuotes } from '../src/scan/quotes.js';
import { extractQuotes } from '../src/index.js';
import { breaksParagraph, lineBreakBefore, paragraphStart } from '../src/scan/paragraphs.js';

// Text made mostly of the characters that matter here: marks, apostrophes,
// spaces, line breaks, a few words.
const pieces = ['“', '”', '"', '‘', '’', "'", '«', '»', '„', '‹', '›', '「', '」', '``', "''", ' ', '\n', '\n\n', ',', '.', 'he said', 'Smith', 'don’t', 'we win', '—', 'Q: ', 'PENCE: '];
const newsish = fc.array(fc.constantFrom(...pieces), { maxLength: 200 }).map((a) => a.join(''));
const anyText = fc.oneof(newsish, fc.string({ maxLength: 300 }), fc.string({ maxLength: 200, unit: 'binary' }));

describe('scanQuotes on a paragraph of 200,000 quotations', () => {
  it('returns them all (no call takes them all as arguments: that overflowed the stack)', () => {
    const spans = scanQuotes('— “a” — “b” '.repeat(100_000));
    expect(spans.length).toBe(200_000);
    expect(spans[199_999]!.start).toBeGreaterThan(spans[0]!.start);
  });
});

describe('scanQuotes on any string', () => {
  it('never throws; spans are in bounds, ordered and disjoint', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const spans = scanQuotes(text);
        let last = -1;
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(s.start).toBeLessThan(s.end);
          expect(s.open).toBeLessThanOrEqual(s.start);
          expect(s.close).toBeGreaterThanOrEqual(s.end);
          expect(s.open).toBeGreaterThanOrEqual(last);
          last = s.close;
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('extractQuotes on any string', () => {
  it('never throws; text.slice(start, end) === quote; quotes never overlap', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const quotes = extractQuotes(text);
        const sorted = [...quotes].sort((a, b) => a.start - b.start);
        for (let i = 0; i < sorted.length; i++) {
          const q = sorted[i]!;
          expect(text.slice(q.start, q.end)).toBe(q.quote);
          expect(q.start).toBeLessThan(q.end);
          if (i > 0) expect(q.start).toBeGreaterThanOrEqual(sorted[i - 1]!.end);
        }
      }),
      { numRuns: 300 },
    );
  });
});

// Lines of every length, short and far past the look-back that the index replaces, with blank lines and
// spaces around the breaks (a wrapped text's paragraph ends at a blank line only).
const lines = fc
  .array(fc.oneof(fc.constantFrom('\n', '\n\n', ' \n', '\n \n', '\r\n'), fc.integer({ min: 1, max: 700 }).map((n) => 'w'.repeat(n))), { maxLength: 40 })
  .map((a) => a.join(''));

describe('line and paragraph starts on any text', () => {
  it('equal the search back over every character, however long the lines', () => {
    fc.assert(
      fc.property(lines, fc.boolean(), fc.array(fc.nat(), { minLength: 1, maxLength: 12 }), (text, wrapped, ats) => {
        // several documents in turn, as a batch reads them: the index is each one's own
        for (const doc of [text, text + '\n' + text, text]) {
          for (const a of ats) {
            const at = doc.length ? a % (doc.length + 1) : 0;
            // (the last break in [0, at): lastIndexOf reads a negative start as 0, so at 0 there is none)
            const back = (k: number) => (k > 0 ? doc.lastIndexOf('\n', k - 1) : -1);
            expect(lineBreakBefore(doc, at)).toBe(back(at));
            let naive = 0;
            for (let i = back(at); i >= 0; i = back(i)) {
              if (breaksParagraph(doc, i, wrapped)) {
                naive = i + 1;
                break;
              }
            }
            expect(paragraphStart(doc, at, wrapped)).toBe(naive);
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('extractQuotes between documents', () => {
  it('gives a document the same quotes whatever was read before it (the caches of one document never serve another)', () => {
    fc.assert(
      fc.property(newsish, newsish, (a, b) => {
        const first = JSON.stringify(extractQuotes(a));
        extractQuotes(b);
        extractQuotes(a + b);
        expect(JSON.stringify(extractQuotes(a))).toBe(first);
      }),
      { numRuns: 200 },
    );
  });

  it('reads a sentence that opens with a comma before a name and its cue (a counterexample fast-check found: a name described by no words before it)', () => {
    expect(() => extractQuotes(",Smithhe said''“")).not.toThrow();
    expect(extractQuotes(', Ann Ray, the mayor, said the vote was close.').map((q) => [q.quote, q.speaker])).toEqual([['the vote was close', 'Ann Ray']]);
  });

  it('reads a fragment\'s sentence in its own document, after another whose fragment opened earlier', () => {
    const later = 'Later that week, Ana Ruiz was “angry” again.';
    const alone = extractQuotes(later).map((q) => [q.quote, q.speaker]);
    expect(alone).toEqual([['angry', 'Ana Ruiz']]);
    extractQuotes('Tom Berg was “upset” today.');
    expect(extractQuotes(later).map((q) => [q.quote, q.speaker])).toEqual(alone);
  });
});
