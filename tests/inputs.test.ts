// Real inputs and bad inputs through the CLI, in-process: encodings, line
// ends, HTML pages, JSON Lines, directories, standard input, and every kind
// of bad input next to a good file that must still yield its quotes.
import { describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import iconv from 'iconv-lite';
import { run, type IO } from '../src/cli.js';
import { cli as runCli, lines } from './helpers/io.js';
import { scratchDir } from './helpers/scratch.js';

const FIX = 'fixtures/inputs';
// These tests are about reading inputs: they look at the marked quotations of
// their fixtures, whatever reported speech the engine also finds.
const cli: typeof runCli = (argv, ...rest) => runCli(['--type', 'direct,mixed', ...argv], ...rest);
const LIBRARY = readFileSync(`${FIX}/library.txt`, 'utf8');
const dir = scratchDir('quotes-inputs-');
const tmp = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const good = tmp('good.txt', '“We will win the vote,” Jane Smith said on Tuesday.\n');
const GOOD_QUOTE = { file: 'good.txt', quote: 'We will win the vote,', speaker: 'Jane Smith' };

/** The quotes of one run, checked against the text that --print-text shows for the same input. */
async function quotesWithText(args: string[]): Promise<{ quotes: Record<string, unknown>[]; text: string }> {
  const r = await cli(args);
  const t = await cli(['--print-text', ...args]);
  expect(t.code).toBe(0);
  const quotes = lines(r.stdout);
  for (const q of quotes) expect(t.stdout.slice(q.start as number, q.end as number)).toBe(q.quote);
  return { quotes, text: t.stdout };
}

const summary = (qs: Record<string, unknown>[]) => qs.map((q) => [q.quote, q.speaker]);

describe('encodings and line ends: every variant of one article gives the same quotes', () => {
  const expected = [
    ['We will not close the library while I am mayor,', 'Renée Dubois'],
    ['Every town that closed its library regretted it.', 'Renée Dubois'],
    ['a sensible compromise', 'Owen Pryce'],
  ];
  it.each([
    ['library.txt', LIBRARY],
    ['library-utf8-bom.txt', LIBRARY],
    ['library-utf16le.txt', LIBRARY],
    ['library-utf16be.txt', LIBRARY],
    // 0x93/0x94 are “ and ”, 0x92 is ’, 0xE9 is é; CRLF line ends kept
    ['library-windows-1252.txt', LIBRARY.replace(/\n/g, '\r\n')],
    // old Mac line ends: each CR becomes LF, one character for one
    ['library-cr.txt', LIBRARY],
  ])('%s', async (name, text) => {
    const got = await quotesWithText([`${FIX}/${name}`]);
    expect(got.text).toBe(text);
    expect(summary(got.quotes)).toEqual(expected);
  });

  it('offsets into CR-only text are offsets into the file as decoded', async () => {
    const raw = readFileSync(`${FIX}/library-cr.txt`, 'latin1');
    const r = await cli([`${FIX}/library-cr.txt`]);
    const qs = lines(r.stdout);
    expect(qs.length).toBe(3);
    // the file's own bytes (ASCII line ends, same length) hold each quote at its offsets
    const decoded = Buffer.from(raw, 'latin1').toString('utf8');
    for (const q of qs) expect(decoded.slice(q.start as number, q.end as number)).toBe(q.quote);
  });

  it('reads a legacy file from standard input as well', async () => {
    const r = await cli(['-'], readFileSync(`${FIX}/library-windows-1252.txt`));
    expect(r.code).toBe(0);
    expect(lines(r.stdout)[0]).toMatchObject({ file: '-', quote: 'We will not close the library while I am mayor,', speaker: 'Renée Dubois' });
  });

  it('decodes with --encoding when the user knows better than the guess', async () => {
    const ru = '«Мы не закроем библиотеку», — сказала Рене Дюбуа.\n';
    const cp1251 = tmp('cp1251.txt', iconv.encode(ru, 'windows-1251'));
    expect((await cli(['--print-text', '--encoding', 'windows-1251', cp1251])).stdout).toBe(ru);
    // valid UTF-8 read as the user says, not as detected
    const utf8 = tmp('cafe.txt', 'café\n');
    expect((await cli(['--print-text', '--encoding', 'latin1', utf8])).stdout).toBe('cafÃ©\n');
    expect((await cli(['--print-text', utf8])).stdout).toBe('café\n');
    const bad = await cli(['--encoding', 'klingon-8', good]);
    expect(bad).toEqual({ code: 2, stdout: '', stderr: "quotes: --encoding: unknown encoding 'klingon-8'\n" });
  });
});

describe('bad inputs: one stderr line each, exit 2, the good file still yields its quotes', () => {
  const cases: [string, () => string[], (argv: string[]) => string][] = [
    ['a missing file', () => [join(dir, 'missing.txt')], ([p]) => `quotes: ${p}: no such file\n`],
    ['a path through a file', () => [join(good, 'x.txt')], ([p]) => `quotes: ${p}: not a directory\n`],
    ['a binary file', () => [tmp('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))], ([p]) => `quotes: ${p}: binary file (contains NUL bytes), skipped\n`],
    [
      'invalid JSON on one line',
      () => [tmp('bad-json.jsonl', JSON.stringify({ id: 'a', text: '“Yes,” Bo Li said.' }) + '\n{"id": "b", "text": \n')],
      ([p]) => `quotes: ${p}: line 2: invalid JSON (Unexpected end of JSON input)\n`,
    ],
    ['a record without text', () => [tmp('no-text.jsonl', '{"id":"a","body":"“Yes,” Bo Li said."}\n')], ([p]) => `quotes: ${p}: line 1: record has no "text" string\n`],
    ['a record that is not an object', () => [tmp('array.ndjson', '["“Yes,” Bo Li said."]\n')], ([p]) => `quotes: ${p}: line 1: not a JSON object\n`],
    [
      'binary data in a JSONL stream',
      () => [tmp('binary.jsonl', '{"id":"a","text":"no quotes"}\n\u0000\u0001\u0002\n{"id":"c","text":"“Yes,” Bo Li said."}\n')],
      ([p]) => `quotes: ${p}: line 2: binary data (contains NUL bytes); stopped reading\n`,
    ],
  ];
  it.each(cases)('%s', async (_name, make, line) => {
    const bad = make();
    const r = await cli([...bad, good]);
    expect(r.stderr).toBe(line(bad));
    expect(r.code).toBe(2);
    expect(lines(r.stdout)).toContainEqual(expect.objectContaining(GOOD_QUOTE));
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable file (permission denied)', async () => {
    const p = tmp('secret.txt', '“Hidden,” he said.\n');
    chmodSync(p, 0o000);
    const r = await cli([p, good]);
    expect(r.stderr).toBe(`quotes: ${p}: permission denied\n`);
    expect(r.code).toBe(2);
    expect(lines(r.stdout)).toEqual([expect.objectContaining(GOOD_QUOTE)]);
  });

  it('invalid UTF-8: one line naming the byte, exit 2, and the file is still read', async () => {
    // a UTF-8 file (curly quotes) cut in the middle of a character, then more text
    const bytes = Buffer.concat([Buffer.from('“Fares will rise,” Ana Ruiz said. Caf'), Buffer.from([0xc3]), Buffer.from(' owners were “furious”.\n')]);
    const p = tmp('damaged.txt', bytes);
    const r = await cli([p, good]);
    expect(r.stderr).toBe(`quotes: ${p}: invalid UTF-8 at byte 41 (1 bad sequence); decoded with replacement characters\n`);
    expect(r.code).toBe(2);
    const qs = lines(r.stdout);
    expect(qs).toContainEqual(expect.objectContaining({ file: 'damaged.txt', quote: 'Fares will rise,', speaker: 'Ana Ruiz' }));
    expect(qs).toContainEqual(expect.objectContaining(GOOD_QUOTE));
    const t = await cli(['--print-text', p]);
    expect(t.stdout).toContain('Caf\uFFFD owners');
  });

  it('invalid UTF-8 on one JSONL line: reported by line, the record still read', async () => {
    const bytes = Buffer.concat([Buffer.from('{"id":"a","text":"“Yes,” Bo Li said. Caf'), Buffer.from([0xe9]), Buffer.from('."}\n{"id":"b","text":"“No,” Al Ng said."}\n')]);
    const p = tmp('latin-line.jsonl', bytes);
    const r = await cli([p]);
    expect(r.stderr).toBe(`quotes: ${p}: line 1: invalid UTF-8; decoded with replacement characters\n`);
    expect(r.code).toBe(2);
    expect(lines(r.stdout).map((q) => [q.id, q.speaker])).toEqual([
      ['a', 'Bo Li'],
      ['b', 'Al Ng'],
    ]);
  });

  it('empty input: a warning, exit 1 when nothing else is found, 0 when something is', async () => {
    const empty = tmp('empty.txt', '');
    const blank = tmp('blank.md', ' \n\r\n\t\n');
    const alone = await cli([empty]);
    expect(alone).toEqual({ code: 1, stdout: '', stderr: `quotes: ${empty}: warning: empty input\n` });
    const both = await cli([empty, blank, good]);
    expect(both.stderr).toBe(`quotes: ${empty}: warning: empty input\nquotes: ${blank}: warning: empty input\n`);
    expect(both.code).toBe(0);
    expect(lines(both.stdout)).toEqual([expect.objectContaining(GOOD_QUOTE)]);
    const stdin = await cli([], '');
    expect(stdin).toEqual({ code: 1, stdout: '', stderr: 'quotes: <stdin>: warning: empty input\n' });
    const records = await cli(['--input-format', 'jsonl'], '\n\n');
    expect(records).toEqual({ code: 1, stdout: '', stderr: 'quotes: <stdin>: warning: empty input\n' });
  });

  it('several bad inputs in one run: one line each, in order, and the good file between them is read', async () => {
    const missing = join(dir, 'gone.txt');
    const binary = tmp('blob.txt', Buffer.from([1, 0, 2]));
    const r = await cli([missing, good, binary]);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([`quotes: ${missing}: no such file`, `quotes: ${binary}: binary file (contains NUL bytes), skipped`]);
    expect(r.code).toBe(2);
    expect(lines(r.stdout)).toEqual([expect.objectContaining(GOOD_QUOTE)]);
  });
});

describe('HTML pages', () => {
  it('reads the article, with paragraphs, entities decoded, and the site name as outlet', async () => {
    const { quotes, text } = await quotesWithText([`${FIX}/library.html`]);
    expect(text.split('\n')).toEqual([
      'Valley council backs library hours',
      '“We will not close the library while I am mayor,” Renée Dubois said on Monday.',
      'The council had proposed cutting the library’s opening hours to three days a week, a saving of £40,000 a year.',
      'Asked about the cost, Dubois told the Valley Courier: “Every town that closed its library regretted it.”',
      'Councillor Owen Pryce called the plan “a sensible compromise” and said the savings would pay for road repairs & new lighting.',
      '“Children come here after school because there is nowhere else,” said Tess Morgan, the head librarian.',
      'The full council will vote on the budget in April. A public meeting is planned for the week before the vote, at the library itself.',
      '',
    ]);
    expect(quotes.map((q) => [q.quote, q.speaker, q.outlet])).toEqual([
      ['We will not close the library while I am mayor,', 'Renée Dubois', 'Valley Courier'],
      ['Every town that closed its library regretted it.', 'Renée Dubois', 'Valley Courier'],
      ['a sensible compromise', 'Owen Pryce', 'Valley Courier'],
      ['Children come here after school because there is nowhere else,', 'Tess Morgan', 'Valley Courier'],
    ]);
  });

  it('drops navigation, asides, footers and scripts, and runs no script', async () => {
    const r = await cli([`${FIX}/library.html`]);
    for (const dropped of ['Never again', 'Local news matters', 'Injected quote']) expect(r.stdout).not.toContain(dropped);
    expect((globalThis as Record<string, unknown>).__pwned).toBeUndefined();
  });

  it('--outlet wins over the site name', async () => {
    const r = await cli(['--outlet', 'Wire Service', `${FIX}/library.html`]);
    // the second quote's outlet is named in its sentence ("told the Valley Courier")
    expect(lines(r.stdout).map((q) => q.outlet)).toEqual(['Wire Service', 'Valley Courier', 'Wire Service', 'Wire Service']);
  });

  it.each([
    ['by content, whatever the extension', (html: string) => ({ args: [tmp('saved-page.txt', html)], stdin: null })],
    ['by content, on standard input', (html: string) => ({ args: [], stdin: html })],
    ['by --input-format html', (html: string) => ({ args: ['--input-format', 'html', tmp('page.dat', html.replace(/^<!DOCTYPE html>\n/, ''))], stdin: null })],
  ])('is recognised %s', async (_how, make) => {
    const html = readFileSync(`${FIX}/library.html`, 'utf8');
    const { args, stdin } = make(html);
    const r = await cli(args, stdin);
    expect(r.code).toBe(0);
    expect(lines(r.stdout).map((q) => q.outlet)).toEqual(['Valley Courier', 'Valley Courier', 'Valley Courier', 'Valley Courier']);
  });

  it('--input-format text reads a page as it is, tags and all', async () => {
    const t = await cli(['--print-text', '--input-format', 'text', `${FIX}/library.html`]);
    expect(t.stdout).toBe(readFileSync(`${FIX}/library.html`, 'utf8'));
  });

  it('decodes a page by its <meta charset> when it is not UTF-8', async () => {
    const page = '<html><head><meta charset="windows-1252"><title>Fares</title></head><body><p>“Fares will rise,” said Renée Ruiz.</p></body></html>';
    const p = tmp('legacy.htm', iconv.encode(page, 'windows-1252'));
    const r = await cli([p]);
    expect(lines(r.stdout)).toEqual([expect.objectContaining({ quote: 'Fares will rise,', speaker: 'Renée Ruiz' })]);
  });

  it('a page with no text is a warning, not an error', async () => {
    const p = tmp('blank.html', '<!DOCTYPE html><html><head><title></title></head><body><script>var a = "“x”";</script></body></html>');
    const r = await cli([p, good]);
    expect(r.stderr).toBe(`quotes: ${p}: warning: no text found in the page\n`);
    expect(r.code).toBe(0);
  });
});

describe('directories', () => {
  const root = join(dir, 'news');
  mkdirSync(join(root, 'b-politics', 'deep'), { recursive: true });
  mkdirSync(join(root, 'a-local'), { recursive: true });
  mkdirSync(join(root, '.cache'), { recursive: true });
  mkdirSync(join(dir, 'empty-dir'), { recursive: true });
  const said = (who: string) => `“I did it,” ${who} said.\n`;
  writeFileSync(join(root, 'z-last.md'), said('Zoe Adams'));
  writeFileSync(join(root, 'B-upper.txt'), said('Bea Cole'));
  writeFileSync(join(root, 'a-local', 'story.htm'), `<html><head><title>x</title></head><body><p>${said('Ann Lee')}</p></body></html>`);
  writeFileSync(join(root, 'b-politics', 'wire.ndjson'), JSON.stringify({ id: 'w1', text: said('Wu Chen') }) + '\n');
  writeFileSync(join(root, 'b-politics', 'deep', 'notes.txt'), said('Dee Park'));
  writeFileSync(join(root, 'b-politics', 'data.csv'), said('Not Read'));
  writeFileSync(join(root, '.cache', 'hidden.txt'), said('Not Read'));
  writeFileSync(join(root, '.hidden.txt'), said('Not Read'));
  symlinkSync(root, join(root, 'b-politics', 'loop'));

  it('reads every text, Markdown, HTML and JSONL file below, in sorted order, skipping hidden ones and links to directories', async () => {
    const r = await cli([root]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(lines(r.stdout).map((q) => [q.file ?? q.id, q.speaker])).toEqual([
      [join(root, 'B-upper.txt'), 'Bea Cole'],
      [join(root, 'a-local', 'story.htm'), 'Ann Lee'],
      [join(root, 'b-politics', 'deep', 'notes.txt'), 'Dee Park'],
      ['w1', 'Wu Chen'],
      [join(root, 'z-last.md'), 'Zoe Adams'],
    ]);
  });

  it('a directory with no input files is a warning', async () => {
    const empty = join(dir, 'empty-dir');
    const r = await cli([empty, good]);
    expect(r.stderr).toBe(`quotes: ${empty}: warning: no .txt .md .html .htm .jsonl .ndjson files in this directory\n`);
    expect(r.code).toBe(0);
  });
});

describe('JSON Lines', () => {
  it('reads records from a .jsonl file and tags quotes with their id', async () => {
    const r = await cli([`${FIX}/library.jsonl`]);
    expect(r.code).toBe(0);
    expect(lines(r.stdout).map((q) => [q.id, q.speaker, q.outlet])).toEqual([
      ['courier-1', 'Renée Dubois', 'Valley Courier'],
      ['courier-1', 'Renée Dubois', 'Valley Courier'],
      ['courier-1', 'Owen Pryce', 'Valley Courier'],
      ['courier-2', 'Sam Oduya', null],
    ]);
  });

  it('names the first 20 bad records of an input, then counts the rest on one line; all are skipped', async () => {
    const bad = Array.from({ length: 45 }, (_, i) => JSON.stringify({ id: `r${i}`, body: 'not here' }));
    const input = [...bad, JSON.stringify({ id: 'good', text: '“Yes,” Bo Li said.' }), '{"id": "x", "text": '].join('\n');
    const r = await cli(['--input-format', 'jsonl'], input);
    const err = r.stderr.trimEnd().split('\n');
    expect(err.length).toBe(21);
    expect(err[0]).toBe('quotes: <stdin>: line 1: record has no "text" string');
    expect(err[19]).toBe('quotes: <stdin>: line 20: record has no "text" string');
    // 25 more without text, and the invalid last line
    expect(err[20]).toBe('quotes: <stdin>: 26 more bad records skipped (not shown)');
    expect(r.code).toBe(2);
    expect(lines(r.stdout).map((q) => [q.id, q.speaker])).toEqual([['good', 'Bo Li']]);
  });

  it('counts bad records input by input: each file gets its own 20 lines', async () => {
    const body = Array.from({ length: 21 }, () => '[1]').join('\n') + '\n';
    const a = tmp('shape-a.jsonl', body);
    const b = tmp('shape-b.jsonl', body);
    const r = await cli([a, b]);
    const err = r.stderr.trimEnd().split('\n');
    expect(err.length).toBe(42);
    expect(err[20]).toBe(`quotes: ${a}: 1 more bad record skipped (not shown)`);
    expect(err[21]).toBe(`quotes: ${b}: line 1: not a JSON object`);
    expect(err[41]).toBe(`quotes: ${b}: 1 more bad record skipped (not shown)`);
    expect(r.code).toBe(2);
  });

  it('accepts a byte-order mark and CRLF line ends', async () => {
    const body = readFileSync(`${FIX}/library.jsonl`, 'utf8').replace(/\n/g, '\r\n');
    const r = await cli(['--input-format', 'jsonl'], Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body)]));
    expect(r.stderr).toBe('');
    expect(lines(r.stdout).map((q) => q.id)).toEqual(['courier-1', 'courier-1', 'courier-1', 'courier-2']);
  });

  it('input is data: __proto__ and constructor keys reach no prototype', async () => {
    const input = [
      '{"__proto__": {"text": "“Polluted,” Eve Hart said."}, "id": "p1"}',
      '{"text": "“Clean,” Ada Byrne said.", "__proto__": {"outlet": "Injected"}, "constructor": {"prototype": {"text": "x"}}, "id": "p2"}',
      '{"id": {"toString": "boom"}, "text": "“Odd id,” Cy Diaz said."}',
    ].join('\n');
    const r = await cli(['--input-format', 'jsonl'], input);
    expect(r.stderr).toBe('quotes: <stdin>: line 1: record has no "text" string\n');
    expect(lines(r.stdout).map((q) => [q.id, q.speaker, q.outlet])).toEqual([
      ['p2', 'Ada Byrne', null],
      ['3', 'Cy Diaz', null],
    ]);
    expect(({} as Record<string, unknown>).text).toBeUndefined();
    expect(({} as Record<string, unknown>).outlet).toBeUndefined();
  });

  it('streams: the first record is answered before the input ends', async () => {
    const stdin = new PassThrough() as PassThrough & { isTTY?: boolean };
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let out = '';
    const first = new Promise<void>((resolve) =>
      stdout.on('data', (d) => {
        out += d;
        resolve();
      }),
    );
    const io: IO = { stdin, stdout, stderr, env: {} };
    const done = run(['--input-format', 'jsonl'], io);
    stdin.write(JSON.stringify({ id: 'one', text: '“First,” Al Ng said.' }) + '\n');
    await first; // would wait forever if the CLI read the whole input first
    expect(lines(out)).toEqual([expect.objectContaining({ id: 'one', speaker: 'Al Ng' })]);
    stdin.end(JSON.stringify({ id: 'two', text: '“Second,” Bo Li said.' }) + '\n');
    expect(await done).toBe(0);
    expect(lines(out).map((q) => q.id)).toEqual(['one', 'two']);
  });

  it('waits for a slow reader instead of buffering all output in memory', async () => {
    const records = Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: `r${i}`, text: `“Point ${i},” Al Ng said.` })).join('\n');
    const stdin = Object.assign(new PassThrough(), { isTTY: false });
    const stdout = new PassThrough({ highWaterMark: 64 });
    const warnings: Error[] = [];
    const onWarning = (w: Error) => warnings.push(w);
    process.on('warning', onWarning);
    let finished = false;
    const done = run(['--input-format', 'jsonl'], { stdin, stdout, stderr: new PassThrough(), env: {} }).then((code) => {
      finished = true;
      return code;
    });
    stdin.end(records);
    await new Promise((r) => setTimeout(r, 50));
    expect(finished).toBe(false); // nobody reads stdout yet: the run waits
    let out = '';
    stdout.on('data', (d) => (out += d));
    expect(await done).toBe(0);
    expect(lines(out).map((q) => q.id)).toEqual(Array.from({ length: 40 }, (_, i) => `r${i}`));
    process.off('warning', onWarning);
    expect(warnings).toEqual([]); // no listener leak while waiting
  });

  it('--print-text prints each record’s text', async () => {
    const r = await cli(['--print-text', `${FIX}/library.jsonl`]);
    const texts = readFileSync(`${FIX}/library.jsonl`, 'utf8').trim().split('\n').map((l) => JSON.parse(l).text as string);
    expect(r.stdout).toBe(texts.map((t) => t + '\n').join(''));
  });
});

describe('the built binary', () => {
  it('reads legacy bytes piped into it and a page named on the command line', () => {
    const r = spawnSync(process.execPath, ['bin/quotes.js', '--type', 'direct,mixed', '-', `${FIX}/library.html`], { input: readFileSync(`${FIX}/library-windows-1252.txt`), encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(lines(r.stdout).map((q) => [q.file, q.speaker])).toEqual([
      ['-', 'Renée Dubois'],
      ['-', 'Renée Dubois'],
      ['-', 'Owen Pryce'],
      ['library.html', 'Renée Dubois'],
      ['library.html', 'Renée Dubois'],
      ['library.html', 'Owen Pryce'],
      ['library.html', 'Tess Morgan'],
    ]);
  });
});
