// The small pieces every pass of the reported-speech stage shares: token
// predicates ("is there a verb in these words?", "a clause of its own starts
// here"), word lists (auxiliaries, subject pronouns, time words), and the
// helpers that turn tokens into a span, a mention or a cue.
import type { Cue } from '../cues.js';
import { TIME_NOUN, type Mention } from '../mentions.js';
import { IRREGULAR_PAST } from '../../lexicon/speech.js';
import type { Token } from '../../scan/tokens.js';
import { verbByTable } from '../../nlp/compromise.js';

export const MIN_WORDS = 4;

export const OPEN_MARK = /^[“"«„‘]$/;
export const CLOSE_MARK = /^[”"»“’]$/;

/** "is demanding", "is once again questioning": a present participle after a form of "be". */
export function progressive(toks: readonly Token[], c: Cue): boolean {
  let k = c.first - 1;
  while (k > 0 && c.first - k <= 3 && /^(also|again|once|now|still|already|repeatedly|\p{Ll}+ly)$/u.test(toks[k]!.lower)) k--;
  return /^(is|are|was|were|been|am)$/.test(toks[k]?.lower ?? '');
}

// The auxiliary that gives a clause after an unlisted verb its own verb: "voiced the bill would pass".
export const AUXILIARY = /^(would|will|had|has|have|was|were|is|are|could|should|might|may|can|did|does|do|wo|won’t|won't|(?:does|do|did|is|are|was|were|has|have|had|would|could|should|ca)n[’']t)$/;

// A determiner that opens a clause's subject: "… expounds the ad will …", "… that his plan …".
export const DETERMINER_WORD = /^(?:the|a|an|his|her|their|its)$/;

// A subject pronoun that opens a clause, or its contraction: "she", "he’d", "they're".
export const CLAUSE_PRONOUN = /^(?:(?:he|she|they|we|i)(?:[’'](?:s|d|ll|re|ve|m))?|there)$/;

// A word of a name: a capital, then a small letter, maybe past an apostrophe ("O'Neill", "D’Amato").
export const NAME_WORD = /^\p{Lu}(?:[’']\p{Lu})?\p{Ll}/u;

export const TIME_TAIL = /^(on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|earlier|later|last|this|week|month|year|night|morning|afternoon|evening)$/;

/** The index past the time words from k ("on Tuesday", "last week"), at most `max` of them. */
export function pastTime(toks: readonly Token[], k: number, max = Infinity): number {
  let j = k;
  while (j < toks.length && j - k < max && TIME_TAIL.test(toks[j]!.lower)) j++;
  return j;
}

export const DASH_TOKEN = /^(?:-|--|—|–)$/;

const SUBORDINATOR = /^(when|if|while|after|because|since|before|although|though)$/;
export const FINITE = /^(is|are|was|were|will|would|can|could|has|have|had|does|did|also|still)$/;

// A verb right after "that" makes it a relative pronoun: "rules that could …", "groups that have …".
export const RELATIVE_VERB = /^(has|have|had|is|are|was|were|will|would|can|could|should|may|might|must|\p{Ll}+ed)$/u;

/** Whether tokens from k start a clause of their own: a subordinator, or a short subject and a finite verb. */
export function newClauseAt(toks: readonly Token[], k: number): boolean {
  const first = toks[k];
  if (!first || first.kind !== 'word') return false;
  if (SUBORDINATOR.test(first.lower)) return true;
  if (!/^(the|a|an|[\p{Lu}].*)$/u.test(first.text) || /^(he|she|they|it|we|i|you|that|this)$/.test(first.lower)) return false;
  for (let j = k + 1; j < toks.length && j <= k + 5; j++) {
    const w = toks[j]!;
    if (w.kind !== 'word') return false;
    if (FINITE.test(w.lower) || IRREGULAR_PAST.has(w.lower) || /^\p{Ll}{3,}ed$/u.test(w.text)) return true;
  }
  return false;
}

/** The offsets of tokens [a, b), past the commas and semicolons that the clause before left at its start. */
export function spanOf(toks: readonly Token[], a: number, b: number): { start: number; end: number } {
  // (nor a dash: one that opens a line of dialogue or a list's item, "— The bridge will reopen in May, said Ana Ruiz.")
  while (a < b - 1 && (/^[,;:]$/.test(toks[a]!.text) || DASH_TOKEN.test(toks[a]!.text))) a++;
  return { start: toks[a]!.start, end: toks[b - 1]!.end };
}
/** How many words tokens [a, b) hold. */
export const wordsIn = (toks: readonly Token[], a: number, b: number): number => toks.slice(a, b).filter((t) => t.kind === 'word').length;
/** A speaker named by tokens [a, b] (inclusive) that is no one's name: "exit polls", "those surveyed". */
export const nounMention = (text: string, toks: readonly Token[], a: number, b: number): Mention => ({ kind: 'noun', start: toks[a]!.start, end: toks[b]!.end, text: text.slice(toks[a]!.start, toks[b]!.end), name: null, title: null, gender: null });
/** A one-token cue that no lexicon entry found: "asked", "in", a headline's colon. */
export const tokenCue = (toks: readonly Token[], i: number, lemma: string, kind: { gerund?: boolean; structural?: boolean } = {}): Cue => spanCue(toks, i, i, lemma, kind);
/** A cue no lexicon entry found over tokens [first, last]: "as indicated by", "based on". */
export const spanCue = (toks: readonly Token[], first: number, last: number, lemma: string, kind: { gerund?: boolean; structural?: boolean } = {}): Cue =>
  ({ first, last, start: toks[first]!.start, end: toks[last]!.end, lemma, gerund: kind.gerund ?? false, structural: kind.structural ?? false });

export const VENUE = /^(speech|interview|statement|letter|tweet|post|rally|event|hearing|debate|briefing|meeting|conference|news|press|town|forum|video|op-ed|appearance|radio|television|ruling|decision|filing|opinion|report|address|remarks|column|book|memo|email|broadcast|show|program|programme|session|testimony|state-of-the-state|op-ed|tweets|diatribe|posts|videos|remarks|comments|speeches|interviews|ads|statements)$/;

export const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

// Words that open an introductory phrase, not a reported clause: "During the rally Monday, X said …".
const INTRO = /^(in|at|on|during|after|before|when|while|since|as|asked|speaking|in|with|without|for|from|by|under|over|earlier|later|meanwhile|however|though|although|yesterday|today)$/;

/** "During the rally Monday, …", "Last week, …": an introductory phrase, not a reported clause. */
export const introAt = (toks: readonly Token[], k: number) => INTRO.test(toks[k]!.lower) || (/^(this|last|next|that)$/.test(toks[k]!.lower) && TIME_NOUN.test(toks[k + 1]?.lower ?? ''));

// Words that open a phrase, not a subject: "Despite heightened efforts", "Less than 30 minutes later".
export const NOT_SUBJECT_START = /^(in|at|on|during|after|before|when|while|since|as|with|without|for|from|by|under|over|despite|given|among|amid|then|soon|moments|less|more|once|until|unless|if|even|because|which|where|who|that|though|although|to|into|through|about)$/;
export const DETERMINER_LIKE = /^(the|a|an|this|that|these|those|his|her|its|their|our|my|your|of|in|on|at|for|to|from|by|with|and|or|new|more|most|some|many|all|any|no|other|such)$/;

// hasVerbish's words, asked of every word of a clause (sets: see ASKED in questions.ts)
const VERBISH_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'should', 'must', 'has', 'have', 'had', 'does', 'did', 'do', 'may', 'might', 'shall']);
const VERBISH_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);

/** A word that is surely a finite verb or an auxiliary: "was", "has", "won't", "blamed", "said" (not "affairs"). */
export function finiteVerb(t: Token): boolean {
  const w = t.lower;
  return VERBISH_AUXILIARIES.has(w) || /ed$/.test(w) && !/eed$/.test(w) || /n[’']t$/.test(w) || IRREGULAR_PAST.has(w);
}

/** A lower-case word in "s" but not "ss": a plural noun or a verb's third person ("protests", "demands", "worries"). */
export const pluralForm = (t: Token | undefined): boolean => t !== undefined && /^\p{Ll}+[^s]s$/u.test(t.text);

// The participles of those a poll asked: "those surveyed", "those polled".
const POLLED = /^(?:surveyed|polled|asked|questioned|interviewed|sampled|contacted)$/;
/** Is toks[k] the participle of those a poll asked, after "those" ("those surveyed")? */
export const thosePolled = (toks: readonly Token[], k: number): boolean => k >= 1 && toks[k - 1]!.lower === 'those' && POLLED.test(toks[k]?.lower ?? '');

// Words before a plural subject: "all staffers", "the voters", "his friends".
const PLURAL_DETERMINER = new Set(['the', 'these', 'those', 'his', 'her', 'their', 'our', 'its', 'my', 'your', 'all', 'many', 'most', 'some', 'several', 'both', 'few', 'other', 'more']);

// Words that open a verb's object: "impact the cost", "want him".
// Words that stand before a noun, never as its head: "in the same chapel the next morning" holds no verb.
const ADJECTIVE_BEFORE_NOUN = /^(?:same|other|next|last|first|new|old|own|such|entire|whole|very)$/;
// Prepositions that open a phrase inside a clause's subject ("revelations about …", "members of …").
const PHRASE_PREPOSITION = /^(?:about|of|in|on|for|from|with|at|over|among|into|against)$/;
export const OBJECT_OPENER: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'him', 'them', 'us', 'me', 'no', 'more', 'any']);

/** A word in lower case that may be a present agreeing with a plural ("feel", "want"): no -s, -ed, -ing or -ly. */
export const pluralPresent = (t: Token): boolean => /^\p{Ll}{3,}$/u.test(t.text) && !/(?:s|ed|ing|ly)$/.test(t.lower);

// The adverbs of place and frequency that stand between a plural subject and its verb ("voters here tend to …").
const SUBJECT_ADVERB = /^(?:here|there|nationwide|statewide|locally|abroad|overseas|elsewhere|everywhere|still|often|generally|usually|increasingly|already)$/;

/** Is the token after `k` an apostrophe written right after it (a plural's possessive, "the Joneses’")? */
function possessiveAfter(toks: readonly Token[], k: number): boolean {
  const next = toks[k + 1];
  return next !== undefined && (next.text === '’' || next.text === "'") && next.start === toks[k]!.end;
}

/** A clause has a finite verb, roughly: some word that is not a name, a number or a function word. */
export function hasVerbish(toks: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const w = toks[k]!.lower;
    // (a present tense in -es too: "Syria remains"; not a plural's possessive, "Outside the Joneses’ house")
    if (finiteVerb(toks[k]!) || /es$/.test(w) && !/ees$/.test(w) && !possessiveAfter(toks, k)) return true;
    // "she’ll", "they’re", "we’ve": a pronoun with its auxiliary
    if (/^(he|she|it|they|we|i|you|there|that)[’'](ll|d|re|ve|s|m)$/.test(w)) return true;
    // "the committee appears", "Syria remains": a present-tense verb after its subject
    if (k > a && k - a <= 5 && !NOT_SUBJECT_START.test(toks[a]!.lower) && /^\p{L}/u.test(toks[k - 1]!.text) && /^\p{Ll}/u.test(toks[k]!.text) && /^\p{Ll}{2,}[^su]s$/u.test(w) && !/^(this|thus|plus|perhaps|towards|afterwards|always|sometimes|news|series|means)$/.test(w) && toks[k - 1]!.kind === 'word' && !DETERMINER_LIKE.test(toks[k - 1]!.lower)) return true;
    // "she plans to …": a pronoun subject and the word after it
    if (VERBISH_PRONOUNS.has(w) && toks[k + 1]?.kind === 'word' && /^\p{Ll}/u.test(toks[k + 1]!.text)) return true;
    // "people misunderstand Trump", "voters want change": a plural noun opening the clause and a verb in the present
    // ("said all staffers sign NDAs", "his friends feel the same way": and after a determiner or a quantifier)
    // ("a variety of factors impact the cost": or further into the clause, before its object's determiner)
    // ("said voters here tend to decide late", "most voters still prefer …": past an adverb after the plural)
    const adverb = SUBJECT_ADVERB.test(toks[k - 1]?.lower ?? '') ? 1 : 0;
    const subject = k === a + 1 + adverb ? a : k === a + 2 + adverb && PLURAL_DETERMINER.has(toks[a]!.lower) ? a + 1 : k > a + 2 && k - a <= 6 && OBJECT_OPENER.has(toks[k + 1]?.lower ?? '') ? k - 1 : -1;
    if (subject >= 0 && /^\p{Ll}/u.test(toks[subject]!.text) && (/^\p{Ll}{3,}[^su]s$/u.test(toks[subject]!.lower) || /^(?:people|men|women|children|police)$/.test(toks[subject]!.lower)) && pluralPresent(toks[k]!) && toks[k + 1]?.kind === 'word' && verbByTable(w)) return true;
    // ("said revelations about the tax history show the need for …": a plural noun opening the clause, its phrase of a
    // preposition, then the verb in the present before its object)
    const head = PLURAL_DETERMINER.has(toks[a]!.lower) ? a + 1 : a;
    if (k > head + 2 && k - head <= 10 && PHRASE_PREPOSITION.test(toks[head + 1]?.lower ?? '') && /^\p{Ll}{3,}[^su]s$/u.test(toks[head]!.text) && OBJECT_OPENER.has(toks[k + 1]?.lower ?? '') &&
      toks.slice(head + 2, k).every((t) => t.kind === 'word' && !finiteVerb(t)) && !ADJECTIVE_BEFORE_NOUN.test(toks[k - 1]!.lower) && pluralPresent(toks[k]!) && verbByTable(w)) return true;
  }
  return false;
}

/**
 * Does a relative clause open the tokens [a, b): "a copy of which was obtained by …", "some of whom …" (an "of which",
 * "of whom" or "of whose" within its first four words)?
 */
export function ofRelative(toks: readonly Token[], a: number, b: number): boolean {
  for (let j = a + 1; j < Math.min(b, a + 5); j++) if (/^(?:which|whom|whose)$/.test(toks[j]!.lower) && toks[j - 1]!.lower === 'of') return true;
  return false;
}

// (the ampersand between two capitalised words of one name, read by mentions too)
export { joinsName } from '../mentions.js';
