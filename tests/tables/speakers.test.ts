// Runs the attribution table (tests/tables/speakers.ts) through extractQuotes.
import { describe, expect, it } from 'vitest';
import { extractQuotes, type Quote } from '../../src/index.js';
import { normName, row, rowName } from './check.js';
import { CONFIDENCE_ROWS, SPEAKER_ROWS, type ConfidenceRow, type SpeakerRow } from './speakers.js';

function pick(text: string, got: Quote[], words: string): Quote {
  const q = got.find((g) => g.quote.includes(words));
  expect(q, `a quotation containing "${words}"`).toBeDefined();
  expect(text.slice(q!.start, q!.end), 'offsets must slice to the quote').toBe(q!.quote);
  return q!;
}

function check(r: SpeakerRow): void {
  const got = extractQuotes(r.text);
  for (const want of r.quotes) {
    const q = pick(r.text, got, want.quote);
    const accepted = (Array.isArray(want.speaker) ? want.speaker : [want.speaker]).map(normName);
    expect(accepted, `speaker of "${want.quote}" (got ${JSON.stringify(q.speaker)})`).toContain(normName(q.speaker));
    if (want.speakerTitle !== undefined) expect(normName(q.speakerTitle), `title of "${want.quote}"`).toBe(normName(want.speakerTitle));
  }
}

function checkConfidence(r: ConfidenceRow): void {
  const got = extractQuotes(r.text);
  const hi = pick(r.text, got, r.higher);
  const lo = pick(r.text, got, r.lower);
  expect(hi.confidence, `confidence of "${r.higher}" over "${r.lower}"`).toBeGreaterThan(lo.confidence);
}

describe('speakers (issue 4)', () => {
  it('the table is large enough and every expected quote is in its text', () => {
    expect(SPEAKER_ROWS.length).toBeGreaterThanOrEqual(80);
    for (const r of [...SPEAKER_ROWS, ...CONFIDENCE_ROWS.map((c) => ({ ...c, quotes: [{ quote: c.higher }, { quote: c.lower }] }))]) {
      for (const q of r.quotes) expect(r.text.includes(q.quote), `${r.note}: "${q.quote}"`).toBe(true);
    }
  });

  SPEAKER_ROWS.forEach((r, i) => row(rowName(i, r.note, r.text), r.known, () => check(r)));
});

describe('confidence ordering (issue 4): explicit frame > pronoun > inherited', () => {
  CONFIDENCE_ROWS.forEach((r, i) => row(rowName(i, r.note, r.text), r.known, () => checkConfidence(r)));
});
