// Property tests: random text, random bytes, random pages and random records
// through the input layer and extractQuotes never crash, and every offset
// stays valid for the text it refers to.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { extractQuotes } from '../src/index.js';
import { decode, normalizeLineEnds } from '../src/input/decode.js';
import { htmlToText } from '../src/input/html.js';
import { parseRecord } from '../src/input/jsonl.js';
import { fromBytes, type InputEvent } from '../src/input/read.js';
import { QuotesError } from '../src/errors.js';
import type { Quote } from '../src/types.js';

// Pieces of news text, heavy on the characters that matter to the scanner.
const PIECES = [
  '“', '”', '‘', '’', '"', "'", '«', '»', '„', '‹', '›', '「', '」', '``', "''",
  ' ', ' ', ' ', '\n', '\n\n', '\r', '\r\n', '\t', '\u00a0', '.', ',', ':', ';', '!', '?', '…', '—', '(', ')',
  'said', 'told', 'Reuters', 'according to', 'he', 'she', 'Jane Smith', 'Mr.', 'U.S.', 'Putin', 'the minister',
  'We will win', 'don’t', '’90s', 'rock ’n’ roll', 'é', '😀', '\uFFFD', '\u200b', '\ud800',
];
const newsText = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((a) => a.join(''));
const anyText = fc.oneof(newsText, fc.string({ maxLength: 200, unit: 'binary' }), fc.string({ maxLength: 200, unit: 'grapheme' }));

/** Every offset of every quote refers to `text`. */
function checkOffsets(text: string, quotes: Quote[]): void {
  for (const q of quotes) {
    expect(0 <= q.start && q.start <= q.end && q.end <= text.length).toBe(true);
    expect(text.slice(q.start, q.end)).toBe(q.quote);
    for (const span of [q.speakerMention, q.cue, q.outletMention]) {
      if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
    }
    expect(['direct', 'mixed', 'indirect']).toContain(q.type);
    expect(q.confidence).toBeGreaterThanOrEqual(0);
    expect(q.confidence).toBeLessThanOrEqual(1);
  }
}

/** The documents read from `bytes`, or [] when the input layer refuses them with a typed error. */
async function documents(bytes: Uint8Array, format: 'text' | 'html' | null): Promise<Extract<InputEvent, { kind: 'document' }>[]> {
  try {
    return (await fromBytes(bytes, 'fuzz', 'fuzz', format, null)).filter((e): e is Extract<InputEvent, { kind: 'document' }> => e.kind === 'document');
  } catch (e) {
    expect(e).toBeInstanceOf(QuotesError);
    return [];
  }
}

