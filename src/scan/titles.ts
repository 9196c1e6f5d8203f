// Quotation marks that do not quote anyone: titles of works and programmes
// (“Shark Tank”), names and scare quotes (so-called “Board of Peace”),
// nicknames. Decided from the words before the marks and from the shape of
// what they enclose, together with whether an attribution frame was found.

// Words that announce a name, not speech. Source: AP Stylebook "composition
// titles" and "nicknames"; textacy's tests of scare quotes.
const NAMING = /\b(?:calling (?:itself|themselves)|calls (?:itself|themselves)|called itself|so-called|so called|named|known as|the show|the film|the movie|the book|the song|the album|the series|the program|the programme|the documentary|the play|the novel|the article|the column|the headline|the website|the app|the game|the group|the campaign|the initiative|the operation|the organization|the organisation|the party|the group called|stars? of|host of|author of|episode of|edition of)\s*(?:the\s+|a\s+|an\s+)?$/i;

// Words that say someone coined or used the quoted words: a person dubbed it,
// titled a memo, used the phrase. The words are that person's, so the marks
// quote them (PolNeAR annotators attribute them).
const COINING = /(?:calling (?:himself|herself|themselves)|dubbed|nicknamed|branded|labell?ed(?: as)?|billed as|the terms?|the words?|the phrases?|the slogan|the hashtag)\s*(?:the\s+|a\s+|an\s+)?$/i;

// Words of a crowd or a singer voicing the words: chants of “…”, chanting “…”,
// cries of “…”, singing “…”. What follows is said (or sung), even when it is
// capitalised like a title.
const VOICED = /\b(?:chant(?:s|ed|ing)?|cr(?:y|ies|ied|ying)|shout(?:s|ed|ing)?|yell(?:s|ed|ing)?|sang|sing(?:s|ing)?)\s+(?:of\s+)?$/i;

const OBJECT_OF = /(?:\b(?:on|in|at|of|to|from|for|with|about|during|watching|watched|read|reading|wrote|titled|called|told|tells|telling)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|its\s+)?|[’']s\s+|[’']\s+)$/i;

// Brackets around the whole content; no nesting, so one pass.
const STAGE_DIRECTION = /^[([][^()[\]]*[)\]][.!?]?$/;

// A noun for a work right before the marks: his 2002 book, “…”; the anthem “…”.
// (and a publication a body puts out: its 2021 study “…”, its monthly “…”, the annual report “…”)
const WORK_NOUN = /\b(?:book|memoir|novel|novella|song|single|anthem|hymn|album|film|movie|documentary|drama|thriller|comedy|biopic|sequel|miniseries|opera|ballet|show|sitcom|series|play|musical|poem|podcast|column|essay|op-ed|study|report|review|survey|strategy|paper|bulletin|newsletter|monthly|weekly|quarterly|annual|yearbook|index)\s*,?\s*$/i;

export const SMALL: ReadonlySet<string> = new Set(['of', 'the', 'and', 'a', 'an', 'in', 'on', 'for', 'to', 'at', 'by', 'with', 'or', 'de', 'la', 'du', 'von', 'vs', 'vs.', '&']);

// A verb of naming or speaking a few words before the marks: calling him a
// “…”, chants of “…”, accused her of running a “…” campaign. Up to six words
// between; the pieces \s+ and [^\s.!?]+ cannot overlap, so no backtracking.
// (the verbs of naming someone something, which SPOKEN_PAST_APPOSITION reads too)
const NAMING_VERBS = String.raw`call(?:s|ed|ing)?|label(?:s|ed|led|ing)?|brand(?:s|ed|ing)?|accus(?:e|es|ed|ing)|describ(?:e|es|ed|ing)`;
const SPOKEN = new RegExp(String.raw`\b(?:${NAMING_VERBS}|refer(?:s|red|ring)? to|rat(?:ed|ing)|dismiss(?:es|ed|ing))\b(?:\s+[^\s.!?]+){0,6}\s*$`, 'i');

/**
 * Do the words before the marks say someone coined, used or spoke the quoted
 * words ("dubbed", "the phrase", "calling him a")? `before` is the sentence up
 * to the opening mark.
 */
export const spokenBefore = (before: string): boolean => spokenVerbAt(before) !== null || COINING.test(before.slice(-160));

/** Where in `before` the naming or speaking verb of SPOKEN starts ("calling him a “"), or null. */
export function spokenVerbAt(before: string): number | null {
  const offset = Math.max(0, before.length - 160);
  const window = before.slice(offset);
  // ("accused Cruz, the senator from Texas and winner of the Iowa caucuses, of being “…”": past an apposition of the
  // object, between commas; tried only where a comma ends the words before "of" or "as")
  const m = SPOKEN.exec(window) ?? (window.includes(',') ? SPOKEN_PAST_APPOSITION.exec(window) : null);
  return m ? offset + m.index : null;
}
// A verb of naming, its object of up to three words, an apposition set off by commas, then up to three words ("of
// being", "as a").
const SPOKEN_PAST_APPOSITION = new RegExp(String.raw`\b(?:${NAMING_VERBS})\s+[^\s,.!?]+(?:\s+[^\s,.!?]+){0,2},[^,.!?]{1,100},(?:\s+[^\s,.!?]+){1,3}\s*$`, 'i');

/** Does the quoted text look like a name or title: a few words, each capitalised? */
export function looksLikeTitle(content: string): boolean {
  return titleWords(content.trim().replace(/[.,!?;:]+$/u, ''), 7);
}

