// The statements a sentence reports through its cues, in order: whether each
// cue is one here, who speaks for it, and what it reports (the clause after
// it, the clause before it, a fronted fragment, the object of an act, a
// relative's object, "as X said").
import { cueAt, stateModifier, type Cue } from '../cues.js';
import { PUBLISHED, SENT_DOCUMENT, TIME_NOUN, WHEN, openingPhraseEnd, speakerHead, type Mention } from '../mentions.js';
import { ADVISING, IRREGULAR_PAST, NAMING, NOT_A_CUE_BEFORE, NOT_NAMED, NOUN_OR_VERB, PARTICIPLES, PLAIN_SPEECH, SOURCE, TELLING, isAct, isSpeech } from '../../lexicon/speech.js';
import { DETERMINERS } from '../../lexicon/people.js';
import type { Token } from '../../scan/tokens.js';
import type { CueRun, CueSpeaker, IndirectQuote } from './rules.js';
import {
  AUXILIARY, CLAUSE_PRONOUN, CLOSE_MARK, DETERMINER_LIKE, FINITE, MIN_WORDS, NAME_WORD, OPEN_MARK, RELATIVE_VERB, TIME_TAIL, finiteVerb, hasVerbish, ofRelative,
  joinsName, pastTime, pluralForm, spanOf, wordsIn,
} from './words.js';
import { clauseVerbAfter, inS, listenerBeforeClause, pastMedium, placeBeforeThat } from './unlisted.js';
import {
  DOCUMENT_SAID, MODAL, PLACE_PREPOSITION, VENUE_START, WISH, clauseStart, citedBeforeThat, datelineEnd, endOfClause, inOpeningClause, lastSegment, opensWithIntro, pastShortForm, toComma, walkPastTitles, withoutAdjunct,
} from './clause.js';
import { accordingTo } from './sources.js';
import { BARE_NOT_SPEECH } from './evidence.js';
import { DOCUMENT, cueSpeaker, documentOfPlace } from './speaker.js';

// Verbs that take a listener before their clause, beyond "tell" and "inform": "warned Reuters the plant would close".
const LISTENER_VERB = /^(?:advise|apprise|assure|reassure|warn|caution|remind|notify|alert|brief|promise|convince|persuade)$/;
// Words inside a proper name: "Friends of the Earth".
const NAME_LINK = /^(of|the|and|for|de|du|van|von)$/;

// Verbs in the present whose form no noun shares (or rarely): they show a clause, not a description.
const PRESENT_ONLY = /^(?:remains|seems|appears|stays|continues|becomes|lacks|gets|holds|keeps|expects|wants|needs|belongs|depends|exists)$/;
// A possessive determiner: "Its director", "her lawyer"; and any that opens a noun phrase, the articles too.
const POSSESSIVE_DETERMINER = /^(?:its|his|her|their|our|my|your)$/;
const PHRASE_DETERMINER = /^(?:a|an|the|its|his|her|their|our|my|your)$/;
// A pronoun of things, whose clause may hold a cue: "Everything Trump says is …", "What she said was …".
const THING_PRONOUN = /^(?:everything|anything|nothing|something|what|whatever|all)$/;

// The courtroom's telling with its listener after "to": "put it to the witness that …".
const PUT_IT_TO = /^puts? it to$/;

/**
 * The statements of a sentence reported through its cues, in order. The work
 * is done in small steps (notACueHere, cueSpeaker, reportCue, reportSpecial,
 * reportAct): V8 optimises a small function early and compiles it quickly,
 * while these steps as one function of 235 lines were optimised only near the
 * end of a 3.9 MB run, and their compile held up the process's exit.
 */
export function fromCues(text: string, toks: readonly Token[], cues: Cue[], si: number): IndirectQuote[] | null {
  const run: CueRun = { out: [], taken: datelineEnd(toks), lastSpeaker: null, lastRelative: false };
  for (const c of cues) {
    if (c.first < run.taken) continue;
    if (SOURCE.has(c.lemma)) {
      run.taken = accordingTo(text, toks, c, si, run.taken, run.out);
      continue;
    }
    if (notACueHere(toks, c, cues, run.taken)) continue;
    const s = cueSpeaker(text, toks, c, run);
    if (s) reportCue(toks, c, s, si, run);
  }
  return run.out.length ? run.out : null;
}

