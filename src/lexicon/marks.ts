// Quotation marks of news text in English and the European and CJK styles that
// reach English-language wires. Source: Unicode General Punctuation block
// (U+2018–U+201F), CLDR delimiter data (quotationStart/End per locale), and the
// LaTeX/Penn Treebank convention of `` and '' used by older corpora.

/** Which closing marks may end a quotation opened by a given mark. */
export const PAIRS: Readonly<Record<string, readonly string[]>> = {
  '“': ['”', '“', '"'], // English; “ also closes in some scraped text that lost its ”, and " in text typed by two hands (“…")
  '”': ['”'], // Swedish/Finnish style, and scraped text that uses ” both ways
  '"': ['"', '”', '“'], // “ closing a straight-quoted span: text typed by two hands
  '‘': ['’'],
  "'": ["'", '’'],
  '``': ["''", '”', '"'],
  "''": ["''"],
  '«': ['»'],
  '»': ['«'], // German/Danish style »…«
  '„': ['“', '”', '"'],
  '‚': ['‘', '’'],
  '‹': ['›'],
  '›': ['‹'],
  '「': ['」'],
  '『': ['』'],
};

/** Marks that can only open a quotation. */
export const OPENERS = new Set(['“', '‘', '``', '«', '„', '‚', '‹', '「', '『']);
/** Marks that can only close a quotation (or, for ’, be an apostrophe). */
export const CLOSERS = new Set(['”', '’', "''", '»', '›', '」', '』']);

/** Every character that can start a quotation mark (for fast skipping). */
export const MARK_CHARS = new Set(['“', '”', '"', '‘', '’', "'", '`', '«', '»', '„', '‚', '‹', '›', '「', '」', '『', '』']);

/**
 * Elisions written with a leading apostrophe: 'Tis, 'em, rock 'n' roll, '90s.
 * Source: Chicago Manual of Style 6.115–6.116 and AP Stylebook "apostrophe".
 */
export const LEADING_ELISIONS: readonly string[] = [
  'tis', 'twas', 'em', 'n', 'til', 'cause', 'bout', 'round', 'nuff', 'cos', 'ere', 'neath', 'twere', 'tween', 'sup', 'ya', 'kay', 'fraid', 's', 'd', 'll', 've', 're', 'm', 't',
];
