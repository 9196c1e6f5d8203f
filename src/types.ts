/** A piece of the input: UTF-16 offsets, half-open `[start, end)`, into the decoded text. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

export type QuoteType = 'direct' | 'mixed' | 'indirect';
export const QUOTE_TYPES: readonly QuoteType[] = ['direct', 'mixed', 'indirect'];

/** One quotation as the library returns it (the CLI adds `file` or `id`). */
export interface Quote {
  /** The words quoted, quotation marks excluded: `text.slice(start, end) === quote`. */
  quote: string;
  start: number;
  end: number;
  type: QuoteType;
  /** The speaker's full name as the article gives it, an organisation, or null. */
  speaker: string | null;
  /** The words of the attribution that name the speaker ("he", "Ushakov"). */
  speakerMention: Span | null;
  /** A title or role written with the name ("Foreign Ministry spokesperson"). */
  speakerTitle: string | null;
  /** The reporting words ("said", "was quoted as saying"). */
  cue: Span | null;
  /** The outlet that carried the words ("Reuters"), else the article's own outlet, else null. */
  outlet: string | null;
  outletMention: Span | null;
  /** 0..1: how sure the attribution is (explicit frame > pronoun > inherited). */
  confidence: number;
  /** The id of the attribution rule that named the speaker, or null. */
  rule: string | null;
  /** Pieces of one statement share a group id: an interrupted or multi-paragraph quotation, a reported clause and the
   * one it continues, a mixed quote's fragment and the reported clause before or after it ("said A and that “B”"). */
  group: number | null;
}

export interface ExtractOptions {
  /** The article's own outlet, used when the text names none for a quote. */
  outlet?: string | null;
  /** Which quote types to return (default: all). */
  types?: readonly QuoteType[];
}

/** A structured problem found while reading or processing an input. */
export interface Diagnostic {
  code: string;
  message: string;
  severity: 'error' | 'warning';
  /** Line number (1-based) inside a JSONL input, when it applies. */
  line?: number;
}

/** A quotation-mark pair found by the scanner, before attribution. */
export interface QuoteSpan {
  /** Offset of the opening mark (or of the text for unmarked turns). */
  open: number;
  /** Offset just past the closing mark. */
  close: number;
  /** Content offsets, marks excluded. */
  start: number;
  end: number;
  /** True when the span is enclosed by quotation marks. */
  marked: boolean;
  /** Pieces of one multi-paragraph quotation share a group id. */
  group: number | null;
  /** For quotes continued from a previous paragraph: no closing mark in this paragraph. */
  continued: boolean;
}
