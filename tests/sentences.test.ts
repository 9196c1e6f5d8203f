// The sentence stage on its own: where sentences start and end, given no
// quotation spans (quotations are never split; the span tables cover them).
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/scan/sentences.js';

const sentences = (text: string) => splitSentences(text, []).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['two sentences', 'The port reopened. Ships came in.', ['The port reopened.', 'Ships came in.']],
    ['an abbreviation does not end one', 'Gov. Ada Quist spoke. She left.', ['Gov. Ada Quist spoke.', 'She left.']],
    ['an initialism then "He" ends one', 'It works in the U.S. He says so.', ['It works in the U.S.', 'He says so.']],
    ['an initialism then a name does not', 'The U.S. Senate voted. It passed.', ['The U.S. Senate voted.', 'It passed.']],
    ['a paragraph break ends one', 'No full stop here\n\nNext paragraph.', ['No full stop here', 'Next paragraph.']],
    // a wire dateline is a sentence of its own, so the place is never the subject
    ['a dateline with a dash', 'WASHINGTON — Sen. Ada Quist defended the bill.', ['WASHINGTON —', 'Sen. Ada Quist defended the bill.']],
    ['a dateline with the agency', 'MEXICO CITY (AP) — The ambassador spoke.', ['MEXICO CITY (AP) —', 'The ambassador spoke.']],
    ['a dateline with state and date', 'CAMBRIDGE, Mass., Dec. 11 (UPI) -- The board met.', ['CAMBRIDGE, Mass., Dec. 11 (UPI) --', 'The board met.']],
    ['a dateline in a later paragraph', 'Headline here\n\nPARIS — The talks ended.', ['Headline here', 'PARIS —', 'The talks ended.']],
    // negatives: capitals and dashes that are no dateline
    ['a name, not in capitals, before a dash', 'Ada Quist — the mayor — spoke.', ['Ada Quist — the mayor — spoke.']],
    ['an initialism opening a sentence', 'NATO said the drills would go on.', ['NATO said the drills would go on.']],
    ['capitals with no dash', 'WASHINGTON is quiet in August.', ['WASHINGTON is quiet in August.']],
    ['a dateline and nothing after it', 'WASHINGTON —', ['WASHINGTON —']],
  ])('%s', (_, text, want) => {
    expect(sentences(text)).toEqual(want);
  });

  it('reads a long line of capitals and dashes (the pattern is bounded: this would time out if it backtracked)', () => {
    const text = 'AB CD '.repeat(20000) + '— end.';
    expect(sentences(text)).toEqual([text]);
  });
});
