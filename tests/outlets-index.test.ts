// findOutlet reads a quote's window from the document's alias index exactly as
// it reads the window by scanning it: at any window, on text dense with aliases
// cut at the edges.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { aliasIndex, findAffiliations, findOutlet } from '../src/attribute/outlets.js';

const pieces = ['the Wall Street Journal', 'Wall Street', 'The New York Times', 'the Times', 'Fox News Sunday', 'Fox News', 'Fox', 'CNN', "CNN's Wolf Blitzer", 'Reuters', 'AP', 'told ', 'said ', 'according to ', 'reported', 'the ', 'The ', 'host Sean Hannity', 'Bloomberg', 'Michael Bloomberg said', 'x', 'é', '𝒜', '-', "'", '’s', ' ', '  ', '\n', ',', '.', '“', '”', '1', 'NBC News', 'NBCX', 'theWall'];
const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 50 }).map((a) => a.join(''));

describe('findOutlet with the alias index', () => {
  it('finds what scanning the window finds, at any window', () => {
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), (text, a, b) => {
        const index = aliasIndex(text);
        const from = text.length ? a % (text.length + 1) : 0;
        const to = from + (text.length - from ? b % (text.length - from + 1) : 0);
        expect(findOutlet(text, from, to, [], null, index)).toEqual(findOutlet(text, from, to, [], null));
      }),
      { numRuns: 3000 },
    );
  });

  it('affiliations from the index are those of a scan', () => {
    const text = "MSNBC host Chris Matthews said. Bill O'Reilly of Fox News spoke. CNN’s Dana Bash asked.";
    expect(findAffiliations(text, aliasIndex(text))).toEqual(findAffiliations(text));
    expect(findAffiliations(text).map((a) => a.person)).toEqual(['Chris Matthews', "Bill O'Reilly", 'Dana Bash']);
  });
});
