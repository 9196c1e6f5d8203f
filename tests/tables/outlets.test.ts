// Runs the outlet table (tests/tables/outlets.ts) through extractQuotes.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/index.js';
import { OUTLET_ENTRIES } from '../../src/lexicon/outlets.js';
import { normName, row, rowName } from './check.js';
import { OUTLET_ROWS, type OutletRow } from './outlets.js';

function check(r: OutletRow): void {
  const got = extractQuotes(r.text, r.options ?? {});
  for (const want of r.quotes) {
    const q = got.find((g) => g.quote.includes(want.quote));
    expect(q, `a quotation containing "${want.quote}"`).toBeDefined();
    expect(r.text.slice(q!.start, q!.end), 'offsets must slice to the quote').toBe(q!.quote);
    expect(normName(q!.outlet), `outlet of "${want.quote}"`).toBe(normName(want.outlet));
    if (q!.outletMention) expect(r.text.slice(q!.outletMention.start, q!.outletMention.end)).toBe(q!.outletMention.text);
  }
}

describe('outlets (issue 5)', () => {
  it('the table is large enough, and listed outlets are expected by their canonical names', () => {
    expect(OUTLET_ROWS.length).toBeGreaterThanOrEqual(40);
    const canonical = new Set(OUTLET_ENTRIES.map((e) => normName(e.name)));
    const aliasOf = new Map(OUTLET_ENTRIES.map((e) => [normName(e.alias), normName(e.name)]));
    for (const r of OUTLET_ROWS) {
      for (const q of r.quotes) {
        expect(r.text.includes(q.quote), `${r.note}: "${q.quote}"`).toBe(true);
        const n = normName(q.outlet);
        // an expected name that the lexicon knows as an alias must be its canonical name
        if (n !== null && aliasOf.has(n) && !canonical.has(n)) expect.fail(`${r.note}: expect "${aliasOf.get(n)}", not the alias "${q.outlet}"`);
      }
    }
  });

  OUTLET_ROWS.forEach((r, i) => row(rowName(i, r.note, r.text), r.known, () => check(r)));
});