/** Past an apposition at the comma `k` that a comma and "that" close ("…, a weekly newspaper, that"): the "that"; else `k`. */
function pastApposition(toks: readonly Token[], k: number): number {
  // (or the name of a listener described in lower case: "told the state broadcaster, Radio Ostmark, that")
  if (toks[k]?.text !== ',' || !/^(?:the|a|an|his|her|its|their)$/.test(toks[k + 1]?.lower ?? '') && !/^\p{Lu}/u.test(toks[k + 1]?.text ?? '')) return k;
  let j = k + 2;
  while (j < toks.length && j - k <= 8 && (toks[j]!.kind === 'word' || /^[’']$/.test(toks[j]!.text)) && toks[j]!.lower !== 'that') j++;
  return toks[j]?.text === ',' && toks[j + 1]?.lower === 'that' ? j + 1 : k;
}

// Prepositions that open a phrase of where or how something was said ("in a post", "on Facebook", "via email").
const VENUE_PREPOSITION = /^(?:in|on|at|via|during|through)$/;

/** Does a phrase of place or medium open at `k` and end in "that" within eight words ("in court filings that")? */
function thatAfterPhrase(toks: readonly Token[], k: number): boolean {
  if (!/^(?:in|on|at|during)$/.test(toks[k]?.lower ?? '')) return false;
  for (let j = k + 1; j < toks.length && j - k <= 8; j++) {
    if (toks[j]!.lower === 'that') return j > k + 1;
    // (one noun phrase: a determiner only right after the preposition, "maintained in good condition the roads that …"
    // keeps an object)
    if (toks[j]!.kind !== 'word' || j > k + 1 && /^(?:the|a|an|his|her|their|its|this|these|those)$/.test(toks[j]!.lower)) return false;
  }
  return false;
}

/**
 * Does the sentence go on from `j` into a quotation, as the rest of a clause: one to four words and a double opening
 * mark ("were “based on …”"), or a mark whose quotation opens in lower case ("“could be a good time …”")? A quotation
 * that opens a sentence of its own ("…, she said, “It is …”") does not go on with the words before its attribution.
 */
function runsIntoQuotation(toks: readonly Token[], j: number): boolean {
  for (let i = j; i < toks.length && i - j <= 4; i++) {
    const t = toks[i]!;
    const two = t.text === "'" && toks[i + 1]?.text === "'";
    if (OPEN_MARK.test(t.text) && t.text !== '‘' || two) return i > j || /^\p{Ll}/u.test(toks[i + (two ? 2 : 1)]?.text ?? '');
    if (t.kind !== 'word') return false;
  }
  return false;
}

/** Is there a quotation mark among the tokens [from, to)? */
function hasMark(toks: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (OPEN_MARK.test(toks[i]!.text) || CLOSE_MARK.test(toks[i]!.text) || toks[i]!.text === "'") return true;
  return false;
}

/** The first opening quotation mark at or after `k`, within `reach` tokens; -1 where there is none. */
function openMarkAfter(toks: readonly Token[], k: number, reach: number): number {
  for (let i = k; i < toks.length && i - k < reach; i++) if (OPEN_MARK.test(toks[i]!.text)) return i;
  return -1;
}

/**
 * The clause after "and that" that follows the first quotation of the clause opening at `k` ("… “stuck in 2014” and
 * that the federation should have acted …"), as [start, end) tokens; null where none follows, or where it holds a
 * quotation of its own.
 */
function clauseAfterFragment(toks: readonly Token[], k: number): [number, number] | null {
  const open = openMarkAfter(toks, k, 30);
  if (open < 0) return null;
  let close = open + 1;
  while (close < toks.length && close - open < 40 && !CLOSE_MARK.test(toks[close]!.text)) close++;
  if (close >= toks.length || close - open >= 40) return null;
  // ("… was “unusually blunt” for a court at that level, and that …": past a few words that end the fragment's clause)
  let j = close + 1;
  // (or "and" before the clause's second verb, its subject understood: "said it was “devastated” by the deaths and had
  // suspended all operations …")
  // (an auxiliary only: after a past tense, "… “dead” and walked out of the meeting", the main clause's subject acts)
  // (with no comma between, which would open another subject's clause, "…,” Clinton has gotten …, and has settled on"; nor
  // a verb of saying of its own, "… and has said that …", whose clause its cue reads)
  let comma = false;
  const secondVerb = (i: number): boolean => !comma && toks[i]?.lower === 'and' && AUXILIARY.test(toks[i + 1]?.lower ?? '') && toks[i + 2]?.kind === 'word' && cueAt(toks, i + 2) === null;
  while (j < toks.length && j - close <= 12 && !(toks[j]!.lower === 'and' && toks[j + 1]?.lower === 'that') && !secondVerb(j) && !OPEN_MARK.test(toks[j]!.text) && !/^[.;:!?]$/.test(toks[j]!.text)) {
    if (toks[j]!.text === ',') comma = true;
    j++;
  }
  if (toks[j]?.lower !== 'and' || toks[j + 1]?.lower !== 'that' && !secondVerb(j)) return null;
  const start = toks[j + 1]!.lower === 'that' ? j + 2 : j + 1;
  const end = endOfClause(toks, start);
  return end - start >= MIN_WORDS && !toks.slice(start, end).some((t) => OPEN_MARK.test(t.text)) && hasVerbish(toks, start, end) ? [start, end] : null;
}

/**
 * The clause opening at `k` where an "and that" (or "but that") follows it whose own clause holds the first quotation ("it had paid out
 * $96 million and that “the vast majority …”"), as [start, end) tokens; null where there is none.
 */
function clauseBeforeFragment(toks: readonly Token[], k: number): [number, number] | null {
  const open = openMarkAfter(toks, k, 40);
  if (open < 0) return null;
  let and = open - 1;
  // (or "but that": "said internal polling had shown the race tightening but that early voting “buried us”")
  while (and > k && !(/^(?:and|but)$/.test(toks[and]!.lower) && toks[and + 1]?.lower === 'that')) and--;
  const end = toks[and - 1]?.text === ',' ? and - 1 : and;
  return and > k && wordsIn(toks, k, end) >= MIN_WORDS && hasVerbish(toks, k, end) ? [k, end] : null;
}

/** Is the word at `i` the head of a phrase after a preposition and its determiner ("in an Instagram post", "on his podcast")? */
function nounAfterPreposition(toks: readonly Token[], i: number): boolean {
  for (let d = i - 1; d >= 1 && i - d <= 3; d--) {
    if (toks[d]!.kind !== 'word') return false;
    if (/^(?:a|an|the|his|her|its|their|our|my)$/.test(toks[d]!.lower)) return /^(?:in|on|during|via|through)$/.test(toks[d - 1]!.lower);
  }
  return false;
}

// A spinner's "said" that as often offers a proposal: a cue only before "that"; and an oath, which as often curses
// ("the man thrust and swore, and struck").
const OFFERING = /^(?:puts? forward|swear)$/;

// The words after "spoke", "requested" or "asked" that keep a source unnamed.
const ANONYMITY = /^(?:on|anonymity|not)$/;
const ANONYMOUSLY = /^(?:on (?:the )?condition (?:of anonymity|that)|anonymity|not to be (?:named|identified|quoted))/;

// What a race is called for ("declared Okafor the winner", "the apparent victor").
const RACE_CALLED = /^(?:winner|victor|winners|victors)$/;

/** Is there a modal among the few words before `k`, in the same clause (no comma, stop or relative word between)? */
function modalBefore(toks: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && k - j <= 14; j--) {
    const t = toks[j]!;
    if (t.kind !== 'word' || /^(?:that|which|who|whom)$/.test(t.lower)) return false;
    if (MODAL.test(t.lower)) return true;
  }
  return false;
}

/** Past a time phrase from token k ("in March of last year", "on Tuesday", "last week"): the token after it, else k. */
function timePast(toks: readonly Token[], k: number): number {
  if (!/^(?:in|on|last|late|early|this)$/.test(toks[k]?.lower ?? '')) return k;
  let j = k + 1;
  while (j < toks.length && j <= k + 5 && TIME_PHRASE_WORD.test(toks[j]!.lower)) j++;
  return j > k + 1 ? j : k;
}
const TIME_PHRASE_WORD = /^(?:\d{1,4}|of|last|this|year|week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|morning|evening|night)$/;

/** Is the cue at `c` a passive, an infinitive or a noun here, reporting nothing? */
function notACueHere(toks: readonly Token[], c: Cue, cues: readonly Cue[], taken: number): boolean {
  // ("A study published in The Lancet found that …", "a report released Tuesday says …": a document's participle right
  // after its noun opens the noun's phrase, where a cue after that phrase is the verb)
  if (c.first === c.last && PUBLISHED.test(toks[c.first]!.lower) && SENT_DOCUMENT.test(toks[c.first - 1]?.lower ?? '') && cues.some((o) => o.first > c.last && o.first - c.last <= 12 && !o.gerund)) return true;
  // ("Rourke put forward that …" reports; "put forward an amendment", "put forward a proposal for …" offers a thing;
  // "swore that …" reports, "swore, and struck" curses)
  if (OFFERING.test(c.lemma) && toks[c.last + 1]?.lower !== 'that') return true;
  // ("An aide who spoke on condition of anonymity insisted that …", "who requested anonymity", "who asked not to be
  // named": why a source goes unnamed reports nothing, and its subject is the next cue's)
  if (ANONYMITY.test(toks[c.last + 1]?.lower ?? '') && ANONYMOUSLY.test(toks.slice(c.last + 1, c.last + 6).map((t) => t.lower).join(' '))) return true;
  // ("The plan would double the visas and add 10,000 agents": a bare form after "and", under a modal before it in its
  // clause, is the subject's second act, not a saying; "would say … and add that …" still reports)
  if (c.first === c.last && toks[c.first - 1]?.lower === 'and' && toks[c.first]!.lower === c.lemma && isSpeech(c) && !isAct(c) && toks[c.last + 1]?.lower !== 'that' && modalBefore(toks, c.first - 1)) return true;
  // a passive or an infinitive reports no act of its own: "was criticized", "to attack"
  // ("is criticizing", the progressive, is an act: "Trump is demanding a pledge")
  const beforeCue = /^(also|already|repeatedly|widely|roundly|publicly|previously|\p{Ll}+ly)$/u.test(toks[c.first - 1]?.lower ?? '') ? toks[c.first - 2] : toks[c.first - 1];
  if (/^(was|were|is|are|be|been|being|to|get|got|gets)$/.test(beforeCue?.lower ?? '') && !isSpeech(c) && !c.gerund) return true;
  // ("when his penalty was announced on the big screens": a verb of speech in the passive, with no clause after it,
  // reports nothing of its subject's)
  if (/^(was|were|is|are|been|being)$/.test(beforeCue?.lower ?? '') && isSpeech(c) && !c.gerund && c.first === c.last && /(?:ed|told|said|written)$/.test(toks[c.first]!.lower) && /^(?:on|in|at|by|during|after|before|over|via|through)$/.test(toks[c.last + 1]?.lower ?? '')) return true;
  // a noun, not a verb: "the candidate's call came", "Battleground state Florida", "Apple Music show"
  const form = toks[c.first]!.lower;
  // "Clinton's remarks", "Trump’s tweet": a possessive makes any cue a noun
  if (/^\p{L}+[’']s$|s[’']$/u.test(toks[c.first - 1]?.text ?? '') && !/^(it|he|she|that|there|what|who)[’']s$/.test(toks[c.first - 1]!.lower)) return true;
  // "would respond by finding ways to …": a response made by doing, with no clause said; in "responded by saying
  // that …" the participle reports the clause (participles)
  if ((c.lemma === 'respond' || c.lemma === 'reply') && toks[c.last + 1]?.lower === 'by' && /ing$/.test(toks[c.last + 2]?.lower ?? '') &&
    (PARTICIPLES.has(toks[c.last + 2]!.lower) || !toks.slice(c.last + 3, c.last + 15).some((t) => t.lower === 'that'))) return true;
  // ("Starting point guard …", "is recalling 210,000 salad kits", "charged with murder": a noun or another sense of the
  // verb, by the word after it)
  if (NOT_A_CUE_BEFORE.get(c.lemma)?.test(toks[c.last + 1]?.lower ?? '')) return true;
  // "Having said that, there are …", "That said, …": a turn of the writer's argument, not a saying
  if (c.lemma === 'say' && /^(?:having|that)$/.test(toks[c.first - 1]?.lower ?? '') && (toks[c.first - 1]!.lower === 'that' ? toks[c.last + 1]?.text === ',' : toks[c.last + 1]?.lower === 'that' && toks[c.last + 2]?.text === ',')) return true;
  // "Health worries have dogged …": a plural noun, which "have", "are" or "were" agrees with, not a verb's third person
  // (but "what he believes are …": a pronoun's verb, whose clause lost its subject to "what")
  if (c.first === c.last && pluralForm(toks[c.first]) && /^(?:have|are|were)$/.test(toks[c.last + 1]?.lower ?? '') && !CLAUSE_PRONOUN.test(toks[c.first - 1]?.lower ?? '')) return true;
  // "a stretch of high ground claimed by both sides": a participle after its noun, then "by" and its agent, is a passive
  // that describes the noun, not a statement of it
  // ("a memo written in March of last year by …": and past a time phrase before "by")
  if (c.first === c.last && !c.gerund && toks[timePast(toks, c.last + 1)]?.lower === 'by' && /(?:ed|written)$/.test(toks[c.first]!.lower) && /^\p{Ll}+$/u.test(toks[c.first - 1]?.text ?? '') && !AUXILIARY.test(toks[c.first - 1]!.lower) && !/^(?:he|she|it|they|we|i|who|which|that|and|also|had|has|have)$/.test(toks[c.first - 1]!.lower)) return true;
  // ("The Associated Press declared Okafor the winner": a race called, no clause said)
  if (c.lemma === 'declare' && toks[c.last + 1]?.lower !== 'that' && toks.slice(c.last + 2, c.last + 8).some((t, i, a) => RACE_CALLED.test(t.lower) && /^(?:the|a)$/.test((a[i - 1] ?? toks[c.last + 1]!).lower))) return true;
  // "All told, the group …": a sum, not a telling
  if (c.lemma === 'tell' && toks[c.first - 1]?.lower === 'all' && toks[c.last + 1]?.text === ',') return true;
  // "finds its way to the city": an idiom of going, not a finding
  if (c.lemma === 'find' && /^(?:its|their|his|her|our|my|your|a)$/.test(toks[c.last + 1]?.lower ?? '') && toks[c.last + 2]?.lower === 'way') return true;
  // "maintains a lead": keeping, not saying, unless a clause follows
  // (but it says when it closes the sentence, "…, Ruiz maintained.", or stands before its speaker, "…, maintained
  // Ruiz", or before a clause's subject and verb, "maintained the harbour would close")
  // (or before a phrase of where it was said and "that": "has maintained in court filings that …")
  if (c.lemma === 'maintain' && toks[c.last + 1]?.lower !== 'that' && !(toks[c.last + 1] === undefined || /^[.!?,]$/.test(toks[c.last + 1]!.text) || toks[c.first - 1]?.text === ',' || clauseVerbAfter(toks, c.last) > 0 || thatAfterPhrase(toks, c.last + 1))) return true;
  // "federal and state levels", "state officials said", "state Sen. Darren Soto": "state" before a noun is its modifier;
  // the verb takes a clause or its subject ("state that …", "state the plan …", "state they have …")
  if (stateModifier(toks, c)) return true;
  // ("In an Instagram post last month, he wrote …": the head of a phrase after a preposition and its article is a noun)
  if (c.first === c.last && NOUN_OR_VERB.test(form) && nounAfterPreposition(toks, c.first)) return true;
  if (c.first === c.last && NOUN_OR_VERB.test(form)) {
    // "campaign-finance reports shows": the verb follows, so this is its noun; so it is before a
    // noun and its auxiliary ("the Guard and state troopers will remain")
    if (cues.some((o) => o.first === c.last + 1)) return true;
    const before = toks[c.first - 1];
    // (after a name, a clause with its own subject and verb makes it the verb: "Johnson remarks hackers are taking aim …";
    // so does a place, then "that" and its clause: "Clinton remarks in Ohio that she …")
    const afterName = before !== undefined && /s$/.test(form) && NAME_WORD.test(before.text) && (CLAUSE_PRONOUN.test(toks[c.last + 1]?.lower ?? '') && toks[c.last + 2]?.kind === 'word' || clauseVerbAfter(toks, c.last) > 0 ||
      /^(?:in|at)$/.test(toks[c.last + 1]?.lower ?? '') && placeBeforeThat(toks, c.last + 1));
    if (!afterName && /^\p{Ll}{3,}s$/u.test(toks[c.last + 1]?.text ?? '') && /^(will|would|are|were|have|had|can|could|should|may|might|must)$/.test(toks[c.last + 2]?.lower ?? '')) return true;
    if (!before || /[’']s$/.test(before.text) || /^\p{Lu}/u.test(before.text) && !/^(he|she|they|it|we|i)$/i.test(before.text) && !(c.first - 1 === taken && DOCUMENT.test(before.lower)) && (/^(state|states|show|find|call|report|reports|note|notes|claim|claims|rule|rules|attack|attacks|remarks|tweet|tweets)$/.test(form)) && (toks[c.first + 1]?.lower !== 'that' || RELATIVE_VERB.test(toks[c.first + 2]?.lower ?? '')) && !afterName && !documentOfPlace(toks, c.first)) return true;
  }
  return false;
}

// Words that a title before a name does not hold: conjunctions, relatives, quantities, prepositions but "of".
const NOT_TITLE_WORD = /^(?:and|but|or|nor|yet|then|so|also|still|even|later|now|when|where|whether|as|while|whereas|though|although|because|unless|if|who|whom|whose|which|that|to|than|there|this|these|those|it|he|she|they|we|i|you|not|the|a|an|how|many|much|some|most|all|few|after|before|since|until|with|for|from|in|on|at|by|about|into|over|under|like|among|amid|during|without|despite|regardless)$/;
/**
 * Where the comma stands before the words of a title that a name's mention did not take in, when it does: "Clinton
 * campaign" of "…, Clinton campaign manager Robby Mook said"; else `last` itself.
 */
function titleWordsBefore(toks: readonly Token[], last: number, floor: number): number {
  let d = last;
  while (d > floor && last - d < 6 && toks[d]!.kind === 'word' && !NOT_TITLE_WORD.test(toks[d]!.lower) && !AUXILIARY.test(toks[d]!.lower) && !IRREGULAR_PAST.has(toks[d]!.lower) && !/^\p{Ll}{2,}(?:ed|ing)$/u.test(toks[d]!.text)) d--;
  return d < last && toks[d]?.text === ',' ? d : last;
}

/**
 * The comma before a short apposition that stands before a name's comma at `comma` ("…, a spokeswoman, Anna White,
 * said", "…, the company's lawyer, Tom Berg, said"): an article or a possessive, up to three more words, and a noun of
 * those who speak, the whole between commas; else `comma` itself.
 */
function appositionBefore(toks: readonly Token[], comma: number, floor: number): number {
  const head = toks[comma - 1];
  if (!head || head.kind !== 'word' || !speakerHead(head.lower)) return comma;
  for (let d = comma - 2; d > floor && comma - d <= 6; d--) {
    const w = toks[d]!;
    if (w.text === ',') return DETERMINERS.has(toks[d + 1]!.lower) || /[’']s$/.test(toks[d + 1]!.text) ? d : comma;
    if (w.kind !== 'word') return comma;
  }
  return comma;
}

// Verbs in the present that take an infinitive and report nothing themselves: "The company plans to open …".
const TAKES_INFINITIVE = /^(?:plans|intends|expects|aims|seeks|needs|tries|agrees|continues|decides|hopes|wants)$/;

/**
 * Is toks[k] a verb in the present before its infinitive, after a subject that is no possessor: "The company plans to
 * open a factory, Raman said" is a clause, where "The company’s plans to open a factory" is a noun phrase.
 */
function presentBeforeInfinitive(toks: readonly Token[], k: number): boolean {
  const prev = toks[k - 1];
  return TAKES_INFINITIVE.test(toks[k]!.text) && toks[k + 1]?.lower === 'to' && /^\p{Ll}/u.test(toks[k + 2]?.text ?? '') &&
    prev !== undefined && prev.kind === 'word' && !/[’']s$/.test(prev.text) && !DETERMINER_LIKE.test(prev.lower);
}

// The verbs a document's phrase may end before: "A video posted on Telegram said", "A report released Monday shows".
const DOCUMENT_VERB = /^(?:said|says|showed|shows)$/;

/**
 * Is the cue `c` (in -ed) a participle that its noun's phrase goes on from, with the sentence's own verb after one
 * prepositional phrase: "The totals stated in the harbour report were lower …", "the figures cited by the agency
 * are …"? Not before a second noun phrase, which is a clause's subject: "Officials stated in an interview the plan
 * would fail".
 */
function reducedRelative(toks: readonly Token[], c: Cue): boolean {
  if (c.first !== c.last || !/^\p{Ll}{3,}ed$/u.test(toks[c.first]!.text) || !/^(?:in|by|on|at|for|from|with|during)$/.test(toks[c.last + 1]?.lower ?? '')) return false;
  let determiners = 0;
  for (let k = c.last + 2; k < toks.length && k - c.last <= 8; k++) {
    const w = toks[k]!;
    if (w.kind !== 'word') return false;
    if (k > c.last + 2 && /^(?:is|are|was|were|has|have|had|will|would|could|should|may|might|can|must)$/.test(w.lower)) return true;
    // ("A video posted on Telegram said …": or a verb of speech, the sentence's own)
    if (k > c.last + 2 && DOCUMENT_VERB.test(w.lower)) return true;
    if (DETERMINERS.has(w.lower) && ++determiners > 1) return false;
    // (a name may close the phrase before that verb: "posted on Telegram said")
    if (!/^\p{Ll}/u.test(w.text) && !DETERMINERS.has(w.lower) && !DOCUMENT_VERB.test(toks[k + 1]?.lower ?? '')) return false;
  }
  return false;
}

/**
 * Is the cue `c` (in -ed) the participle of the noun that an opening prepositional phrase names, its subject at
 * `whoStart` that phrase's noun phrase ("In a video posted on Telegram, …", "During an interview aired Sunday, …")?
 */
function openingParticiple(toks: readonly Token[], c: Cue, whoStart: number): boolean {
  if (!/ed$/.test(toks[c.first]!.lower)) return false;
  let p = whoStart - 1;
  while (p >= 0 && /^(?:but|and)$/.test(toks[p]!.lower)) p--;
  if (p < 0 || !/^(?:in|on|during|at|via|through|with)$/.test(toks[p]!.lower) || toks.slice(0, p).some((t) => t.kind === 'word' && !/^(?:but|and)$/.test(t.lower))) return false;
  // (the phrase ends at a comma within a few words, and the sentence goes on after it)
  for (let k = c.last + 1; k < toks.length && k - c.last <= 8; k++) if (toks[k]!.text === ',') return k + 2 < toks.length;
  return false;
}

// Pronouns of things and people that open a clause as its subject ("nothing has changed", "everyone would lose").
const THING_SUBJECT = /^(?:nothing|everything|something|anything|nobody|everybody|somebody|everyone|someone|no-one)$/;

/**
 * Does a pronoun of things or people open a clause at `k`, its auxiliary right after it or after a short phrase of a
 * preposition ("nothing about the strategy has changed")?
 */
function thingSubject(toks: readonly Token[], k: number): boolean {
  if (!THING_SUBJECT.test(toks[k]?.lower ?? '')) return false;
  if (AUXILIARY.test(toks[k + 1]?.lower ?? '')) return true;
  if (!/^(?:about|of|in|on|at|from)$/.test(toks[k + 1]?.lower ?? '')) return false;
  for (let j = k + 2; j < toks.length && j - k <= 6; j++) {
    if (toks[j]!.kind !== 'word') return false;
    if (AUXILIARY.test(toks[j]!.lower)) return j > k + 2;
  }
  return false;
}

/** Past "about", "some", "nearly" … or "more than" before a number at `k` ("about 200 people"); `k` itself if none. */
function pastApproximation(toks: readonly Token[], k: number): number {
  const w = toks[k]?.lower ?? '';
  const number = (j: number) => /^\d/.test(toks[j]?.text ?? '');
  if (/^(?:about|some|nearly|roughly|around|almost|approximately|over)$/.test(w) && number(k + 1)) return k + 1;
  if (/^(?:more|fewer|less)$/.test(w) && toks[k + 1]?.lower === 'than' && number(k + 2)) return k + 2;
  return k;
}

/** What the cue `c` reports, pushed onto run.out. */
function reportCue(toks: readonly Token[], c: Cue, s: CueSpeaker, si: number, run: CueRun): void {
  const { who, relative, inverted, speaker } = s;
  const whoStart: number = who && !relative ? toks.findIndex((t) => t.start >= who!.start) : c.first;
  if (reportSpecial(toks, c, s, whoStart, si, run)) return;
  // ("it was unclear whether the judges would rule that …": what someone would say, asked of in a question, is unsaid)
  if (!inverted && who && /^(?:would|could|might|may)$/.test(toks[c.first - 1]?.lower ?? '') && /^(?:whether|if)$/.test(toks[whoStart - 1]?.lower ?? '')) return;
  // "The totals stated in the report were lower …": a participle after its noun, the sentence's verb after its phrase
  if (!inverted && !relative && who?.kind === 'noun' && reducedRelative(toks, c)) return;
  // "In a video posted on Telegram, Zelensky said …": a participle of the noun of an opening phrase, which ends at its
  // comma; the cue after that comma reports
  if (!inverted && !relative && who?.kind === 'noun' && openingParticiple(toks, c, whoStart)) return;
  // "CLAUSE, a USA TODAY analysis of campaign filings shows.": evidence closing its sentence reports the clause
  const tail = pastTime(toks, c.last + 1);
  const closingEvidence = /^(show|find)$/.test(c.lemma) && (tail >= toks.length || /^[.!?]$/.test(toks[tail]!.text));
  // "Those talks are continuing, he mentioned.", "The museum, she mentioned, would …": an act with nothing after its
  // verb, its subject after a comma, closing the sentence or between commas, reports the clause as a verb of speech
  // does (not "the programs she has proposed, …", nor an act whose bare use reports nothing: "…, she refused.")
  const bare = !inverted && !relative && toks[whoStart - 1]?.text === ',' && !BARE_NOT_SPEECH.test(c.lemma) && (tail >= toks.length || /^[.!?,]$/.test(toks[tail]!.text) && toks[tail + 1]?.lower !== 'and');
  // ("expressed in a declaration that it was cooperating": a spinner's "said"; an act of saying with a venue and "that"
  // reports the clause as a verb of speech does)
  // ("mentioned to Reuters that the harbour would reopen": so do "mention", "describe" and the answers)
  // ("Brenholt expressed that he expected written responses": and so with "that" right after the cue)
  const saying = /^(?:express|mention|describe|respond|reply)$/.test(c.lemma) && (toks[c.last + 1]?.lower === 'that' || VENUE_START.test(toks[c.last + 1]?.lower ?? '') && toks[clauseStart(toks, c.last + 1, c.last) - 1]?.lower === 'that');
  const act = isAct(c) && !isSpeech(c) && !closingEvidence && !bare && !saying;
  // speech verbs that also take a noun phrase: "suggested a new route", "announced a plan"
  const objectOk = isAct(c);
  // what follows the cue: "said (on Monday) (that) CLAUSE"
  let k = inverted ? toks.findIndex((t) => t.start >= inverted.end) : c.last + 1;
  if (k < 0) k = toks.length;
  // ("put it to the witness that …": the courtroom's telling, its listener after "to")
  // (a spinner's "advised CNN that …" and "apprised" for "told" too; "advised that …" has no listener)
  if (!inverted && (TELLING.test(c.lemma) && !(ADVISING.test(c.lemma) && toks[k]?.lower === 'that') || PUT_IT_TO.test(c.lemma))) {
    // told reporters / told the committee on Monday (that): the listener is a
    // short noun phrase; a determiner or a pronoun after it opens the clause
    // "was told to leave" is no statement; "told reporters whether" is a question
    if (/^(was|were|be|been|being|is|are)$/.test(toks[c.first - 1]?.lower ?? '')) return;
    if (toks[k] && (DETERMINERS.has(toks[k]!.lower) || /[’']s$/.test(toks[k]!.text))) k++;
    // ("told about 200 people that", "told more than 1,000 supporters that": a number's approximation opens the listener)
    k = pastApproximation(toks, k);
    const head = k;
    // (and past a title in marks: "told CBS’s “Face the Nation” that")
    // (and past an ampersand inside the listener's name: "told Plate & Palate that"; a capitalised word of it that is a
    // determiner too: "told Radio Lorrant One that")
    // (and a crowd's number after "of": "told a crowd of about 300 that")
    k = walkPastTitles(toks, k, (j, words) => words < 5 && toks[j]!.lower !== 'that' && (toks[j]!.kind === 'word' || joinsName(toks, j)) && (j === head || !DETERMINERS.has(toks[j]!.lower) || /^\p{Lu}/u.test(toks[j]!.text) && NAME_WORD.test(toks[j - 1]!.text)) && (!/^(he|she|they|it|we|i|how|why|what|there|whether|if|to|about)$/.test(toks[j]!.lower) || toks[j]!.lower === 'about' && toks[j - 1]?.lower === 'of' && pastApproximation(toks, j) > j) && !(j > head && (/^(on|in|at|during|after|before|last|this)$/.test(toks[j]!.lower) || PLACE_PREPOSITION.test(toks[j]!.lower)))).end;
    // ("told Reuters fresh elections could be held …": an auxiliary within the walk is the clause's; the listener is the
    // name or the one noun first, the words between it and the auxiliary the clause's subject)
    const aux = toks.findIndex((t, j) => j > head + 1 && j <= k && AUXILIARY.test(t.text));
    if (aux > 0) {
      let e = head + 1;
      while (e < aux && NAME_WORD.test(toks[e]!.text) && NAME_WORD.test(toks[e - 1]!.text)) e++;
      if (aux - e >= 1 && aux - e <= 3 && toks.slice(e, aux).every((t) => t.kind === 'word')) k = e;
    }
    // (and past the listener's short form: "told the state broadcaster Marovia National Television (MNTV) that")
    k = pastShortForm(toks, k);
    // (and past the listener's apposition set off by commas before "that": "told the Harbour Gazette, a weekly newspaper,
    // that", "told Reuters, the news agency, that")
    k = pastApposition(toks, k);
  }
  // ("warned Reuters the plant would close", "assured him that …": the listener of a verb that takes one before its
  // clause, where one stands there)
  else if (!inverted && LISTENER_VERB.test(c.lemma)) {
    const end = listenerBeforeClause(toks, k);
    if (end > k) k = end;
  }
  // "told his advisers to find a way": the listener and what they were told to do
  if (!inverted && TELLING.test(c.lemma) && toks[k]?.lower === 'to' && k > c.last + 1 && toks[k + 1]?.kind === 'word') {
    const end = endOfClause(toks, k + 1);
    run.out.push({ ...spanOf(toks, c.last + 1, end), rule: 'tell-to', mention: speaker, cue: c, sentence: si });
    run.taken = end;
    run.lastSpeaker = speaker;
    return;
  }
  // ("said if elected he would …": after "say", "if" opens a condition inside the clause, not a
  // question; "said much of the talk was …": "much of" opens the clause's subject, not a quantity)
  // ("said about half of the meetings were …": "about" before a number or a share is no topic;
  // nor is it before a number whose noun has a verb right after it, "said about 20 people have applied")
  // ("explained to Reuters the harbour would …": "to" before a listener and a clause is no infinitive)
  // ("said nothing had been decided", "said much has changed": a pronoun of quantity before an auxiliary is the clause's subject)
  const conditionOrSubject = toks[k] && (c.lemma === 'say' && toks[k]!.lower === 'if' || toks[k]!.lower === 'to' && listenerBeforeClause(toks, k + 1) > k + 1 || /^(much|little)$/.test(toks[k]!.lower) && toks[k + 1]?.lower === 'of' ||
    /^(much|little)$/.test(toks[k]!.lower) && AUXILIARY.test(toks[k + 1]?.lower ?? '') || thingSubject(toks, k) ||
    toks[k]!.lower === 'about' && /^(?:half|a|one|two|three|four|five|six|seven|eight|nine|ten|\d[\d,.]*)$/.test(toks[k + 1]?.lower ?? '') && /^(?:third|quarter|fifth|percent|%|in|of|out)$/.test(toks[k + 2]?.lower ?? '') ||
    toks[k]!.lower === 'about' && /^(?:two|three|four|five|six|seven|eight|nine|ten|dozen|\d[\d,.]*)$/.test(toks[k + 1]?.lower ?? '') && approximateSubject(toks, k + 2));
  // ("said a few words in English before turning back …", "said a prayer": words said, no clause)
  const questionOrInfinitive = toks[k] && !conditionOrSubject && (/^(to|whether|if|so|of|about|for|with|nothing|little|much|something|anything|goodbye|hello)$/.test(toks[k]!.lower) || /^(yes|no)$/.test(toks[k]!.lower) && toks[k + 1]?.kind !== 'word' || WORDS_SAID.test(toks.slice(k, k + 3).map((t) => t.lower).join(' ')));
  // ("reported, citing two officials familiar with the case, that …": whom the report cites stands before its "that")
  const cited = !inverted && toks[k]?.text === ',' ? citedBeforeThat(toks, k + 1) : -1;
  if (cited > 0) k = cited;
  const k0 = k;
  k = clauseStart(toks, k, c.last);
  // "A report published Wednesday said …": this cue was a participle of the subject; the verb after it reports
  if (!inverted && /^(said|says|reported|reports|told|tells|found|finds|showed|shows)$/.test(toks[k]?.lower ?? '')) return;
  // "suggested to me that …": the words before "that" were no infinitive
  const viaThat = k > k0 && toks[k - 1]?.lower === 'that';
  // "say that, in addition to Scott, he would …": the clause opens after the comma
  while (toks[k]?.text === ',' && k + 1 < toks.length) k++;
  let e = endOfClause(toks, k);
  // ("said Hartmann's tactics had been “stuck in 2014” and that the federation should have acted": the clause is a mixed
  // quote, read through its fragment; the clause after "and that", with no quotation of its own, is reported speech)
  if (e === k && !inverted && !relative) {
    // ("said it had paid out $96 million and that “the vast majority …”": or the clause before an "and that" whose
    // clause holds the quotation)
    const head = clauseBeforeFragment(toks, k);
    const clause = head ?? clauseAfterFragment(toks, k);
    if (clause) {
      run.out.push({ ...spanOf(toks, clause[0], clause[1]), rule: 'subject-cue-that', mention: speaker, cue: c, sentence: si, ...(head ? { beforeFragment: true } : { afterFragment: true }) });
      run.taken = clause[1];
      run.lastSpeaker = speaker;
      return;
    }
  }
  // "Once he has said his piece, he is ready …", "While his advisers have suggested …, Mr. Obama …": a cue
  // inside an opening subordinate clause reports only up to that clause's comma
  if (inOpeningClause(toks, run.taken, c.first)) e = toComma(toks, k, e);
  // "Judge Moreno, who said the evidence was thin, dismissed the case": the relative clause ends at its comma
  // ("Omar Haddad, a security consultant who has advised several districts, said …": so does one on an apposition's noun)
  if (relative) {
    const who = relativeStart(toks, c.first) + 1;
    // ("Kelsey Marchetti, 26, a nursing assistant at the county hospital who said …, was …": and so does one on a person
    // named before a description set off by a comma, whatever its head)
    const described = relative.kind === 'name' && relative.title !== null && toks.slice(Math.max(run.taken, who - 12), who).some((t) => t.text === ',');
    if (toks[who - 1]?.text === ',' || appositionBefore(toks, who, run.taken) < who || described) e = toComma(toks, k, e);
  }
  // what precedes the speaker: "CLAUSE, X said" / "CLAUSE, X said, CLAUSE"
  // ("…, the news site RTL Info reported": a descriptor with its determiner before the name)
  let beforeEnd = whoStart - 1;
  if (who && who.kind === 'name' && toks[beforeEnd]?.kind === 'word' && /^\p{Ll}/u.test(toks[beforeEnd]!.text)) {
    let d = beforeEnd;
    while (d > run.taken && whoStart - d <= 4 && toks[d]!.kind === 'word' && /^\p{Ll}/u.test(toks[d]!.text) && !/^(the|a|an)$/.test(toks[d]!.lower)) d--;
    const media = toks.slice(d + 1, whoStart).some((t) => /^(site|website|newspaper|paper|network|broadcaster|agency|magazine|outlet|channel|station|daily|tabloid|wire|service|blog)$/.test(t.lower));
    if (media && /^(the|a|an)$/.test(toks[d]?.lower ?? '') && toks[d - 1]?.text === ',' && d < beforeEnd) beforeEnd = d - 1;
  }
  // ("…, Clinton campaign manager Robby Mook said", "…, foreign affairs ministry spokesman Benali Cherif said": the
  // words of a title before its role noun, back to the comma)
  // (a title the mention finder did not read as one too: "…, Trump’s longtime confidant Roger Stone stated")
  if (who && who.kind === 'name' && toks[beforeEnd]?.kind === 'word') beforeEnd = titleWordsBefore(toks, beforeEnd, run.taken);
  // ("…, a spokeswoman, Anna Richardson White, said": the name's apposition before it, with its article, back to its comma)
  if (who && who.kind === 'name' && !relative && toks[beforeEnd]?.text === ',') beforeEnd = appositionBefore(toks, beforeEnd, run.taken);
  let afterCue = c.last + 1;
  while (afterCue < toks.length && afterCue - c.last <= 7 && toks[afterCue]!.kind === 'word' && !hasVerbish(toks, afterCue, afterCue + 1) && !/^(that|and|but)$/.test(toks[afterCue]!.lower)) afterCue++;
  const parenthetical = !relative && !inverted && toks[beforeEnd]?.text === ',' && toks[afterCue]?.text === ',' && (!isAct(c) || afterCue === c.last + 1);
  // "These workers, Sato explained earlier in the hearing, were paid …": the clause resumes after the comma
  if (parenthetical && afterCue > k) {
    k = afterCue + 1;
    e = endOfClause(toks, k);
  }
  // verbs only inside a relative clause make no clause: "acknowledged the scale of the flooding, which she called …"
  const rel = toks.findIndex((t, i) => i > k && i < e && t.text === ',' && /^(which|who|whom|whose)$/.test(toks[i + 1]?.lower ?? ''));
  // (but a relative clause set off by commas inside the subject leaves the verb after it: "said the blaze, which
  // started Friday, had grown to …")
  const relClose = rel > 0 ? toks.findIndex((t, i) => i > rel + 2 && i < e && t.text === ',') : -1;
  const verbAfterRelative = relClose > 0 && hasVerbish(toks, relClose + 1, e);
  // a short clause with a pronoun subject is a clause too: "she would not", "they were separated"
  // (and one with a pronoun of things or people before its auxiliary: "insists nothing has changed", "argued everyone
  // would lose")
  const pronounClause = /^(he|she|they|we|i|it)$/.test(toks[k]?.lower ?? '') || /^(he|she|they|we|i|it)[’'](s|d|ll|re|ve|m)$/.test(toks[k]?.lower ?? '') ||
    thingSubject(toks, k);
  // "introduced it had reached its goal" (a spinner's "announced"), but "introduced a bill": these
  // take a clause only, with "that" or a verb in its first words
  const clauseOnly = /^(introduce|define)$/.test(c.lemma) && (!viaThat && !hasVerbish(toks, k, Math.min(e, k + 4)) || !toks[c.first]!.lower.endsWith('ed'));
  // "promised a veto and attempted …", "suggested a new route": an act's indefinite object is no clause
  const indefiniteObject = isAct(c) && !viaThat && /^(a|an)$/.test(toks[k]?.lower ?? '');
  // ("…, a Cairo airport official notified The New York Times.": a medium it was said to, and nothing after it, is no clause)
  const medium = pastMedium(toks, k);
  const mediumOnly = medium > k && medium >= e;
  // ("Jeff Flake said he would.", "she said they did not": a pronoun and its auxiliary alone, the verb understood from
  // the sentence before, closing the sentence)
  const elliptical = pronounClause && AUXILIARY.test(toks[k + 1]?.lower ?? '') && (e === k + 2 || e === k + 3 && toks[k + 2]!.lower === 'not') && (e >= toks.length || /^[.!?]$/.test(toks[e]!.text));
  // ("Everything Trump says is a lie", "What she said was true": an auxiliary right after the cue whose subject is
  // a pronoun of things with the speaker's clause inside it; no clause is reported. Not "a probe the agency said was
  // ongoing", "which critics say was the best speech": a relative clause on a noun reports what follows)
  // ("once he has said his piece, he is ready to move on": a possessive's noun after the cue, then a comma and a
  // subject pronoun, is the cue's object; the clause after the comma is the writer's)
  const firstComma = POSSESSIVE_DETERMINER.test(toks[k]?.lower ?? '') && !viaThat ? toks.findIndex((t, i) => i > k && i < e && i - k <= 4 && t.text === ',') : -1;
  const possessedObject = firstComma > 0 && !hasVerbish(toks, k, firstComma) && CLAUSE_PRONOUN.test(toks[firstComma + 1]?.lower ?? '') && toks[firstComma + 3]?.text !== ',';
  const subjectless = possessedObject || !relative && !parenthetical && !viaThat && k === c.last + 1 && AUXILIARY.test(toks[k]?.lower ?? '') && (THING_PRONOUN.test(toks[whoStart]?.lower ?? '') || THING_PRONOUN.test(toks[whoStart - 1]?.lower ?? ''));
  // ("a video posted on her social media accounts, saying …": the object of a preposition the cue's skip passed over is
  // where it was said, no clause)
  const venueObject = !viaThat && k > c.last + 1 && /^(?:on|in|at)$/.test(toks[k - 1]?.lower ?? '') && PHRASE_DETERMINER.test(toks[k]?.lower ?? '');
  // ("announced Thursday in a post on the restaurant’s social media pages": a phrase of where, with no comma closing it and
  // no verb of its own, is the occasion, no clause)
  // (a pronoun in it opens a clause: "said in politics it takes time …")
  // (past a time of day first: "conceded shortly after 10 p.m. in a statement posted on Facebook")
  const venueAt = pastTimeWords(toks, k, e);
  const venueOnly = !viaThat && VENUE_PREPOSITION.test(toks[venueAt]?.lower ?? '') && !toks.slice(venueAt, e).some((t, i) => t.text === ',' || finiteVerb(t) && !(postedDocument(toks, venueAt + i) && !PLAIN_SPEECH.test(c.lemma)) || AUXILIARY.test(t.lower) || CLAUSE_PRONOUN.test(t.lower) || /^it(?:[’']s)?$/.test(t.lower));
  // ("a pollster who advises the super PAC Priorities USA Action, said …": in a relative clause, advising someone is a
  // role held, not words said, unless "that" or "to" follows)
  const advisesWhom = relative !== null && /^(?:advise|counsel)$/.test(c.lemma) && !viaThat && toks[k]?.lower !== 'to';
  const afterOk = !advisesWhom && !venueOnly && !inverted && !clauseOnly && !subjectless && !venueObject && !indefiniteObject && !mediumOnly && (!questionOrInfinitive || viaThat) && !act && wordsIn(toks, k, e) >= (parenthetical || elliptical ? 2 : pronounClause || viaThat || c.lemma === 'say' ? 3 : MIN_WORDS) && (hasVerbish(toks, k, rel > 0 ? rel : e) || verbAfterRelative);
  // "In addition, the campaign plans …, a spokesman announced": the introductory phrase is not said
  // ("In all, though, the justices …": one opening after another)
  for (let n = 0; n < 3 && !relative && beforeEnd > run.taken && opensWithIntro(toks, run.taken); n++) {
    // "Even as the race moves to New York, the race will be tight, said …": the main clause after the opening
    // (past a region after its city and what goes on after it: "Speaking at a rally in Erie, Pennsylvania, on Saturday
    // night, Brandauer told …")
    const phrase = openingPhraseEnd(toks, run.taken);
    const comma = phrase > run.taken && phrase - 1 <= beforeEnd ? phrase - 1 : toks.findIndex((t, i) => i > run.taken && i < beforeEnd && t.text === ',');
    if (comma > 0 && comma - run.taken <= 16 && wordsIn(toks, comma + 1, beforeEnd) >= MIN_WORDS) run.taken = comma + 1;
    else break;
  }
  // "…, many of whom say …", "…, where experts say …": a relative clause reports what follows its cue
  const relativeWho = toks[whoStart - 1]?.lower === 'where' || /\bwhom$/.test(speaker.text);
  // ("A lawyer for the news outlets, David Schulz, said": a noun phrase with its article is the speaker's
  // description, not a clause, unless a past or an auxiliary shows its verb)
  // (not before an inverted cue and its name: "The ferry lacks support in Dunmore, said Mira Olsen" is a clause;
  // but "The problem with the ferries, said Olsen, is cost" goes on after the name)
  const afterName = inverted?.kind === 'name' ? toks.findIndex((t) => t.start >= inverted.end) : -1;
  const invertedName = afterName >= 0 && !(toks[afterName]!.text === ',' && AUXILIARY.test(toks[afterName + 1]?.lower ?? ''));
  // ("The Trump job marks his return …": a present before its object's determiner is a verb too)
  // (a description stands before a name, or before a parenthetical attribution whose sentence goes on: before "officials
  // said." or "the filing states." closing the sentence the words are a clause, "The plan calls for cuts to every
  // department, officials said")
  const described = !invertedName && (speaker.kind === 'name' || parenthetical) && /^(a|an|the)$/.test(toks[run.taken]?.lower ?? '') && !toks.slice(run.taken, beforeEnd).some((w, j) => AUXILIARY.test(w.lower) || IRREGULAR_PAST.has(w.lower) || /n[’']t$/.test(w.lower) || j > 1 && /^\p{Ll}{2,}ed$/u.test(w.text) ||
    j > 1 && inS(w) && /^(?:his|her|its|their|our|my|your|the|a|an)$/.test(toks[run.taken + j + 1]?.lower ?? '') || j > 1 && presentBeforeInfinitive(toks, run.taken + j) ||
    // ("The cause of the fire remains under investigation": a present that is never a noun's plural)
    j > 1 && PRESENT_ONLY.test(w.lower));
  // "After the department asked …, Hackett said that …": a clause after the cue is what it reports;
  // the words before the speaker open the sentence ("CLAUSE, X said, CLAUSE" keeps both)
  // (nor is one after the cue's time and a comma: "…, officials announced on Monday, though they warned …" reports both)
  // (and one that runs into a quotation, read as a mixed quote: "…, and on Monday, CBS said it was canceling the
  // low-rated “Rush Hour.”" reports no clause before the speaker)
  const mark = e === k && !inverted && !relative && toks[k]?.kind === 'word' ? openMarkAfter(toks, k, 30) : -1;
  const fragmentAfter = mark > k && wordsIn(toks, k, mark) >= 2 && hasVerbish(toks, k, mark);
  const clauseAfter = (afterOk || fragmentAfter) && !parenthetical && toks[c.last + 1]?.text !== ',' && toks[tail]?.text !== ',';
  // ("…at first; their president, Karl Dent, told me …": too few words after a semicolon are the speaker's own phrase)
  let semicolon = beforeEnd - 1;
  while (semicolon > run.taken && toks[semicolon]!.text !== ';') semicolon--;
  const afterSemicolon = semicolon > run.taken ? semicolon + 1 : run.taken;
  // ("Its director, Rajan Osei, told reporters …", "Its foreign affairs spokesman, Callum Dray, told …": a noun of
  // those who speak, with its determiner, before the name and its comma is the name's description, no fragment said)
  // (the name set off by commas: "The museum, Mr. Obama said, would …" is a fragment)
  const describedName = who?.kind === 'name' && beforeEnd > run.taken && toks[beforeEnd]?.text === ',' && beforeEnd - run.taken <= 6 && speakerHead(toks[beforeEnd - 1]!.lower) && toks[c.first - 1]?.text === ',' &&
    (PHRASE_DETERMINER.test(toks[run.taken]!.lower) || /[’']s$/.test(toks[run.taken]!.text));
  const beforeOk = !relative && !act && !relativeWho && !described && !describedName && !clauseAfter && beforeEnd > run.taken && toks[beforeEnd]?.text === ',' && wordsIn(toks, afterSemicolon, beforeEnd) >= MIN_WORDS && hasVerbish(toks, run.taken, beforeEnd) && !opensWithIntro(toks, run.taken) && (!/^\p{Lu}\p{Ll}+(?:ed|ing)$/u.test(toks[run.taken]!.text) || gerundSubject(toks, run.taken, beforeEnd));
  // ("In the memo, a copy of which was obtained by the Harbour Times, Okafor wrote that …": a relative clause set off
  // by commas, "a copy of which", "some of whom", is the noun's before it, no clause the speaker said)
  const segment = beforeOk ? lastSegment(toks, run.taken, beforeEnd, false) : -1;
  if (beforeOk && !ofRelative(toks, segment, beforeEnd)) {
    run.out.push({ ...spanOf(toks, segment, beforeEnd), rule: 'clause-subject-cue', mention: speaker, cue: c, sentence: si });
    run.taken = c.last + 1;
  } else if (parenthetical && !describedName && beforeEnd > run.taken && wordsIn(toks, run.taken, beforeEnd) >= 1 && (afterOk || runsIntoQuotation(toks, afterCue + 1) && !hasMark(toks, run.taken, beforeEnd)) && !/^(and|but|or|so|yet)$/.test(toks[beforeEnd - 1]!.lower)) {
    // "The museum, Mr. Obama said, would …": the words before the attribution open the statement
    // ("Cost estimates, he added, were “based on a prototype.”", "As for the attacks, she said, “The vetting …”": and so
    // where the sentence goes on into a quotation, which the quotation stages read)
    let a = run.taken;
    while (a < beforeEnd && /^(but|and|so|yet|still)$/.test(toks[a]!.lower)) a++;
    if (a < beforeEnd && toks[a]!.kind === 'word') {
      run.out.push({ ...spanOf(toks, a, beforeEnd), rule: 'fronted-fragment', mention: speaker, cue: c, sentence: si });
      run.taken = c.last + 1;
    }
  }
  const joined = run.out.length > 0 && run.out[run.out.length - 1]!.rule === 'fronted-fragment' && run.out[run.out.length - 1]!.cue === c;
  // ("CLAUSE, the people said, asking not to be identified because …": a participle of the speaker's manner after the
  // cue's comma is no second clause; "…, experts say, including a provision …" goes on with what they say)
  if (afterOk && (beforeOk ? toks[c.last + 1]?.text === ',' && !MANNER_PARTICIPLE.test(toks[k]?.lower ?? '') : true)) {
    run.out.push({ ...spanOf(toks, k, e), rule: relative ? 'relative-cue' : act ? 'subject-act-object' : 'subject-cue-that', mention: speaker, cue: c, sentence: si, joined });
    adding(toks, e, speaker, si, run.out);
    run.taken = e;
    run.lastSpeaker = speaker;
    run.lastRelative = relative !== null;
  } else if (objectOk && who && !inverted && (!questionOrInfinitive || /^(respond|reply)$/.test(c.lemma)) || act && who && !inverted || /^(agree|promise|threaten|vow|pledge|hope)$/.test(c.lemma) && toks[c.last + 1]?.lower === 'to' && who && !inverted) {
    reportAct(toks, c, s, act, si, run);
  } else if (speaker && isSpeech(c) && !inverted && !relative && (speaker.kind === 'name' || speaker.kind === 'pronoun')) {
    // ("Oduya said humidity levels were “about as low as they ever get,” adding that no rain was expected …": the clause
    // that holds a quotation is the quotation's to report; what the speaker added after it is a clause of its own)
    // (a person named, not a relative clause's antecedent: "rebuked critics who say he should …, saying …" is the
    // rebuker's)
    // (and a cue outside any quotation: "citing Exodus 18:21 (''select out of all the people able men who fear God''),")
    const quoteBefore = toks.slice(run.taken, c.first).some((t, n, a) => /^[“”"«»„]$/.test(t.text) || t.text === "'" && a[n + 1]?.text === "'");
    let open = Math.max(e, k);
    while (!quoteBefore && open < toks.length && open - k < 30 && !OPEN_MARK.test(toks[open]!.text) && !/^[.!?;]$/.test(toks[open]!.text)) open++;
    const close = !quoteBefore && OPEN_MARK.test(toks[open]?.text ?? '') ? closingMarkAfter(toks, open) : -1;
    if (close > 0) adding(toks, toks[close - 2]?.text === ',' ? close - 2 : close, speaker, si, run.out, close);
  }
}

/**
 * The index after the closing mark of the quotation that opens at the token `open`, within its sentence and 60
 * tokens; -1 when it does not close there.
 */
function closingMarkAfter(toks: readonly Token[], open: number): number {
  for (let j = open + 1; j < toks.length && j - open <= 60; j++) {
    if (CLOSE_MARK.test(toks[j]!.text) && toks[j]!.text !== '“') return j + 1;
    if (/^[.!?]$/.test(toks[j]!.text) && !CLOSE_MARK.test(toks[j + 1]?.text ?? '')) return -1;
  }
  return -1;
}

/**
 * The yes-or-no answer, the relative object and "as X said": forms read apart
 * from a clause after the cue. True when the cue is done with (what it
 * reports pushed onto run.out, or nothing to report).
 */
function reportSpecial(toks: readonly Token[], c: Cue, s: CueSpeaker, whoStart: number, si: number, run: CueRun): boolean {
  const { who, relative, inverted, speaker } = s;
  // "72 percent said yes", "she said no, no, no": the answer is what was said
  if (c.lemma === 'say' && who && !inverted && /^(yes|no)$/.test(toks[c.last + 1]?.lower ?? '') && toks[c.last + 2]?.kind !== 'word') {
    let j = c.last + 1;
    while (toks[j + 1]?.text === ',' && /^(yes|no)$/.test(toks[j + 2]?.lower ?? '')) j += 2;
    run.out.push({ ...spanOf(toks, c.last + 1, j + 1), rule: 'subject-cue-that', mention: speaker, cue: c, sentence: si });
    run.taken = j + 1;
    return true;
  }
  // "the plan, which the mayor said would cost billions", "what Trump says his plan would do":
  // what follows the cue is said of the relative's antecedent
  // ("what scientists think is necessary", "what advocates estimated were 100,000 adoptees": so with "what" and a verb of estimate)
  // (and a verb no list holds, read as "says" by its place, before a pronoun's clause: "which Mr. Clarke comments he is …")
  // (the gap of the object right after a verb no list holds, in a relative set off by a comma only: "…, which
  // officials expounded will go into effect")
  const commaWhich = toks[whoStart - 1]?.lower === 'which' && toks[whoStart - 2]?.text === ',';
  const objectRelative = who && !relative && /^(which|that|what)$/.test(toks[whoStart - 1]?.lower ?? '') && (PLAIN_SPEECH.test(c.lemma) || c.structural && !SOURCE.has(c.lemma) && (CLAUSE_PRONOUN.test(toks[c.last + 1]?.lower ?? '') || commaWhich && (AUXILIARY.test(toks[c.last + 1]?.lower ?? '') || IRREGULAR_PAST.has(toks[c.last + 1]?.lower ?? ''))) || toks[whoStart - 1]!.lower === 'what' && /^(estimate|think|believe|expect|consider)$/.test(c.lemma));
  if (objectRelative) {
    const from = clauseStart(toks, c.last + 1, c.last);
    let end = endOfClause(toks, from);
    if (toks[whoStart - 2]?.text === ',') end = toComma(toks, from, end);
    if (wordsIn(toks, from, end) >= 2 && hasVerbish(toks, from, end) && !/^(to|whether|if|so|nothing|about|when|while|after|before|because|as|since|until)$/.test(toks[from]?.lower ?? '')) {
      run.out.push({ ...spanOf(toks, from, end), rule: 'relative-object', mention: who!, cue: c, sentence: si });
      run.taken = end;
    }
    return true;
  }
  // "As Smith pointed out, CLAUSE": the words after the attribution's comma
  // (not where a clause of the cue's own follows it: "even as some of the candidates have said they oppose …" is a
  // "that"-clause after "as")
  const ownClause = toks[c.last + 1]?.lower === 'that' || CLAUSE_PRONOUN.test(toks[c.last + 1]?.lower ?? '');
  if (who && !relative && !ownClause && toks[whoStart - 1]?.lower === 'as' && (whoStart - 1 === run.taken || toks[whoStart - 2]?.text === ',' || whoStart - 2 === run.taken && /^(but|and|so)$/.test(toks[run.taken]!.lower)) && isSpeech(c)) {
    const comma = toks.findIndex((t, i) => i > c.last && i - c.last <= 8 && t.text === ',');
    const end = comma > 0 ? endOfClause(toks, comma + 1) : -1;
    if (comma > 0 && wordsIn(toks, comma + 1, end) >= MIN_WORDS && hasVerbish(toks, comma + 1, end)) {
      run.out.push({ ...spanOf(toks, comma + 1, end), rule: 'as-said', mention: who, cue: c, sentence: si });
      run.taken = end;
    } else if (toks[whoStart - 2]?.text === ',' && wordsIn(toks, run.taken, whoStart - 2) >= MIN_WORDS && hasVerbish(toks, run.taken, whoStart - 2)) {
      // "CLAUSE, as The New York Times reported on Tuesday."
      const after = pastTime(toks, c.last + 1);
      if (after >= toks.length || /^[.!?]$/.test(toks[after]!.text)) {
        run.out.push({ ...spanOf(toks, run.taken, whoStart - 2), rule: 'as-said', mention: who, cue: c, sentence: si });
        run.taken = c.last + 1;
      }
    }
    return true;
  }
  // "in what officials called a hate crime": the name given is what they said
  if (who && !relative && toks[whoStart - 1]?.lower === 'what' && /^(call|describe|term|dub|label|brand)$/.test(c.lemma)) {
    reportAct(toks, c, s, isAct(c), si, run);
    return true;
  }
  if (who && !relative && (/^(which|that|who|whom|what)$/.test(toks[whoStart - 1]?.lower ?? '') || toks[whoStart - 1]?.lower === 'as' && !ownClause)) return true;
  return false;
}

// The words of an anonymity's terms after "to" (and "not"): "be identified", "be named because", "give his name".
const ANONYMITY_TERMS = /^(?:be (?:named|identified|quoted|photographed)|(?:give|provide|use|disclose|reveal|share) (?:his|her|their|a|the)? ?(?:full |last )?names?)\b/;

// What one says that is no clause: "a few words", "a prayer", "grace", "a few things".
// ("said a word was missing" is a clause: a single "word" is left out)
const WORDS_SAID = /^(?:a (?:few|couple of) (?:words|things)|a (?:prayer|blessing)\b|(?:a|the) rosary\b|grace\b|(?:his|her|their) (?:goodbyes|farewells|prayers)\b)/;
// Words of a time of day before an occasion's preposition: "shortly after 10 p.m. in a statement", "night in a statement".
const TIME_OF_DAY_WORD = /^(?:shortly|just|soon|late|early|after|before|around|about|night|morning|afternoon|evening|midnight|noon|a\.m\.?|p\.m\.?|am|pm|et|gmt|\d{1,2}(?::\d\d)?|\.|:)$/;
/** Past the words of a time of day from `k` (at most six, before `e`): where an occasion's preposition may stand. */
function pastTimeWords(toks: readonly Token[], k: number, e: number): number {
  let j = k;
  while (j < e && j - k < 6 && TIME_OF_DAY_WORD.test(toks[j]!.lower)) j++;
  return VENUE_PREPOSITION.test(toks[j]?.lower ?? '') ? j : k;
}

/**
 * Is token `i` a participle of a document's posting right after its noun ("conceded in a statement posted on
 * Facebook")? After an act, no clause; after "said", a clause may follow without "that" ("said in a statement released
 * by the campaign the report merits …").
 */
const postedDocument = (toks: readonly Token[], i: number): boolean => /^(?:posted|released|issued|published|shared|sent|read|emailed)$/.test(toks[i]!.lower) && DOCUMENT_SAID.test(toks[i - 1]?.lower ?? '');

/** An act with its object, which is what the act reports (the cue had no clause after it). */
function reportAct(toks: readonly Token[], c: Cue, s: CueSpeaker, act: boolean, si: number, run: CueRun): void {
  const { relative, speaker } = s;
  // "Clinton criticized the plan", "Graham urged Congress to act", "Sanders called him divisive"
  // "declined to comment": the refusal is what was said; "responded to the charge": the charge
  const refusal = /^(decline|refuse|agree|vow|pledge|promise|threaten|want|hope)$/.test(c.lemma) && toks[c.last + 1]?.lower === 'to';
  let from = NAMING.test(c.lemma) ? c.first + 1 : c.last + 1;
  // ("at first", "at once": "at" only before a word of time; "announced at the briefing" has no object)
  for (;;) {
    if (from < toks.length && /^(\p{Ll}+ly|again|immediately|repeatedly|first)$/u.test(toks[from]!.lower)) from++;
    else if (toks[from]?.lower === 'at' && /^(first|once|last|least)$/.test(toks[from + 1]?.lower ?? '')) from += 2;
    else break;
  }
  if (/^(decline|refuse)$/.test(c.lemma) && toks[from]?.lower !== 'to') return;
  // ("who declined to be identified", "asked not to be named", "refused to give her name": the terms of anonymity, no words)
  if (/^(decline|refuse|ask|request)$/.test(c.lemma) && toks[from]?.lower === 'to') {
    const terms = toks[from + 1]?.lower === 'not' ? from + 2 : from + 1;
    if (ANONYMITY_TERMS.test(toks.slice(terms, terms + 3).map((t) => t.lower).join(' '))) return;
  }
  // "Clinton wants to triple the program", "Rubio hoped to emerge …": an intention, for a third person stated as a
  // fact (not "may want", "will hope", "if you want", "I want", "nobody wants")
  if (WISH.test(c.lemma) && (/^(i|we|you|they|who|that|nobody|no one|none|anyone|anybody)$/i.test(speaker.text) || /^(may|might|would|could|should|will|can|did|do|does|if|not|n't|never|really|still|just)$/.test(toks[c.first - 1]?.lower ?? ''))) return;
  // "spoke about the museum", "talked of a comeback": the subject of the talk
  if (/^(speak|talk)$/.test(c.lemma)) {
    // "spoke at the White House on Tuesday about …": past where and when
    let j = from;
    while (j < toks.length && j - from < 8 && !/^(about|of)$/.test(toks[j]!.lower) && (toks[j]!.kind === 'word' || toks[j]!.text === ',') && !hasVerbish(toks, j, j + 1)) j++;
    if (!/^(about|of)$/.test(toks[j]?.lower ?? '') || toks[j]!.lower === 'of' && j > from) return;
    // "spoke for about five minutes": "about" a number is no topic
    if (/^(\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|an?|half)/.test(toks[j + 1]?.lower ?? '') && /^(minutes?|hours?|seconds?|an|a|half|\d.*)$/.test(toks[j + 2]?.lower ?? toks[j + 1]!.lower)) return;
    from = j + 1;
  }
  if (/^(respond|reply)$/.test(c.lemma)) {
    if (toks[from]?.lower !== 'to') return;
    from++;
    // "did not respond to requests for comment": no words to report
    if (toks.slice(from, from + 3).some((t) => /^(requests?|messages?|emails?|e-mails?|calls?|inquiries|inquiry|questions?|voicemails?|attempts?|queries)$/.test(t.lower))) return;
  }
  // "found a way", "find themselves": what a poll or a study finds, not what a person finds
  // ("it found …" is left out: a pronoun does not say which; "found itself", "found ways to …": no finding)
  if (/^(find|show)$/.test(c.lemma) && speaker.kind === 'pronoun') return;
  if (c.lemma === 'find' && /^(itself|himself|herself|themselves|ourselves|myself|ways?)$/.test(toks[from]?.lower ?? '')) return;
  // "the two leaders mentioned sustaining their ties": a gerund names a topic of talks, not words
  // ("mentioned disparaging remarks" is an adjective and its noun)
  if (/^(mention|discuss)$/.test(c.lemma) && /^\p{Ll}{3,}ing$/u.test(toks[from]?.text ?? '') && (DETERMINERS.has(toks[from + 1]?.lower ?? '') || /^(my|your)$/.test(toks[from + 1]?.lower ?? ''))) return;
  // "a spokesman announced Monday morning.": a time is no object
  // ("reported late Thursday.", "announced early Monday": "late" and "early" before a day)
  while (from < toks.length && (WHEN.test(toks[from]!.lower) || TIME_TAIL.test(toks[from]!.lower) && !/^(this|last|on)$/.test(toks[from]!.lower) || /^(on|late|early)$/.test(toks[from]!.lower) && WHEN.test(toks[from + 1]?.lower ?? '') || toks[from]!.lower === 'last' && TIME_NOUN.test(toks[from + 1]?.lower ?? ''))) from++;
  // (a "that" clause is whole, adjuncts and all: "showed that during her first two years, more than half …")
  // (but "dismissed that approach in an interview with CNN": "that" before a noun and no verb is a determiner, and the
  // object ends before its adjunct)
  const clauseEnd = endOfClause(toks, from);
  let end = toks[from]?.lower === 'that' && hasVerbish(toks, from + 1, clauseEnd) ? clauseEnd : withoutAdjunct(toks, from, clauseEnd);
  // "Months after she mocked him on Twitter, the mayor says …": the act's object ends with its clause
  if (inOpeningClause(toks, run.taken, c.first)) end = toComma(toks, from, end);
  // "Sanders, who on Tuesday endorsed Clinton, said …": the relative clause ends at its comma
  if (relative && toks[relativeStart(toks, c.first)]?.text === ',') end = toComma(toks, from, end);
  const first = toks[from];
  // "…, but offered no proof.": nothing offered, where no clause says of what ("offered no proof that …" reports it)
  if (c.lemma === 'offered' && /^(?:no|few|little)$/.test(first?.lower ?? '') && end - from <= 3) {
    run.taken = Math.max(run.taken, end);
    return;
  }
  // "Nomination questions are likely to …": an auxiliary after the cue makes the cue a noun
  if (first && /^(is|are|was|were|will|would|has|have|had|can|could|should|coming|going)$/.test(first.lower)) return;
  // ("Farrow, questioned about that claim, maintained …": a participle set off after its subject's comma, before a
  // preposition, is passive, what was asked of them, no act of theirs)
  if (first && toks[c.first - 1]?.text === ',' && c.first === c.last && /ed$/.test(toks[c.first]!.lower) && /^(?:about|over|on|by|for)$/.test(first.lower)) return;
  const summons = NAMING.test(c.lemma) && (toks.slice(from + 1, Math.min(end, from + 5)).some((t) => /^(to|off|in|out|back|up|for)$/.test(t.lower)) || toks.slice(from, Math.min(end, from + 3)).some((t) => NOT_NAMED.test(t.lower)) || end - from < 2 || c.lemma === 'call' && (speaker.kind === 'noun' && /^(a|an)\s/i.test(speaker.text) || toks.slice(from, end).every((t) => t.kind !== 'word' || /^\p{Lu}/u.test(t.text) || NAME_LINK.test(t.lower))));
  if (first && first.kind === 'word' && end > from && wordsIn(toks, from, end) <= 60 && !summons && (refusal || !/^(to|in|on|at|by|as|of|with|from|after|before|during|up|off|out|back|into|it|this)$/.test(first.lower)) && !(first.lower === 'that' && !act)) {
    run.out.push({ ...spanOf(toks, from, end), rule: 'subject-act-object', mention: speaker, cue: c, sentence: si });
    run.taken = end;
    run.lastSpeaker = speaker;
    run.lastRelative = relative !== null;
  }
}

/** The token before "who" of a relative cue ("Smith, who said": the comma). */
function relativeStart(toks: readonly Token[], cueFirst: number): number {
  let i = cueFirst - 1;
  while (i > 0 && toks[i]!.lower !== 'who') i--;
  return i - 1;
}

/**
 * Does the capitalised -ing word at `k` open a gerund that is its clause's subject, with a finite verb of its own
 * within eight words and before any comma or subordinate clause ("Seeing his brother suffering led him to …")? Not a
 * participle's opening phrase ("Speaking to reporters on Monday, …"), nor a past participle's ("Asked about …").
 */
function gerundSubject(toks: readonly Token[], k: number, end: number): boolean {
  if (!/ing$/.test(toks[k]!.lower)) return false;
  for (let j = k + 1; j < end && j - k <= 8; j++) {
    const w = toks[j]!;
    if (w.kind !== 'word' || /^(?:who|which|that|whether|if|when|where|because|while|as)$/.test(w.lower)) return false;
    if (FINITE.test(w.lower) && !/^(?:also|still)$/.test(w.lower) || IRREGULAR_PAST.has(w.lower)) return true;
    // ("Rising star Theo Mbatha wants to leave …": a present or a past right after a name, the subject's verb)
    // (not after a preposition's object or a possessor: "Responding to Trump's remarks, …")
    if (j - 1 > k && /^\p{Lu}\p{Ll}+$/u.test(toks[j - 1]!.text) && /^\p{Ll}{3,}(?:[^su]s|ed)$/u.test(w.text) && !toks.slice(k + 1, j).some((t) => /^(?:to|of|for|with|on|in|at|by|from|about|against)$/.test(t.lower))) return true;
  }
  return false;
}

// Participles of how a source spoke, not of what it said: "asking not to be identified", "speaking on condition of
// anonymity", "declining to be named".
const MANNER_PARTICIPLE = /^(?:asking|speaking|requesting|declining|refusing)$/;

/** "…, adding that CLAUSE": a second statement of the same speaker. */
function adding(toks: readonly Token[], from: number, who: Mention, si: number, out: IndirectQuote[], next = from + 1): void {
  // (the comma, or a comma inside the closing mark of a quotation before it: "… “very low,” adding that …")
  if (toks[from]?.text !== ',') return;
  const c = cueAt(toks, next);
  if (!c || !c.gerund) return;
  let k = c.last + 1;
  if (toks[k]?.lower === 'that') k++;
  const e = endOfClause(toks, k);
  if (e - k >= MIN_WORDS) out.push({ ...spanOf(toks, k, e), rule: 'adding-that', mention: who, cue: c, sentence: si });
}

/**
 * After "about" and a number: the words of a noun phrase and then its verb,
 * "(about 20) people have indicated", "(about 300) more homes were damaged", so
 * that "about" opens the clause's subject; not "about 20 minutes" or "about 20 of them".
 */
function approximateSubject(toks: readonly Token[], from: number): boolean {
  for (let k = from; k < toks.length && k - from < 6; k++) {
    const t = toks[k]!;
    // (over the hyphen of a compound: "about 9,000 postal and pre-poll votes were …")
    if (t.text === '-') continue;
    if (t.kind !== 'word' || t.lower === 'of') return false;
    if (k > from && (AUXILIARY.test(t.lower) || t.lower === 'must')) return true;
  }
  return false;
}
