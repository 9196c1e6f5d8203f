// Runs the quote-span table (tests/tables/spans.ts) through extractQuotes.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/index.js';
import { expectOneGroup, normName, row, rowName } from './check.js';
import { SPAN_ROWS, type SpanRow } from './spans.js';

function check(r: SpanRow): void {
  const got = extractQuotes(r.text);
  for (const q of got) expect(r.text.slice(q.start, q.end), 'offsets must slice to the quote').toBe(q.quote);
  expect(got.map((q) => q.quote).sort(), 'the set of quotations').toEqual(r.quotes.map((q) => q.quote).sort());
  const groups: (number | null)[] = [];
  for (const want of r.quotes) {
    const q = got.find((g) => g.quote === want.quote)!;
    if (want.type !== undefined) expect(q.type, `type of "${want.quote}"`).toBe(want.type);
    if (want.speaker !== undefined) expect(normName(q.speaker), `speaker of "${want.quote}"`).toBe(normName(want.speaker));
    if (want.group === 'same') groups.push(q.group);
  }
  expectOneGroup(groups);
}

describe('quote spans (issue 3)', () => {
  it('the table is large enough and its expectations are consistent', () => {
    expect(SPAN_ROWS.length).toBeGreaterThanOrEqual(60);
    for (const r of SPAN_ROWS) {
      const names = r.quotes.map((q) => q.quote);
      expect(new Set(names).size, r.note).toBe(names.length);
      for (const q of r.quotes) expect(r.text.includes(q.quote), `${r.note}: "${q.quote}" is in the text`).toBe(true);
      expect(r.quotes.filter((q) => q.group === 'same').length, r.note).not.toBe(1);
    }
  });

  SPAN_ROWS.forEach((r, i) => row(rowName(i, r.note, r.text), r.known, () => check(r)));
});
