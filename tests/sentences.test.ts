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

  // hard-wrapped text (8 or more short lines, with blank lines between paragraphs): a single line break is a space
  const wrapped = [
    'The ferry left at dawn and the harbour master watched it go from the',
    'end of the old pier, as he had done for thirty years. Then he turned.',
    '',
    '"It will be back by noon," said Mr.',
    'Varga, and he went inside. Nobody answered him. The wind rose.',
    '',
    'The gulls followed the boat out past the breakwater and the buoys,',
    'and then they came back one by one to sit on the roofs of the sheds.',
    '',
    'By noon the ferry had not come back, and the harbour master went out',
    'to the end of the pier again. He looked at the sea for a long time.',
  ].join('\n');

  it('in hard-wrapped text, an abbreviation before a line break does not end a sentence', () => {
    const got = sentences(wrapped);
    expect(got).toContain('"It will be back by noon," said Mr.\nVarga, and he went inside.');
    expect(got).toContain('Nobody answered him.');
  });

  it('in hard-wrapped text, a quotation that ends a line does not end its sentence before the attribution', () => {
    const text = wrapped.replace('Nobody answered him.', 'Nobody answered him. "Will it?"\nthe clerk asked.');
    const open = text.indexOf('"Will');
    const spans = [{ open, close: open + 10, start: open + 1, end: open + 9, marked: true, group: null, continued: false }];
    const got = splitSentences(text, spans).map((s) => text.slice(s.start, s.end));
    expect(got).toContain('"Will it?"\nthe clerk asked.');
  });

  it('in text that is not wrapped, a line break after an abbreviation still ends the line\'s sentence', () => {
    expect(sentences('He spoke to Mr.\nVarga left.')).toEqual(['He spoke to Mr.', 'Varga left.']);
  });

  it('reads a long line of capitals and dashes (the pattern is bounded: this would time out if it backtracked)', () => {
    const text = 'AB CD '.repeat(20000) + '— end.';
    expect(sentences(text)).toEqual([text]);
  });
});
