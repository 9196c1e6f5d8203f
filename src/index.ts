// The public API. Nothing runs and nothing is read at import time.
//   extractQuotes(text, options) → Quote[]                 one document, synchronous, pure
//   extractStream(records, options) → AsyncIterable<Quote & {id}>   JSON Lines-style records
//   extractDocuments(docs, options) → AsyncIterable<{tag, quotes, error}>   one result per document
// The streaming functions keep input order and can use worker threads (`jobs`).
import { extract } from './pipeline.js';
import { extractInOrder, type DocumentIn, type DocumentOut, type JobsOptions } from './run/jobs.js';
import { QuotesError } from './errors.js';
import type { ExtractOptions, Quote } from './types.js';

export type { Quote, QuoteType, Span, ExtractOptions, Diagnostic } from './types.js';
export type { DocumentIn, DocumentOut, JobsOptions } from './run/jobs.js';
export { QUOTE_TYPES } from './types.js';
export { QuotesError } from './errors.js';

/** Every quotation in `text`, in document order, with speaker, cue and outlet. */
export function extractQuotes(text: string, options: ExtractOptions = {}): Quote[] {
  if (typeof text !== 'string') throw new TypeError('extractQuotes: text must be a string');
  return extract(text, options);
}

/**
 * Every document's quotes, one result per document, in input order. A
 * document that fails (no `text` string, or an internal error) yields its
 * `error` and the others go on. `jobs` > 1 extracts large inputs on worker threads.
 */
export function extractDocuments<T>(docs: AsyncIterable<DocumentIn<T>> | Iterable<DocumentIn<T>>, options: JobsOptions = {}): AsyncGenerator<DocumentOut<T>> {
  return extractInOrder(docs, options);
}

/** A record of a JSON Lines stream: `{"id", "text", "outlet"?}`. */
export interface StreamRecord {
  id: string;
  text: string;
  outlet?: string | null;
}

/** A quote of a stream, tagged with the id of its record. */
export type StreamQuote = Quote & { id: string };

export interface StreamOptions extends JobsOptions {
  /**
   * Called for a record that cannot be processed; the stream goes on. Without
   * it, the stream throws the error (a QuotesError naming the record).
   */
  onError?: (error: QuotesError, record: StreamRecord) => void;
}

/** The quotes of a stream of records, in input order, each with its record's `id`. */
export async function* extractStream(records: AsyncIterable<StreamRecord> | Iterable<StreamRecord>, options: StreamOptions = {}): AsyncGenerator<StreamQuote> {
  const { onError, ...jobsOptions } = options;
  const docs = mapRecords(records);
  for await (const { tag, quotes, error } of extractInOrder(docs, jobsOptions)) {
    if (error) {
      const named = new QuotesError(error.code, `record ${JSON.stringify(String(tag?.id))}: ${error.message}`, String(tag?.id));
      if (onError) onError(named, tag);
      else throw named;
      continue;
    }
    for (const q of quotes) yield { id: tag.id, ...q };
  }
}

async function* mapRecords(records: AsyncIterable<StreamRecord> | Iterable<StreamRecord>): AsyncGenerator<DocumentIn<StreamRecord>> {
  for await (const r of records) yield { text: r?.text, outlet: r?.outlet ?? null, tag: r };
}
