// Paragraphs. News text from the web puts one paragraph on a line; books and
// wire copy from plain-text archives wrap lines at ~70 characters and leave a
// blank line between paragraphs. In a wrapped text a single line break is a
// space, and only a blank line ends a paragraph. Decided once per document.

const WRAP_WIDTH = 80;

/** Is the text hard-wrapped (most lines short, paragraphs separated by blank lines)? */
export function isHardWrapped(text: string): boolean {
  let lines = 0;
  let short = 0;
  let blank = 0;
  let start = 0;
  // a sample of the first 2,000 lines is enough to decide
  for (let n = 0; n < 2000 && start < text.length; n++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const len = end - start;
    if (text.slice(start, end).trim() === '') blank++;
    else {
      lines++;
      if (len <= WRAP_WIDTH) short++;
    }
    start = end + 1;
  }
  return blank > 0 && lines >= 8 && short / lines > 0.8 && lines > blank * 1.5;
}

// Characters are compared by code (32 space, 9 tab, 13 CR, 10 LF): text[i] would
// make a new string for a character past U+00FF (see sentences.ts).

/** The end of the paragraph that starts at `from`: the next line break, or in wrapped text the next blank line. */
export function paragraphEnd(text: string, from: number, wrapped: boolean): number {
  let i = text.indexOf('\n', from);
  if (!wrapped) return i < 0 ? text.length : i;
  while (i >= 0) {
    let j = i + 1;
    while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13)) j++;
    if (j >= text.length || text.charCodeAt(j) === 10) return i;
    i = text.indexOf('\n', j);
  }
  return text.length;
}

/** Is the line break at `i` a paragraph break? */
export function breaksParagraph(text: string, i: number, wrapped: boolean): boolean {
  if (!wrapped) return true;
  let j = i + 1;
  while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13)) j++;
  if (j >= text.length || text.charCodeAt(j) === 10) return true;
  let k = i - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 13)) k--;
  return k < 0 || text.charCodeAt(k) === 10;
}

/** The start of the paragraph that holds `at`: after the line break before it, or in wrapped text after the blank line before it. */
export function paragraphStart(text: string, at: number, wrapped: boolean): number {
  for (let i = text.lastIndexOf('\n', at - 1); i >= 0; i = text.lastIndexOf('\n', i - 1)) {
    if (breaksParagraph(text, i, wrapped)) return i + 1;
  }
  return 0;
}

/** The pieces of the stretch `s` between paragraph breaks: at every line break, or in wrapped text at every blank line. */
export function paragraphPieces(s: string, wrapped: boolean): string[] {
  if (!s.includes('\n')) return [s];
  return wrapped ? s.split(/\n[ \t\r]*\n/) : s.split('\n');
}
