// Properties of the quote scanner and the whole extraction on arbitrary text:
// nothing throws, every span is the text it claims, spans never overlap.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scanQuotes } from '../src/scan/quotes.js';
import { extractQuotes } from '../src/index.js';

// Text made mostly of the characters that matter here: marks, apostrophes,
// spaces, line breaks, a few words.
const pieces = ['“', '”', '"', '‘', '’', "'", '«', '»', '„', '‹', '›', '「', '」', '``', "''", ' ', '\n', '\n\n', ',', '.', 'he said', 'Smith', 'don’t', 'we win', '—', 'Q: ', 'PENCE: '];
const newsish = fc.array(fc.constantFrom(...pieces), { maxLength: 200 }).map((a) => a.join(''));
const anyText = fc.oneof(newsish, fc.string({ maxLength: 300 }), fc.string({ maxLength: 200, unit: 'binary' }));

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
