// The table of compromise's verdicts (src/lexicon/verb-slot.ts, written by
// scripts/verb-slot.mjs) must say what the tagger says: a sample of its words
// is put to compromise itself, so an upgrade of compromise that reads the slot
// otherwise fails here until the table is written anew (npm run verb-slot).
import { describe, expect, it } from 'vitest';
import { SLOT_OTHERS, SLOT_VERBS } from '../src/lexicon/verb-slot.js';
import { plainVerdict, readsAsVerb, tableVerdict, taggerVerdict } from '../src/nlp/compromise.js';

const verbs = SLOT_VERBS.split(' ');
const others = SLOT_OTHERS.split(' ');
// every k-th word: the same sample on every run, spread over the alphabet
const sample = (words: string[], n: number) => words.filter((_, i) => i % Math.ceil(words.length / n) === 0);

describe('verb-slot table', () => {
  it('holds thousands of words, sorted, each once, in one list only', () => {
    expect(verbs.length).toBeGreaterThan(5000);
    expect(others.length).toBeGreaterThan(1000);
    for (const list of [verbs, others]) expect(list).toEqual([...new Set(list)].sort());
    const inVerbs = new Set(verbs);
    expect(others.filter((w) => inVerbs.has(w))).toEqual([]);
  });

  it('holds no word that the plain rules answer (they come first)', () => {
    expect([...verbs, ...others].filter((w) => plainVerdict(w) !== undefined)).toEqual([]);
  });

  it.each([
    ['verbs', verbs, true],
    ['others', others, false],
  ] as const)('agrees with compromise on a sample of its %s', (_, list, want) => {
    const disagree = sample(list, 150).filter((w) => taggerVerdict(w) !== want);
    expect(disagree, 'the table is stale: run `npm run verb-slot`').toEqual([]);
  });

  it.each([
    ['opined', true],
    ['quipped', true],
    ['says', true],
    ['famous', true], // a spinner's adjective in the verb's slot
    ['himself', false],
    ['quickly', false],
    ['the', false],
  ])('reads “%s” in the slot “He ___.” as a verb: %s', (word, want) => {
    expect(readsAsVerb(word)).toBe(want);
  });

  it('answers words of the table without the tagger, others through it', () => {
    expect(tableVerdict('says')).toBe(true);
    expect(tableVerdict('zzxqj')).toBeUndefined();
    expect(readsAsVerb('zzxqj')).toBe(taggerVerdict('zzxqj'));
  });
});
