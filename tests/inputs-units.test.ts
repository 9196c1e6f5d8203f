// The input layer's parts on their own: decoding, line ends, HTML detection
// and extraction, JSON Lines parsing and line splitting.
import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { decode, normalizeLineEnds, utf8Evidence } from '../src/input/decode.js';
import { blockText, htmlToText, withBody } from '../src/input/html.js';
import { metaCharset, sniffHtml } from '../src/input/sniff.js';
import { byteLines, parseRecord, readJsonl } from '../src/input/jsonl.js';
import { QuotesError } from '../src/errors.js';
import { describeFsError } from '../src/input/walk.js';
import { fromBytes, MAX_HTML_BYTES } from '../src/input/read.js';
import { parseHTML } from 'linkedom';

const bom = (b: number[], body: Buffer) => Buffer.concat([Buffer.from(b), body]);

describe('decode', () => {
  const said = '“We will not pay,” said Renée François, the café’s owner.';
  it.each([
    ['plain ASCII', Buffer.from('He said "no".'), 'He said "no".', 'utf-8'],
    ['UTF-8', Buffer.from(said), said, 'utf-8'],
    ['UTF-8 with BOM (the BOM is not text)', bom([0xef, 0xbb, 0xbf], Buffer.from(said)), said, 'utf-8'],
    ['UTF-16 LE with BOM', bom([0xff, 0xfe], iconv.encode(said, 'utf16le')), said, 'utf-16le'],
    ['UTF-16 BE with BOM', bom([0xfe, 0xff], iconv.encode(said, 'utf16be')), said, 'utf-16be'],
    ['UTF-32 LE with BOM', bom([0xff, 0xfe, 0, 0], iconv.encode(said, 'utf32le')), said, 'utf-32le'],
    ['windows-1252 with curly quotes 0x93 0x94 0x92', iconv.encode(said, 'windows-1252'), said, 'windows-1252'],
    ['windows-1250 (Polish)', iconv.encode('„Nie zamkniemy biblioteki”, powiedziała w poniedziałek burmistrz. Rada zaproponowała skrócenie godzin otwarcia.', 'windows-1250'), '„Nie zamkniemy biblioteki”, powiedziała w poniedziałek burmistrz. Rada zaproponowała skrócenie godzin otwarcia.', 'windows-1250'],
    ['windows-1251 (Russian)', iconv.encode('«Мы не закроем библиотеку, пока я мэр», — сказала в понедельник Рене Дюбуа.', 'windows-1251'), '«Мы не закроем библиотеку, пока я мэр», — сказала в понедельник Рене Дюбуа.', 'windows-1251'],
    ['Shift_JIS (Japanese)', iconv.encode('「図書館は閉鎖しない」と市長は月曜日に述べた。市議会は開館時間の短縮を提案していた。', 'shift_jis'), '「図書館は閉鎖しない」と市長は月曜日に述べた。市議会は開館時間の短縮を提案していた。', 'shift_jis'],
  ])('%s', (_name, bytes, text, encoding) => {
    const d = decode(bytes);
    expect(d).toEqual({ text, encoding, damaged: null });
  });

  it('damaged UTF-8 is decoded with replacement characters and says where', () => {
    const bytes = Buffer.concat([Buffer.from('“Yes,” she said. Caf'), Buffer.from([0xe9, 0x20, 0xff]), Buffer.from(' “No.”')]);
    const d = decode(bytes);
    expect(d.text).toBe('“Yes,” she said. Caf\uFFFD \uFFFD “No.”');
    expect(d.damaged).toBe('invalid UTF-8 at byte 24 (2 bad sequences); decoded with replacement characters');
  });

  it('a declared charset decides for bytes that are not UTF-8', () => {
    expect(decode(Buffer.from([0x93, 0x41, 0x94]), { declared: 'ISO-8859-1' }).text).toBe('“A”');
    expect(decode(Buffer.from([0x93, 0x41, 0x94]), { declared: 'utf-8' }).text).toBe('\uFFFDA\uFFFD');
    // but valid UTF-8 is UTF-8, whatever the page claims
    expect(decode(Buffer.from('“A”'), { declared: 'windows-1252' }).text).toBe('“A”');
  });

  it('an encoding named by the user wins over detection, a BOM over both', () => {
    expect(decode(Buffer.from('café'), { encoding: 'latin1' }).text).toBe('cafÃ©');
    expect(decode(bom([0xef, 0xbb, 0xbf], Buffer.from('café')), { encoding: 'latin1' }).text).toBe('café');
    expect(() => decode(Buffer.from('x'), { encoding: 'no-such' })).toThrow(/unknown encoding 'no-such'/);
  });

  it('refuses binary (NUL bytes) with a typed error', () => {
    let err: unknown;
    try {
      decode(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(QuotesError);
    expect((err as QuotesError).code).toBe('binary');
  });

  it.each([
    ['ASCII', Buffer.from('abc'), { valid: 0, invalid: 0, first: -1 }],
    ['two curly quotes', Buffer.from('“a”'), { valid: 2, invalid: 0, first: -1 }],
    ['a lone continuation byte', Buffer.from([0x61, 0x80]), { valid: 0, invalid: 1, first: 1 }],
    ['an overlong encoding of "/"', Buffer.from([0xc0, 0xaf]), { valid: 0, invalid: 2, first: 0 }],
    ['a UTF-16 surrogate in UTF-8', Buffer.from([0xed, 0xa0, 0x80]), { valid: 0, invalid: 3, first: 0 }],
    ['a truncated 3-byte sequence at the end', Buffer.from([0x61, 0xe2, 0x80]), { valid: 0, invalid: 2, first: 1 }],
    ['a 4-byte emoji', Buffer.from('😀'), { valid: 1, invalid: 0, first: -1 }],
  ])('utf8Evidence: %s', (_name, bytes, expected) => {
    expect(utf8Evidence(bytes)).toEqual(expected);
  });
});

describe('normalizeLineEnds', () => {
  it.each([
    ['LF unchanged', 'a\nb\n', 'a\nb\n'],
    ['CRLF unchanged', 'a\r\nb\r\n', 'a\r\nb\r\n'],
    ['CR becomes LF', 'a\rb\r', 'a\nb\n'],
    ['mixed', 'a\r\rb\r\nc', 'a\n\nb\r\nc'],
    ['no line end', 'abc', 'abc'],
  ])('%s', (_name, input, output) => {
    const got = normalizeLineEnds(input);
    expect(got).toBe(output);
    expect(got.length).toBe(input.length);
  });
});

describe('sniffHtml', () => {
  it.each([
    ['<!DOCTYPE html><html>', true],
    ['\n  <html lang="en">', true],
    ['\uFEFF<!doctype HTML>', true],
    ['<!-- saved from url=(0042)https://example.org -->\n<html>', true],
    ['<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN">', true],
    ['<meta charset="utf-8"><title>x</title>', true],
    ['<p>“Yes,” Bo Li said.</p>', true],
    ['He wrote <html> on the board.', false],
    ['“<p> is a tag,” the teacher said.', false],
    ['<paragraph>', false],
    ['<!DOCTYPE note SYSTEM "note.dtd"><note>', false],
    ['', false],
  ])('%j → %s', (start, expected) => {
    expect(sniffHtml(start)).toBe(expected);
  });
});

describe('metaCharset', () => {
  it.each([
    ['<meta charset="ISO-8859-1">', 'iso-8859-1'],
    ["<meta charset='windows-1252' />", 'windows-1252'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">', 'shift_jis'],
    ['<meta name="description" content="charset is not declared here">', null],
    ['<title>No meta</title>', null],
  ])('%s → %s', (head, expected) => {
    expect(metaCharset(head)).toBe(expected);
  });
});

describe('htmlToText', () => {
  it.each([
    [
      'entities, including numeric ones; a no-break space is kept',
      '<html><head><title>T</title></head><body><article><p>&ldquo;Yes,&rdquo; Bo&nbsp;Li said &amp; left &#8212; &#x201C;fast&#x201D; &lt;ok&gt;.</p></article></body></html>',
      'T\n“Yes,” Bo\u00a0Li said & left — “fast” <ok>.\n',
    ],
    ['a fragment with no <html> or <body>', '<p>“Yes,” Bo Li said.</p><p>Then he left.</p>', '“Yes,” Bo Li said.\nThen he left.\n'],
    ['list items and headings are lines of their own', '<body><h2>Key points</h2><ul><li>One “quote”</li><li>Two</li></ul></body>', 'Key points\nOne “quote”\nTwo\n'],
    ['inline markup does not break a line', '<body><p>“We <em>will</em> win,” <a href="/x">Bo Li</a> said.</p></body>', '“We will win,” Bo Li said.\n'],
    ['a <br> is a space, so a quotation may run across it', '<body><p>“We will win,<br>and soon,” Bo Li said.</p></body>', '“We will win, and soon,” Bo Li said.\n'],
  ])('%s', (_name, html, text) => {
    expect(htmlToText(html).text).toBe(text);
  });

  it.each([
    ['og:site_name', '<meta property="og:site_name" content="Harbour Gazette">', 'Harbour Gazette'],
    ['JSON-LD publisher', '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry vote","publisher":{"@type":"Organization","name":"Harbour Gazette"}}</script>', 'Harbour Gazette'],
    ['application-name', '<meta name="application-name" content="Harbour Gazette">', 'Harbour Gazette'],
    ['nothing', '<meta name="description" content="A story">', null],
    ['a URL is not a name', '<meta name="publisher" content="https://gazette.example">', null],
  ])('the outlet from %s', (_name, meta, outlet) => {
    const page = `<!DOCTYPE html><html><head><title>Ferry vote - Harbour Gazette</title>${meta}</head><body><article><p>“Yes,” Bo Li said.</p></article></body></html>`;
    const got = htmlToText(page);
    expect(got.outlet).toBe(outlet);
    // the headline loses the site's name when it is the outlet
    expect(got.text.split('\n')[0]).toBe(outlet ? 'Ferry vote' : 'Ferry vote - Harbour Gazette');
  });

  it('withBody supplies the structure linkedom does not', () => {
    const { document } = parseHTML(withBody('<!DOCTYPE html><title>T</title><p>a</p>'));
    expect(document.title).toBe('T');
    expect(document.body.textContent).toBe('a');
  });

  it('thousands of nested elements: no stack overflow, the body is read whole, with a warning', () => {
    const html = `<!DOCTYPE html><html><head><title>Deep</title></head><body>${'<div>'.repeat(5000)}<p>“Deep,” Bo Li said.</p>${'</div>'.repeat(5000)}<footer>Footer</footer></body></html>`;
    const got = htmlToText(html);
    expect(got.text).toBe('Deep\n“Deep,” Bo Li said.\n');
    expect(got.warnings).toEqual(['elements nested 5003 deep; reading the whole page instead of finding the article']);
  });

  it('skips the blocks a class or an id names as furniture, inside the article too', () => {
    const page =
      '<!DOCTYPE html><html><head><title>Ferry vote</title></head><body><article>' +
      '<p>“We will appeal,” Bo Li said on Monday after the council vote on the ferry route, which passed narrowly.</p>' +
      '<div class="related-stories"><h3>Related</h3><ul><li>“Ferry talks collapse” – read more</li><li>Union says: “No deal”</li></ul></div>' +
      '<div class="share_bar">Share “this story”</div><section id="comments"><p>“Great story,” said a reader.</p></section>' +
      '<p class="shared-content">The council meets again in June, when the budget for the route is due.</p>' +
      '</article></body></html>';
    expect(htmlToText(page).text).toBe('Ferry vote\n“We will appeal,” Bo Li said on Monday after the council vote on the ferry route, which passed narrowly.\nThe council meets again in June, when the budget for the route is due.\n');
  });

  it('blockText skips scripts, styles and, when asked, page furniture', () => {
    const { document } = parseHTML('<!DOCTYPE html><html><body><nav>Home</nav><p>Text<script>x()</script><style>p{}</style></p><footer>Foot</footer></body></html>');
    expect(blockText(document.body, true)).toEqual(['Text']);
    expect(blockText(document.body, false)).toEqual(['Home', 'Text', 'Foot']);
  });
});

describe('JSON Lines', () => {
  it.each([
    ['{"id":"a","text":"t","outlet":"O"}', { line: 7, id: 'a', text: 't', outlet: 'O', error: null }],
    ['{"id":42,"text":"t"}', { line: 7, id: '42', text: 't', outlet: null, error: null }],
    ['{"text":"t","outlet":7}', { line: 7, id: '7', text: 't', outlet: null, error: null }],
    ['  {"text":""}  ', { line: 7, id: '7', text: '', outlet: null, error: null }],
    ['{"id":"a"}', { line: 7, id: 'a', text: null, outlet: null, error: 'line 7: record has no "text" string' }],
    ['{"text":["a"]}', { line: 7, id: null, text: null, outlet: null, error: 'line 7: record has no "text" string' }],
    ['"just a string"', { line: 7, id: null, text: null, outlet: null, error: 'line 7: not a JSON object' }],
    ['null', { line: 7, id: null, text: null, outlet: null, error: 'line 7: not a JSON object' }],
    ['{"__proto__":{"text":"t"}}', { line: 7, id: null, text: null, outlet: null, error: 'line 7: record has no "text" string' }],
  ])('%s', (raw, expected) => {
    expect(parseRecord(raw, 7)).toEqual(expected);
  });

  it('blank lines are not records', () => {
    expect(parseRecord('   ', 1)).toBeNull();
  });

  it('byteLines reads past a line too long to hold, whatever the chunks, and keeps the others', async () => {
    const text = '{"text":"a"}\n' + '{"text":"' + 'x'.repeat(40) + '"}\n{"text":"b"}\n' + 'y'.repeat(30);
    const bytes = Buffer.from(text);
    for (const size of [1, 3, 7, 16, bytes.length]) {
      const chunks: Buffer[] = [];
      for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
      const got: (string | number)[] = [];
      for await (const l of byteLines(Readable.from(chunks), 20)) got.push(Buffer.isBuffer(l) ? l.toString('utf8') : l.tooLong);
      expect(got, `chunks of ${size}`).toEqual(['{"text":"a"}', 51, '{"text":"b"}', 30]);
    }
    const recs: unknown[] = [];
    for await (const r of readJsonl(Readable.from([bytes]), 20)) recs.push([r.line, r.text, r.error]);
    expect(recs).toEqual([
      [1, 'a', null],
      [2, null, 'line 2: record too large to read (51 bytes; the most is 20): skipped'],
      [3, 'b', null],
      [4, null, 'line 4: record too large to read (30 bytes; the most is 20): skipped'],
    ]);
  });

  it('byteLines joins a line split across chunks, even inside a character', async () => {
    const bytes = Buffer.from('{"text":"“a”"}\n\n{"text":"b"}');
    // cut inside the three bytes of “ and at every other awkward place
    const chunks = [bytes.subarray(0, 10), bytes.subarray(10, 11), bytes.subarray(11, 16), bytes.subarray(16)];
    const got: string[] = [];
    for await (const l of byteLines(Readable.from(chunks))) got.push(Buffer.isBuffer(l) ? l.toString('utf8') : `(${l.tooLong} bytes)`);
    expect(got).toEqual(['{"text":"“a”"}', '', '{"text":"b"}']);
    const recs: unknown[] = [];
    for await (const r of readJsonl(Readable.from(chunks))) recs.push([r.line, r.text]);
    expect(recs).toEqual([
      [1, '“a”'],
      [3, 'b'],
    ]);
  });
});

describe('describeFsError', () => {
  const err = (code: string, message = 'raw message') => Object.assign(new Error(message), { code });
  it.each([
    ['ENOENT', 'no such file'],
    ['EACCES', 'permission denied'],
    ['EISDIR', 'is a directory'],
    ['EMFILE', 'too many open files'],
  ])('%s: %s', (code, text) => {
    expect(describeFsError(err(code))).toBe(text);
  });
  it('a file too large for one string says so and what to do, on one line', () => {
    // (what Node.js throws for a file of more than 536,870,888 characters, or of 2 GiB)
    for (const code of ['ERR_STRING_TOO_LONG', 'ERR_FS_FILE_TOO_LARGE']) {
      const text = describeFsError(err(code, 'Cannot create a string longer than 0x1fffffe8 characters'));
      expect(text).toMatch(/^too large to read as one text \(the most is [\d,]+ characters\): split it into smaller files or JSONL records$/);
    }
  });
  it('any other error: its message', () => {
    expect(describeFsError(err('EIO', 'i/o error'))).toBe('i/o error');
  });
});

describe('a page too large to parse', () => {
  it('is one error that says what to do, and no document', async () => {
    const bytes = Buffer.concat([Buffer.from('<!DOCTYPE html><html><body><p>“Yes,” Ann Ruiz said.</p>'), Buffer.alloc(MAX_HTML_BYTES + 2 ** 20, 0x20)]);
    const events = await fromBytes(bytes, 'big.html', 'big.html', null, null);
    expect(events).toEqual([{ kind: 'error', where: 'big.html', message: 'HTML page too large to parse (65.0 MiB; the most is 64.0 MiB): save its text and read that with --input-format text' }]);
  });
  it('read as text when asked to, it is a text like any other', async () => {
    const bytes = Buffer.concat([Buffer.from('<p>“Yes,” Ann Ruiz said.</p>'), Buffer.alloc(1024, 0x20)]);
    const events = await fromBytes(bytes, 'page.html', 'page.html', 'text', null);
    expect(events.map((e) => e.kind)).toEqual(['document']);
  });
});
