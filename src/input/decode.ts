// Bytes → text. Offsets always refer to the string this returns.
//
// Order of evidence: a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
// an encoding the user named; NUL bytes (binary, refused); valid UTF-8; a
// charset the document declares (HTML <meta>); damaged UTF-8 (decoded with
// replacement characters and a warning); else a legacy encoding guessed by
// chardet and decoded by iconv-lite. Node's TextDecoder is not used for
// legacy encodings: in Node 20 it drops windows-1252's curly quotes 0x93/0x94.
import { isUtf8 } from 'node:buffer';
import { createRequire } from 'node:module';
import type * as Chardet from 'chardet';
import type * as Iconv from 'iconv-lite';

// Loaded only for input that is not plain UTF-8 (or for --encoding), never at start-up.
let iconvLib: typeof Iconv | null = null;
let chardetLib: typeof Chardet | null = null;
const iconv = new Proxy({} as typeof Iconv, {
  get: (_t, key) => {
    iconvLib ??= createRequire(import.meta.url)('iconv-lite') as typeof Iconv;
    return (iconvLib as unknown as Record<string | symbol, unknown>)[key];
  },
});
const chardet = new Proxy({} as typeof Chardet, {
  get: (_t, key) => {
    chardetLib ??= createRequire(import.meta.url)('chardet') as typeof Chardet;
    return (chardetLib as unknown as Record<string | symbol, unknown>)[key];
  },
});
import { QuotesError } from '../errors.js';

export interface Decoded {
  text: string;
  /** The encoding used, as iconv-lite names it ("utf-8", "windows-1252", …). */
  encoding: string;
  /** Set when the text is not exactly the input: invalid UTF-8 replaced by U+FFFD. */
  damaged: string | null;
}

export interface DecodeOptions {
  /** An encoding named by the user; wins over everything but a byte-order mark. */
  encoding?: string | null;
  /** An encoding the document declares (an HTML <meta charset>), used when the bytes are not valid UTF-8. */
  declared?: string | null;
}

// Byte-order marks, longest first (UTF-32 LE starts like UTF-16 LE).
const BOMS: readonly [string, readonly number[]][] = [
  ['utf-32le', [0xff, 0xfe, 0x00, 0x00]],
  ['utf-32be', [0x00, 0x00, 0xfe, 0xff]],
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

/** The encoding named by a byte-order mark at the start of `bytes`, and the mark's length. */
export function bomOf(bytes: Uint8Array): { encoding: string; length: number } | null {
  for (const [encoding, mark] of BOMS) {
    if (bytes.length >= mark.length && mark.every((b, i) => bytes[i] === b)) return { encoding, length: mark.length };
  }
  return null;
}

/** Does this look like a binary file rather than text? (A NUL byte, as git and grep judge.) */
export function isBinary(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(0) !== -1;
}

/** Is `label` an encoding iconv-lite can decode? */
export function knownEncoding(label: string): boolean {
  return iconv.encodingExists(label);
}

// WHATWG: the labels latin1, ascii and ISO-8859-1 mean windows-1252, whose
// 0x80–0x9F are printable (curly quotes, dashes) rather than C1 controls.
function canonical(label: string): string {
  const l = label.trim().toLowerCase();
  if (/^(?:iso[-_]?8859[-_]1|latin-?1|l1|us-ascii|ascii|cp819|ibm819|iso-ir-100)$/.test(l)) return 'windows-1252';
  if (l === 'utf8') return 'utf-8';
  return l;
}

export function decode(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bom = bomOf(buf);
  if (bom) return { text: iconv.decode(buf.subarray(bom.length), bom.encoding, { stripBOM: false }), encoding: bom.encoding, damaged: null };
  if (options.encoding) {
    const enc = canonical(options.encoding);
    if (!knownEncoding(enc)) throw new QuotesError('unknown-encoding', `unknown encoding '${options.encoding}'`);
    return { text: iconv.decode(buf, enc), encoding: enc, damaged: null };
  }
  if (isBinary(buf)) throw new QuotesError('binary', 'binary file (contains NUL bytes), skipped');
  if (isUtf8(buf)) return { text: buf.toString('utf8'), encoding: 'utf-8', damaged: null };

  const declared = options.declared ? canonical(options.declared) : null;
  const utf8 = utf8Evidence(buf);
  const damaged = declared === 'utf-8' || (declared === null && utf8.valid > 0 && utf8.valid >= utf8.invalid);
  if (damaged) {
    const where = utf8.first >= 0 ? ` at byte ${utf8.first}` : '';
    return {
      text: buf.toString('utf8'),
      encoding: 'utf-8',
      damaged: `invalid UTF-8${where} (${utf8.invalid} bad sequence${utf8.invalid === 1 ? '' : 's'}); decoded with replacement characters`,
    };
  }
  const enc = declared && declared !== 'utf-8' && knownEncoding(declared) ? declared : guessLegacy(buf);
  return { text: iconv.decode(buf, enc), encoding: enc, damaged: null };
}

/**
 * Counts of well-formed multi-byte UTF-8 sequences and of bytes that break
 * UTF-8. Text with many of the first is UTF-8 that has been damaged; text with
 * none is in a legacy encoding.
 */
export function utf8Evidence(buf: Uint8Array): { valid: number; invalid: number; first: number } {
  let valid = 0;
  let invalid = 0;
  let first = -1;
  const n = buf.length;
  for (let i = 0; i < n; ) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= n;
    for (let k = 1; ok && k < len; k++) ok = (buf[i + k]! & 0xc0) === 0x80;
    // overlongs, surrogates and code points past U+10FFFF
    if (ok && len === 3) ok = !(b === 0xe0 && buf[i + 1]! < 0xa0) && !(b === 0xed && buf[i + 1]! >= 0xa0);
    if (ok && len === 4) ok = !(b === 0xf0 && buf[i + 1]! < 0x90) && !(b === 0xf4 && buf[i + 1]! >= 0x90);
    if (ok) {
      valid++;
      i += len;
    } else {
      if (first < 0) first = i;
      invalid++;
      i++;
    }
  }
  return { valid, invalid, first };
}

// chardet also names multi-byte legacy encodings (Shift_JIS, GB18030, EUC-KR,
// Big5); iconv-lite decodes them all. Unicode guesses are not trusted here:
// the bytes were not valid UTF-8 and carried no byte-order mark.
function guessLegacy(buf: Buffer): string {
  const sample = buf.subarray(0, 64 * 1024);
  for (const m of chardet.analyse(sample)) {
    const enc = canonical(m.name);
    if (/^(?:utf-|ucs-)/.test(enc)) continue;
    if (knownEncoding(enc)) return enc;
  }
  return 'windows-1252';
}

/**
 * Lone carriage returns (old Mac line ends) become line feeds, so that the
 * engine, which splits paragraphs on \n, sees the paragraphs. One character
 * for one: offsets into the result are offsets into the decoded input.
 * CRLF is left as it is (\r before \n is whitespace to the engine).
 */
export function normalizeLineEnds(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}
