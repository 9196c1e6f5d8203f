// Stage: attribution frames. For each quotation, read the words around it in
// its sentence and find the cue and the phrase that names the speaker. Each
// frame is a rule with an id, recorded on the quote; the first that matches
// wins, in the order of RULES below.
import { AS_SAYING, QUOTED_REACH, QUOTING, cueAt, findCues, cannotCue, quotingBefore, stateModifier, thatPastAside, type Cue } from './cues.js';
import { CLAUSE_SUBJECT, OPENING_WORD, PUBLISHED, SENT_DOCUMENT, TIME_NOUN, WHEN, apposedName, nameInCommas, appositiveTitle, evidenceOf, titleMarksEnd, isPartyState, namesPerson, speakerHead, objectMention, openingPhraseEnd, openingsEnd, relativeSubject, subjectAfter, subjectBefore, type Mention } from './mentions.js';
import { BODY_HEADS, DETERMINERS, PRONOUNS, PUBLIC_BODY_HEADS, ROLE_NOUNS, SPEAKER_NOUNS } from '../lexicon/people.js';
import { ACT_FORMS, EVIDENCE, IRREGULAR_PAST, NOT_SPEECH_CLAUSE, NOT_SPEECH_THAT, SOURCE, isSpeech } from '../lexicon/speech.js';
import { readsAsVerb, verbByTable } from '../nlp/compromise.js';
import { BOOK_CHARS } from './speakers.js';
import { isRegion } from '../lexicon/places.js';
import { findOutlet, outletNamed } from './outlets.js';
import { isSpace, tokenize, type Token } from '../scan/tokens.js';
import type { QuoteSpan } from '../types.js';

export interface Frame {
  rule: string;
  mention: Mention | null;
  cue: Cue | null;
  /** Base confidence of the rule. */
  confidence: number;
  /** The attribution stands after the quotation ("…,” he said). */
  after: boolean;
}

/** The attribution rules, as data: id, what it reads, base confidence. */
export const RULES = {
  'quote-subject-cue': { example: '“…,” Ushakov said.', confidence: 0.95 },
  'quote-cue-subject': { example: '“…,” said Mr. Smith.', confidence: 0.95 },
  'quote-subject-verb': { example: '“…,” he propounded. (a verb no lexicon lists)', confidence: 0.8 },
  'quote-verb-subject': { example: '“…,” propounded Smith.', confidence: 0.75 },
  'quote-dash-subject': { example: '“…” — John Smith', confidence: 0.8 },
  'quote-taken-up': { example: '“…” ⏎ That is how Lyndon Tregarthen described it', confidence: 0.75 },
  'quote-was-reply': { example: '“…,” was her answer.', confidence: 0.8 },
  'quote-np-cue': { example: '“…,” a senior official who asked not to be named said.', confidence: 0.8 },
  'subject-cue-colon': { example: 'Trump said: “…”', confidence: 0.93 },
  'subject-colon': { example: 'Trump on Monday: “…”', confidence: 0.7 },
  'subject-verb-colon': { example: 'Smith propounded: “…” (a verb no lexicon lists)', confidence: 0.75 },
  'subject-cue': { example: 'Putin said the ties were “…”', confidence: 0.9 },
  'subject-verb': { example: 'Putin expounded the ties were “…” (a verb no lexicon lists, before a clause)', confidence: 0.7 },
  'according-to': { example: 'According to Smith, “…”', confidence: 0.9 },
  'cue-subject': { example: 'Said Smith: “…”', confidence: 0.85 },
  'gerund-main-subject': { example: 'Ushakov said, noting they “…”', confidence: 0.85 },
  'sentence-cue-after': { example: '“…” is how Smith put it.', confidence: 0.7 },
  'sentence-subject': { example: 'Reid has gone after Trump as a “con artist”.', confidence: 0.55 },
  'subject-naming': { example: 'Rao rated the timetable “poor”. (a verb of naming the lexicon does not list)', confidence: 0.7 },
  'quote-by-agent': { example: 'The plan was called “reckless” by the mayor.', confidence: 0.8 },
  'same-sentence': { example: '“A,” she said, “B.”', confidence: 0.85 },
  'previous-colon': { example: 'Caddell continued:⏎“…”', confidence: 0.85 },
  'previous-colon-subject': { example: 'Gov. Burke released the following statement:⏎“…” (no cue)', confidence: 0.6 },
  'previous-sentence-subject': { example: 'Mrs. Norris almost started. “Live with me?” (no cue)', confidence: 0.5 },
  'previous-paragraph': { example: 'Valastro praised the plan.⏎“We need someone who …” (a guess)', confidence: 0.45 },
  'sentence-subject-colon': { example: 'Kaine has adopted the stance of many: “…” (no cue)', confidence: 0.6 },
  'nearest-subject': { example: 'even if he kept his passion for the cause of “…” (a guess)', confidence: 0.4 },
  'previous-sentence': { example: 'Talks will resume, Schiff said. “The other factor is …”', confidence: 0.6 },
  'addressee-reply': { example: '“Will it rain?” said Edmund to Fanny.⏎“…” (the one it was said to answers; a book)', confidence: 0.55 },
  'addressed-reply': { example: '“Will you come, Fanny?” said Edmund.⏎“…” (the one addressed answers; a book)', confidence: 0.6 },
  'transcript-turn': { example: 'PENCE: Well, look, …', confidence: 0.9 },
  'continuation': { example: 'a paragraph that continues the previous speaker’s quote', confidence: 0.6 },
} as const;
export type RuleId = keyof typeof RULES;

const SEPARATORS = new Set([',', '—', '–', '―', '-', '--', '(', ';']);
const SLOT_END = new Set(['.', ',', ';', ':', '!', '?', '—', '–', '--', ')']);
const SLOT_FOLLOW = /^(in|into|on|at|during|after|before|to|about|of|from|with|for|when|while|as|last|this|that|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|earlier|later|recently|then|again|too|also)$/;
// A manner adverb after the verb that ends its clause: “…,” he began earnestly. (Not a noun in -ly: "was Mrs.
// Allen's reply.")
const MANNER_ADVERB = /^\p{Ll}{3,}ly$/u;
const NOUN_IN_LY = /^(?:reply|supply|family|assembly|anomaly|monopoly|homily|rally|ally|belly|jelly|bully|folly|lily|jolly|july|italy)$/;
const adverbOfManner = (lower: string): boolean => MANNER_ADVERB.test(lower) && !NOUN_IN_LY.test(lower);
const mannerAdverb = (t: Token, after: Token | undefined): boolean => adverbOfManner(t.lower) && (!after || SLOT_END.has(after.text));

const DOCUMENT_HEADS = /\b(?:transcript|submission|testimony|statement|readout|report|release|record|recording|video|footage|memo|letter|document|documents|filing|summary|copy|text|account|post|tweet|interview|speech|remarks|excerpt|excerpts|note|notes|minutes)\b/i;
/** "a transcript released by the Kremlin": a document, not a person. */
function isDocument(m: Mention): boolean {
  return m.kind === 'noun' && DOCUMENT_HEADS.test(m.text);
}

// A court's or the police's paper: "a criminal complaint", "an affidavit", "a lawsuit filed by …", "court records".
const COURT_PAPER = /\b(?:complaint|affidavit|indictment|lawsuit|petition|warrant|motion|(?:court|police|charging) (?:papers|records|documents|filings))\b/i;

/** A frame of rule `rule`, with the rule's base confidence. */
export const frame = (rule: RuleId, mention: Mention | null, cue: Cue | null, after: boolean): Frame => ({ rule, mention, cue, confidence: RULES[rule].confidence, after });

/**
 * The frame of a quote whose cue is "quoted" (or "cited") with an object and "as saying" after it, or the "saying"
 * of such a phrase: the frame with the one quoted as its speaker ("TASS quoted Foreign Minister Sergei Lavrov as
 * saying", "“…,” TASS quoted him as saying"). Any other frame is returned as it is.
 */
export function quotedAs(text: string, f: Frame | null): Frame | null {
  const c = f?.cue;
  if (!f || !c) return f;
  // (one word: "was quoted as saying", a cue of its own, names its speaker before it)
  const word = text.slice(c.start, c.end).toLowerCase();
  if (/\s/.test(word)) return f;
  let from = -1;
  let to = -1;
  let toks: Token[] = [];
  if (QUOTING.test(word)) {
    toks = tokenize(text, c.end, Math.min(text.length, c.end + 200));
    to = toks.findIndex((t, i) => i <= QUOTED_REACH && t.lower === 'as' && AS_SAYING.test(toks[i + 1]?.lower ?? ''));
    from = 0;
  } else if (AS_SAYING.test(word)) {
    toks = tokenize(text, Math.max(0, c.start - 200), c.end);
    const q = quotingBefore(toks, toks.length - 1);
    from = q + 1;
    to = q < 0 ? -1 : toks.length - 2;
  }
  if (to <= 0 || toks[from]?.lower === 'by') return f;
  const m = objectMention(text, toks, from, to);
  return m ? { ...f, mention: m } : f;
}

// The marks frameAfter reads back over, with spaces, to the last character inside a quotation
// (nested closing marks included; not lexicon/marks.ts CLOSERS, which holds no straight marks).
// (by code, as the scanners compare characters: text[k] would be a new string past U+00FF)
// (and the underscores or asterisks of emphasis in plain-text books: “I had _not!_” cried the Mouse)
const TRAILING_MARKS = new Set([...'’\'”"»›_*'].map((m) => m.charCodeAt(0)));

/**
 * "“And of this place,” thought she, “I might have been mistress!”": "thought" right after a quotation, before its
 * subject (a he, she, I or a capitalised name) and the end of the clause, gives a thought in marks its thinker; no
 * other "thought" is a cue (news reports no beliefs as quotations).
 */
function thoughtBefore(toks: readonly Token[], i: number): Cue | null {
  const t = toks[i];
  if (t?.lower !== 'thought' || !/^(?:he|she|i|\p{Lu}.*)$/u.test(toks[i + 1]?.text ?? '') || !/^[,.;!?:—–-]$/.test(toks[i + 2]?.text ?? '')) return null;
  return { first: i, last: i, start: t.start, end: t.end, lemma: 'think', gerund: false, structural: true };
}

// What a quotation can be called after "was his …": “…,” was his answer.
const UTTERANCE_NOUN = /^(?:answer|reply|response|retort|rejoinder|observation|remark|comment|inquiry|enquiry|question|exclamation|cry|declaration|address|words|greeting|salutation|advice|command|order|explanation|excuse)$/;


// Nouns that describe quoted words as words: "a phrase he has repeated", "a line she uses", "a slogan that …".
const QUOTED_WORDS = /^(?:phrase|line|slogan|refrain|term|word|words|remark|mantra|catchphrase|theme|label|nickname|description|expression|formulation|characterization|characterisation)$/;

/**
 * Does an apposition describing the quoted words open at `i`: an article, maybe an adjective, a noun of words
 * ("a phrase", "a familiar refrain"), then a relative clause on it, its subject a pronoun or "that"/"which" ("he has
 * repeated", "that has become …"); or "one" and such a clause ("one the court declined to answer")?
 */
function describedQuotation(toks: readonly Token[], i: number): boolean {
  // ("would present “a different question,” one the court declined to answer": "one" standing for the quoted phrase,
  // then a relative clause on it whose subject follows)
  if (toks[i]?.lower === 'one' && /^(?:the|that|which|he|she|they|it|we|i)$/.test(toks[i + 1]?.lower ?? '')) return true;
  if (!/^(?:a|an|the)$/.test(toks[i]?.lower ?? '')) return false;
  const n = QUOTED_WORDS.test(toks[i + 1]?.lower ?? '') ? i + 1 : QUOTED_WORDS.test(toks[i + 2]?.lower ?? '') && /^\p{Ll}+$/u.test(toks[i + 1]?.text ?? '') ? i + 2 : -1;
  return n > 0 && /^(?:he|she|they|i|we|that|which)$/.test(toks[n + 1]?.lower ?? '');
}

/** Does "that" follow at `k`, maybe past an adverb set off by commas (", however, that")? */
function thatAfterCue(toks: readonly Token[], k: number): boolean {
  return toks[k]?.lower === 'that' || thatPastAside(toks, k) >= 0;
}

