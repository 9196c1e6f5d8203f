// Inputs → documents. Turns the command line's paths (files, directories, `-`)
// into a stream of events: a document to extract quotes from, or a problem
// with one input. Prints nothing and decides nothing: the CLI reports the
// problems and carries on with the next input.
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Readable } from 'node:stream';
import { QuotesError } from '../errors.js';
import { bomOf, decode, normalizeLineEnds } from './decode.js';
import { metaCharset, sniffHtml } from './sniff.js';
import { readJsonl } from './jsonl.js';
import { describeFsError, walk } from './walk.js';

export const INPUT_FORMATS = ['auto', 'text', 'jsonl', 'html'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

export interface ReadOptions {
  /** How to read every input; `auto` decides per input by extension, then by content. */
  format: InputFormat;
  /** Decode every non-JSONL input with this encoding (a byte-order mark still wins). */
  encoding?: string | null;
  stdin: Readable;
}

/** A text to extract quotes from. Offsets refer to `text`. */
export interface DocumentEvent {
  kind: 'document';
  /** The name to use in messages: the path, `<stdin>`. */
  where: string;
  /** The `file` of each quote (a file's name, `-` for stdin) — or `id` for a JSONL record. */
  file?: string;
  id?: string;
  text: string;
  /** The record's own `outlet` (JSONL). */
  outlet: string | null;
  /** The page's site name (HTML), the article's outlet unless the user names one. */
  siteName: string | null;
  format: 'text' | 'html' | 'jsonl';
}

/**
 * A problem with one input. An error makes the run fail (exit 2): the input,
 * or part of it, was lost or damaged (invalid UTF-8 is still processed, with
 * replacement characters, but is an error). A warning loses nothing.
 */
export interface ProblemEvent {
  kind: 'error' | 'warning';
  where: string;
  message: string;
}

export type InputEvent = DocumentEvent | ProblemEvent;

const STDIN_NAME = '<stdin>';

/** The format of one input under `--input-format`, judging by its name (auto). Null: look at the content. */
export function formatByName(path: string, format: InputFormat): 'text' | 'html' | 'jsonl' | null {
  if (format !== 'auto') return format;
  const ext = extname(path).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  // anything else (.txt and .md included: pages get saved under many names) is judged by its content
  return null;
}

/** Every input named by `args` (files, directories, `-` for standard input), in order. */
export async function* readInputs(args: readonly string[], options: ReadOptions): AsyncGenerator<InputEvent> {
  for (const arg of args) {
    if (arg === '-') {
      yield* readOne(null, '-', options);
      continue;
    }
    for await (const entry of walk(arg)) {
      if (entry.error !== undefined) yield { kind: 'error', where: entry.path, message: entry.error };
      else if (entry.warning !== undefined) yield { kind: 'warning', where: entry.path, message: entry.warning };
      // a file named on the command line is labelled by its name; one found in a directory by its path
      else yield* readOne(entry.path, entry.path === arg ? basename(arg) : entry.path, options);
    }
  }
}

/** One file (or standard input when `path` is null). */
async function* readOne(path: string | null, label: string, options: ReadOptions): AsyncGenerator<InputEvent> {
  const where = path ?? STDIN_NAME;
  const byName = path === null ? (options.format === 'auto' ? null : options.format) : formatByName(path, options.format);
  try {
    if (byName === 'jsonl') {
      yield* readRecords(path === null ? options.stdin : createReadStream(path), where);
      return;
    }
    const bytes = path === null ? await readAll(options.stdin) : await readFile(path);
    yield* await fromBytes(bytes, where, label, byName, options.encoding ?? null);
  } catch (e) {
    yield { kind: 'error', where, message: e instanceof QuotesError ? e.message : describeFsError(e) };
  }
}

async function* readRecords(stream: Readable, where: string): AsyncGenerator<InputEvent> {
  let records = 0;
  let problems = 0;
  for await (const rec of readJsonl(stream)) {
    if (rec.error !== null || rec.text === null) {
      problems++;
      yield { kind: 'error', where, message: rec.error ?? `line ${rec.line}: no text` };
      continue;
    }
    if (rec.damaged) yield { kind: 'error', where, message: rec.damaged };
    records++;
    yield { kind: 'document', where, id: rec.id ?? String(rec.line), text: normalizeLineEnds(rec.text), outlet: rec.outlet, siteName: null, format: 'jsonl' };
  }
  if (!records && !problems) yield { kind: 'warning', where, message: 'empty input' };
}

/** The largest HTML page read (64 MiB; real pages are well under 5 MB). */
export const MAX_HTML_BYTES = 64 * 2 ** 20;

/**
 * Decode and, for HTML, extract the article. `format` null: HTML if the
 * content looks like a page. The HTML parser is loaded on the first page.
 */
export async function fromBytes(bytes: Uint8Array, where: string, label: string, format: 'text' | 'html' | null, encoding: string | null): Promise<InputEvent[]> {
  const events: InputEvent[] = [];
  const bom = bomOf(bytes);
  // the start of the document, enough to recognise HTML and read its <meta charset>
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096));
  const preview = bom ? decode(head).text : head.toString('latin1');
  const kind = format ?? (sniffHtml(preview) ? 'html' : 'text');
  // (a parsed page takes about 28 bytes of memory per byte of HTML: one of 150 MB would exhaust V8's heap)
  if (kind === 'html' && bytes.byteLength > MAX_HTML_BYTES) {
    const mb = (n: number) => `${(n / 2 ** 20).toFixed(1)} MiB`;
    events.push({ kind: 'error', where, message: `HTML page too large to parse (${mb(bytes.byteLength)}; the most is ${mb(MAX_HTML_BYTES)}): save its text and read that with --input-format text` });
    return events;
  }
  const declared = kind === 'html' && !bom ? metaCharset(preview) : null;
  const decoded = decode(bytes, { encoding, declared });
  if (decoded.damaged) events.push({ kind: 'error', where, message: decoded.damaged });
  let text = normalizeLineEnds(decoded.text);
  let siteName: string | null = null;
  if (kind === 'html') {
    const { htmlToText } = await import('./html.js');
    const page = htmlToText(text);
    for (const w of page.warnings) events.push({ kind: 'warning', where, message: w });
    if (!page.text && text.trim()) {
      events.push({ kind: 'warning', where, message: 'no text found in the page' });
      return events;
    }
    text = page.text;
    siteName = page.outlet;
  }
  if (!text.trim()) {
    events.push({ kind: 'warning', where, message: 'empty input' });
    return events;
  }
  events.push({ kind: 'document', where, file: label, text, outlet: null, siteName, format: kind });
  return events;
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}
