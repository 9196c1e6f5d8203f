// The table of compromise's verdicts (src/lexicon/verb-slot.ts, written by
// scripts/verb-slot.mjs) must say what the tagger says: a sample of its words
// is put to compromise itself, so an upgrade of compromise that reads the slot
// otherwise fails here until the table is written anew (npm run verb-slot).
import { describe, expect, it } from 'vitest';
import { SLOT_OTHERS, SLOT_VERBS } from '../src/lexicon/verb-slot.js';
import { compoundVerdict, inSortedWords, isContraction, isDictionaryWord, plainVerdict, readsAsVerb, tableVerdict, taggerVerdict } from '../src/nlp/compromise.js';

const verbs = SLOT_VERBS.split(' ');
const others = SLOT_OTHERS.split(' ');
// every k-th word: the same sample on every run, spread over the alphabet
const sample = (words: string[], n: number) => words.filter((_, i) => i % Math.ceil(words.length / n) === 0);

describe('verb-slot table', () => {
  it('holds thousands of words, sorted, each once, in one list only', () => {
    expect(verbs.length).toBeGreaterThan(40000);
    expect(others.length).toBeGreaterThan(10000);
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

  it('finds every word of each list in place, and no word that is not there', () => {
    for (const [list, words] of [
      [SLOT_VERBS, verbs],
      [SLOT_OTHERS, others],
    ] as const) {
      expect(words.filter((w) => !inSortedWords(list, w))).toEqual([]);
      // before the first word, after the last, between neighbours, and parts of words
      const absent = ['', 'a', 'zzzzzz', ...sample(words, 200).flatMap((w) => [`${w}q`, w.slice(0, -1) + '{', w.slice(1)])].filter((w) => !words.includes(w));
      expect(absent.filter((w) => inSortedWords(list, w))).toEqual([]);
    }
    expect(inSortedWords('', 'a')).toBe(false);
    expect(inSortedWords('b', 'b')).toBe(true);
    expect(['a', 'b', 'c', 'd'].map((w) => inSortedWords('b d', w))).toEqual([false, true, false, true]);
  });

  it.each([
    ['warm-and-fuzzy', true], // the first part, as compromise reads the slot ("warm", an adjective)
    ['well-known', false], // "well"
    ['co-anchor', true], // "co" is in no table: the last part, "anchor"
    ['speechwriter', false], // a closed compound by its head, "writer"
    ['zzxqj', undefined], // no part in the tables: the tagger decides
    ['-zzxqj', undefined],
  ])('reads the compound “%s” by a part the tables hold: %s', (word, want) => {
    expect(compoundVerdict(word)).toBe(want);
  });

  it.each([
    ['wins', true],
    ['harbour', true],
    ['finally', true], // answered by the plain rules, so in no table
    ['confirmed', true],
    ['about', true],
    ['isn’t', true],
    ['okafor', false],
    ['dana', false],
    ['abiodun', false],
  ])('tells an English word (“%s”) from a name: %s', (word, want) => {
    expect(isDictionaryWord(word)).toBe(want);
  });

  it('knows contractions, and no name for one', () => {
    expect(['isn’t', "don't", 'we’ll', 'they’re', "I'm", 'you’ve', 'she’d'].filter((w) => !isContraction(w))).toEqual([]);
    expect(['o’neill', "d'souza", 'trump’s', 'it'].filter(isContraction)).toEqual([]);
  });

  it('answers words of the table without the tagger, others through it', () => {
    expect(tableVerdict('says')).toBe(true);
    expect(tableVerdict('zzxqj')).toBeUndefined();
    expect(readsAsVerb('zzxqj')).toBe(taggerVerdict('zzxqj'));
  });
});