// What opens a clause of time or cause after a comma ("…, when …", "…, after …").
const WRITER_SUBORDINATE = /^(?:when|after|before|while|because|since|as)$/;
// A present participle right before a quotation's opening mark ("citing “").
const PARTICIPLE_BEFORE = /(?<![\p{L}])\p{Ll}{2,}ing[ \u00a0]*$/u;
// A relative clause on a person, opened after a comma, still open (no comma, stop or line since): ", who won office on a
// promise to".
const RELATIVE_BEFORE = /,[ \u00a0]+who[ \u00a0][^,.;:!?\n“”"]*$/u;
// The modals and auxiliaries that follow a clause's subject ("the candidate could be", "the plan would"): FINITE_AUX
// without the "does" and "did" of emphasis and questions.
const CLAUSE_AUXILIARY = /^(?:could|would|will|can|should|might|may|must|is|was|are|were|has|had|have)$/;
/** Does a modal or an auxiliary of a clause's subject follow the mention `m` ("the candidate could", "the numbers were")? */
const auxiliaryAfter = (toks: readonly Token[], m: Mention): boolean => CLAUSE_AUXILIARY.test(toks[toks.findIndex((t) => t.start >= m.end)]?.lower ?? '');

/** Does the quotation mark at `open` open its sentence (nothing but space since a stop, a line break or the start)? */
function opensSentence(text: string, open: number): boolean {
  let k = open - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\u00a0' || text[k] === '\t')) k--;
  return k < 0 || /[.!?:\n”"]/.test(text[k]!);
}

/** Does a verb of speech, no participle, stand in the sentence before the quotation mark at `open`? */
function speechBefore(text: string, open: number): boolean {
  let k = open - 1;
  while (k > 0 && open - k < 400 && !/[.!?\n]/.test(text[k - 1]!)) k--;
  return findCues(tokenize(text, k, open)).some((x) => isSpeech(x) && !x.gerund);
}

/**
 * Is the name `s` after the quotation `q` a medium (`isMedium`, asked only then) that carries a fragment of a sentence
 * with a verb of speech of its own before it ("He told the delegations that … “…,” according to SPA", "Ostrakov said
 * … “…,” Interfax reported"), so that the verb's subject speaks, not the medium?
 */
function carriedByMedium(text: string, q: QuoteSpan, s: Mention, isMedium: () => boolean): boolean {
  return s.kind === 'name' && s.name !== null && !opensSentence(text, q.open) && isMedium() && speechBefore(text, q.open);
}

/** Attribution standing right after the closing mark. */
export function frameAfter(text: string, q: QuoteSpan, to: number): Frame | null {
  const toks = tokenize(text, q.close, Math.min(to, q.close + 400));
  if (!toks.length) return null;
  let i = 0;
  let dash = false;
  while (i < toks.length && toks[i]!.kind === 'punct' && SEPARATORS.has(toks[i]!.text)) {
    if (toks[i]!.text !== ',' && toks[i]!.text !== '(') dash = true;
    i++;
  }
  // the last character inside, past a nested quotation's closing mark: “… ‘wait,’”
  let k = q.end;
  while (k > q.start && (isSpace(text.charCodeAt(k - 1)) || TRAILING_MARKS.has(text.charCodeAt(k - 1)))) k--;
  const lastInside = k > q.start ? text[k - 1]! : '';
  // ("“…,” like the recent swings in markets, said Curtin": an aside of comparison before the cue is passed over)
  if ((i > 0 || lastInside === ',') && ASIDE_OPENER.test(toks[i]?.lower ?? '')) {
    let e = i + 1;
    while (e < toks.length && e - i < 16 && toks[e]!.text !== ',' && !/^[.;:!?“”"]$/.test(toks[e]!.text)) e++;
    if (toks[e]?.text === ',' && cueAt(toks, e + 1) !== null) i = e + 1;
  }
  // ("promised … that he would “bring the country back,” a phrase he has repeated at every stop": a description of the
  // quoted words after them, whose own clause is about their use, attributes nothing; the sentence before does)
  if ((i > 0 || lastInside === ',') && describedQuotation(toks, i)) return null;
  // ("“I wish you wouldn't squeeze so.” said the Dormouse": a full stop before the mark, and the sentence goes on in
  // lower case with a cue, as old books print it)
  const c0 = cueAt(toks, i) ?? thoughtBefore(toks, i);
  const stopThenCue = lastInside === '.' && i === 0 && toks[0]!.kind === 'word' && /^\p{Ll}/u.test(toks[0]!.text) &&
    (c0 !== null || /^(?:he|she)$/.test(toks[0]!.text) && cueAt(toks, 1) !== null);
  const openEnded = i > 0 || lastInside === ',' || lastInside === ';' || lastInside === '?' || lastInside === '!' || lastInside === '—' || lastInside === '-' || stopThenCue;
  // said X
  // ("“…!” state Del. Marcia Price shouted": "state" before a title is no cue)
  const c = c0 && !stateModifier(toks, c0) ? c0 : null;
  // (also right after a quotation that ends with a word, when the attribution closes the sentence:
  // "“You always gave that to him” replied Duff.")
  const bare = !openEnded && /\p{L}/u.test(lastInside);
  if (c && !c.gerund && (openEnded || bare)) {
    const s = subjectAfter(text, toks, c.last + 1);
    if (s && bare && !closesSentence(toks, s)) return null;
    // (in news, "Mr. Manafort, citing “…,” said the candidate could be …": a subject with its modal or auxiliary after
    // the cue opens the cue's clause; no inverted speaker; the quotation is the aside of the subject before it)
    // (only after a participle's aside, "citing “…,”": "the former mayor, whom supporters call “El Ingeniero,” said his
    // campaign had …" keeps the cue after its quotation as its neighbour, the naming giving the speaker)
    // (or inside a relative clause on the subject: "Mayor Augustina Pell-Haverkamp, who won office on a promise to “…”,
    // said the latest numbers were …")
    if (s && text.length < BOOK_CHARS && s.kind !== 'pronoun' && auxiliaryAfter(toks, s) && (PARTICIPLE_BEFORE.test(text.slice(Math.max(0, q.open - 16), q.open)) || RELATIVE_BEFORE.test(text.slice(Math.max(0, q.open - 160), q.open)))) return null;
    // “…”, according to a transcript: a document is the source, not the speaker; but the body whose statement it is
    // speaks ("“…,” according to a statement from the Labour Ministry")
    // (a court paper after a fragment inside its sentence: "Venn told detectives he “…,” according to a criminal
    // complaint" is where the words are found; the one who told them speaks, from the clause before)
    const courtPaper = s !== null && s.kind === 'noun' && COURT_PAPER.test(s.text);
    if (s && (courtPaper || isDocument(s)) && SOURCE.has(c.lemma)) {
      const body = evidenceOf(text, toks, s);
      if (courtPaper && !body && !opensSentence(text, q.open)) return null;
      if (isDocument(s)) return body ? frame('quote-cue-subject', body, c, true) : null;
    }
    // ("He told the delegations that the kingdom would support “…,” according to SPA": a medium after "according to"
    // carries a fragment whose sentence has a verb of speech of its own before it, whose subject speaks)
    if (s && SOURCE.has(c.lemma) && carriedByMedium(text, q, s, () => findOutlet(text, q.close, Math.min(to, s.end + 2), [], c.lemma)?.mention?.start === s.start)) return null;
    if (s) return frame('quote-cue-subject', s, c, true);
  }
  // a past tense no list holds before a name is the verb, not the subject's first word: "“…,” expounded
  // undecided voter Stephanie Hooton", "“…” verbalized Nick Merrill, a spokesman." (after a quotation that ends
  // on a word, when a clause is quoted, not a title, and the name closes the sentence)
  if (!c0 && (openEnded || bare && quotesClause(text, q)) && unlistedPast(toks[i])) {
    const after = subjectAfter(text, toks, i + 1);
    if (after && after.kind === 'name' && (openEnded || closesSentence(toks, after)) && readsAsVerb(toks[i]!.text)) return frame('quote-verb-subject', after, structuralCue(toks, i), true);
  }
  // X said / X, a spokesman for Y, said
  const s = subjectAfter(text, toks, i);
  if (s) {
    let k = toks.findIndex((t) => t.start >= s.end);
    if (k < 0) k = toks.length;
    k = skipParenthetical(toks, k);
    // appositives between subject and cue: “…,” Leonard Burman, director of …, and a professor at …, said
    if (toks[k]?.text === ',') {
      for (let e = k + 1; e < toks.length && e - k < 50; e++) {
        const t = toks[e]!;
        // ("…, host of “Harbour Talk,” said": a title in capitals inside the apposition is passed over, and a comma
        // inside its marks closes the apposition)
        if (t.text === '“' || t.text === '"') {
          const close = titleMarksEnd(toks, e);
          if (close < 0) break;
          e = close;
          if (toks[close - 1]!.text !== ',') continue;
          const c3 = cueAfterModifiers(toks, close + 1);
          if (c3 && !c3.gerund) {
            // (the title ends inside the marks, without their comma: "host of “Harbour Talk”", not the words up to that comma)
            if (!s.title || /[“"][^”"]*$/.test(s.title)) s.title = text.slice(toks[k + 1]!.start, toks[close - 2]!.end) + toks[close]!.text;
            return frame('quote-subject-cue', s, c3, true);
          }
          continue;
        }
        // (the full stop of a party and state is no sentence's end: "Mitch McConnell, R-Ky., expounded")
        if (t.text === '.' && !isPartyState(toks[e - 1]) || t.text === '”' || t.text === ';') break;
        if (t.text !== ',') continue;
        const c2 = cueAfterModifiers(toks, e + 1) ?? (openEnded && toks[e + 1] && slotVerb(toks[e + 1]!, toks[e + 2], toks[e + 3]) ? structuralCue(toks, e + 1) : null);
        if (c2 && !c2.gerund) {
          // (a title with no name, its portfolio's list set off by commas, and the name last: "the Deputy Minister for
          // Maritime Affairs, Coastal Communities and the Blue Economy, Ilsabet Varro-Dunne, told …")
          let last = e - 1;
          while (last > k && toks[last]!.text !== ',') last--;
          const named = s.kind === 'noun' && s.name === null && s.title !== null ? nameInCommas(text, toks, last + 1, e) : null;
          if (named) {
            named.title = text.slice(s.start, toks[last - 1]!.end);
            return frame(c2.structural ? 'quote-subject-verb' : 'quote-subject-cue', named, c2, true);
          }
          if (!s.title) s.title = appositiveTitle(text, toks, k + 1, e - 1);
          return frame(c2.structural ? 'quote-subject-verb' : 'quote-subject-cue', s, c2, true);
        }
      }
    }
    const c1 = cueAfterModifiers(toks, k);
    // ("“….” Eva Schultz posted: “…”": a cue before a colon introduces the quotation after it)
    // (not after a fragment that ends no sentence: "Conceding a deal “down the line” he warned: “…”")
    if (c1 && !c1.gerund && toks[c1.last + 1]?.text === ':' && /[.!?]/.test(lastInside) && i === 0) return null;
    // (not a new sentence whose cue has a clause of its own: "… was “genuinely new.” She warned, however, that it …")
    if (c1 && !c1.gerund && !openEnded && thatAfterCue(toks, c1.last + 1)) return null;
    // ("Ostrakov said … that Moscow expected the talks to begin “before the end of the month,” Interfax reported": a
    // medium reporting a fragment whose sentence has a verb of speech of its own before it carries it, as "according
    // to" does above; that verb's subject speaks)
    if (c1 && !c1.gerund && c1.lemma === 'report' && carriedByMedium(text, q, s, () => outletNamed(text, s) !== null)) return null;
    if (c1 && !c1.gerund) return frame('quote-subject-cue', s, c1, true);
    // structure without a listed word: “…,” he opined.
    if (openEnded && !c1) {
      // ("“…,” a doctor had typed": past an auxiliary; "“…,” Sanders’s campaign manager, Jeff Weaver, propounded": past
      // the comma that closes a name set off after its title)
      const v = /^(?:had|has|have|was|were|is|would|will)$/.test(toks[k]?.lower ?? '') && toks[k + 1]?.kind === 'word' || toks[k]?.text === ',' && s.kind === 'name' && s.title !== null && unlistedPast(toks[k + 1]) && cueAt(toks, k + 1) === null ? k + 1 : k;
      const w = toks[v];
      const next = toks[v + 1];
      // ("“…,” a report released by the agency on Monday found": a document's participle and its phrase, then the verb)
      if (w && s.kind === 'noun' && PUBLISHED.test(w.lower)) {
        for (let j = v + 2; j < toks.length && j - v <= 8 && toks[j]!.kind === 'word'; j++) {
          const cj = cueAt(toks, j);
          if (cj && !cj.gerund) return frame('quote-subject-cue', s, cj, true);
          if ((!toks[j + 1] || SLOT_END.has(toks[j + 1]!.text)) && slotVerb(toks[j]!, toks[j + 1])) return frame('quote-subject-verb', s, structuralCue(toks, j), true);
        }
      }
      if (w && slotVerb(w, next, toks[v + 2])) return frame('quote-subject-verb', s, structuralCue(toks, v), true);
      // ("“…,” the narrator verbalizes.": a noun phrase that ran on over the verb no list holds, before the clause's end)
      const lastWord = k - 1;
      // (or before the words of its place or manner: "“…,” the conference speaker expounds into the camera")
      if (s.kind === 'noun' && lastWord > i + 1 && toks[lastWord]!.kind === 'word' && (!toks[k] || SLOT_END.has(toks[k]!.text) || SLOT_FOLLOW.test(toks[k]!.lower) || adverbOfManner(toks[k]!.lower)) && slotVerb(toks[lastWord]!, toks[k], toks[k + 1])) {
        const shorter = subjectBefore(text, toks, lastWord, i);
        if (shorter && shorter.start === s.start) return frame('quote-subject-verb', shorter, structuralCue(toks, lastWord), true);
      }
    }
    if (dash && s.kind === 'name') return frame('quote-dash-subject', s, null, true);
  }
  // “…,” was his answer. / “…?” was Sir Walter's cold suspicious inquiry. / “…,” was therefore his answer.
  if (openEnded && toks[i]?.lower === 'was') {
    const reply = replyOwner(text, toks, REPLY_ADVERB.test(toks[i + 1]?.lower ?? '') ? i + 2 : i + 1);
    if (reply) return frame('quote-was-reply', reply.owner, structuralCue(toks, reply.noun), true);
  }
  // “…,” opined Smith.
  // (not a participle, whose phrase names no speaker after it: "“…,” adding that taxes would rise", "“…,” taking her hand")
  if (openEnded && toks[i] && toks[i]!.kind === 'word' && /^\p{Ll}/u.test(toks[i]!.text) && !cannotCue(toks[i]!.lower) && !presentParticiple(toks[i]!.lower)) {
    const after = subjectAfter(text, toks, i + 1);
    if (after && after.kind !== 'pronoun' && readsAsVerb(toks[i]!.text)) {
      const w = toks[i]!;
      return frame('quote-verb-subject', after, { first: i, last: i, start: w.start, end: w.end, lemma: w.lower, gerund: false, structural: true }, true);
    }
  }
  // a longer subject: “…,” a senior official who was not authorised to speak said.
  if (openEnded) {
    const cues = findCues(toks, i, Math.min(toks.length, i + 16));
    // (past a cue inside the subject's relative clause: "a senior official who asked not to be named said")
    const first = cues.find((x) => !x.gerund && !/^(?:who|that|which)$/.test(toks[x.first - 1]?.lower ?? ''));
    // (not a subordinate clause: "“…,” when Alder blasted him for …" is no attribution; "as Smith put it" is; nor a
    // clause opened by "but", "“…,” but the mayor said the plan would fail", where fiction's "and" often attributes)
    // (nor a participle of the clause before the quotation: "…, contended that the layoffs were “…,” pointing out that
    // Brightloom posted a profit" — Brightloom is no speaker of the fragment; a cue that closes the sentence after the
    // participle's phrase still reports it: "…, suggesting he might …, CNN reported.")
    const closes = first !== undefined && (!toks[first.last + 1] || /^[.!?]$/.test(toks[first.last + 1]!.text));
    // (or one after a span of time: "“…,” a day after the senator told supporters …")
    // (in news, nor one opened by "and" after a fragment inside its sentence: "Cruz said he would make sand “glow in the
    // dark,” and Trump vowed to …" is Cruz's; a quotation that opens its sentence may take it: "“…,” and Smith agreed")
    // (past an aside of example: "…,” for instance, and Trump vowed …")
    const and = toks[i]?.lower === 'for' && /^(?:instance|example)$/.test(toks[i + 1]?.lower ?? '') && toks[i + 2]?.text === ',' ? i + 3 : i;
    const andAfterFragment = toks[and]?.lower === 'and' && text.length < BOOK_CHARS && !opensSentence(text, q.open);
    const subordinate = andAfterFragment || SUBORDINATE_AFTER_QUOTE.test(toks[i]?.lower ?? '') || TIME_THEN_SUBORDINATE.test(text.slice(toks[i]?.start ?? 0, (toks[i]?.start ?? 0) + 40)) || toks[i]?.lower === 'though' && toks[i + 1]?.text !== ',' || /^(?:but|yet)$/.test(toks[i]?.lower ?? '') ||
      !closes && (presentParticiple(toks[i]?.lower ?? '') || cueAt(toks, i)?.gerund === true);
    if (first && !subordinate && !toks.slice(i, first.first).some((t) => t.text === '.' || t.text === '“' || t.text === '"')) {
      const subj = subjectBefore(text, toks, first.first, i);
      // (not a name inside the subject's own place phrase: “…,” a voter in Des Moines said)
      const lead = !subj || subj.start > toks[i]!.start ? placedNounPhrase(text, toks, i, first.first) ?? relativeLedNounPhrase(text, toks, i, first.first) : null;
      if (lead) return frame('quote-np-cue', lead, first, true);
      if (subj) return frame('quote-np-cue', subj, first, true);
    }
    // … and with a verb no lexicon lists: “…,” White House press secretary Josh Earnest uttered at a briefing.
    // (the words up to the verb make one noun phrase: no punctuation but a name's full stops and possessives)
    const np = toks[i]?.kind === 'word' && (/^\p{Lu}/u.test(toks[i]!.text) || DETERMINERS.has(toks[i]!.lower) || /[’']s$/.test(toks[i]!.text));
    // (the subject of the verb at j, where the verb stands in the slot of one: both searches below ask it)
    const verbSubject = (j: number): Mention | null => (slotVerb(toks[j]!, toks[j + 1], toks[j + 2]) ? subjectBefore(text, toks, j, i) : null);
    for (let j = i + 1; np && j < toks.length && j - i <= 10; j++) {
      const t = toks[j]!;
      if (t.kind !== 'word' && t.text !== '.' || NP_BREAK.test(t.lower) || t.lower.includes('-')) break;
      if (t.kind !== 'word' || !PAST.test(t.lower) || t.lower.length <= 4 || !/^\p{Ll}/u.test(t.text) || !/^\p{Lu}/u.test(toks[j - 1]!.text) && !ROLE_NOUNS.has(toks[j - 1]!.lower)) continue;
      const subj = verbSubject(j);
      if (subj && (subj.kind === 'name' || subj.kind !== 'pronoun' && subj.start <= toks[i]!.end)) return frame('quote-subject-verb', subj, structuralCue(toks, j), true);
      break;
    }
    // (a longer subject before such a verb, read as before a listed cue: "“…,” Rep. Duncan Hunter’s chief of staff, Joe
    // Kasper, notified POLITICO", "“…,” the Vermont senator and Democratic candidate notified ABC"; the verb right after
    // a name, a role or the comma that closes a name's apposition, the subject found from it opening at the quotation)
    // (a clause quoted, not a title, and no relative or subordinate clause on the way: "“Hawaii Five-0,” the procedural
    // that CBS revived in 2010, is …" names no speaker)
    // (before a listed cue's word further on only: "expounded in a statement")
    if (np && quotesClause(text, q)) {
      for (let j = i + 2; j < toks.length && j - i <= 16 && (!first || j < first.first); j++) {
        const t = toks[j]!;
        if (t.text === '.' && !/^\p{Lu}/u.test(toks[j - 1]!.text) || t.text === '“' || t.text === '"' || t.text === ';' || t.text === ':' || RELATIVE_OR_SUBORDINATE.test(t.lower)) break;
        // ("Powell’s office expounded": or a speaker's noun after its owner)
        if (!unlistedPast(t) || !(/^\p{Lu}/u.test(toks[j - 1]!.text) || ROLE_NOUNS.has(toks[j - 1]!.lower) || SPEAKER_NOUNS.has(toks[j - 1]!.lower) && /[’']s$/.test(toks[j - 2]?.text ?? '') ||
          toks[j - 1]!.text === ',' && /^\p{Lu}/u.test(toks[j - 2]?.text ?? ''))) continue;
        const subj = verbSubject(j);
        // (a noun phrase that opens at the quotation, or after its article, its adjectives and an "and" that joins two
        // descriptions of one person: "the bespectacled, 71-year-old diplomat", "the Florida senator and Republican
        // presidential candidate"; not another determiner after the first: "the senator and his wife")
        if (subj && (subj.kind === 'name' || subj.kind === 'noun' && (subj.start <= toks[i]!.end || ONE_DESCRIPTION.test(text.slice(toks[i]!.start, subj.start))))) return frame('quote-subject-verb', subj, structuralCue(toks, j), true);
        break;
      }
    }
  }
  return null;
}

// An article and the words of one description before the noun phrase a subject finder read last (see above).
const ONE_DESCRIPTION = /^(?:the|a|an)\s+(?:(?!(?:the|a|an|his|her|their|its|my|our|your|and|or|who|which|that)\s)[\p{L}\d’'.-]+,?\s+){0,4}(?:and\s+)?$/u;

// Words that open a relative or subordinate clause inside the words after a quotation.
const RELATIVE_OR_SUBORDINATE = /^(?:that|which|who|whom|whose|where|when|while|because|if|after|before|since|as)$/;

// Words that open a subordinate clause after a quotation, which is then no attribution
// (and "though" without a comma after it: "“…,” though, Allen did suggest" goes on with an adverb).
const SUBORDINATE_AFTER_QUOTE = /^(?:when|whenever|after|before|while|because|if|since|although|until|unless|whereas)$/;
// A span of time and "after" or "before" opening the words after a quotation: "a day after", "two weeks before", "shortly after".
const TIME_THEN_SUBORDINATE = /^(?:(?:(?:a|an|one|two|three|four|five|six|several|a\s+few)\s+)?(?:day|days|week|weeks|month|months|year|years|hour|hours|minute|minutes|moments)|shortly|just|soon|hours|days|weeks|moments|minutes)\s+(?:after|before)\s/;

// The prepositions of a place or a group after a speaker's noun: "a woman in the crowd", "a voter from Ohio".
const PLACE_PREPOSITION = /^(?:in|at|from|on|outside|inside|near|among)$/;

/**
 * A noun phrase that can speak, opening at token `i`, then a phrase of place of up
 * to six words, right before the cue at `cue`: “…,” a woman in the crowd shouted,
 * one voter at the rally said, a man from Ohio said. The speaker is the noun
 * phrase ("a woman"), not a name inside the place ("Ohio"). Null when anything
 * else stands there (punctuation, a second verb, a phrase that is no speaker's).
 */
function placedNounPhrase(text: string, toks: readonly Token[], i: number, cue: number): Mention | null {
  for (let p = i + 1; p < cue && p - i <= 5; p++) {
    if (toks[p]!.kind !== 'word') return null;
    if (!PLACE_PREPOSITION.test(toks[p]!.lower)) continue;
    if (cue - p > 6 || toks.slice(p + 1, cue).some((t) => t.kind !== 'word')) return null;
    const np = subjectBefore(text, toks, p, i);
    return np && np.kind === 'noun' && np.start === toks[i]!.start ? np : null;
  }
  return null;
}

/**
 * The noun phrase at `i` that a relative clause runs on from, up to the cue at `cue`: "a senior official who asked
 * not to be named said", "a lawyer who represents the family said". Words only, the relative within five words.
 */
function relativeLedNounPhrase(text: string, toks: readonly Token[], i: number, cue: number): Mention | null {
  if (cue - i > 14 || toks.slice(i, cue).some((t) => t.kind !== 'word')) return null;
  for (let r = i + 1; r < cue && r - i <= 5; r++) {
    if (!/^(?:who|that)$/.test(toks[r]!.lower)) continue;
    const np = subjectBefore(text, toks, r, i);
    return np && np.kind !== 'pronoun' && np.start === toks[i]!.start ? np : null;
  }
  return null;
}

// An adverb between "was" and the reply's owner: “…,” was therefore his answer.
const REPLY_ADVERB = /^(?:therefore|then|now|thus|still|again|only|all|also|instantly|immediately|presently|quickly|soon)$/;

/**
 * The owner of the words after "was", at token `p`: "his answer", "her next inquiry", or a
 * name's possessive ("Sir Walter's cold suspicious inquiry"), with the noun of utterance
 * (UTTERANCE_NOUN) within a few words; null if none.
 */
function replyOwner(text: string, toks: readonly Token[], p: number): { owner: Mention; noun: number } | null {
  const pronoun = /^(?:his|her)$/.test(toks[p]?.lower ?? '');
  let q = p;
  if (!pronoun) {
    while (q < toks.length && q - p < 4 && toks[q]!.kind === 'word' && /^\p{Lu}/u.test(toks[q]!.text) && !/[’']s$/u.test(toks[q]!.text)) q++;
    if (q === p || !/^\p{Lu}[\p{L}.-]*[’']s$/u.test(toks[q]?.text ?? '')) return null;
  }
  // (after a pronoun, three words at most; after a name, four)
  let noun = -1;
  for (let j = q + 1; j < toks.length && j <= q + (pronoun ? 3 : 4) && toks[j]!.kind === 'word'; j++) {
    if (UTTERANCE_NOUN.test(toks[j]!.lower)) {
      noun = j;
      break;
    }
  }
  if (noun < 0) return null;
  if (pronoun) {
    return { owner: possessivePronoun(toks[p]!), noun };
  }
  const owner = subjectBefore(text, toks, q + 1, p);
  return owner && owner.kind === 'name' ? { owner, noun } : null;
}

// Words that end a subject noun phrase before its verb could come: "together with", "of", "and", "who".
const NP_BREAK = /^(?:with|of|in|on|at|by|for|from|to|and|or|but|who|which|that|as|than|about)$/;

/** A regular past tense: a verb whatever follows it ("voiced several months after"). */
const PAST = /[^e]ed$|[^aeiou]ied$/;

/** A regular past tense in lower case that no list rules out as a cue: "expounded", "verbalized" (the tagger not asked). */
function unlistedPast(w: Token | undefined): boolean {
  return w !== undefined && w.kind === 'word' && PAST.test(w.lower) && w.lower.length > 4 && /^\p{Ll}/u.test(w.text) && !cannotCue(w.lower) && !NOT_SPEECH_THAT.test(w.lower) && !NOT_SPEECH_CLAUSE.test(w.lower);
}

/** Does the quotation read as a clause, not a title: four words or more, two of them in lower case? */
function quotesClause(text: string, q: QuoteSpan): boolean {
  let words = 0;
  let lower = 0;
  for (const m of text.slice(q.start, Math.min(q.end, q.start + 200)).matchAll(/\p{L}+/gu)) {
    words++;
    if (/^\p{Ll}/u.test(m[0])) lower++;
    if (words >= 4 && lower >= 2) return true;
  }
  return false;
}

/**
 * A word in the verb's slot of an attribution that no lexicon lists: “…,” she
 * opined. A regular past tense may be followed by anything; another word
 * only by the end of the clause, a time or place, a name, or a manner adverb
 * that ends the clause (“…,” he began earnestly.).
 */
function slotVerb(w: Token, next: Token | undefined, after?: Token): boolean {
  if (w.kind !== 'word' || !/^\p{Ll}/u.test(w.text) || cannotCue(w.lower) || DETERMINERS.has(w.lower)) return false;
  if (PAST.test(w.lower) && w.lower.length > 4) return readsAsVerb(w.text);
  // (or an adverb of manner and the words after it: "“…,” the senator expounds directly to the camera")
  return (!next || SLOT_END.has(next.text) || SLOT_FOLLOW.test(next.lower) || mannerAdverb(next, after) || adverbOfManner(next.lower) && after?.kind === 'word' || /^\p{Lu}/u.test(next.text)) && readsAsVerb(w.text);
}

/**
 * Is the word the present participle of a verb: "adding", "taking", "lowering", "slamming", "fondling"? Its stem,
 * with an e put back or a doubled consonant undone, is a verb of the tables; "spring", "thing" and "during" are no
 * participles.
 */
export function presentParticiple(word: string): boolean {
  if (word.length < 5 || !word.endsWith('ing')) return false;
  const stem = word.slice(0, -3);
  if (!/^\p{Ll}{2,}$/u.test(stem)) return false;
  const last = stem.length - 1;
  // (by the tables alone: a stem is often no word, "spr" of "spring", and the tagger reads any such word as a verb)
  return verbByTable(stem) || verbByTable(stem + 'e') || (stem.length > 2 && stem[last] === stem[last - 1] && verbByTable(stem.slice(0, -1)));
}

function structuralCue(toks: readonly Token[], k: number): Cue {
  const w = toks[k]!;
  return { first: k, last: k, start: w.start, end: w.end, lemma: w.lower, gerund: false, structural: true };
}

/** "Rep. Gwen Moore (D-Wis.) said": step over a short parenthetical after a name. */
function skipParenthetical(toks: readonly Token[], k: number): number {
  if (toks[k]?.text !== '(') return k;
  for (let j = k + 1; j < toks.length && j - k < 10; j++) if (toks[j]!.text === ')') return j + 1;
  return k;
}

function cueAfterModifiers(toks: readonly Token[], k: number): Cue | null {
  // "he also said", "she has repeatedly said", "Smith on Monday said"
  let j = k;
  while (j < toks.length && j - k < 4) {
    const c = cueAt(toks, j);
    if (c) return c;
    const t = toks[j]!;
    if (t.kind !== 'word') return null;
    if (!/^(has|have|had|also|later|then|once|again|further|previously|earlier|repeatedly|reportedly|himself|herself|themselves|itself|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last|week|night|recently|would|will|could|might|may|did|does|do|was|were|is|\p{Ll}+ly)$/u.test(t.lower)) return null;
    j++;
  }
  return null;
}

/**
 * "… the Mexican president, who said that NAFTA has been good for “…”": the
 * antecedent of "who" speaks, unless a verb of the sentence before it has a
 * speaker of its own, who is then the source ("Stevens said the way the
 * operation treated women who complained … “…”", "Saul tweeted … coming from a
 * candidate who promised …: “…”").
 */
function relativeSpeaker(text: string, toks: readonly Token[], cues: readonly Cue[], ci: number): Mention | null {
  const rel = relativeSubject(text, toks, cues[ci]!.first, 0);
  if (!rel) return null;
  // (not a passive's: "She was introduced by Walter Brennan, who called her “…”" is Brennan's)
  // (nor where the relative's cue has its own "that", past a short venue, whose clause holds the words: "it posted a
  // video featuring Janet Elkhorn, a teacher, who says in the spot that her classroom went “…”")
  const c = cues[ci]!;
  let own = false;
  for (let j = c.last + 1; j < toks.length && j - c.last <= 6 && !own; j++) {
    if (toks[j]!.kind !== 'word') break;
    own = toks[j]!.lower === 'that';
  }
  if (!own) for (let cj = 0; cj < ci; cj++) if (!cues[cj]!.gerund && !PASSIVE_AUXILIARY.test(toks[cues[cj]!.first - 1]?.lower ?? '') && subjectBefore(text, toks, cues[cj]!.first)) return null;
  return rel;
}

// The auxiliary of a passive right before its participle ("was introduced", "had been praised").
const PASSIVE_AUXILIARY = /^(?:was|were|is|are|been|being|be)$/;

// The first word of a cue of place ("on Twitter", "in a statement").
const PLACE_CUE = /^(?:on|in|at|via)$/;

// Cue words that are as often nouns: "a Confederate flag", "his tweet", "the answer".
const NOUN_FORM = /^(?:flags?|posts?|tweets?|reasons?|answers?|comments?|replies|reply|remarks?|notes?|reports?|claims?|statements?|quotes?|requests?|jokes?|boasts?|whispers?|shouts?|protests?|warnings?|pledges?|vows?|promises?|charges?|calls?|questions?|demands?|mentions?|echo(?:es)?)$/;

/**
 * A cue word that is a noun here: one that can be a noun ("flag", "post"),
 * after an article or a possessive ("the post", "his tweet") or after "a" and
 * one more word ("a Confederate flag"); never a verb that is no noun ("a man
 * yelled", "a leader says").
 */
function nounCue(toks: readonly Token[], c: Cue): boolean {
  if (c.first !== c.last || !NOUN_FORM.test(toks[c.first]!.lower)) return false;
  return /^(?:a|an|the|his|her|its|their|our|my|your)$/.test(toks[c.first - 1]?.lower ?? '') || /^(?:a|an)$/.test(toks[c.first - 2]?.lower ?? '') && toks[c.first - 1]!.kind === 'word';
}

// Nouns of a recording, whose "of" names who is heard or seen in it: "footage of X asking".
const RECORDING = /^(?:footage|video|videos|clip|clips|audio|recording|recordings|tape|tapes|film)$/;

/** The name right before the participle at `p` after "footage of", "a video of" …; null if there is none. */
function recordedName(text: string, toks: readonly Token[], p: number): Mention | null {
  let a = p - 1;
  while (a >= 0 && p - a <= 4 && toks[a]!.kind === 'word' && /^\p{Lu}/u.test(toks[a]!.text)) a--;
  if (a === p - 1 || a < 1 || toks[a]!.lower !== 'of' || !RECORDING.test(toks[a - 1]!.lower)) return null;
  const name = subjectBefore(text, toks, p, a + 1);
  return name && name.kind === 'name' ? name : null;
}

/** Is the one-word cue `c` a past participle inside a noun phrase ("a message posted Friday", "the statement released")? */
function participleOfNoun(toks: readonly Token[], c: Cue): boolean {
  // ("a statement read by his lawyer": "read" with its agent; "The statement read: “…”" is the verb)
  if (c.first !== c.last || !/ed$|^(?:written|sent|put out)$/.test(toks[c.first]!.lower) && !(toks[c.first]!.lower === 'read' && toks[c.last + 1]?.lower === 'by')) return false;
  const noun = toks[c.first - 1];
  if (!noun || noun.kind !== 'word' || !/^\p{Ll}+$/u.test(noun.text) || PRONOUNS[noun.lower] !== undefined) return false;
  for (let k = c.first - 2; k >= 0 && k >= c.first - 4; k--) if (DETERMINERS.has(toks[k]!.lower)) return true;
  return false;
}

/** Attribution standing before the opening mark, in the same sentence. */
export function frameBefore(text: string, q: QuoteSpan, from: number): Frame | null {
  const lo = Math.max(from, q.open - 500);
  const toks = tokenize(text, lo, q.open);
  if (!toks.length) return null;
  const cues = findCues(toks);
  // ("The state broadcaster relayed remarks by President Anton Reisler hailing the deal as “…”": a medium that carries
  // someone's remarks reports them; they are the words of the one named after "by" or "from", where no verb of speech
  // follows but a participle's)
  const relayed = remarksBy(text, toks, cues);
  if (relayed) return frame('subject-cue', relayed.by, relayed.cue, false);
  // (an act the cue lexicon does not list, after its last cue: "… after she attacked the police and blamed the
  // shootings on “…”": the act's subject, not the earlier cue's, said the words)
  const act = actAfterLastCue(text, toks, cues);
  if (act) return frame('subject-cue', act.subject, act.cue, false);
  const colon = toks[toks.length - 1]!.text === ':';
  const aside = unlistedAside(text, toks) ?? unlistedRightBefore(text, toks, q);
  if (aside) return frame('subject-verb', aside.subject, aside.cue, false);
  const introducing = unlistedIntroducing(text, toks);
  if (introducing) return frame('subject-verb-colon', introducing.subject, introducing.cue, false);
  // a verb no lexicon lists between its subject and the clause that holds the quotation:
  // "Clinton expounds the Ohio native nicknamed “King James” is …", "She verbalized she recalls … “confused”"
  // (read first when only participles are listed before it: "Speaking at a rally, Trump recites he is making “…”";
  // a listed verb before it governs it: "Fallon noted that the campaign faced a crossroads “…”", and is read first)
  // ("He notified the crowd that he wants a “…”": the verb whose clause its pronoun subject opens, if there is one)
  const unlisted = () => {
    const u = unlistedVerbBefore(text, toks, /^[\p{L}’']+/u.exec(text.slice(q.start, q.start + 30))?.[0].toLowerCase() ?? '');
    return u?.subject.kind === 'pronoun' ? clauseOpenerOf(text, toks, u.subject) ?? u : u;
  };
  // (or only participles inside a noun phrase: "In a Facebook message posted Friday, Cruz expounded he has had “…”")
  const early = cues.every((c) => c.gerund || participleOfNoun(toks, c)) ? unlisted() : undefined;
  if (early && cues.every((c) => c.last < early.cue.first)) return frame('subject-verb', early.subject, early.cue, false);
  for (let ci = cues.length - 1; ci >= 0; ci--) {
    const c = cues[ci]!;
    // ("said in a statement read by his lawyer: “…”": a participle of a document noun after an earlier cue is no cue of
    // its own; the earlier one attributes)
    if (ci > 0 && participleOfNoun(toks, c) && SENT_DOCUMENT.test(toks[c.first - 1]!.lower) && cues.slice(0, ci).some((o) => !o.gerund)) continue;
    if (SOURCE.has(c.lemma)) {
      if (accountOfCue(toks, cues, ci)) continue;
      // ("According to a statement from the Harborview Athletics Association, which …, the station ran short for “…”":
      // the body that issued it)
      const s = subjectAfter(text, toks, c.last + 1);
      if (s) return frame('according-to', evidenceOf(text, toks, s) ?? s, c, false);
      continue;
    }
    // "did post on Twitter that …": a cue of place right after another cue is that cue's complement
    if (ci > 0 && cues[ci - 1]!.last + 1 === c.first && PLACE_CUE.test(toks[c.first]!.lower)) continue;
    // "shootings and protests demands that …": a plural before the verb of its clause is a noun
    if (c.first === c.last && /s$/.test(toks[c.first]!.lower) && cues[ci + 1]?.first === c.last + 1 && !PLACE_CUE.test(toks[c.last + 1]!.lower)) continue;
    // ("…, his Iowa state director, who …": "state" before a noun is no verb, as in the participle's search below)
    if (!c.gerund && (nounCue(toks, c) || stateModifier(toks, c))) continue;
    // ("calling Rubio’s proposed child care credit “…”", "the city’s revised budget": in news, a participle after a
    // possessive and before its noun modifies the noun; the possessive is no subject whose "’s" is "has")
    if (!c.gerund && text.length < BOOK_CHARS && c.first === c.last && /ed$/.test(toks[c.first]!.lower) && /^\p{Lu}[\p{L}.-]*[’']s$/u.test(toks[c.first - 1]?.text ?? '') && /^\p{Ll}+$/u.test(toks[c.last + 1]?.text ?? '') && !/^(?:that|to|by|in|on|at|with|the|a|an|his|her|their|its)$/.test(toks[c.last + 1]!.lower)) continue;
    // ("said ministers had been warned … that the plant’s future was ‘…’": a passive's subject was spoken to; the cue
    // before it speaks)
    if (!c.gerund && c.first === c.last && /^(?:been|being|was|were)$/.test(toks[c.first - 1]?.lower ?? '') && /^(?:\p{Ll}+ed|told)$/u.test(toks[c.first]!.text) && ci > 0) continue;
    if (c.gerund) {
      // "footage of Hillary Clinton asking, “…”": a name right before the participle is its subject
      // (the person recorded, not the footage, asks)
      const recorded = recordedName(text, toks, c.first);
      const own = recorded ?? (toks[c.first - 1]?.kind === 'word' ? subjectBefore(text, toks, c.first) : null);
      // (not the object of a preposition: "posted a message on Twitter reading “…”")
      const ownBefore = own ? toks[toks.findIndex((t) => t.start >= own.start) - 1]?.lower ?? '' : '';
      // (a possessive makes it the participle's subject even after a preposition: "broken by Thorpe's saying, “…”")
      if (own && own.kind === 'name' && (recorded !== null || !PREPOSITION.test(ownBefore) || /[’']s$/u.test(toks[c.first - 1]!.text))) return frame('gerund-main-subject', own, c, false);
      // "broken by his saying, “…”": the possessive pronoun names who says it
      if (/^(?:his|her)$/.test(toks[c.first - 1]?.lower ?? '')) return frame('gerund-main-subject', possessivePronoun(toks[c.first - 1]!), c, false);
      // "…, with Sen. John McCain saying it was “…”": the subject of an absolute phrase after "with"
      if (own && ownBefore === 'with' && toks[c.first - 1]?.kind === 'word' && (own.kind !== 'pronoun' || own.gender === 'm' || own.gender === 'f')) return frame('gerund-main-subject', own, c, false);
      // (a plural of those who speak without its article too: "Prices fell, with analysts warning that “…”")
      const bare = toks[c.first - 1];
      if (!own && bare && toks[c.first - 2]?.lower === 'with' && SPEAKER_NOUNS.has(bare.lower) && /s$/.test(bare.lower)) return frame('gerund-main-subject', { kind: 'noun', start: bare.start, end: bare.end, text: bare.text, name: null, title: null, gender: null }, c, false);
      // "…, Ushakov said, noting they “…”": the subject of the main clause
      for (let cj = ci - 1; cj >= 0; cj--) {
        const main = cues[cj]!;
        // ("posted a Twitter comment of her own, saying": "comment" after "a Twitter" is a noun)
        if (main.gerund || /^(?:a|an|the)$/.test(toks[main.first - 2]?.lower ?? '') && /^\p{Lu}/u.test(toks[main.first - 1]?.text ?? '')) continue;
        // ("defended the government’s proposed cap, saying": a participle after a determiner or a possessive modifies a noun)
        if (/^(?:a|an|the|its|his|her|their)$/.test(toks[main.first - 1]?.lower ?? '') || /[’']s$/.test(toks[main.first - 1]?.text ?? '')) continue;
        // ("was quoted by state news agency TASS as saying": "state" before a noun is no verb)
        if (stateModifier(toks, main)) continue;
        // ("She addressed the voters in an email …, saying": a venue names no speaker of its own; the verb before it does)
        if (/^(?:in|on)$/.test(toks[main.first]!.lower) && main.first < main.last) continue;
        // ("appeared to assert his leadership plans by saying": an infinitive has no subject of its own, and the
        // words after it are its object)
        if (toks[main.first - 1]?.lower === 'to') continue;
        const s = subjectBefore(text, toks, main.first) ?? subjectAfter(text, toks, main.last + 1);
        if (s) return frame('gerund-main-subject', s, c, false);
      }
      // the sentence's subject, after an opening phrase ("Hours later, Trump …", "Instead, he …");
      // a stray mark opening the sentence (a scraped excerpt's ") is skipped
      // (not where the words read open after a quotation of the sentence: "Rhys said he “fully supported” the scheme,
      // adding: “…”" has its subject before that quotation, and the quote before takes it up)
      if (lo === from && from > 0 && /[”’"'»]/.test(text[from - 1]!) && !/[.!?][”’"'»]+$/.test(text.slice(Math.max(0, from - 4), from))) continue;
      const first = toks[0]!.kind === 'word' ? 0 : 1;
      // ("A banner was unfurled …, and the fans’ group Portvale Together issued a statement urging …": the subject of the
      // clause joined by "and" or "but" after a comma, before its past tense, is the participle's)
      const joined = joinedSubject(text, toks, first, c.first);
      if (joined) return frame('gerund-main-subject', joined, c, false);
      // ("On September 27 they published …, announcing that …": a pronoun after an opening phrase without its comma)
      const s0 = subjectAfter(text, toks, openingPhraseEnd(toks, first)) ?? pronounAfterOpening(text, toks, first, c.first);
      if (s0) return frame('gerund-main-subject', apposedName(text, toks, s0, c.first) ?? s0, c, false);
      continue;
    }
    // "The paradox of Nancy, says Carl Anthony, historian …, is that she was “…”": a cue set off by
    // commas with the name after it is inverted; the name before the comma is no subject
    if (toks[c.first - 1]?.text === ',') {
      const inv = subjectAfter(text, toks, c.last + 1);
      if (inv && inv.kind === 'name' && toks.find((t) => t.start >= inv.end)?.text === ',') return frame('cue-subject', inv, c, false);
    }
    // "I laughed and said, “…”": the subject of the first verb ("Henry looked up from his book and said": the sentence's)
    // ("Aranda apologised to customers but said …": so with "but")
    const s = subjectBefore(text, toks, c.first) ?? relativeSpeaker(text, toks, cues, ci) ?? (/^(?:and|but)$/.test(toks[c.first - 1]?.lower ?? '') && c.first >= 2 ? firstVerbSubject(text, toks, c.first - 2) ?? personOpening(text, toks, c.first - 1) : null) ?? (lo === from ? laterVerbSubject(text, toks, c.first) : null);
    if (s) {
      // "Trump said … that Clinton once described the deal as “…”": the outer speaker is the source
      // (not across a clause of time or cause the writer adds: "Some Democrats said they feared a repeat of Pat
      // Buchanan's speech …, when Mr. Buchanan, who …, called for a “cultural war”" is Buchanan's; one right after the
      // outer "that" is said: "She went on to say that, because Comey testified that her comments were “truthful,” …")
      const outer = outerSpeaker(text, toks, cues, ci, s);
      const writers = outer !== null && toks.slice(outer.cue.last + 1, toks.findIndex((t) => t.start >= s.start)).some((t, j, a) => WRITER_SUBORDINATE.test(t.lower) && a[j - 1]?.text === ',' && a[j - 2]?.lower !== 'that');
      if (outer && !writers) return frame('subject-cue', outer.subject, outer.cue, false);
      // (and so with a verb no list holds, before "that": "Trump propounded during a rally in Michigan that Clinton
      // once described the deal as “…”")
      const unlistedOuter = unlistedBeforeThat(text, toks, c, s);
      if (unlistedOuter) return frame('subject-verb', unlistedOuter.subject, unlistedOuter.cue, false);
      // (and so with a verb no list holds: "Obama asseverated it would tell an American story, one of “…”";
      // "it" being no speaker: a person named before the verb keeps the quotation)
      if (s.kind === 'pronoun' && s.gender === 'n') {
        const u = early === undefined ? unlisted() : early;
        if (u && u.cue.last < c.first && !clauseBreak(toks, u.cue.last, c.first)) return frame('subject-verb', u.subject, u.cue, false);
      }
      // ("She verbalized she recalls the colleague being “confused”", "He notified the crowd that he wants …":
      // a pronoun that opens the clause of a verb no list holds is that clause's subject, not the speaker)
      // (not a document's: "The transcript also shows she said …" is what she said, which the transcript records)
      if (s.kind === 'pronoun') {
        const u = clauseOpenerOf(text, toks, s);
        if (u && !isDocument(u.subject)) return frame('subject-verb', u.subject, u.cue, false);
      }
      return frame(colon && ci === cues.length - 1 ? 'subject-cue-colon' : 'subject-cue', s, c, false);
    }
    const s2 = subjectAfter(text, toks, c.last + 1);
    // (not the subject of the cue's clause: "“…,” said the book was “…”" after a title, where "the book was" goes on)
    if (s2 && (c.first === 0 || toks[c.first - 1]!.text === ':' || toks[c.first - 1]!.text === '—' || toks[c.first - 1]!.text === '--') && !clauseGoesOn(toks.find((t) => t.start >= s2.end)?.lower ?? '')) return frame('cue-subject', s2, c, false);
  }
  const sv = early === undefined ? unlisted() : early;
  if (sv) return frame('subject-verb', sv.subject, sv.cue, false);
  // "Smith W: “…”" / "Smith W, “…”" with a verb no lexicon lists ("Smith opined: “…”")
  const last = toks[toks.length - 1]!.text;
  if ((colon || last === ',') && toks.length >= 3) {
    // ("The minority leader recited flatly: “…”": past an adverb of manner)
    const adverb = toks.length >= 4 && adverbOfManner(toks[toks.length - 2]!.lower) && unlistedPast(toks[toks.length - 3]);
    if (adverb) {
      const s = subjectBefore(text, toks, toks.length - 3);
      if (s && s.start >= toks[0]!.start && readsAsVerb(toks[toks.length - 3]!.text)) return frame('subject-verb-colon', s, structuralCue(toks, toks.length - 3), false);
    }
    const w = toks[toks.length - 2]!;
    // (not a word in -ing, a noun or a participle: "… before a 2014 Senate Benghazi hearing, “…”")
    if (w.kind === 'word' && /^\p{Ll}/u.test(w.text) && !cannotCue(w.lower) && !/ing$/.test(w.lower)) {
      // ("I laughed and expounded, “…”": the subject of the first verb)
      const s = subjectBefore(text, toks, toks.length - 2) ?? (lo === from ? laterVerbSubject(text, toks, toks.length - 2) : null);
      // the tagger last: it is the costly question
      if (s && (s.kind !== 'noun' || PAST.test(w.lower)) && s.start >= toks[0]!.start && readsAsVerb(w.text)) {
        const cue: Cue = { first: toks.length - 2, last: toks.length - 2, start: w.start, end: w.end, lemma: w.lower, gerund: false, structural: true };
        return frame('subject-verb-colon', s, cue, false);
      }
    }
    // "Mook notified CBS, “…”", "Graham apprised the Times: “…”": a verb no list holds and whom it was said to
    for (let v = toks.length - 3; v >= 1 && toks.length - v <= 7; v--) {
      const t = toks[v]!;
      if (t.kind !== 'word') break;
      if (!unlistedPast(t)) continue;
      // ("He expounded of Congress: “…”": or whom it was said of)
      const listener = toks.slice(toks[v + 1]?.lower === 'of' && colon ? v + 2 : v + 1, toks.length - 1);
      if (!listener.length || !listener.every((x) => x.kind === 'word' && (/^\p{Lu}/u.test(x.text) || /^(?:the|a|an|his|her|their|its)$/.test(x.lower))) || !/^\p{Lu}/u.test(listener[listener.length - 1]!.text)) break;
      const s = subjectBefore(text, toks, v);
      if (s && s.kind !== 'noun' && readsAsVerb(t.text)) return frame('subject-verb-colon', s, structuralCue(toks, v), false);
      break;
    }
  }
  if (colon) {
    const s = subjectBefore(text, toks, toks.length - 1);
    // (not the object of a preposition: "…, saying in a post on X: “…”" is no one called X speaking)
    if (s && s.kind === 'name' && !afterPreposition(toks, s.start)) return frame('subject-colon', s, null, false);
    // "The mayor's response was swift: “…”", "His message to voters was simple: “…”": whose words open the sentence
    const owner = lo === from ? ownerOfWords(text, toks) : null;
    if (owner) return frame('sentence-subject-colon', owner, null, false);
    // "Trump … then leaned in and boomed: “…”", "Kaine has adopted the stance of many: “…”": the person who opens the sentence
    const opening = lo === from ? personOpening(text, toks, toks.length - 1) : null;
    if (opening) return frame('sentence-subject-colon', opening, null, false);
    // a headline in title case, "Warren Grills Bank Chief: ‘…’": the name that opens it
    if (lo === 0 && toks.every((t) => t.kind !== 'word' || !/^\p{Ll}/u.test(t.text))) {
      const h = subjectAfter(text, toks, 0);
      if (h && h.kind !== 'pronoun' && !isDocument(h)) return frame('subject-colon', h, null, false);
    }
  }
  return null;
}

/**
 * A verb no list holds set off by commas right before the quotation, with its subject: "including, he verbalized,
 * “…”", "There was, she recited, “…”", "… and also, Sanders stipulated, “…”".
 */
function unlistedAside(text: string, toks: readonly Token[]): { subject: Mention; cue: Cue } | null {
  // (or with the clause's verb between the aside and the quotation: "The ministry’s decision, she held, was “…”",
  // "Cost estimates, he supplemented, were “…”")
  let n = toks.length;
  if (toks[n - 1]?.kind === 'word' && /^(?:is|are|was|were|be|been|remains|remained|seemed|seems)$/.test(toks[n - 1]!.lower) && toks[n - 2]?.text === ',') n--;
  else if (toks[n - 2]?.kind === 'word' && /^(?:would|will|had|has|have|could|might)$/.test(toks[n - 2]!.lower) && /^(?:be|been)$/.test(toks[n - 1]?.lower ?? '') && toks[n - 3]?.text === ',') n -= 2;
  const v = n - 2;
  const w = toks[v];
  if (n < 5 || toks[n - 1]!.text !== ',' || !w || w.kind !== 'word' || !/^\p{Ll}/u.test(w.text) || cueAt(toks, v) !== null) return null;
  // (a regular past, a present, or an irregular past: "The ministry’s decision, she held, was “…”")
  if (!unlistedForm(w) && !(IRREGULAR_PAST.has(w.lower) && !NOT_SPEECH_THAT.test(w.lower) && !NOT_SPEECH_CLAUSE.test(w.lower))) return null;
  // the comma before the subject: a pronoun or a name of up to three words
  let c = v - 1;
  while (c > 0 && v - c <= 4 && toks[c]!.text !== ',') c--;
  if (toks[c]?.text !== ',' || c === v - 1) return null;
  const s = subjectAfter(text, toks, c + 1, v);
  if (!s || s.kind === 'noun' || s.end !== toks[v - 1]!.end || s.kind === 'pronoun' && s.gender === 'n') return null;
  return readsAsVerb(w.text) ? { subject: s, cue: structuralCue(toks, v) } : null;
}

/**
 * A verb no list holds that introduces the quotation with a colon or a comma, its subject a person who opens the
 * clause, maybe with phrases of place or occasion between it and the mark: "Noting that …, Tester appended: “…”",
 * "Sen. Ron Johnson expounded in an op-ed piece before a 2014 hearing, “…”". (The listed cues' loop reads "said" here;
 * an opening participle's loop would read "Noting" as the subject's verb.)
 */
function unlistedIntroducing(text: string, toks: readonly Token[]): { subject: Mention; cue: Cue } | null {
  const n = toks.length;
  if (n < 3 || (toks[n - 1]!.text !== ':' && toks[n - 1]!.text !== ',')) return null;
  // the verb: right before the mark, or before a phrase of place or occasion of up to ten words that runs to it
  let v = n - 2;
  if (!unlistedPast(toks[v]) || cueAt(toks, v) !== null) {
    v = -1;
    for (let j = n - 3; j >= 1 && n - j <= 12; j--) {
      const t = toks[j]!;
      if (t.kind !== 'word') break;
      if (unlistedPast(t) && /^(?:in|on|at|during|before|after|to)$/.test(toks[j + 1]?.lower ?? '')) {
        v = j;
        break;
      }
    }
    if (v < 0 || cueAt(toks, v) !== null) return null;
  }
  const s = subjectBefore(text, toks, v);
  if (!s || s.kind === 'noun' || s.kind === 'pronoun' && s.gender !== 'm' && s.gender !== 'f') return null;
  // (the subject opens its clause, after the comma of an opening phrase or at the sentence's start)
  const first = toks.findIndex((t) => t.start >= s.start);
  if (first > 0 && toks[first - 1]!.text !== ',' || s.end !== toks[v - 1]!.end && toks[v - 1]!.text !== ')') return null;
  return readsAsVerb(toks[v]!.text) ? { subject: s, cue: structuralCue(toks, v) } : null;
}

// Verbs of naming, whose quotation names a thing rather than quotes a clause ("whom he called “…”").
const NAMING_VERB = /^(?:called|calls|dubbed|dubs|termed|terms|labell?ed|labels|named|names|branded|brands|nicknamed)$/;

// The nouns of a piece that speaks for its makers: "The ad recites “…”".
const SPEAKING_PIECE = /^(?:ad|advert|advertisement|commercial|spot|video|statement|letter|post|tweet|memo|report)$/;

/**
 * A verb no list holds right before a quotation that reads as a clause, with a person or a piece that speaks for its
 * makers as its subject: "Rep. Paul Ryan (R-WI) stipulated “anti-Semitic images, they've got no place …”", "The ad
 * recites “nothing will change until …”". (Not a thing: "The plan faces “…”".)
 */
function unlistedRightBefore(text: string, toks: readonly Token[], q: QuoteSpan): { subject: Mention; cue: Cue } | null {
  const v = toks.length - 1;
  const w = toks[v]!;
  if (v < 1 || !unlistedForm(w) || NAMING_VERB.test(w.lower) || cueAt(toks, v) !== null || afterLinkingVerb(toks, v) || !quotesClause(text, q)) return null;
  const s = subjectBefore(text, toks, v);
  if (!s || s.end !== toks[v - 1]!.end && toks[v - 1]!.text !== ')' || /[’']s$/.test(s.text)) return null;
  // (the subject opens its clause: "whom he called “…”", "said Hillary Clinton lacks “…”" and "if he keeps “…”" are
  // clauses of another verb)
  const first = toks.findIndex((t) => t.start >= s.start);
  if (first > 0 && !/^[,;:—–]$/.test(toks[first - 1]!.text)) return null;
  const person = s.kind === 'name' || s.kind === 'pronoun' && (s.gender === 'm' || s.gender === 'f');
  if (!person && !(s.kind === 'noun' && SPEAKING_PIECE.test(toks[v - 1]!.lower))) return null;
  return readsAsVerb(w.text) ? { subject: s, cue: structuralCue(toks, v) } : null;
}

const SUBJECT_CLAUSE = /^(?:he|she|they|we|i|it)(?:[’'](?:d|ll|s|re|ve|m))?$/;

/**
 * The subject before the first of two verbs joined by "and" ("I laughed and said"), the first
 * verb being token `end`; not that verb's object ("He adopted a fake Southern accent and joked":
 * after "a fake", "Southern" is no subject).
 */
function firstVerbSubject(text: string, toks: readonly Token[], end: number): Mention | null {
  const s = subjectBefore(text, toks, end);
  if (!s) return null;
  let k = toks.findIndex((t) => t.start >= s.start) - 1;
  while (k >= 0 && toks[k]!.kind === 'word' && /^\p{Ll}/u.test(toks[k]!.text) && !DETERMINERS.has(toks[k]!.lower) && !PAST.test(toks[k]!.lower)) k--;
  const before = toks[k];
  return before && before.kind === 'word' && (DETERMINERS.has(before.lower) || PAST.test(before.lower)) ? null : s;
}

/**
 * The pronoun subject of the verb before "and" at `cue - 1` ("she instantly drew back, and said"): within six words
 * of lower case (and a comma) before the "and", none a pronoun of another; null otherwise.
 */
function coordinatedPronoun(text: string, toks: readonly Token[], cue: number): Mention | null {
  if (cue < 3 || !/^(?:and|but|then)$/.test(toks[cue - 1]!.lower)) return null;
  for (let j = cue - 2; j >= 0 && cue - j <= 8; j--) {
    const t = toks[j]!;
    if (/^(?:he|she|they)$/.test(t.lower)) return j + 1 < cue - 1 && toks[j + 1]!.kind === 'word' ? subjectBefore(text, toks, j + 1) : null;
    if (!(t.kind === 'word' && /^\p{Ll}/u.test(t.text) || t.text === ',')) return null;
  }
  return null;
}

/**
 * Is the source cue `ci` an account of the cue before it and its comma ("Varga replied, according to a transcript
 * released by the ministry: “…”")? It says where that cue's words are found; the cue's subject speaks them.
 */
const accountOfCue = (toks: readonly Token[], cues: readonly Cue[], ci: number): boolean =>
  ci > 0 && !cues[ci - 1]!.gerund && cues[ci - 1]!.last + 2 === cues[ci]!.first && toks[cues[ci]!.first - 1]!.text === ',';

/** The head of a body's noun, that speaks as a person does: "the foreign ministry", "the company", "the government". */
const bodyHead = (w: string): boolean => BODY_HEADS.has(w) || PUBLIC_BODY_HEADS.has(w);

// Acts whose object is seldom what was said, left to the other rules: "called a meeting", "declined an offer".
const NOT_NAMING_ACT = /^(?:call|offered|express|decline|refuse|talk|discuss|want)$/;

/**
 * The last act of ACT_FORMS (praised, attacked, blamed …) after the last cue of `cues`, with its subject, a person:
 * the subject right before it, or that of the first of two acts joined by "and" ("she attacked the police and blamed
 * …"). Not an act after an article or an auxiliary ("the attack", "was praised"), nor a place or a noun with its
 * article as subject ("the Paris attacks"). Null if the last act has none.
 */
function actAfterLastCue(text: string, toks: readonly Token[], cues: readonly Cue[]): { subject: Mention; cue: Cue } | null {
  const lastCue = cues.length ? cues[cues.length - 1]!.last : -1;
  for (let k = toks.length - 1; k > lastCue && k >= 1; k--) {
    const lemma = ACT_FORMS.get(toks[k]!.lower);
    if (!lemma || !/^\p{Ll}/u.test(toks[k]!.text) || NOT_NAMING_ACT.test(lemma) || /^(?:the|a|an|his|her|their|its|to|was|were|is|are|be|been)$/.test(toks[k - 1]!.lower)) continue;
    let j = k - 2;
    const and = toks[k - 1]!.lower === 'and';
    if (and) while (j > 0 && k - j <= 10 && toks[j]!.kind === 'word' && !PAST.test(toks[j]!.lower)) j--;
    const s = subjectBefore(text, toks, k) ?? (and && j > 0 && toks[j]!.kind === 'word' && PAST.test(toks[j]!.lower) ? subjectBefore(text, toks, j) : null);
    // (or a body that speaks, by the head of its noun: "Mirenka's foreign ministry rejected the accusations as “…”")
    const person = s !== null && (s.kind === 'pronoun' ? s.gender === 'm' || s.gender === 'f' : s.kind === 'name' ? namesPerson(s) && !/^(?:the|a|an)\s/i.test(s.text) : s.kind === 'noun' && bodyHead(s.text.slice(s.text.lastIndexOf(' ') + 1).toLowerCase()));
    return person ? { subject: s, cue: { ...structuralCue(toks, k), lemma } } : null;
  }
  return null;
}

/** An earlier cue whose "that" clause holds the later one: its speaker reports the whole. */
function outerSpeaker(text: string, toks: readonly Token[], cues: readonly Cue[], ci: number, inner: Mention | null = null): { subject: Mention; cue: Cue } | null {
  for (let cj = 0; cj < ci; cj++) {
    const c0 = cues[cj]!;
    if (c0.gerund || SOURCE.has(c0.lemma)) continue;
    // "said (during a rally in Michigan) that …"
    let k = c0.last + 1;
    // ("Kasich says he’d sit Putin down and tell him “…”": a clause opened by its pronoun subject, without "that")
    // ("Ryan said the recent spate of shootings demands that Americans engage in “…”": or by the inner cue's own subject)
    // ("She said the commission was still examining whether Lullabee had reported the problem “…”": or, after "said",
    // by a determined noun phrase and its auxiliary)
    const clause = SUBJECT_CLAUSE.test(toks[k]?.lower ?? '') || inner !== null && toks[k] !== undefined && toks[k]!.start === inner.start ||
      c0.lemma === 'say' && c0.first === c0.last && /^(?:the|his|her|their|its)$/.test(toks[k]?.lower ?? '') && toks.slice(k + 1, Math.min(k + 5, cues[ci]!.first)).some((t) => /^(?:is|was|are|were|has|had|have|would|will)$/.test(t.lower));
    while (!clause && k < cues[ci]!.first && k - c0.last < 10 && toks[k]!.lower !== 'that' && toks[k]!.text !== ',' && toks[k]!.text !== '.') k++;
    if (!clause && toks[k]?.lower !== 'that') continue;
    // "Rubio suggested that …, while Cruz said that “…”": a clause of its own, past the first one's end
    if (clauseBreak(toks, k, cues[ci]!.first)) continue;
    // "When Clinton noted that …, Trump boasted, “…”": the outer cue inside an opening subordinate clause, the inner
    // subject opening the main clause after its comma
    // (or after a dash that closes an aside in it: "When Clinton noted that … ― as was true … ― Trump boasted")
    if (inner !== null && openingSubordinate(toks, c0.first) && /^(?:,|—|–|―)$/.test(toks[toks.findIndex((t) => t.start >= inner.start) - 1]?.text ?? '')) continue;
    const s0 = subjectBefore(text, toks, c0.first);
    // (a noun phrase too, when the inner subject is a pronoun: "prosecutors say that he told an agent “…”")
    if (s0 && (s0.kind !== 'noun' || inner?.kind === 'pronoun')) return { subject: s0, cue: c0 };
  }
  return null;
}

/**
 * A verb no list holds, with its subject, whose "that" opens the clause of the cue `c` and its subject `inner`:
 * the "that" right before `inner`, the verb at most ten words before it with no comma or full stop between, and
 * its subject a person ("Trump propounded during a rally in Michigan that Clinton once described …"). Null if none.
 */
function unlistedBeforeThat(text: string, toks: readonly Token[], c: Cue, inner: Mention): { subject: Mention; cue: Cue } | null {
  const at = toks.findIndex((t) => t.start >= inner.start);
  if (at < 3 || toks[at - 1]!.lower !== 'that' || at > c.first) return null;
  for (let v = at - 2; v >= 1 && at - v <= 10; v--) {
    const w = toks[v]!;
    if (w.kind !== 'word') return null;
    if (!unlistedForm(w)) continue;
    // (a participle after "be" is no verb of saying: "Berg was visibly annoyed that she called …")
    if (afterLinkingVerb(toks, v)) return null;
    const subject = subjectBefore(text, toks, v);
    if (!subject || !namesPerson(subject) || !verbByTable(w.text)) return null;
    return { subject, cue: structuralCue(toks, v) };
  }
  return null;
}

/**
 * The subject pronoun right after a short opening phrase that has no comma:
 * "On September 27 they …", "Last week she …" (the phrase's own words are no subject).
 */
function pronounAfterOpening(text: string, toks: readonly Token[], from: number, limit: number): Mention | null {
  if (!OPENING_WORD.test(toks[from]?.lower ?? '')) return null;
  for (let k = from + 1; k < limit && k - from <= 5 && toks[k]!.kind === 'word'; k++) {
    if (/^(he|she|they|we|i)$/.test(toks[k]!.lower)) return subjectAfter(text, toks, k);
  }
  return null;
}

/**
 * The subject of a sentence's later verb: "He heard her attentively, and then said,",
 * "He looked at her, …, replied, as if …": the he or she or name that opens it, when
 * the cue follows "and" or a comma (past "then", "again" or an adverb).
 */
function laterVerbSubject(text: string, toks: readonly Token[], cue: number): Mention | null {
  let k = cue - 1;
  while (k > 0 && /^(?:then|now|again|also|at|once|\p{Ll}+ly)$/u.test(toks[k]!.lower)) k--;
  if (k <= 0 || toks[k]!.lower !== 'and' && toks[k]!.text !== ',') return null;
  const opening = personOpening(text, toks, k);
  if (opening) return opening;
  // "… till their visitor left; but as soon as he was gone, he turned to his daughter and said,": the
  // person who opens the last clause before it (after its comma or semicolon), with a verb after them
  let b = k - 1;
  while (b > 0 && toks[b]!.text !== ',' && toks[b]!.text !== ';') b--;
  if (b <= 0 || k - b > 12) return null;
  const s = subjectAfter(text, toks, b + 1, k);
  const next = s ? toks.find((t) => t.start >= s.end) : undefined;
  return s && namesPerson(s) && next?.kind === 'word' && /^\p{Ll}/u.test(next.text) && !NOT_A_VERB.test(next.lower) ? s : null;
}

/**
 * Can `w` be a verb of saying that no list holds: a word in lower case of five letters or more, a regular past
 * or a present in -s, not one that cannot cue nor one that takes a clause without speech ("hoped", "worried")?
 */
function unlistedForm(w: Token): boolean {
  // (the last letter first: only a word in -d or -s can be one)
  const end = w.lower.charCodeAt(w.lower.length - 1);
  if (w.kind !== 'word' || w.lower.length < 5 || end !== 100 && end !== 115 || !/^\p{Ll}/u.test(w.text) || w.lower.includes('-')) return false;
  const past = PAST.test(w.lower);
  const present = /^\p{Ll}{4,}s$/u.test(w.text) && !/(?:ss|us|is|ics|ness)$/.test(w.lower);
  return (past || present) && !cannotCue(w.lower) && !NOT_SPEECH_THAT.test(w.lower) && !NOT_SPEECH_CLAUSE.test(w.lower);
}

/** Does a form of "be" (or another linking verb) stand before the word at `v`, past an adverb in -ly ("was visibly annoyed")? */
function afterLinkingVerb(toks: readonly Token[], v: number): boolean {
  return LINKING_VERB.test(toks[v - (/ly$/.test(toks[v - 1]?.lower ?? '') ? 2 : 1)]?.lower ?? '');
}

/**
 * The nearest verb no lexicon lists (a regular past, or a present in -s) that
 * has a subject before it and a clause after it running to the quotation: its
 * "that", a subject pronoun, or a noun phrase with a verb of its own (or a
 * short one that the quotation goes on: "The clip voices Kaine “has …”").
 * `isVerb` says whether a word reads as a verb (by default the tables, then the tagger).
 */
function unlistedVerbBefore(text: string, toks: readonly Token[], quoteFirst: string, isVerb: (word: string) => boolean = readsAsVerb): { subject: Mention; cue: Cue } | null {
  // (the quotation goes on a short noun phrase only with a verb: "Kaine “has …”", not "staged a “recovery”")
  const quoteVerb = FINITE_AUX.test(quoteFirst) || /^\p{Ll}{3,}(?:s|ed)$/u.test(quoteFirst) && !/(?:ss|us|is)$/.test(quoteFirst);
  for (let k = toks.length - 2; k >= 1; k--) {
    const w = toks[k]!;
    if (!unlistedForm(w)) continue;
    const next = toks[k + 1]!;
    const rest = toks.slice(k + 2);
    // ("stipulated it was “a mistake”": "it" before a verb; "recites Trump’s “latest meltdown …”": a possessor the quotation goes on;
    // "recited the recent spate of shootings demands that …": a verb in the present before "that" shows the clause)
    const itClause = next.lower === 'it' && rest.length > 0 && rest[0]!.kind === 'word' && (FINITE_AUX.test(rest[0]!.lower) || PAST.test(rest[0]!.lower));
    const possessor = /^\p{Lu}[\p{L}.-]*[’']s$/u.test(next.text) && rest.length === 0;
    // ("Trump counseled Fox that “…”", "notified the committee that “…”": whom it was said to, then "that")
    const listenerThat = (DETERMINERS.has(next.lower) || /^\p{Lu}/u.test(next.text)) && rest.length >= 1 && rest.length <= 3 && rest[rest.length - 1]!.lower === 'that' && rest.every((t) => t.kind === 'word');
    // ("propounded on Bloomberg Television that “…”", "in Ohio that": a named place or medium, then "that")
    const placeThat = /^(?:on|in|at)$/.test(next.lower) && /^\p{Lu}/u.test(rest[0]?.text ?? '') && rest.length >= 2 && rest.length <= 4 && rest[rest.length - 1]!.lower === 'that' && rest.every((t) => t.kind === 'word');
    // ("imparted to the Aldeburg Post that she had … “…”": "to" and whom it was said to, then "that" and its clause)
    const thatAt = next.lower === 'to' ? rest.findIndex((t) => t.lower === 'that') : -1;
    // (not a noun that takes a clause of its own: "assented to the idea that she was “common”")
    const toListenerThat = thatAt >= 1 && thatAt <= 4 && (DETERMINERS.has(rest[0]!.lower) || /^\p{Lu}/u.test(rest[0]!.text)) && rest.slice(0, thatAt).every((t) => t.kind === 'word') && !CLAUSE_NOUN.test(rest[thatAt - 1]!.lower);
    const clause = next.lower === 'that' || listenerThat || placeThat || toListenerThat || CLAUSE_SUBJECT.test(next.lower) || itClause || possessor ||
      (DETERMINERS.has(next.lower) || /^\p{Lu}/u.test(next.text)) && (quoteVerb && rest.length <= 3 && rest.every((t) => t.kind === 'word') || rest.some((t, j) => t.kind === 'word' && (FINITE_AUX.test(t.lower) || PAST.test(t.lower) && t.lower.length > 4 || /^\p{Ll}{4,}s$/u.test(t.text) && rest[j + 1]?.lower === 'that')));
    // ("The weapons at its disposal, he appended, are like “…”": an aside set off by commas, its subject a person)
    const aside = next.text === ',' && rest.length > 0;
    if (!clause && !aside || rest.some((t) => t.text === '.' || t.text === ';')) continue;
    const subject = subjectBefore(text, toks, k);
    if (!subject || subject.kind === 'pronoun' && subject.gender === 'n') continue;
    // (the subject right before the verb: "they were united, and a “…”" is no aside)
    if (!clause && (subject.kind === 'noun' || toks[k - 1]!.end !== subject.end || toks[toks.findIndex((t) => t.start === subject.start) - 1]?.text !== ',')) continue;
    // (the tagger last: it is the costly question)
    if (!isVerb(w.text)) continue;
    return { subject, cue: structuralCue(toks, k) };
  }
  return null;
}
const FINITE_AUX = /^(?:is|are|was|were|will|would|has|have|had|can|could|should|must|may|might|does|did)$/;
// Nouns that take a clause of their own after "that": "the idea that …", "the fact that …".
const CLAUSE_NOUN = /^(?:idea|fact|notion|view|claim|claims|suggestion|possibility|prospect|belief|hope|fear|assumption|theory|news|conclusion|argument|rumour|rumor|impression|sense|feeling)$/;

const LINKING_VERB = /^(?:is|are|was|were|be|been|being|am|seem|seems|seemed|feel|feels|felt|look|looks|looked|get|gets|got|became|become|becomes)$/;

/**
 * The verb no list holds whose clause pronoun `m` opens, with that verb's subject: right after it
 * ("verbalized she …") or after its "that" ("notified an invited crowd that he …"); null if none.
 */
function clauseOpenerOf(text: string, toks: readonly Token[], m: Mention): { subject: Mention; cue: Cue } | null {
  const j = toks.findIndex((t) => t.start === m.start);
  if (j < 2) return null;
  // (asked of the pronoun subject of many a quotation: the tables' verdict alone, never the tagger)
  const u = unlistedVerbBefore(text, toks.slice(0, j + 1), '', verbByTable);
  if (!u || u.subject.kind === 'pronoun' && u.subject.start === m.start) return null;
  // (a participle after "be" is no verb of saying: "Berg was (visibly) annoyed that she called …")
  if (afterLinkingVerb(toks, u.cue.first)) return null;
  return u.cue.last === j - 1 || toks[j - 1]!.lower === 'that' && !clauseBreak(toks, u.cue.last, j) ? u : null;
}

/** Does the sentence open with a subordinate clause ("When …", "After …", "As …") that holds the token at `at`? */
function openingSubordinate(toks: readonly Token[], at: number): boolean {
  let k = 0;
  while (k < at && toks[k]!.kind !== 'word') k++;
  if (/^(?:and|but|so|yet)$/.test(toks[k]?.lower ?? '')) k++;
  if (!/^(?:when|after|as|while|once|because|if|since|before|although|though|whenever|until)$/.test(toks[k]?.lower ?? '')) return false;
  for (let j = k + 1; j < at; j++) if (toks[j]!.text === ',' || toks[j]!.text === ';') return false;
  return true;
}

/** Is there a clause boundary in tokens (a, b): a semicolon, or a comma before "while", "but", "whereas", "although"? */
function clauseBreak(toks: readonly Token[], a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) {
    if (toks[k]!.text === ';' || toks[k]!.text === ',' && /^(while|whereas|but|although|though|yet)$/.test(toks[k + 1]?.lower ?? '')) return true;
    // "…, to which O'Malley interjected: “…”": a relative clause after a preposition has its own subject
    if (toks[k]!.text === ',' && PREPOSITION.test(toks[k + 1]?.lower ?? '') && /^(which|whom)$/.test(toks[k + 2]?.lower ?? '')) return true;
  }
  return false;
}

// Nouns of what someone said, whose owner opens a sentence that ends in a colon before the words.
const WORDS_NOUN = /^(?:statement|remarks|reply|response|answer|message|words|warning|verdict|advice|plea|explanation|retort|comment|comments|reaction|pitch|argument|promise|vow|pledge|instruction|instructions|order|orders|appeal|prediction|diagnosis)$/;

/**
 * "The mayor's response was swift: “…”", "His message to voters was simple: “…”": the owner of a noun of what was
 * said that opens the sentence (after its openings), the sentence ending in a colon; a possessive pronoun or a
 * name or noun phrase with "'s" (the mention without it).
 */
function ownerOfWords(text: string, toks: readonly Token[]): Mention | null {
  const a = openingsEnd(toks, 0);
  for (let k = a; k < toks.length - 1 && k - a <= 5; k++) {
    const t = toks[k]!;
    if (t.kind !== 'word') return null;
    const possessive = /[’']s$/.test(t.lower);
    if (!possessive && !/^(?:his|her)$/.test(t.lower)) continue;
    // the noun of the words right after the owner, maybe after an adjective: "her final message"
    const n = WORDS_NOUN.test(toks[k + 1]?.lower ?? '') ? k + 1 : WORDS_NOUN.test(toks[k + 2]?.lower ?? '') && toks[k + 1]!.kind === 'word' ? k + 2 : -1;
    if (n < 0) return null;
    if (!possessive) return k === a ? possessivePronoun(t) : null;
    const m = subjectBefore(text, toks, k + 1, a);
    if (!m || m.start !== toks[a]!.start && !/^(?:the|a|an)$/.test(toks[a]!.lower)) return null;
    // (the mention ends before the "'s")
    const end = t.end - 2;
    return { ...m, end, text: text.slice(m.start, end), name: m.name?.replace(/[’']s$/, '') ?? null };
  }
  return null;
}

/** "his" or "her" as the mention of the person it stands for ("his answer", "her saying"). */
function possessivePronoun(t: Token): Mention {
  return { kind: 'pronoun', start: t.start, end: t.end, text: t.text, name: null, title: null, gender: t.lower === 'his' ? 'm' : 'f' };
}

/** Does the sentence end right after mention `m` (a full stop, a question or exclamation mark, a semicolon, or nothing)? */
function closesSentence(toks: readonly Token[], m: Mention): boolean {
  const n = toks.findIndex((t) => t.start >= m.end);
  if (n < 0 || /^[.!?;]$/.test(toks[n]!.text)) return true;
  // ("… said Nick Merrill, a campaign spokesman.": or with an appositive that ends it)
  if (toks[n]!.text !== ',' || !/^(?:a|an|the|his|her|their|its|who)$/.test(toks[n + 1]?.lower ?? '') && !ROLE_NOUNS.has(toks[n + 1]?.lower ?? '')) return false;
  for (let k = n + 2; k < toks.length && k - n <= 30; k++) {
    if (/^[.!?;]$/.test(toks[k]!.text)) return true;
    // (a second comma may go on with the sentence's verb: "The “Squad” said Omar, a congresswoman, was …")
    if (toks[k]!.kind !== 'word' && !/^[()’'-]$/.test(toks[k]!.text)) return false;
  }
  return toks.length - n <= 30;
}

// A passive verb of naming or judging right before the opening mark: "was dubbed “…”",
// "has been described as “…”", "were branded a “…”", "— often labeled as a “…”" (after a
// comma or a dash: "what he called “a witch hunt” by Democrats" is active, and no agent follows).
const PASSIVE_NAMING = /(?:\b(?:was|were|been|is|are|be|being)\s+|[,—–(]\s*)(?:(?:[a-z]+ly|often|also|once|long|sometimes|later)\s+)?(?:called|dubbed|termed|nicknamed|labell?ed(?:\s+as)?|branded(?:\s+as)?|described\s+as|characteri[sz]ed\s+as|hailed\s+as|derided\s+as|denounced\s+as|critici[sz]ed\s+as|mocked\s+as|ridiculed\s+as|praised\s+as|decried\s+as|dismissed\s+as|lambasted\s+as|blasted\s+as|slammed\s+as)\s+(?:(?:an?|the)\s+)?$/i;

// A passive of naming or judging with its agent before the opening mark: "seen by organizers as a “…”".
const AGENT_BEFORE = /\b(?:seen|viewed|regarded|described|called|labell?ed|branded|characteri[sz]ed|dismissed|derided|hailed|praised|critici[sz]ed|denounced|mocked|ridiculed|decried)\s+by\s+([^,;:“”"«»]{1,80}?)(\s+as\s+(?:(?:an?|the)\s+)?)$/;

/**
 * The agent of a passive naming: "The bridge was dubbed “the road to nowhere”
 * by critics", "has been called “strategic ambiguity” by Joshua Hendrick".
 */
export function frameAgent(text: string, q: QuoteSpan, from: number, to: number): Frame | null {
  // "an option seen by organizers as a “lifeboat”": the agent before the quotation
  const lead = text.slice(Math.max(from, q.open - 140), q.open);
  const before = AGENT_BEFORE.exec(lead);
  if (before) {
    const at = q.open - lead.length + before.index + before[0].length - before[1]!.length - before[2]!.length;
    const toks = tokenize(text, at, at + before[1]!.length);
    const s = subjectAfter(text, toks, 0);
    return s && s.kind !== 'pronoun' && s.end <= at + before[1]!.length ? frame('quote-by-agent', s, null, false) : null;
  }
  if (!PASSIVE_NAMING.test(lead.slice(-60))) return null;
  const toks = tokenize(text, q.close, Math.min(to, q.close + 200));
  let i = 0;
  while (i < toks.length && toks[i]!.kind === 'punct' && i < 3) i++;
  if (toks[i]?.lower !== 'by') return null;
  const s = subjectAfter(text, toks, i + 1);
  return s && s.kind !== 'pronoun' ? frame('quote-by-agent', s, null, true) : null;
}

/** A cue later in the sentence, not right after the quote: “…” is how Smith put it. */
export function frameLater(text: string, q: QuoteSpan, to: number): Frame | null {
  const toks = tokenize(text, q.close, Math.min(to, q.close + 300));
  const cues = findCues(toks);
  for (const c of cues) {
    if (c.gerund) continue;
    // (inverted: "…, said Smith." near the sentence's end, or a name with an apposition however long:
    // "…, said Rose Demir, executive director of …, a union that has …")
    const inverted = () => {
      if (toks[c.first - 1]?.text !== ',') return null;
      const after = subjectAfter(text, toks, c.last + 1);
      // (not the subject of the cue's clause, its auxiliary after it: "…, said the latest numbers were “…”")
      if (after && auxiliaryAfter(toks, after)) return null;
      if (!after || toks.length - c.last <= 16) return after;
      // (not past a semicolon: "“…” rang out from the gallery; later that night, said X, a clerk who …, the judge left")
      return after.kind === 'name' && text[after.end] === ',' && !toks.slice(0, c.first).some((t) => t.text === ';') ? after : null;
    };
    let s = subjectBefore(text, toks, c.first);
    if (s) {
      const k = toks.findIndex((t) => t.start >= s!.start);
      // "“…” for Clinton, said Kunin": a name after a preposition, before the comma of an inverted cue, is its object
      if (toks[c.first - 1]?.text === ',' && PREPOSITION.test(toks[k - 1]?.lower ?? '')) s = inverted();
      // "Cruz accuses Obama of “…” and Donald Trump says he's …": a subject after a conjunction opens a clause of its own
      // (as after a subordinator of another time: "accused Hollander of “…”, a day after the senator told supporters …")
      else if (k > 0 && /^(?:and|while|but|whereas|after|before|until)$/.test(toks[k - 1]!.lower)) continue;
    } else s = inverted();
    // ("…, said the bureau's director, James B. Comey, on Monday.": inverted, closing the sentence)
    if (s) return frame('sentence-cue-after', s, c, true);
  }
  // “…” of the proposals, Mr. Holtz-Eakin voiced.: a name and a past tense closing the sentence
  for (let k = 1; k < toks.length; k++) {
    const s = closingVerbSubject(text, toks, k);
    if (s) return frame('sentence-cue-after', s, structuralCue(toks, k), true);
  }
  // “…” about the decision, stipulated Rose Demir, executive director of …: inverted, with a past tense no list
  // holds after a comma and a name after it (as the listed cue's inversion above)
  for (let k = 1; k < toks.length; k++) {
    if (toks[k]!.text === ';' || toks[k]!.text === '.') break;
    if (toks[k - 1]!.text !== ',' || !unlistedPast(toks[k])) continue;
    // (a name set off by commas right before it is the verb's subject: "…, Joe Kasper, notified POLITICO"; not a name
    // that ends a clause, "… that Sanders can catch Clinton, recited Steve Elmendorf")
    const before = subjectBefore(text, toks, k - 1);
    if (before && before.kind === 'name' && toks[toks.findIndex((t) => t.start >= before.start) - 1]?.text === ',') continue;
    const after = subjectAfter(text, toks, k + 1);
    if (after && after.kind === 'name' && (toks.length - k <= 16 || text[after.end] === ',' || closesSentence(toks, after)) && readsAsVerb(toks[k]!.text)) return frame('sentence-cue-after', after, structuralCue(toks, k), true);
  }
  return null;
}

/**
 * The subject of a past tense no lexicon lists at token `k` that closes its clause ("…, Mr.
 * Holtz-Eakin voiced."): a name, or a he or she after a comma ("…, she expounded."); null if
 * the word is no such verb.
 */
function closingVerbSubject(text: string, toks: readonly Token[], k: number): Mention | null {
  const w = toks[k]!;
  if (w.kind !== 'word' || !PAST.test(w.lower) || !(toks[k + 1] === undefined || toks[k + 1]!.kind === 'punct') || !slotVerb(w, toks[k + 1])) return null;
  const s = subjectBefore(text, toks, k);
  return s && (s.kind === 'name' || s.kind === 'pronoun' && (s.gender === 'm' || s.gender === 'f') && toks[k - 2]?.text === ',') ? s : null;
}

/**
 * The attribution of a whole sentence before the quotation: "He said:" on the
 * paragraph before, or "…, Schiff said." right before a quotation that has
 * none of its own.
 */
export function framePrevious(text: string, from: number, to: number, rule: 'previous-colon' | 'previous-sentence', isName: (word: string) => boolean = () => false): Frame | null {
  const toks = tokenize(text, from, Math.min(to, from + 600));
  // (a passive reports no act of speech: "this could hardly be denied, so she tried another question.")
  const cues = findCues(toks).filter((c) => !/^(?:be|been|being|is|are|was|were)$/.test(toks[c.first - 1]?.lower ?? ''));
  // "He voiced:" with a verb no lexicon lists
  if (rule === 'previous-colon' && !cues.length && toks.length >= 3 && toks[toks.length - 1]!.text === ':') {
    const w = toks[toks.length - 2]!;
    const s = w.kind === 'word' && /^\p{Ll}/u.test(w.text) && !cannotCue(w.lower) ? subjectBefore(text, toks, toks.length - 2) : null;
    if (s && s.kind !== 'noun' && readsAsVerb(w.text)) return frame(rule, s, { first: toks.length - 2, last: toks.length - 2, start: w.start, end: w.end, lemma: w.lower, gerund: false, structural: true }, false);
  }
  // ("Asked what would keep people here, Declan was quiet for a long time.⏎“Honestly? Houses.”": the participle of the
  // question put to the person who answers it frames nothing, as a gerund does not)
  const asked = (c: Cue) => c.first === 0 && c.lemma === 'ask' && toks[0]!.lower === 'asked';
  for (let ci = cues.length - 1; ci >= 0; ci--) {
    const c = cues[ci]!;
    if (asked(c)) continue;
    if (c.gerund) {
      // "…, began directly to justify it, by saying,⏎“…”": a participle that closes the paragraph
      // before the quotation introduces it; the person who opens the sentence speaks
      if (rule === 'previous-colon' && ci === cues.length - 1 && toks.length - c.last <= 8) {
        const s = personOpening(text, toks, c.first);
        if (s) return frame(rule, s, c, false);
      }
      continue;
    }
    if (SOURCE.has(c.lemma)) {
      if (accountOfCue(toks, cues, ci)) continue;
      const s = subjectAfter(text, toks, c.last + 1);
      if (s && !isDocument(s)) return frame(rule, s, c, false);
      continue;
    }
    // ("when Mr. Sowerberry, after several glances at his wife, said,⏎“…”": the cue that closes the paragraph
    // before has its subject before a phrase between commas)
    // ("when she instantly drew back, and said with some discomposure to Sir William,⏎“…”": a second verb of the clause
    // before has that clause's pronoun for its subject)
    const s = subjectBefore(text, toks, c.first) ?? coordinatedPronoun(text, toks, c.first) ?? (c.first === 0 || toks[c.first - 1]!.text === ',' ? subjectAfter(text, toks, c.last + 1) : null) ?? (rule === 'previous-colon' ? subjectBeforePhrase(text, toks, c.first) : null) ?? laterVerbSubject(text, toks, c.first);
    if (s) return frame(rule, s, c, false);
  }
  // "…, Schiff asseverated.⏎“…”": a name and a verb no lexicon lists closing the sentence before
  // (the name of one or two words right after a comma)
  const k = toks.length - 2;
  if (rule === 'previous-sentence' && !cues.length && toks.length >= 4 && /^[.!]$/.test(toks[k + 1]!.text) && (toks[k - 2]?.text === ',' || toks[k - 3]?.text === ',' && /^\p{Lu}/u.test(toks[k - 2]?.text ?? ''))) {
    const s = closingVerbSubject(text, toks, k);
    if (s && s.kind === 'name') return frame(rule, s, structuralCue(toks, k), false);
  }
  // "Governor Ann Burke released the following statement:", "He then listed the conditions:": a
  // sentence that introduces the quotation with a colon, through a verb no lexicon lists, gives it its subject
  // (or a noun of speech as its object: "Sanders made the following comment:", "She then gave these remarks:")
  // (past a participle that opens the sentence: "Speaking at a news conference in Kitwe, he was blunt:")
  if (rule === 'previous-colon' && cues.every((c) => c.gerund && c.first === 0 || c.first > 0 && /^(?:following|these|this|a|an|the|some|brief|short|prepared)$/.test(toks[c.first - 1]!.lower) && c.last >= toks.length - 3)) {
    const s = clauseSubject(text, toks, isName);
    if (s && !isDocument(s)) return frame('previous-colon-subject', s, null, false);
  }
  // "Mrs. Norris almost started. “Live with me?”": the person of the sentence before,
  // in the same paragraph, when no cue says who spoke (a participle that framed nothing says
  // nothing: "Mary refrained from saying what she felt, …"; nor a cue whose subject was not read,
  // "Edmund could not but agree to it.")
  if (rule === 'previous-sentence') {
    const s = clauseSubject(text, toks, isName);
    if (s && namesPerson(s)) return frame('previous-sentence-subject', s, null, false);
  }
  return null;
}

const PREPOSITION = /^(?:on|in|at|to|from|with|by|of|for|about|into|onto|via)$/;

/**
 * Does a preposition of place or address stand right before the token that starts at `start` (past "the")? "on
 * X", "to the Times". (Not "from", "by" or "of", which name a source: "A lesson from Loretta Lynch: ‘…’".)
 */
function afterPreposition(toks: readonly Token[], start: number): boolean {
  let k = toks.findIndex((t) => t.start === start) - 1;
  if (k >= 0 && toks[k]!.lower === 'the') k--;
  return k >= 0 && PREPOSITION.test(toks[k]!.lower) && !SOURCE_PREPOSITION.test(toks[k]!.lower);
}
const SOURCE_PREPOSITION = /^(?:from|by|of)$/;


/**
 * The person named right before a phrase set off by commas that ends just
 * before token `cue` ("Mr. Sowerberry, after several glances at his wife, said"),
 * the phrase of twelve tokens at most.
 */
function subjectBeforePhrase(text: string, toks: readonly Token[], cue: number): Mention | null {
  if (toks[cue - 1]?.text !== ',') return null;
  for (let j = cue - 2; j > 0 && cue - j <= 13; j--) {
    if (toks[j]!.text !== ',') continue;
    const s = subjectBefore(text, toks, j);
    return s && namesPerson(s) ? s : null;
  }
  return null;
}

/** The name or he/she that opens the sentence (after its openings), before token `limit`. */
function personOpening(text: string, toks: readonly Token[], limit: number): Mention | null {
  const s = subjectAfter(text, toks, openingsEnd(toks, 0), limit);
  return s && namesPerson(s) ? s : null;
}

/**
 * The person named at the start of a sentence of narration, as a guess for the speaker of a paragraph of nothing but
 * a quotation after it: "Castell, in a later message to ticket-holders, struck a hopeful note.⏎“…”". A name only (not
 * a pronoun nor a noun) that `isName` knows as a person's, and a sentence with no quotation mark in it; null otherwise.
 */
export function framePersonNarrated(text: string, from: number, to: number, isName: (word: string) => boolean): Frame | null {
  const toks = tokenize(text, from, Math.min(to, from + 600));
  // (nor a headline in title case: "31 Latinos Share Their Most Honest Thoughts On Donald Trump.")
  if (toks.some((t) => OPEN_OR_CLOSE_MARK.test(t.text)) || toks.every((t) => t.kind !== 'word' || !/^\p{Ll}/u.test(t.text))) return null;
  const s = personOpening(text, toks, toks.length);
  // (a person the article has named as one: not a headline's or a list's first words, "Fill in the gaps …")
  const last = s?.name?.split(/\s+/).pop();
  return s && s.kind === 'name' && last && isName(last) ? frame('previous-paragraph', s, null, false) : null;
}
const OPEN_OR_CLOSE_MARK = /^[“”"«»]$/;

// The participles of saying that give a document's words ("a statement … calling the result “…”").
const DOCUMENT_PARTICIPLE = /^(?:calling|saying|describing|declaring|insisting|urging|praising|accusing|warning)$/;
// A document sent out in someone's name.
const AUTHORED_DOCUMENT = /^(?:statement|memo|letter|release|email|e-mail|note)$/;

/**
 * The person a document "from" someone names, where that document's participle of saying is the last such word before
 * the quoted words: "a statement from its chairwoman, former Sen. Louise Abernathy-Kline, calling …", "a letter from
 * campaign manager Ana Ruiz saying …". Null where none.
 */
function documentAuthorBefore(text: string, toks: readonly Token[]): Mention | null {
  let p = toks.length - 1;
  while (p > 2 && !DOCUMENT_PARTICIPLE.test(toks[p]!.lower)) p--;
  if (p <= 2) return null;
  let f = p - 1;
  while (f > 0 && p - f <= 12 && !/^from$/.test(toks[f]!.lower)) f--;
  if (f <= 0 || !/^from$/.test(toks[f]!.lower) || !AUTHORED_DOCUMENT.test(toks[f - 1]!.lower)) return null;
  let m = subjectAfter(text, toks, f + 1, p);
  // (a title with no name, then the name between commas: "its chairwoman, former Sen. Louise Abernathy-Kline,")
  if (m && m.kind === 'noun') {
    const j = toks.findIndex((t) => t.start >= m!.end);
    const named = toks[j]?.text === ',' ? subjectAfter(text, toks, j + 1, p) : null;
    m = named && named.kind === 'name' && namesPerson(named) ? { ...named, title: named.title ?? m.text } : null;
  }
  return m && m.kind === 'name' && namesPerson(m) ? m : null;
}

/**
 * The person of the last absolute phrase before the fragment: ", with Sen. Camille Ashford of Oregon accusing former
 * Gov. Thomas Renner of “…”" (after a comma, "with", a person's name, then a present participle); null where none.
 */
function withAbsoluteSubject(text: string, toks: readonly Token[]): Mention | null {
  for (let w = toks.length - 3; w > 0; w--) {
    if (toks[w]!.lower !== 'with' || toks[w - 1]!.text !== ',') continue;
    // (past the state a title names with "of": "Sen. Camille Ashford of Oregon")
    return absolutePerson(text, toks, w + 1, true);
  }
  return null;
}

/**
 * The person's name that opens an absolute phrase at `k`, where a present participle follows it ("Sen. Camille Ashford
 * accusing", "Renner casting"), maybe past "of" and a capitalised place (`pastPlace`); null otherwise.
 */
function absolutePerson(text: string, toks: readonly Token[], k: number, pastPlace: boolean): Mention | null {
  const m = subjectAfter(text, toks, k);
  if (!m || m.kind !== 'name' || !namesPerson(m)) return null;
  let v = toks.findIndex((t) => t.start >= m.end);
  if (pastPlace && v > 0 && toks[v]!.lower === 'of' && /^\p{Lu}/u.test(toks[v + 1]?.text ?? '')) for (v++; v < toks.length && /^\p{Lu}/u.test(toks[v]!.text); v++);
  return v > 0 && /^\p{Ll}{2,}ing$/u.test(toks[v]?.text ?? '') ? m : null;
}

/**
 * A second absolute phrase between two fragments of one sentence, its own person before its participle: "…, with Sen.
 * Camille Ashford accusing him of “…” and Renner casting her as a senator who has “…”" (the text from `from`, the first
 * fragment's close, to `to`, the second's opening mark); null where the words name no one anew.
 */
export function frameAbsoluteBetween(text: string, from: number, to: number): Frame | null {
  if (to - from > 200) return null;
  const toks = tokenize(text, from, to);
  for (let a = 0; a + 2 < toks.length; a++) {
    if (toks[a]!.lower !== 'and') continue;
    const m = absolutePerson(text, toks, a + 1, false);
    return m ? frame('sentence-subject', m, null, false) : null;
  }
  return null;
}

/**
 * The subject of the sentence, for a quoted fragment whose verb no lexicon
 * lists: “Reid has gone after Trump as a “con artist”” → Reid.
 */
export function frameSubject(text: string, q: QuoteSpan, from: number, isName: (word: string) => boolean): Frame | null {
  // (a sentence of thousands of words with a fragment every few words is tokenized once, not again for each
  // fragment; its first OPENING_TOKENS are read for its subject, its last LATER_TOKENS for a later clause)
  const toks = tokensBefore(text, from, q.open);
  const later = toks.length > LATER_TOKENS ? toks.slice(toks.length - LATER_TOKENS) : toks;
  const opening = toks.length > OPENING_TOKENS ? toks.slice(0, OPENING_TOKENS) : toks;
  // (in an article: a book's narration runs on past its dialogue, whose lines this is not about)
  // ("released a statement from its chairwoman, former Sen. Louise Abernathy-Kline, calling the result “…”": in news,
  // the author of the document whose participle gives the words)
  const author = text.length < BOOK_CHARS ? documentAuthorBefore(text, later) ?? withAbsoluteSubject(text, later) : null;
  if (author) return frame('sentence-subject', author, null, false);
  let s = (text.length < BOOK_CHARS ? laterClauseSubject(text, later) : null) ?? clauseSubject(text, opening, isName, text.length < BOOK_CHARS);
  if (!s) return null;
  // ("A spokeswoman for Nordvik, Helga Brandt, put forward …": a described subject named in the apposition after it)
  if (s.kind === 'noun') {
    const j = toks.findIndex((t) => t.start >= s!.end);
    const named = toks[j]?.text === ',' ? subjectAfter(text, toks, j + 1) : null;
    if (named && named.kind === 'name' && toks.find((t) => t.start >= named.end)?.text === ',' && namesPerson(named)) s = { ...named, title: named.title ?? s.text };
  }
  // ("The ferry operator said that the route “…”": a subject no lexicon of speakers holds, right before a verb of
  // speech, is that verb's subject; the verb is the cue)
  const k = toks.findIndex((t) => t.start >= s.end);
  const c = k > 0 ? cueAt(toks, k) : null;
  if (c && !c.gerund && isSpeech(c)) return frame('subject-cue', s, c, false);
  return frame('sentence-subject', s, null, false);
}

// Adverbs of time that open a sentence without a comma ("Then he …", "Later Ruiz …"), and the subjects that follow one.
const TIME_ADVERB = /^(?:then|later|earlier|now|still|also|meanwhile|yesterday|today|instead|afterwards?|next|again|soon|once)$/;
const PERSONAL_SUBJECT = /^(?:he|she|they|we|i)$/;
/** How many tokens before a fragment frameSubject reads for a later clause, and how many of its sentence's opening. */
const LATER_TOKENS = 400;
const OPENING_TOKENS = 120;

// The tokens of the sentence read last, from its start to the fragment read last (fragments come in text order).
let sentenceRead: { text: string; from: number; to: number; toks: Token[] } | null = null;

/**
 * tokenize(text, from, to), for `from` a sentence's start and `to` a fragment's opening mark: the tokens read for
 * the fragment before it in the same sentence, and the ones between (a mark is no part of a word, so no token
 * crosses it). The array is the cache's own: read it, do not change it.
 */
function tokensBefore(text: string, from: number, to: number): Token[] {
  const read = sentenceRead;
  if (read === null || read.text !== text || read.from !== from || to < read.to) {
    sentenceRead = { text, from, to, toks: tokenize(text, from, to) };
    return sentenceRead.toks;
  }
  if (to > read.to) {
    for (const t of tokenize(text, read.to, to)) read.toks.push(t);
    read.to = to;
  }
  return read.toks;
}

// Words that join a later clause to the sentence: "…, and he has long used that fact to …"
const CLAUSE_JOIN = /^(?:and|but|as|because|while|since|although|though|so|when|whereas)$/;

/**
 * The pronoun subject of the last clause before the quotation, when a
 * conjunction joins it to the sentence ("Cruz is the only contender to have
 * visited every county, and he has long used that fact to bludgeon his rivals
 * for not campaigning “the Iowa way.”"): nearer the quotation than the
 * sentence's own subject, and the one who does what the clause says.
 */
function laterClauseSubject(text: string, toks: readonly Token[]): Mention | null {
  for (let k = toks.length - 3; k > 0; k--) {
    if (!CLAUSE_JOIN.test(toks[k]!.lower) || !/^(?:he|she|they|we)$/.test(toks[k + 1]!.lower) || toks[k + 2]!.kind !== 'word' || inRelative(toks, k)) continue;
    return subjectAfter(text, toks, k + 1);
  }
  return null;
}

/**
 * Does token `k` stand inside a relative clause set off by commas, closed before the end ("The 49-year-old, who has
 * cared for the pandas since they arrived in 2016, characterized …")?
 */
function inRelative(toks: readonly Token[], k: number): boolean {
  // (the last comma before `k` opens a relative clause, and a comma after `k` closes it)
  let j = k - 1;
  while (j > 0 && toks[j]!.text !== ',') j--;
  if (j <= 0 || !/^(?:who|which|whose|whom)$/.test(toks[j + 1]?.lower ?? '')) return false;
  return toks.slice(k + 1).some((t) => t.text === ',');
}

/**
 * The subject that opens a sentence's main clause (after "but", "and" or an
 * introductory phrase closed by a comma), if a verb follows it: a name the
 * article uses as one, a pronoun or a determined noun phrase.
 */
function clauseSubject(text: string, toks: readonly Token[], isName: (word: string) => boolean, notPassive = false): Mention | null {
  let i = 0;
  while (i < toks.length && (toks[i]!.lower === 'but' || toks[i]!.lower === 'and' || toks[i]!.lower === 'so')) i++;
  // "Presently she began again", "Suddenly the stranger raised …": an adverb opens the sentence, not a name
  // (one closed by a comma comments on what follows: "Ironically, Byrd's strategy of “…”")
  if (/^\p{Lu}\p{Ll}{3,}ly$/u.test(toks[i]?.text ?? '') && (PRONOUNS[toks[i + 1]?.lower ?? ''] !== undefined || DETERMINERS.has(toks[i + 1]?.lower ?? ''))) i++;
  // ("Then he cut into Bush, calling him a “…”": an adverb of time with no comma, right before its subject, is no
  // opening phrase that the comma after the object would close)
  else if (TIME_ADVERB.test(toks[i]?.lower ?? '') && toks[i + 1]?.text !== ',' && (PERSONAL_SUBJECT.test(toks[i + 1]?.lower ?? '') || /^\p{Lu}/u.test(toks[i + 1]?.text ?? '') && !WHEN.test(toks[i + 1]!.lower) && !TIME_NOUN.test(toks[i + 1]!.lower))) i++;
  // ("Wednesday on Fox News, McCaul …": and a day that opens a phrase of time)
  if (toks[i] && (OPENING_WORD.test(toks[i]!.lower) || WHEN.test(toks[i]!.lower) && /^(?:on|in|at|night|morning|afternoon|evening)$/.test(toks[i + 1]?.lower ?? ''))) {
    let j = i;
    while (j < toks.length && j - i < 24 && toks[j]!.text !== ',') j++;
    if (toks[j]?.text !== ',') return null;
    i = j + 1;
    // ("On “Harbour Talk,” Ruiz made …": the comma inside a title's marks)
    if (/^[”"]$/.test(toks[i]?.text ?? '')) i++;
    // ("On July 6, 2015, Sanders made …": the year of a date after its comma)
    if (/^\d{4}$/.test(toks[i]?.text ?? '') && toks[i + 1]?.text === ',') i += 2;
  }
  const s = subjectAfter(text, toks, i);
  // (or one of a group: "One of the cooks, who …, said …, calling the owner “…”")
  if (!s || (s.kind === 'noun' && !/^(?:the|a|an|one\s+of)\s/i.test(s.text))) return null;
  // the subject must be followed by a verb-like word, not be the object of a preposition
  let k = toks.findIndex((t) => t.start >= s.end);
  // a capitalised first word is a name only if the article uses it as one elsewhere ("Having …" is not), or a verb
  // of finding or showing follows it before "that" ("In 2014, Pew found that “…”"; not "Having found that …")
  if (s.kind === 'name' && s.name && !s.name.includes(' ') && !isName(s.name) && !(k >= 0 && EVIDENCE.has(toks[k]!.lower) && toks[k + 1]?.lower === 'that' && !/(?:ing|ed|ly)$/.test(s.name))) return null;
  // "Sen. Bernie Sanders (Vt.) identified …", "Harry Reid (D-Nev.), in particular, has …": past a short parenthetical
  if (k >= 0 && toks[k]!.text === '(') {
    let j = k + 1;
    while (j < toks.length && j - k <= 8 && toks[j]!.text !== ')' && toks[j]!.text !== '(') j++;
    k = toks[j]?.text === ')' ? j + 1 : -1;
  }
  // "Another critic, Laurence H. Tribe, likened …": past the appositive's closing comma
  // ("Ilse Marrin, a professor of economics at the University of Tarnholm and a former adviser to the National Bank,
  // was …": a long one too)
  if (k >= 0 && toks[k]!.text === ',') {
    let j = k + 1;
    // (past fourteen tokens, only a description: an article or a role first, and no verb of a clause in it; or a
    // relative clause, "The 49-year-old, who has cared for the zoo’s pandas since they arrived on loan in 2016,")
    const described = /^(?:a|an|the|former|co-founder|founder|who|whose)$/.test(toks[k + 1]?.lower ?? '');
    while (j < toks.length && j - k < (described ? APPOSITIVE_TOKENS : 14) && toks[j]!.text !== ',' && !(j - k >= 14 && /^(?:is|was|were|are|has|had|have|when|while|who|which)$/.test(toks[j]!.lower))) j++;
    k = toks[j]?.text === ',' ? j + 1 : -1;
  }
  const next = k >= 0 ? toks[k] : undefined;
  if (!next || next.kind !== 'word' || /^\p{Lu}/u.test(next.text)) return null;
  // (`notPassive`: a subject of the passive is what was done to, not who spoke: "He's been investigated for promoting
  // “magic” pills", "She was accused of calling them “…”"; asked for a fragment in an article, where the words in marks
  // are as often another's)
  if (!notPassive) return s;
  let v = k;
  if (/^(?:has|have|had)$/.test(toks[v]!.lower)) v++;
  const participle = toks[v + 1]?.kind === 'word' ? toks[v + 1]!.lower : '';
  if (/^(?:was|were|is|are|been|being|be)$/.test(toks[v]?.lower ?? '') && (PAST.test(participle) || PASSIVE_PARTICIPLE.test(participle))) return null;
  return s;
}

/** How many tokens an appositive after a sentence's subject may run to. */
const APPOSITIVE_TOKENS = 26;
/** How far (UTF-16 units) before a fragment the subject of its clause is looked for. */
const NEAREST_REACH = 300;
// What opens an aside of comparison or example between a quotation and its cue.
const ASIDE_OPENER = /^(?:like|unlike|including|especially|particularly|notably|despite|amid)$/;
// Irregular past participles of verbs done to someone ("was shown", "has been taken").
const PASSIVE_PARTICIPLE = /^(?:known|seen|taken|given|driven|written|shown|chosen|beaten|forgotten|spoken|stolen|sworn|torn|born|drawn|thrown|bitten|hidden|broken|frozen|proven|shaken|mistaken|forbidden|forgiven|caught|taught|brought|bought|sought|told|sold|held|kept|left|led|met|paid|put|sent|spent|struck|hit|hurt|cut|shot|found|heard|made|hung|won)$/;
// The verbs that go on with a clause after its subject ("said the book was …"): an auxiliary.
const clauseGoesOn = (w: string): boolean => FINITE_AUX.test(w) || w === 'do';
const NOT_A_VERB = /^(?:and|or|but|nor|that|who|whom|which|whose|of|the|a|an|to|as|than|like)$/;

/**
 * The subject nearest before a fragment that nothing else attributes: a he,
 * she, they, we or a name the article uses, right before a lower-case word
 * that can be its verb, read back from the fragment to the start of its
 * sentence or to another quotation ("Jeb was better, even if he reserved his
 * passion for the cause of “…”"). A guess, at a low confidence.
 */
export function frameNearest(text: string, q: QuoteSpan, from: number, isName: (word: string) => boolean): Frame | null {
  // (the sentence's tokens as frameSubject read them, back to NEAREST_REACH before the mark)
  const all = tokensBefore(text, from, q.open);
  const lo = q.open - NEAREST_REACH;
  let first = all.length;
  while (first > 0 && all[first - 1]!.start >= lo) first--;
  const toks = first > 0 ? all.slice(first) : all;
  for (let k = toks.length - 2; k >= 0; k--) {
    const t = toks[k]!;
    if (t.kind !== 'word') {
      if (/^[“”"‘’«»]$/.test(t.text)) return null;
      continue;
    }
    const next = toks[k + 1]!;
    if (next.kind !== 'word' || /^\p{Lu}/u.test(next.text) || PREPOSITION.test(next.lower) || NOT_A_VERB.test(next.lower)) continue;
    if (!/^(?:he|she|they|we|i)$/.test(t.lower) && !/^\p{Lu}/u.test(t.text)) continue;
    const s = subjectBefore(text, toks, k + 1);
    if (!s || s.end !== t.end) continue;
    // (not a place before the noun it describes: "a South Carolina native who writes fiction")
    if (s.kind === 'name' && s.name !== null && isRegion(s.name.toLowerCase().split(/\s+/))) continue;
    // (or a noun phrase through a name, "the chair of the DNC", as the name alone was read before links were)
    if (s.kind === 'pronoun' || s.kind === 'name' && s.name !== null && (s.name.includes(' ') || isName(s.name)) || s.kind === 'noun' && /^\p{Lu}/u.test(t.text) && /^(?:the|a|an)\s/i.test(s.text)) return frame('nearest-subject', s, null, false);
  }
  return null;
}

/**
 * A fragment named inside a relative clause of naming, "what Gilbert called “…”", "the bill, which opponents call
 * “…”", "the former mayor, whom supporters call “…,” said": the clause's own subject names it, whatever the
 * sentence's cue says ("The union rejected what management called its “…”" is management's phrase, not the union's).
 * Null for the passive ("what is called a “…”"), which names no one, where no subject stands between the relative and
 * its verb, and for a pronoun (see below).
 */
export function frameRelativeNaming(text: string, q: QuoteSpan, from: number, current: Frame | null): Frame | null {
  const lead = text.slice(Math.max(from, q.open - RELATIVE_NAMING_REACH), q.open);
  const m = RELATIVE_NAMING.exec(lead);
  if (!m) return contactNaming(text, q, lead);
  const relAt = q.open - lead.length + m.index;
  // ("she claimed that Comey had characterized as “truthful” …": "that" after a verb of saying opens the clause she
  // reports, not a relative one; the words are hers)
  if (/^that/i.test(m[0]) && saysBefore(text, relAt)) return null;
  const verbAt = relAt + m[0].length - m[2]!.length;
  const toks = tokenize(text, relAt, q.open);
  const k = toks.findIndex((t) => t.start >= verbAt);
  if (k < 2) return null;
  const s = subjectBefore(text, toks, k, 1);
  // (the subject opens right after the relative: "what Gilbert called", not "which also called")
  if (!s || s.start !== toks[1]!.start || isDocument(s)) return null;
  // (a pronoun mostly takes up the sentence's subject, "Cruz attacked what he calls the “…”", which the frames read
  // already, with its cue: it overrides only a guess through a verb no list holds, "“…,” a series of posts
  // followed", and only as "he" or "she"; a name overrides a frame that found someone else)
  if (s.kind === 'pronoun' ? !current?.after || !current.cue?.structural || (s.gender !== 'm' && s.gender !== 'f') : current?.mention && sameWords(current.mention.text, s.text)) return null;
  return frame('subject-naming', s, null, false);
}
/**
 * A relative clause of naming with no relative word, its subject a name or a noun of those who speak: "…, a measure
 * Mayor Denise Abernathy called “…”", "a plan the mayor called “…”" (an article, its noun, the subject, the verb right
 * before the fragment).
 */
function contactNaming(text: string, q: QuoteSpan, lead: string): Frame | null {
  const m = CONTACT_NAMING.exec(lead);
  if (!m) return null;
  const at = q.open - lead.length + m.index;
  const toks = tokenize(text, at, q.open);
  const k = toks.findIndex((t) => t.start >= at + m[0].length - m[2]!.length);
  const s = k > 2 ? subjectBefore(text, toks, k, 2) : null;
  // (or a noun phrase of those who speak: "a plan the mayor called “…”")
  const speaks = s !== null && (s.kind === 'name' || s.kind === 'noun' && /^the\s/.test(s.text) && speakerHead(s.text.slice(s.text.lastIndexOf(' ') + 1).toLowerCase()));
  return s && speaks && s.start === toks[2]!.start ? frame('subject-naming', s, null, false) : null;
}
// The verbs of naming with an object and no "as": "called", "termed", "dubbed", "labelled", "branded".
const NAMING_VERBS = String.raw`call(?:s|ed)?|term(?:s|ed)|dub(?:s|bed)|label(?:s|ed|led)|brand(?:s|ed)`;
// An article and its noun, then a name of up to four capitalised words, or "the" and a noun, and a verb of naming
// before the fragment.
const CONTACT_NAMING = new RegExp(String.raw`(?<![\p{L}])(?:a|an|the)\s+\p{Ll}[\p{Ll}-]+\s+((?:\p{Lu}[\p{L}.’'-]*\s+){1,4}|the\s+(?:[\p{Ll}-]+\s+){1,2})((?:${NAMING_VERBS})\s*[“"‘']?)$`, 'u');

/** Is the word right before `at` a cue ("claimed", "said") or a word of its clause before "that" ("told reporters")? */
function saysBefore(text: string, at: number): boolean {
  const toks = tokenize(text, Math.max(0, at - 40), at);
  return findCues(toks).some((c) => toks.length - c.last <= 3);
}

/** Does either phrase hold the other ("Senator Chris Murphy", "Murphy")? */
const sameWords = (a: string, b: string): boolean => a.includes(b) || b.includes(a);
/** How far (UTF-16 units) before a fragment its relative clause of naming may open. */
const RELATIVE_NAMING_REACH = 120;
// "what SUBJECT (has) called (it) a", "which SUBJECT describes as", "whom supporters call", "that locals have
// nicknamed": group 1 the subject's words, group 2 the verb and what follows it up to the marks (an object pronoun, a
// determiner, "as").
const RELATIVE_NAMING = new RegExp(String.raw`(?<![\p{L}])(?:what|which|whom|that)\s+((?:[^\s!?,;:“”"]+\s+){1,5}?)((?:(?:has|have|had)\s+)?(?:(?:long|often|once|repeatedly|previously|since|publicly)\s+)?(?:${NAMING_VERBS}|describ(?:es|ed)\s+as|nickname(?:s|d)|characteriz(?:es|ed)\s+as|refer(?:s|red)\s+to\s+as)(?:\s+(?:it|its|his|her|their|them|him|this|that|these|those|a|an|the|as))*\s*[“"‘']?)$`, 'iu');

/** How far (UTF-16 units) before a naming verb its subject is looked for. */
const NAMING_REACH = 240;

/**
 * A fragment after a verb of naming that no cue lexicon lists ("she called
 * the plan “reckless”", "accused him of running a “…”"): the subject right
 * before the verb, which starts at `verbAt`.
 */
export function frameNaming(text: string, q: QuoteSpan, from: number, verbAt: number): Frame | null {
  // a subject stands within a few words of its verb: read no further back (linear time in long sentences)
  const toks = tokenize(text, Math.max(from, verbAt - NAMING_REACH), q.open);
  const k = toks.findIndex((t) => t.start >= verbAt);
  if (k <= 0) return null;
  // ("the lawsuit over what former workers have called a “…”": the subject after "what")
  let what = k - 1;
  while (what >= 0 && k - what <= 6 && toks[what]!.lower !== 'what') what--;
  const s = subjectBefore(text, toks, k, what >= 0 && k - what <= 6 ? what + 1 : 0);
  if (!s || isDocument(s)) return null;
  return frame('subject-naming', s, null, false);
}

/**
 * The subject of the last clause joined by ", and" or ", but" (or opened by a semicolon) before the participle at
 * `before`, where a past tense follows it ("…, and the fans’ group Portvale Together issued a statement urging …");
 * null where none is.
 */
function joinedSubject(text: string, toks: readonly Token[], first: number, before: number): Mention | null {
  for (let j = before - 1; j > first; j--) {
    const semicolon = toks[j]!.text === ';';
    if (!semicolon && !(toks[j]!.text === ',' && /^(?:and|but)$/.test(toks[j + 1]?.lower ?? ''))) continue;
    // (a name or a noun phrase: a pronoun there, "but he prevented her by saying", is left to the reading below)
    const s = subjectAfter(text, toks, semicolon ? j + 1 : j + 2, before);
    if (!s || s.kind === 'pronoun') return null;
    const v = toks.findIndex((t) => t.start >= s.end);
    return v > 0 && v < before && (/^\p{Ll}{3,}ed$/u.test(toks[v]!.text) || IRREGULAR_PAST.has(toks[v]!.lower)) ? s : null;
  }
  return null;
}

// The words a medium carries of another's, and the verbs by which it does: "relayed remarks by", "carried comments
// from", "aired a statement by".
const REMARKS = /^(?:remarks|comments|words|statement|statements|message|speech)$/;
const RELAYED_FORMS: ReadonlyMap<string, string> = new Map([
  ['relayed', 'relay'], ['carried', 'carry'], ['broadcast', 'broadcast'], ['aired', 'air'], ['published', 'publish'], ['quoted', 'quote'], ['cited', 'cite'], ['reported', 'report'], ['posted', 'post'], ['shared', 'share'],
]);

/**
 * The person named after "by" or "from" whose remarks a medium relays ("relayed remarks by X hailing …"), and the
 * relaying verb as the cue, where no verb of speech but a participle's follows; or null.
 */
function remarksBy(text: string, toks: readonly Token[], cues: readonly Cue[]): { by: Mention; cue: Cue } | null {
  for (let k = 1; k + 2 < toks.length; k++) {
    if (!REMARKS.test(toks[k]!.lower) || !/^(?:by|from)$/.test(toks[k + 1]!.lower)) continue;
    const v = /^(?:a|the)$/.test(toks[k - 1]!.lower) ? k - 2 : k - 1;
    const lemma = v >= 0 ? RELAYED_FORMS.get(toks[v]!.lower) : undefined;
    if (!lemma || !cues.every((o) => o.first <= k + 1 || o.gerund)) continue;
    const m = subjectAfter(text, toks, k + 2);
    if (m && m.kind === 'name') return { by: m, cue: { first: v, last: v, start: toks[v]!.start, end: toks[v]!.end, lemma, gerund: false, structural: false } };
  }
  return null;
}
