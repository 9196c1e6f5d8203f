// Acceptance on the shared seed article. Skips cleanly when ../shared is absent.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { extractQuotes } from '../src/index.js';

const seedPath = '../shared/seed/expected.jsonl';
const has = existsSync(seedPath);

describe.skipIf(!has)('seed article', () => {
  const gold = has ? JSON.parse(readFileSync(seedPath, 'utf8').split('\n')[0]!) : null;
  it('finds every verbatim quote with the right speaker, and no “Board of Peace”', () => {
    const quotes = extractQuotes(gold.text);
    const verbatim = gold.quotes.filter((q: { type: string }) => q.type !== 'indirect');
    for (const g of verbatim) {
      const q = quotes.find((p) => p.start < g.end && g.start < p.end);
      expect(q, g.text).toBeDefined();
      expect(q!.speaker, g.text).toBe(g.speaker);
    }
    expect(quotes.some((q) => q.quote.includes('Board of Peace'))).toBe(false);
  });
});
