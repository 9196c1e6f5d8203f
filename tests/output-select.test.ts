import { describe, expect, it } from 'vitest';
import { namesSpeaker, parseConfidence, selector } from '../src/output/select.js';
import type { Located } from '../src/output/jsonl.js';

describe('--speaker: full name or surname, any case', () => {
  it.each([
    ['Putin', 'Vladimir Putin', true],
    ['putin', 'Vladimir Putin', true],
    ['VLADIMIR PUTIN', 'Vladimir Putin', true],
    ['Vladimir', 'Vladimir Putin', false],
    ['Put', 'Vladimir Putin', false],
    ['Vladimir Putin Jr', 'Vladimir Putin', false],
    ['Leyen', 'Ursula von der Leyen', true],
    ['von der Leyen', 'Ursula von der Leyen', true],
    ['der', 'Ursula von der Leyen', false],
    ['Alvarez', 'José Álvarez', true],
    ["O'Brien", 'Siobhan O’Brien', true],
    ['Ocasio-Cortez', 'Alexandria Ocasio-Cortez', true],
    ['Cortez', 'Alexandria Ocasio-Cortez', false],
    ['Kremlin', 'the Kremlin', true],
    ['Okonkwo', null, false],
    ['', 'Margaret Okonkwo', false],
  ])('%j names %j: %s', (query, speaker, expected) => expect(namesSpeaker(query, speaker)).toBe(expected));
});

describe('--min-confidence', () => {
  it.each([
    ['0', 0],
    ['1', 1],
    ['0.75', 0.75],
    ['.5', 0.5],
    ['1.0', 1],
    [' 0.3 ', 0.3],
  ])('%j → %d', (v, n) => expect(parseConfidence(v)).toBe(n));

  it.each([['1.5'], ['-0.1'], ['abc'], [''], ['0x1'], ['1e-1'], ['NaN'], ['Infinity']])('%j is refused', (v) => {
    expect(() => parseConfidence(v)).toThrow('expected a number from 0 to 1');
  });
});

describe('selection', () => {
  const rec = (speaker: string | null, confidence: number) => ({ speaker, confidence }) as Located;
  it('keeps quotes at or above the threshold, by any of the speakers named', () => {
    const keep = selector({ minConfidence: 0.8, speakers: ['Okonkwo', 'rahman'] });
    expect(keep(rec('Margaret Okonkwo', 0.8))).toBe(true);
    expect(keep(rec('Aisha Rahman', 0.95))).toBe(true);
    expect(keep(rec('Margaret Okonkwo', 0.79))).toBe(false);
    expect(keep(rec('Dmitri Vasquez', 0.95))).toBe(false);
    expect(keep(rec(null, 0.95))).toBe(false);
    expect(selector({})(rec(null, 0.05))).toBe(true);
  });
});
