// Reading a JSONL stream a chunk at a time (src/input/jsonl.ts readJsonl), as
// the --jobs pool pulls it: records and line numbers must not depend on where
// the chunks happen to split.
import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { readJsonl } from '../src/input/jsonl.js';

const rec = (id: string, text: string) => JSON.stringify({ id, text });
const enc = (s: string) => Buffer.from(s, 'utf8');

async function read(chunks: (Buffer | string)[]): Promise<[number, string | null, string | null][]> {
  const out: [number, string | null, string | null][] = [];
  for await (const r of readJsonl(Readable.from(chunks, { objectMode: false }))) out.push([r.line, r.id, r.error ?? r.text]);
  return out;
}

/** Every way of cutting `bytes` into two chunks. */
const cuts = (bytes: Buffer) => Array.from({ length: bytes.length + 1 }, (_, i) => [bytes.subarray(0, i), bytes.subarray(i)]);

describe('readJsonl', () => {
  it.each([
    ['LF endings', rec('a', 'Uno') + '\n' + rec('b', 'Dos') + '\n', [[1, 'a', 'Uno'], [2, 'b', 'Dos']]],
    ['CRLF endings', rec('a', 'Uno') + '\r\n' + rec('b', 'Dos') + '\r\n', [[1, 'a', 'Uno'], [2, 'b', 'Dos']]],
    ['no newline at the end', rec('a', 'Uno') + '\n' + rec('b', 'Dos'), [[1, 'a', 'Uno'], [2, 'b', 'Dos']]],
    ['blank lines keep their numbers', '\n' + rec('a', 'Uno') + '\n\n   \n' + rec('b', 'Dos') + '\n', [[2, 'a', 'Uno'], [5, 'b', 'Dos']]],
    ['a UTF-8 byte order mark', '\ufeff' + rec('a', '“Sí,” dijo ella.') + '\n', [[1, 'a', '“Sí,” dijo ella.']]],
    ['a bad line between good ones', rec('a', 'Uno') + '\n{"id": "b", \n' + rec('c', 'Tres') + '\n', [[1, 'a', 'Uno'], [2, null, expect.stringMatching(/^line 2: invalid JSON/)], [3, 'c', 'Tres']]],
    ['empty input', '', []],
  ])('%s', async (_, input, expected) => {
    expect(await read([enc(input)])).toEqual(expected);
  });

  it('gives the same records wherever one chunk boundary falls, inside a character or a line', async () => {
    const input = enc(rec('a', '“Ça ira,” dit-il — 東京 😀.') + '\r\n' + rec('b', 'Zwei') + '\n');
    const whole = await read([input]);
    expect(whole).toEqual([[1, 'a', '“Ça ira,” dit-il — 東京 😀.'], [2, 'b', 'Zwei']]);
    for (const [x, y] of cuts(input)) expect(await read([x!, y!])).toEqual(whole);
  });

  it('reads a line spread over many small chunks, and string chunks', async () => {
    const long = 'word '.repeat(20000);
    const input = rec('long', long) + '\n' + rec('short', 'x') + '\n';
    const bytes = enc(input);
    const chunks: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += 7) chunks.push(bytes.subarray(i, i + 7));
    expect(await read(chunks)).toEqual([[1, 'long', long], [2, 'short', 'x']]);
    expect(await read([input.slice(0, 5), input.slice(5)])).toEqual([[1, 'long', long], [2, 'short', 'x']]);
  });
});
