// The lexicons are data: check their size, their coverage of the forms the
// issues name, and that no entry is listed twice.
import { describe, expect, it } from 'vitest';
import { CUES, cueFormCount } from '../src/lexicon/cues.js';
import { OUTLET_ENTRIES } from '../src/lexicon/outlets.js';
import { tokenize } from '../src/scan/tokens.js';
import { cueAt } from '../src/attribute/cues.js';

const isCue = (phrase: string) => {
  const toks = tokenize(phrase);
  const c = cueAt(toks, 0);
  return c !== null && c.last === toks.length - 1;
};

describe('cue lexicon', () => {
  it('holds at least 250 forms', () => {
    expect(cueFormCount()).toBeGreaterThanOrEqual(250);
  });

  it.each([
    'said', 'says', 'say', 'saying', 'told', 'added', 'stated', 'noted', 'explained', 'argued', 'insisted', 'warned',
    'wrote', 'tweeted', 'posted', 'asked', 'replied', 'according to', 'was quoted as saying', 'in a statement',
    // spinner rewordings
    'mentioned', 'informed', 'requested', 'in keeping with', 'referred to as', 'defined',
  ])('recognises “%s”', (phrase) => {
    expect(isCue(phrase)).toBe(true);
  });

  it.each(['the', 'house', 'was', 'table', 'Monday'])('does not take “%s” for a cue', (word) => {
    expect(isCue(word)).toBe(false);
  });

  it('lists each form once', () => {
    for (const [first, forms] of CUES) {
      const keys = forms.map((f) => f.words.join(' '));
      expect(new Set(keys).size, first).toBe(keys.length);
    }
  });
});

describe('outlet gazetteer', () => {
  it('lists each alias once', () => {
    const aliases = OUTLET_ENTRIES.map((e) => e.alias);
    expect(new Set(aliases).size).toBe(aliases.length);
  });

  it.each([
    ['Reuters', 'Reuters'],
    ['AP', 'Associated Press'],
    ['CCTV', 'CCTV'],
    ['Meet the Press', 'NBC'],
    ['Fox News Sunday', 'Fox News'],
    ['Truth Social', 'Truth Social'],
  ])('maps %s to %s', (alias, name) => {
    expect(OUTLET_ENTRIES.find((e) => e.alias === alias)?.name).toBe(name);
  });
});