describe('properties', () => {
  // Counterexamples the properties below once found, kept as fixed cases (a random run may not meet them again).
  it.each([
    ['a quotation closed by a mark, then a parenthesis and the end of the text (attributionAt read past its tokens)', '«Mr.»('],
    ['the same after “!” and a possessive name', '“We will win!” Berg’s ('],
  ])('found by the properties: %s', (_note, text) => {
    checkOffsets(text, extractQuotes(text));
  });

  it('random text: extractQuotes never throws and its offsets are valid', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkOffsets(text, extractQuotes(text));
      }),
      { numRuns: 300 },
    );
  });

  it('random text with lone CRs: after normalisation, offsets are valid for the original too', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const normal = normalizeLineEnds(text);
        expect(normal.length).toBe(text.length);
        for (const q of extractQuotes(normal)) expect(text.slice(q.start, q.end)).toBe(q.quote);
      }),
      { numRuns: 200 },
    );
  });

  it('random bytes: the input layer never throws untyped errors, and offsets are valid', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.constantFrom<'text' | 'html' | null>(null, 'text', 'html'), async (bytes, format) => {
        for (const doc of await documents(bytes, format)) checkOffsets(doc.text, extractQuotes(doc.text));
      }),
      { numRuns: 300 },
    );
  });

  it('random text encoded in UTF-8 or UTF-16 (with BOM) decodes back to itself', () => {
    // (windows-1252 is guessed, not known: random marks without words are too little to
    // tell it from other legacy encodings, so it is tested on real sentences elsewhere)
    const encodings = fc.constantFrom('utf-8', 'utf-16le', 'utf-16be');
    fc.assert(
      fc.property(newsText, encodings, (raw, enc) => {
        const text = raw.replace(/\ud800/g, ''); // a lone surrogate cannot be encoded
        const body = iconv.encode(text, enc);
        const bytes = enc === 'utf-16le' ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : enc === 'utf-16be' ? Buffer.concat([Buffer.from([0xfe, 0xff]), body]) : body;
        expect(decode(bytes)).toEqual({ text, encoding: enc, damaged: null });
      }),
      { numRuns: 300 },
    );
  });

  it('random pages: htmlToText never throws; text is trimmed lines, nothing from <script>', () => {
    // (a bare "<!" before <script> would make it a bogus comment, as in a browser: no bare "<" here)
    const tag = fc.constantFrom('p', 'div', 'li', 'ul', 'blockquote', 'h1', 'span', 'em', 'a', 'br', 'nav', 'footer', 'article', 'script', 'style', 'table', 'td');
    const node: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        newsText.map((t) => t.replace(/[<&]/g, ' ')),
        fc.constantFrom('&amp;', '&ldquo;', '&#8221;', '&nbsp;', '&bogus;', '&#xD800;', '<!-- c -->', '>', '&', '< '),
        fc.tuple(tag, fc.array(tie('node'), { maxLength: 4 })).map(([t, kids]) => `<${t}>${t === 'script' || t === 'style' ? 'SCRIPT_BODY' : kids.join('')}</${t}>`),
      ),
    })).node;
    fc.assert(
      fc.property(fc.array(node, { maxLength: 6 }), fc.boolean(), (nodes, wrap) => {
        const html = wrap ? `<!DOCTYPE html><html><head><title>T</title></head><body>${nodes.join('')}</body></html>` : nodes.join('');
        const got = htmlToText(html);
        expect(got.text).not.toContain('SCRIPT_BODY');
        for (const line of got.text.split('\n').slice(0, -1)) {
          expect(line).not.toBe('');
          expect(line).toBe(line.replace(/^[ \t\n\r\f]+|[ \t\n\r\f]+$/g, ''));
        }
        checkOffsets(got.text, extractQuotes(got.text));
      }),
      { numRuns: 150 },
    );
  });

  it('random JSON lines: parseRecord never throws and never touches a prototype', () => {
    const key = fc.constantFrom('id', 'text', 'outlet', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'x');
    const value = fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.constant(null), fc.boolean(), fc.dictionary(key, fc.string({ maxLength: 5 }), { maxKeys: 3 }));
    const line = fc.oneof(
      fc.dictionary(key, value, { maxKeys: 5 }).map((o) => JSON.stringify(o)),
      // JSON.stringify never writes a "__proto__" key from an object literal: write it by hand
      fc.tuple(value, fc.string({ maxLength: 10 })).map(([v, t]) => `{"__proto__": ${JSON.stringify(v)}, "text": ${JSON.stringify(t)}}`),
      fc.string({ maxLength: 40 }),
    );
    fc.assert(
      fc.property(line, fc.nat(1000), (raw, n) => {
        const rec = parseRecord(raw, n);
        if (rec) {
          for (const v of [rec.id, rec.text, rec.outlet, rec.error]) expect(v === null || typeof v === 'string').toBe(true);
          expect(rec.error === null).toBe(rec.text !== null);
        }
        const probe: Record<string, unknown> = {};
        expect(probe.text).toBeUndefined();
        expect(probe.id).toBeUndefined();
        expect(Object.getPrototypeOf(probe)).toBe(Object.prototype);
      }),
      { numRuns: 500 },
    );
  });
});
