// The hand-written tokenizer reads exactly what its reference, the regular
// expression TOKEN, reads: on arbitrary strings and windows, and on the news
// fixtures at every window the attribution stages use.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isLetter, tokenize, tokenizeByRegex } from '../src/scan/tokens.js';

const pieces = ['9,000', '1,250,000', ',000', '3,4', '12,3456', '½', '¼x', 'ª', 'µ', '×', '«', '»', '—', '–', '…', '\u2009', '\u00ad', 'U.S.', 'U.S.A', 'D.C', 'Mr.', 'mr.', 'H.', 'e.g.', 'Gov', '.', '..', ' ', '\u00a0', '\n', '\t', 'don’t', "it's", 'Holtz-Eakin', 'AT&T', '3.5', '-', '&', '’', "'", '“', '”', 'Ä', 'é', 'ß', '日本', '𝒜', '𝒜.', '😀', '\ud835', '\udc9c', '٣', '²', '\u2028', '\ufeff', 'a', 'Z', 'said', 'x.y.z', 'said.Trump', 'breitbart.com', '--', '𝓍.'];
const texts = fc.oneof(
  fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join('')),
  fc.string({ maxLength: 120 }),
  fc.string({ maxLength: 80, unit: 'binary' }),
);

describe('tokenize', () => {
  it('equals the regular expression on any string and any window', () => {
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), (text, a, b) => {
        const from = text.length ? a % (text.length + 1) : 0;
        const to = from + (text.length - from ? b % (text.length - from + 1) : 0);
        expect(tokenize(text, from, to)).toEqual(tokenizeByRegex(text, from, to));
        expect(tokenize(text)).toEqual(tokenizeByRegex(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('equals the regular expression on the fixtures, at windows starting anywhere', () => {
    const dir = join(import.meta.dirname, '../fixtures');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8');
      expect(tokenize(text)).toEqual(tokenizeByRegex(text));
      for (let from = 0; from < text.length; from += 7) {
        const to = Math.min(text.length, from + 1 + ((from * 31) % 500));
        expect(tokenize(text, from, to)).toEqual(tokenizeByRegex(text, from, to));
      }
    }
  });

  it('reads every code of U+0080–U+2FFF as the Unicode classes do (its fast path for signs and punctuation)', () => {
    for (let c = 0x80; c < 0x3000; c++) {
      const ch = String.fromCharCode(c);
      expect(isLetter(ch, 0), `U+${c.toString(16)}`).toBe(/\p{L}/u.test(ch));
      const word = `a${ch}b`;
      expect(tokenize(word), `U+${c.toString(16)}`).toEqual(tokenizeByRegex(word));
    }
  });
});
