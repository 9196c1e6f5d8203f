import { describe, expect, it } from 'vitest';
import { scanQuotes } from '../src/scan/quotes.js';

const quoted = (text: string) => scanQuotes(text).map((s) => text.slice(s.start, s.end));

// [text, expected quotations]
const TABLE: [string, string[]][] = [
  ['“We will win,” she said.', ['We will win,']],
  ['"We will win," she said.', ['We will win,']],
  ['‘We will win,’ she said.', ['We will win,']],
  ["'We will win,' she said.", ['We will win,']],
  ['He called it «une honte» yesterday.', ['une honte']],
  ['Er sagte: „Wir schaffen das.“', ['Wir schaffen das.']],
  ['“He told me ‘never again’ and left,” she said.', ['He told me ‘never again’ and left,']],
  ['They don’t know Russia’s plans for the ’90s revival.', []],
  ["It's rock 'n' roll, 'tis true, said O'Neill.", []],
  ['The students’ union met.', []],
  ['He said “unclosed and nothing more.\n“Fine,” he said.', ['Fine,']],
  ['“First paragraph of a speech.\n\n“Second paragraph, the end.”', ['First paragraph of a speech.', 'Second paragraph, the end.']],
  ['“ ” is empty.', []],
  ['She wrote ``hello there\'\' to me.', ['hello there']],
];

describe('scanQuotes', () => {
  it.each(TABLE)('%s', (text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  it('links the pieces of a multi-paragraph quotation', () => {
    const spans = scanQuotes('“One.\n“Two.\n“Three.”');
    expect(spans.map((s) => s.group)).toEqual([1, 1, 1]);
  });

  it('is linear on thousands of unbalanced marks', () => {
    const text = '“a '.repeat(50_000) + '”'.repeat(10);
    const spans = scanQuotes(text);
    for (const s of spans) expect(s.end).toBeGreaterThanOrEqual(s.start);
  });
});
