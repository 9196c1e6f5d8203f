// Acceptance on the shared seed article, and the output's invariants over the
// news corpora. Skips cleanly when ../shared is absent.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { extractQuotes } from '../src/index.js';
import { taggerLoaded } from '../src/nlp/compromise.js';

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

const corpora = ['../shared/corpora/polnear-train.jsonl', '../shared/corpora/polnear-dev.jsonl'].filter((p) => existsSync(p));

describe.skipIf(!corpora.length)('every quote of the news corpora', () => {
  it('is non-empty, in bounds, the text at its offsets, and overlaps no other', () => {
    let seen = 0;
    for (const path of corpora) {
      for (const line of readFileSync(path, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const { id, text } = JSON.parse(line) as { id: string; text: string };
        const quotes = [...extractQuotes(text)].sort((a, b) => a.start - b.start);
        for (let i = 0; i < quotes.length; i++) {
          const q = quotes[i]!;
          // one message per broken quote, naming the document
          if (!(q.start < q.end && q.end <= text.length && text.slice(q.start, q.end) === q.quote && (i === 0 || q.start >= quotes[i - 1]!.end))) {
            expect.fail(`${id}: ${JSON.stringify({ quote: q.quote, start: q.start, end: q.end, rule: q.rule })}`);
          }
          seen++;
        }
      }
    }
    expect(seen).toBeGreaterThan(1000);
  });

  // (its tables answer every word of them: loading compromise costs 0.2 s and 25 MB per thread)
  it('never needs the tagger', () => {
    expect(taggerLoaded()).toBe(false);
  });
});