/**
 * Is the quoted text a title and its subtitle, each of a few capitalised words ("The Fixers: Eddie Mannix and the MGM
 * Machine")? Alone, the shape is as often a headline's statement ("Rao: We Will Not Back Down"), so it counts as a
 * title only where the words before it speak of a work or its author (WORK_CONTEXT).
 */
function subtitled(content: string): boolean {
  const trimmed = content.trim().replace(/[.,!?;:]+$/u, '');
  const colon = trimmed.indexOf(': ');
  return colon > 0 && trimmed.indexOf(': ', colon + 2) < 0 && titleWords(trimmed.slice(0, colon), 7) && titleWords(trimmed.slice(colon + 2), 10);
}
// The words before a work's title that say it is one: its author's possessive, "author of", "the book".
const WORK_CONTEXT = /(?:[’']s|\b(?:author|co-author|editor|director|producer) of(?: the)?|\b(?:book|memoir|novel|study|biography|history|report|film|documentary|titled|entitled))\s*,?\s*$/i;

/** Are these at most `most` words, the first and every one but SMALL's capitalised? */
function titleWords(phrase: string, most: number): boolean {
  const words = phrase.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > most) return false;
  if (!/^[\p{Lu}\p{N}#@]/u.test(words[0]!)) return false;
  return words.every((w) => SMALL.has(w.toLowerCase()) || /^[\p{Lu}\p{N}#@'’(“"]/u.test(w));
}

/** Where a quotation stands: in the headline (the first line), or opening a sentence after another in its paragraph. */
export interface Place {
  headline: boolean;
  afterSentence: boolean;
}

/**
 * Is a quotation that ends with sentence punctuation inside its marks shaped
 * like a sentence someone said rather than a title: introduced by a colon
 * (Ryan: ‘This Cannot Continue.’), by a comma outside a headline (where a
 * comma often ends a clause before a title), or standing as a sentence of its
 * own after another sentence of its paragraph? A quotation alone in its
 * paragraph is left out: in an article that quotes, that is a subhead.
 */
function sentenceShaped(content: string, before: string, place: Place): boolean {
  if (!/[.!?]$/u.test(content.trim())) return false;
  if (/:\s*$/.test(before)) return true;
  if (/,\s*$/.test(before)) return !place.headline;
  return !before.trim() && place.afterSentence;
}

// An apposition that says what the quoted name is: ", a pub popular with …", ", the band's second album".
const DESCRIBED_AFTER = /^\s*,?\s*(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}(?:pub|bar|restaurant|cafe|café|club|hotel|shop|store|company|firm|group|band|album|song|single|film|movie|show|series|play|book|novel|poem|painting|program|programme|podcast|game|app|boat|ship|vessel|horse|dog|cat|brand|product|campaign|initiative|project|operation|plan|bill|law|act|report|policy|slogan|nickname|term|phrase)\b/u;

/**
 * Is this quotation a name, title or scare quote rather than something said?
 * `before` and `after` are the sentence text around the marks; `attributed`
 * tells whether a frame names a speaker right next to it.
 */
export function isNotSpeech(content: string, before: string, after: string, attributedAdjacent: boolean, place: Place = { headline: false, afterSentence: false }): boolean {
  const words = content.trim().split(/\s+/).filter(Boolean).length;
  // a stage direction of a transcript, all in brackets: (CROSSTALK), [LAUGHTER], (inaudible)
  if (STAGE_DIRECTION.test(content.trim())) return true;
  if (words <= 8 && NAMING.test(before)) return true;
  if (words <= 8 && COINING.test(before)) return false;
  if (VOICED.test(before.slice(-40))) return false;
  // part of a name: Operation “Iron Shield”, the “Clean Harbours” Act
  if (words <= 4 && looksLikeTitle(content) && /(?:^|[^.!?]\s)\p{Lu}[\p{L}]+\s*$/u.test(before) && !/^\s*(?:The|A|An)\s*$/.test(before.slice(-5))) return true;
  // a nickname inside a name: Earvin “Magic” Johnson
  if (words <= 3 && looksLikeTitle(content) && /\p{Lu}[\p{L}.]*\s*$/u.test(before) && /^\s*\p{Lu}/u.test(after)) return true;
  // the object of a preposition or a possessive: on “Face the Nation”, NBC’s “Meet the Press”
  // (with its article inside the marks too: a levee locals have long called “the Wall”)
  if ((looksLikeTitle(content) || /^the\s/.test(content.trim()) && looksLikeTitle(content.trim().slice(4))) && OBJECT_OF.test(before)) return true;
  // the name of a work, even where an attribution follows: in his book, “…,” Smith wrote
  if (words <= 7 && looksLikeTitle(content) && WORK_NOUN.test(before.slice(-40))) return true;
  // and a title with its subtitle after its author or a noun of a work: Fleming's “The Fixers: …”
  if (subtitled(content) && WORK_CONTEXT.test(before.slice(-40))) return true;
  // a name that an apposition describes: near “The Red Lion,” a pub popular with students
  if (words <= 5 && looksLikeTitle(content) && !/[!?]$/u.test(content.trim()) && DESCRIBED_AFTER.test(after)) return true;
  if (attributedAdjacent) return false;
  // a capitalised few words that end without sentence punctuation: a title or name
  // (American style puts a following comma or full stop inside the marks, so a
  // full stop counts only where the quotation is shaped like a sentence)
  if (looksLikeTitle(content) && !/[!?]$/u.test(content.trim()) && !sentenceShaped(content, before, place)) return true;
  return false;
}
