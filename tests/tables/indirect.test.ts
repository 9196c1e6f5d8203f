// Runs the reported-speech table (tests/tables/indirect.ts) through extractQuotes.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/index.js';
import { INDIRECT_RULES } from '../../src/attribute/indirect/index.js';
import { expectOneGroup, normName, row, rowName } from './check.js';
import { INDIRECT_ROWS, type IndirectRow } from './indirect.js';

function check(r: IndirectRow): void {
  const got = extractQuotes(r.text);
  for (const q of got) expect(r.text.slice(q.start, q.end), 'offsets must slice to the quote').toBe(q.quote);
  const indirect = got.filter((q) => q.type === 'indirect');
  expect(indirect.map((q) => q.quote).sort(), 'the set of indirect quotes').toEqual(r.quotes.map((q) => q.quote).sort());
  if (r.mixed) {
    expect(got.filter((q) => q.type === 'mixed').map((q) => q.quote).sort(), 'the set of mixed quotes').toEqual([...r.mixed].sort());
  }
  const groups: (number | null)[] = [];
  for (const want of r.quotes) {
    const q = indirect.find((g) => g.quote === want.quote)!;
    if (want.speaker !== undefined) expect(normName(q.speaker), `speaker of "${want.quote}"`).toBe(normName(want.speaker));
    if (want.rule !== undefined) expect(q.rule, `rule of "${want.quote}"`).toBe(want.rule);
    if (want.group === 'same') groups.push(q.group);
  }
  expectOneGroup(groups);
}

describe('reported speech (indirect quotes)', () => {
  it('the table is large enough and its expectations are consistent', () => {
    expect(INDIRECT_ROWS.length).toBeGreaterThanOrEqual(45);
    for (const r of INDIRECT_ROWS) {
      const names = r.quotes.map((q) => q.quote);
      expect(new Set(names).size, r.note).toBe(names.length);
      for (const q of r.quotes) {
        expect(r.text.includes(q.quote), `${r.note}: "${q.quote}" is in the text`).toBe(true);
        if (q.rule !== undefined) expect(Object.keys(INDIRECT_RULES), `${r.note}: rule ${q.rule}`).toContain(q.rule);
      }
      for (const m of r.mixed ?? []) expect(r.text.includes(m), `${r.note}: "${m}" is in the text`).toBe(true);
      expect(r.quotes.filter((q) => q.group === 'same').length, r.note).not.toBe(1);
    }
    // every rule has its group of rows, with positives and negatives
    for (const rule of Object.keys(INDIRECT_RULES)) {
      const rows = INDIRECT_ROWS.filter((r) => r.section === rule);
      expect(rows.some((r) => r.quotes.some((q) => q.rule === rule)), `a positive row for ${rule}`).toBe(true);
      expect(rows.some((r) => r.quotes.length === 0), `a negative row for ${rule}`).toBe(true);
    }
  });

  INDIRECT_ROWS.forEach((r, i) => row(rowName(i, r.note, r.text), r.known, () => check(r)));
});
