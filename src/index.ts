// The public API: extractQuotes(text, options) → Quote[]. Synchronous, pure,
// no work or I/O at import time.
import { extract } from './pipeline.js';
import type { ExtractOptions, Quote } from './types.js';

export type { Quote, QuoteType, Span, ExtractOptions, Diagnostic } from './types.js';
export { QUOTE_TYPES } from './types.js';

/** Every quotation in `text`, in document order, with speaker, cue and outlet. */
export function extractQuotes(text: string, options: ExtractOptions = {}): Quote[] {
  if (typeof text !== 'string') throw new TypeError('extractQuotes: text must be a string');
  return extract(text, options);
}
