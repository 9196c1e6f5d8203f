// Where a reported clause starts and ends: past the cue's listener, venue and
// time ("told reporters on Monday that …"), up to the next statement, the
// writer's own clause or a closing attribution; the object of an act without
// its adjuncts; and the openings (datelines, time stamps, introductory
// phrases) that are no part of what is reported.
import { cueAt, findCues, stateModifier, type Cue } from '../cues.js';
import { CLOSE_MARK_TOKEN, OPEN_MARK_TOKEN, TIME_NOUN, TIME_SPAN, WHEN, openingPhraseEnd } from '../mentions.js';
import { ACT_FORMS, ACT_LEMMAS, EVIDENCE, IRREGULAR_PAST, NOUN_OR_VERB, isAct, isSpeech } from '../../lexicon/speech.js';
import { DETERMINERS } from '../../lexicon/people.js';
import type { Token } from '../../scan/tokens.js';
import {
  AUXILIARY, CLAUSE_PRONOUN, DASH_TOKEN, DETERMINER_LIKE, DETERMINER_WORD, MIN_WORDS, NOT_SUBJECT_START, OPEN_MARK, RELATIVE_VERB, VENUE, hasVerbish, introAt,
  joinsName, newClauseAt, pluralForm, tokenCue, wordsIn,
} from './words.js';
import { closingUnlisted, listenerBeforeClause, unlistedVerb } from './unlisted.js';

// Words after the cue that are not yet the reported clause: "said on Monday that", "told reporters that".
const SKIP_AFTER = /^(?:that|to|me|us|him|them|reporters|journalists|on|in|at|during|after|before|last|this|earlier|later|late|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|morning|afternoon|evening|night|week|month|year|january|february|march|april|june|july|august|september|october|november|december|a|an|the|statement|interview|briefing|speech|recent|news|conference|press|also|then|previously|repeatedly|again|publicly|privately|separately|,)$/;

// The first word of a venue or a listener between a cue and its "that" ("expressed in a declaration that …",
// "expressed to Reuters that …"; clauseStart reads past it).
export const VENUE_START = /^(?:in|on|at|during|via|through|to)$/;
// The prepositions of a place after a cue or its listener, before "that": "told reporters outside the plant that".
export const PLACE_PREPOSITION = /^(?:outside|inside|near|beside|behind|across|around)$/;

/** After "told", past its listener ("told a regular press briefing", "told reporters"): where the words after the cue go on. */
export function pastListener(toks: readonly Token[], c: Cue): number {
  return c.lemma === 'tell' ? listenerEnd(toks, c.last, 8, /^(?:that|to|about|whether|if|how|why|what)$/) : c.last + 1;
}

/**
 * Past the listener of the cue or participle ending at `last`: the first token after it, within `max` tokens, that is
 * no word or is one `stop` matches ("told POLITICO that": the "that").
 */
export function listenerEnd(toks: readonly Token[], last: number, max: number, stop: RegExp): number {
  // (a title in marks is a word of the listener's name: "told CBS’s “Face the Nation” on Sunday that")
  const accept = (k: number, words: number) => words < max && (toks[k]!.kind === 'word' && !stop.test(toks[k]!.lower) || joinsName(toks, k));
  const end = walkPastTitles(toks, last + 1, accept).end;
  // (and so is the short form the text defines for it: "told Marovia National Television (MNTV) on Sunday that")
  const past = pastShortForm(toks, end);
  return past > end ? walkPastTitles(toks, past, (k, words) => accept(k, words + past - last - 1)).end : end;
}

/** Past a short form in parentheses at `k` ("(MNTV)", "(MNA)"), or `k` where there is none. */
export function pastShortForm(toks: readonly Token[], k: number): number {
  return toks[k]?.text === '(' && toks[k + 2]?.text === ')' && /^\p{Lu}{2,6}$/u.test(toks[k + 1]?.text ?? '') ? k + 3 : k;
}

/**
 * From token `k` on, the tokens `accept` takes, and the titles in marks among them (pastTitle) as one word each:
 * where the walk stops, and how many more tokens than words the titles took. `accept` is asked only within the tokens,
 * with the number of words walked before `k`.
 */
export function walkPastTitles(toks: readonly Token[], k: number, accept: (k: number, words: number) => boolean): { end: number; titled: number } {
  const from = k;
  let titled = 0;
  for (;;) {
    const past = pastTitle(toks, k);
    if (past > k) {
      titled += past - k - 1;
      k = past;
      continue;
    }
    if (k >= toks.length || !accept(k, k - from - titled)) return { end: k, titled };
    k++;
  }
}
export const THAT = /^that$/;

/**
 * "reported, citing two officials familiar with the case, that …": where "citing" at `k` opens whom a report cites, up to
 * its comma and a "that" right after it, the index of that "that"; -1 otherwise.
 */
export function citedBeforeThat(toks: readonly Token[], k: number): number {
  if (toks[k]?.lower !== 'citing') return -1;
  let j = k + 1;
  while (j < toks.length && j - k <= 16 && toks[j]!.text !== ',') j++;
  return toks[j]?.text === ',' && toks[j + 1]?.lower === 'that' ? j + 1 : -1;
}

/**
 * Past the name of a programme, a podcast or a show in double marks that opens at `k` ("“Face the Nation”", "“State of
 * the Union,”", "“60 Minutes”"): the token after its closing mark. `k` itself where none opens there: the words in
 * marks must be a title's, capitalised but for its small linking words, at most eight of them.
 */
export function pastTitle(toks: readonly Token[], k: number): number {
  if (!OPEN_MARK_TOKEN.test(toks[k]?.text ?? '')) return k;
  let j = k + 1;
  while (j < toks.length && j - k <= TITLE_WORDS && toks[j]!.kind === 'word' && (/^[\p{Lu}\d]/u.test(toks[j]!.text) || j > k + 1 && TITLE_LINK.test(toks[j]!.lower))) j++;
  if (j === k + 1 || !/^[\p{Lu}\d]/u.test(toks[j - 1]!.text)) return k;
  if (toks[j]?.text === ',' && CLOSE_MARK_TOKEN.test(toks[j + 1]?.text ?? '')) j++;
  return CLOSE_MARK_TOKEN.test(toks[j]?.text ?? '') ? j + 1 : k;
}
const TITLE_WORDS = 8;
// The small words inside a title ("Meet the Press", "State of the Union", "Face the Nation", "This Week with …").
const TITLE_LINK = /^(?:the|of|and|a|an|in|on|at|for|to|with|from|by|&)$/;
/** How many words a listener between "told" and "that" may have. */
export const LISTENER_WORDS = 5;

// Acts of wishing ("wants to …", "hoped to …"): reported for their subject, but no statement that ends another's clause
// ("Sherry said she considered it, but she wanted to be realistic" is one clause).
export const WISH = /^(?:want|hope)$/;
// the words that join another speaker's clause in endOfClause (a set: asked of every word; see ASKED in questions.ts)
const CLAUSE_JOINERS = new Set(['and', 'while', 'but', 'whereas']);

/**
 * Is the act `lemma` a wish of the clause's own subject, which goes on with the clause rather than end it: after "and"
 * with no subject of its own (`subject` null, "… and wanted …"), or after a subject pronoun ("…, but she wanted …")?
 * A wish after a subject of its own ends it: "…, and Republicans want …".
 */
const ownWish = (lemma: string, subject: string | null): boolean => WISH.test(lemma) && (subject === null || CLAUSE_PRONOUN.test(subject));
// "…, but gave no details", "… but would not say when": what the speaker did not say, after the clause they said
const WITHHELD_VERB = /^(?:gave|offered|provided|cited|presented)$/;
const WITHHELD_OBJECT = /^(?:no|few|little)$/;
const WITHHELD_NOT = /^(?:did|would)$/;
const WITHHELD_SAY = /^(?:elaborate|say|give|provide|offer|specify|comment|explain|answer|identify|name|disclose|respond|detail|discuss|confirm)$/;
function withheldDetail(toks: readonly Token[], j: number): boolean {
  const w = toks[j]?.lower ?? '';
  if (WITHHELD_VERB.test(w)) return WITHHELD_OBJECT.test(toks[j + 1]?.lower ?? '');
  // ("but declined to give details", "and refused to say when"; not "and refused to drop the gun", the clause's own)
  if (/^(?:declined|refused)$/.test(w)) return toks[j + 1]?.lower === 'to' && WITHHELD_SAY.test(toks[j + 2]?.lower ?? '');
  if (WITHHELD_NOT.test(w) && toks[j + 1]?.lower === 'not') return WITHHELD_SAY.test(toks[j + 2]?.lower ?? '');
  return /^(?:didn|wouldn)[’']t$/.test(w) && WITHHELD_SAY.test(toks[j + 1]?.lower ?? '');
}

// A modal before the bare form of a clause's verb; and the auxiliaries after which a past form is a participle.
export const MODAL = /^(?:would|will|could|can|should|might|may|must|shall)$/;
const PARTICIPLE_AUXILIARY = /^(?:be|been|being|was|were|is|are|have|has|had|get|got)$/;

/**
 * Is the word after the "and" at `k` a past tense with its object, where the clause from `from` has its verb as a
 * modal's bare form (no "be" or "have" after the modal, whose participles "and" may join: "would be reviewed and
 * approved")?
 */
function pastAfterModal(toks: readonly Token[], from: number, k: number): boolean {
  const v = toks[k + 1];
  const object = toks[k + 2];
  if (!v || v.kind !== 'word' || !/^\p{Ll}{2,}[^e]ed$/u.test(v.text) || !object || object.kind !== 'word' || /^(?:by|to|as|in|at|with|from|and|or)$/.test(object.lower)) return false;
  let m = k - 1;
  while (m >= from && !MODAL.test(toks[m]!.lower)) m--;
  if (m < from || toks[m + 1]?.kind !== 'word' || /^(?:not|be|have|also|still|never)$/.test(toks[m + 1]!.lower)) return false;
  for (let j = m + 1; j < k; j++) if (PARTICIPLE_AUXILIARY.test(toks[j]!.lower) || toks[j]!.lower === 'that' || toks[j]!.lower === 'who' || toks[j]!.lower === 'which') return false;
  // (nor the last of a list of objects: "would bring better-paying jobs, renovated schools, and repaired bridges")
  const comma = k - 1;
  if (toks[comma]!.text === ',') {
    let c = comma - 1;
    while (c > m && toks[c]!.text !== ',') c--;
    if (c > m && comma - c <= 4) return false;
  }
  return true;
}

// The verbs of naming someone something ("calls her a friend", "labeled him …").
const NAMING_VERB = /^(?:calls|called|labels|labeled|labelled|dubs|dubbed|brands|branded|describes|described)$/;

/** The auxiliaries a plural subject takes: "borrowing costs could …", "rising prices have …". */
const PLURAL_AUXILIARY = /^(?:could|would|will|can|may|might|should|must|have|had|are|were)$/;
/** Is toks[k] a plural noun before an auxiliary a plural takes ("costs could" of "borrowing costs could rise")? */
const pluralSubjectAt = (toks: readonly Token[], k: number): boolean =>
  /^\p{Ll}+s$/u.test(toks[k]?.text ?? '') && !/^(?:us|his|its|this|was|is|has|does)$/.test(toks[k]!.lower) && PLURAL_AUXILIARY.test(toks[k + 1]?.lower ?? '');

export function endOfClause(toks: readonly Token[], from: number): number {
  // the clause runs to the sentence end, or to ", adding that" / ", saying",
  // or to a trailing attribution (", the Reuters news agency reported"), or
  // to the comma before a quotation that follows it
  let e = toks.length;
  for (let k = from; k < toks.length; k++) {
    const t = toks[k]!;
    if (OPEN_MARK.test(t.text)) {
      // back to the comma or dash before the quotation ("the plan was unserious - “Again, …”")
      // (not to a second verb of the subject: "she’s glad … and looks forward to “…”" is one mixed quote)
      let c = k - 1;
      while (c > from && toks[c]!.text !== ',' && !DASH_TOKEN.test(toks[c]!.text)) c--;
      e = c > from ? c : from;
      break;
    }
    // "… and warned against …", "…, then says …": a second statement of the same subject ends the first
    if ((t.lower === 'and' || t.lower === 'but' || t.lower === 'then' && toks[k - 1]!.text === ',') && k > from) {
      let j = k + 1;
      while (j < toks.length && /^(also|then|later|has|have|had|is|was|will|would|\p{Ll}+ly)$/u.test(toks[j]!.lower)) j++;
      const c = cueAt(toks, j);
      // (not a plural noun that closes the clause's subject before its verb, which does not agree with the plural: "the
      // spate of shootings and protests demands that …")
      const subjectNoun = c !== null && j === k + 1 && c.first === c.last && pluralForm(toks[j]) && (/^(?:has|is|was)$/.test(toks[j + 1]?.lower ?? '') || pluralForm(toks[j + 1]) && cueAt(toks, j + 1) !== null);
      // (or, after a comma, the past of an act the cue lexicon does not hold: "…, but declined to rule out job cuts")
      const act = !c && j === k + 1 && toks[k - 1]!.text === ',' && /ed$/.test(toks[j]?.lower ?? '') && ACT_FORMS.has(toks[j]!.lower);
      if (c && !subjectNoun && !c.gerund && (isSpeech(c) || isAct(c) && !ownWish(c.lemma, null)) && !stateModifier(toks, c) || act || withheldDetail(toks, k + 1)) {
        e = k;
        break;
      }
    }
    // ("says he respects Clinton and calls her “an extremely intelligent woman”": a verb of naming after "and", with
    // its object pronoun, is the subject's second act, not the clause's)
    if (t.lower === 'and' && k > from + 2 && NAMING_VERB.test(toks[k + 1]?.lower ?? '') && /^(?:her|him|them|it|me|us)$/.test(toks[k + 2]?.lower ?? '')) {
      e = k;
      break;
    }
    // ("… sentencing would take place on Aug. 14 and ordered Sallis held without bail": a past tense after "and" goes on
    // no clause whose verb is a modal's bare form; it is the subject's second act)
    if (t.lower === 'and' && k > from + 2 && pastAfterModal(toks, from, k)) {
      e = k;
      break;
    }
    // "… and Democrats accused the GOP …", "…, while 22 percent said …": another speaker's statement
    if (CLAUSE_JOINERS.has(t.lower) && k > from + 2) {
      // (past a long title and name before the cue: "…, and Minister of Trade and Industry Lukas Brandl said …")
      let reach = k + 8;
      for (let r = k + 1; r < toks.length && r < k + 16 && (/^\p{Lu}/u.test(toks[r]!.text) || TITLE_LINK.test(toks[r]!.lower)); r++) reach = Math.max(reach, r + 3);
      const other = findCues(toks, k + 1, Math.min(toks.length, reach)).find((x) => !x.gerund && (isSpeech(x) || isAct(x) && !ownWish(x.lemma, toks[k + 1]!.lower))) ?? actWordIn(toks, k + 2, Math.min(toks.length, k + 8));
      // (not a noun in a compound subject: "the flight data and cockpit voice recorders had been flown …")
      const compound = other !== undefined && NOUN_OR_VERB.test(toks[other.first]!.lower) && toks[other.last + 1]?.kind === 'word' && /^(?:had|has|have|was|were|is|are|will|would|could|can)$/.test(toks[other.last + 2]?.lower ?? '');
      // (nor a plural noun whose verb does not agree with it, so that it closes the subject the clause began with: "the
      // spate of shootings and protests demands that …")
      const disagreeing = other !== undefined && other.first === k + 2 && pluralForm(toks[k + 1]) && pluralForm(toks[other.first]);
      if (other && !compound && !disagreeing && other.first > k + 1 && toks.slice(k + 1, other.first).every((w) => w.kind === 'word' && !/^(that|which|who|to|is|was|are|were|has|have|had|would|will)$/.test(w.lower))) {
        e = k;
        break;
      }
    }
    // ("Machado promised to support Clinton and verbalized she would …": the subject's second verb no list holds, before
    // a clause of its own)
    if (t.lower === 'and' && k > from + 2 && (toks[k + 2]?.lower === 'that' || CLAUSE_PRONOUN.test(toks[k + 2]?.lower ?? '')) && unlistedVerb(toks, k + 1)) {
      e = k;
      break;
    }
    // ("…, but he expounded that discussion should wait": a pronoun's verb no list holds, before its own clause)
    if (CLAUSE_JOINERS.has(t.lower) && k > from + 2 && /^(?:he|she|they)$/.test(toks[k + 1]?.lower ?? '') && (toks[k + 3]?.lower === 'that' || CLAUSE_PRONOUN.test(toks[k + 3]?.lower ?? '')) && unlistedVerb(toks, k + 2)) {
      e = k;
      break;
    }
    // "…; they only learned on Friday …": a semicolon starts the writer's next clause
    if (t.text === ';' && k > from + 2) {
      e = k;
      break;
    }
    if (t.text !== ',') continue;
    const nextWord = toks[k + 1]?.lower ?? '';
    // "… support Mr. Trump, the presumed Putin favorite.": the writer's appositive on the last name
    if (/^(the|a|an)$/.test(nextWord) && k - from >= 3 && /^\p{Lu}/u.test(toks[k - 1]!.text) && hasVerbish(toks, from, k)) {
      let r = k + 2;
      while (r < toks.length && toks[r]!.kind === 'word' && !/^(that|who|which|whose)$/.test(toks[r]!.lower)) r++;
      // ("the presumed favorite": a participle right after the article is an adjective)
      const verbal = toks.slice(k + 1, r).some((w, j) => AUXILIARY.test(w.lower) || IRREGULAR_PAST.has(w.lower) || j > 1 && /^\p{Ll}{3,}(?:ed|es)$/u.test(w.text));
      // ("differ on Israel, the Iranian nuclear deal and the possibility of …": the last items of a list, no apposition)
      const list = toks.slice(k + 2, r).some((w) => w.lower === 'and' || w.lower === 'or');
      if (!verbal && !list && (r >= toks.length || toks[r]!.kind === 'word' || /^[.!?]$/.test(toks[r]!.text))) {
        e = k;
        break;
      }
    }
    // "…, and Hillary Clinton is promising …", "…, and when pressed …": the writer's next
    // clause, with a subject of its own, after a reported clause that is already whole
    if (nextWord === 'and' && k - from >= 4 && newClauseAt(toks, k + 2) && hasVerbish(toks, from, k)) {
      e = k;
      break;
    }
    // (", however …", ", while …", ", compared with …": the writer's contrast after a whole clause; not ", even if …" nor
    // ", but …", which the annotators read as the speaker's)
    // (but an -ing word with its plural noun before an auxiliary is the subject of the main clause after an opening one: "if the
    // cap fails, borrowing costs could rise")
    if (/^\p{Ll}{3,}ing$/u.test(nextWord) && !/^(including|according|regarding|concerning|following|notwithstanding|during|nothing|something|anything|everything|bring|thing|king|spring|string)$/.test(nextWord) && !pluralSubjectAt(toks, k + 2) || /^(although|though|whereas|however|while)$/.test(nextWord) ||
      k - from >= 4 && /^(?:compared|contrasted)$/.test(nextWord) && /^(?:with|to)$/.test(toks[k + 2]?.lower ?? '')) {
      e = k;
      break;
    }
    if (/^(adding|saying|noting|arguing|warning|insisting|explaining|citing|according|referring)$/.test(toks[k + 1]?.lower ?? '') || /^(when|after|if|once)$/.test(toks[k + 1]?.lower ?? '') && toks[k + 2]?.lower === 'asked') {
      e = k;
      break;
    }
    // ("…, the former prosecutor added, but …": an attribution set off by commas inside the sentence closes the clause
    // before it, as one closing the sentence does)
    const inner = findCues(toks, k + 2, Math.min(toks.length, k + 7)).find((x) => !x.gerund);
    if (inner && inner.last + 1 < toks.length && toks[inner.last + 1]!.text === ',' && /^(?:the|a|an|he|she|they|\p{Lu}.*)$/u.test(toks[k + 1]!.text) && toks.slice(k + 1, inner.first).every((w) => w.kind === 'word' && !AUXILIARY.test(w.lower) && w.lower !== 'that')) {
      e = k;
      break;
    }
    const rest = toks.length - k;
    if (rest <= 10) {
      const c = findCues(toks, k + 1, toks.length).find((x) => !x.gerund);
      if (c && toks.length - c.last <= 4 || !c && closingUnlisted(toks, k)) {
        e = k;
        break;
      }
    }
  }
  while (e > from && toks[e - 1]!.kind === 'punct') e--;
  return e;
}

/**
 * Where a closing attribution's clause starts: "China had long resisted such
 * deals, but the pollution had become so bad, Mr. Obama noted" vouches for the
 * clause after ", but" that has a subject of its own; "…, with two-thirds of
 * the money coming from men, according to the center" (with `circumstance`)
 * for the words after ", with" or a colon.
 */
export function lastSegment(toks: readonly Token[], from: number, end: number, circumstance = true): number {
  for (let j = end - 2; j > from + 2; j--) {
    const t = toks[j]!;
    if (t.text === ',' && toks[j + 1]?.lower === 'but' && newClauseAt(toks, j + 2) && wordsIn(toks, j + 2, end) >= MIN_WORDS) return j + 2;
    // "The unions objected at first; the changes were unfair, Dent said": a semicolon ends the writer's clause
    if (t.text === ';' && newClauseAt(toks, j + 1) && wordsIn(toks, j + 1, end) >= MIN_WORDS) return j + 1;
    // "… why the other side must be wrong - which it often is, according to Scott": the source vouches for the
    // writer's remark after the dash, not for the sentence it comments on (a dash of its own: not one that closes an
    // aside, "… tuition -- health care, energy costs -- which makes the price go up …, Kantrowitz said")
    if (DASH_TOKEN.test(t.text) && toks[j + 1]?.lower === 'which' && wordsIn(toks, j + 1, end) >= MIN_WORDS && !toks.slice(from, end).some((x, n) => n !== j - from && DASH_TOKEN.test(x.text))) return j + 1;
    // (not the colon of a time, "around 8:30 p.m.")
    const colon = t.text === ':' && !(/^\d+$/.test(toks[j - 1]!.text) && /^\d+$/.test(toks[j + 1]?.text ?? '') && toks[j + 1]!.start === t.end);
    if (circumstance && (t.text === ',' && toks[j + 1]?.lower === 'with' || colon) && wordsIn(toks, j + 1, end) >= MIN_WORDS && hasVerbish(toks, from, j)) return colon ? j + 1 : j + 2;
  }
  return from;
}

/** An act or evidence verb that the cue lexicon does not hold, in tokens [a, b): "… and Democrats accused the GOP". */
function actWordIn(toks: readonly Token[], a: number, b: number): Cue | undefined {
  for (let i = a; i < b; i++) {
    const lemma = ACT_FORMS.get(toks[i]!.lower) ?? EVIDENCE.get(toks[i]!.lower);
    if (lemma && ACT_LEMMAS.has(lemma) && !ownWish(lemma, toks[i - 1]!.lower) && /^\p{Ll}/u.test(toks[i]!.text) && !/^(the|a|an|his|her|their|its)$/.test(toks[i - 1]!.lower)) return tokenCue(toks, i, lemma);
  }
  return undefined;
}

/**
 * The object of a speech act without the time and place of the act:
 * "attacked the budget on Tuesday" → "the budget".
 */
export function withoutAdjunct(toks: readonly Token[], from: number, end: number): number {
  for (let k = from + 1; k < end; k++) {
    const w = toks[k]!.lower;
    const next = toks[k + 1]?.lower ?? '';
    const after = toks[k + 2]?.lower ?? '';
    // "… but also had to give him more time", "… but has been met with opposition": a second predicate of the subject
    const pred = /^(also|then|later|still)$/.test(next) ? after : next;
    if (/^(and|but)$/.test(w) && (IRREGULAR_PAST.has(pred) || /^\p{Ll}{3,}ed$/u.test(pred) && k + 2 < end)) return k;
    // "…, with RealClearPolitics showing …", "… as Pyongyang fired …": the writer's own circumstance
    if (w === ',' && next === 'with' && /^\p{Lu}/u.test(toks[k + 2]?.text ?? '') || w === 'as' && k > from + 1 && /^\p{Lu}/u.test(toks[k + 1]?.text ?? '') && toks[k + 1]!.kind === 'word') return k;
    if (/^(when|while|because|since|although|though|unless|whereas)$/.test(w) || (/^(and|but)$/.test(w) && /^(has|have|had|was|were|is|are|will|would|plans|said|says)$/.test(next)) || (w === ',' && /^(but|while|although|though)$/.test(next)) ||
      (w === 'in' && (VENUE.test(next) || VENUE.test(after) && !DETERMINERS.has(next) && /^\p{Ll}/u.test(next))) ||
      (w === ',' && /^(which|who|whom|whose|where)$/.test(next)) || (w === 'on' && WHEN.test(next)) || (/^(last|this|next|earlier)$/.test(w) && TIME_NOUN.test(next)) || /^(yesterday|today|tonight|during)$/.test(w) || (/^(in|at|during)$/.test(w) && /^(a|an|the|his|her|their|its)$/.test(next) && (VENUE.test(after) || VENUE.test(toks[k + 3]?.lower ?? '')))) {
      return k;
    }
  }
  return end;
}

/**
 * Where the reported clause starts after the cue: past "that" and the words
 * before it ("said on Monday that", "said in a statement that"), or past
 * adverbs and time words only ("said Monday the plan …": "the" opens the clause).
 */
export function clauseStart(toks: readonly Token[], k: number, cueLast: number): number {
  // ("issued a statement saying the harbour would reopen", "posted a brief message stating …": the document and the
  // participle that gives its words come before the clause)
  const said = documentSaying(toks, k);
  if (said > 0) return said;
  // ("said, according to Interfax, that …", "said, however, that …": an aside set off by commas, then "that"; maybe after
  // the occasion, "said on arrival, according to MNA, that …")
  let a = k;
  if (k === cueLast + 1 && OCCASION.test(toks[k]?.lower ?? '')) while (a < toks.length && a - k < 5 && toks[a]!.kind === 'word') a++;
  if (k === cueLast + 1 && toks[a]?.text === ',') {
    let n = a + 1;
    while (n < toks.length && n - a <= 15 && toks[n]!.text !== ',' && toks[n]!.lower !== 'that' && !CLAUSE_END.test(toks[n]!.text)) n++;
    if (n > a + 1 && toks[n]?.text === ',' && toks[n + 1]?.lower === 'that') return n + 2;
  }
  let j = k;
  // (the month in its capital, not the auxiliary: "said in May that …")
  while (j < toks.length && j - cueLast < 9 && (SKIP_AFTER.test(toks[j]!.lower) || toks[j]!.text === 'May') && toks[j]!.lower !== 'that') j++;
  if (toks[j]?.lower === 'that') return j + 1;
  // ("warned a year ago that …", "said two weeks ago that …": a time ago, then "that")
  if (/^(?:a|an|one|two|three|four|five|six|several|few|many|some)$/.test(toks[k]?.lower ?? '') && TIME_SPAN.test(toks[k + 1]?.lower ?? '') && toks[k + 2]?.lower === 'ago' && toks[k + 3]?.lower === 'that') return k + 4;
  // "announced on her Facebook page that …", "said in a letter to donors that …": a place or a medium, then "that"
  // ("said Thursday during a taping of a town hall meeting in Buffalo, New York, that …": after a day, and over the
  // commas of a place's name, up to fifteen words, with no verb or relative word of a clause between)
  let m = k;
  // (or a time of two words: "stated last month on the Sweet Spot podcast that", "said earlier this week in …")
  while (m < toks.length && m - k < 3) {
    if (/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|earlier|later|also)$/.test(toks[m]!.lower)) m++;
    else if (/^(?:last|this|next)$/.test(toks[m]!.lower) && TIME_NOUN.test(toks[m + 1]?.lower ?? '')) m += 2;
    else break;
  }
  // ("explained to Reuters the harbour would reopen": a listener after "to", then the clause without "that")
  const listened = toks[m]?.lower === 'to' ? listenerBeforeClause(toks, m + 1) : -1;
  if (listened > m + 1 && toks[listened]!.lower !== 'that') return listened;
  // ("told the crowd outside that": a place's adverb alone)
  if (/^(?:outside|inside|nearby|afterwards|afterward)$/.test(toks[m]?.lower ?? '') && toks[m + 1]?.lower === 'that') return m + 2;
  // ("told reporters outside the plant that": a place by its preposition too)
  if (VENUE_START.test(toks[m]?.lower ?? '') || PLACE_PREPOSITION.test(toks[m]?.lower ?? '') || /^(?:after|before|following)$/.test(toks[m]?.lower ?? '')) {
    let p = m + 1;
    // (a comma between a place's capitalised words only, "Buffalo, New York, that"; not before a participle's phrase,
    // "a message from Wendy Sherman, reporting that …")
    // (a programme's title in marks counts as one word: "said on NBC’s “Meet the Press” that")
    const walk = walkPastTitles(toks, p, (j, words) => words < 15 && (toks[j]!.kind === 'word' && !(toks[j - 1]!.text === ',' && /^\p{Ll}+ing$/u.test(toks[j]!.text)) || joinsName(toks, j) || toks[j]!.text === ',' && (/^\p{Lu}/u.test(toks[j - 1]!.text) && /^(?:\p{Lu}|that$)/u.test(toks[j + 1]?.text ?? '') || placeApposition(toks, j) || toks[j + 1]?.lower === 'that' && placeApposition(toks, apposedFrom(toks, j)))) && toks[j]!.lower !== 'that' && !AUXILIARY.test(toks[j]!.lower) && !IRREGULAR_PAST.has(toks[j]!.lower) && !/^(?:which|who|whom|whose|when|where|while|because|if|as|and|but)$/.test(toks[j]!.lower));
    p = walk.end;
    const titled = walk.titled;
    // (past the first eight words, a day or a comma, a "that" with a verb right after it is a relative pronoun: "in
    // ways that might give …")
    const near = m === k && p - m - titled < 8 && toks.slice(m, p).every((t) => t.kind === 'word' || t.text === '&' || OPEN_MARK_TOKEN.test(t.text) || CLOSE_MARK_TOKEN.test(t.text) || titled > 0 && t.text === ',');
    if (toks[p]?.lower === 'that' && p > m + 1 && (near || !RELATIVE_VERB.test(toks[p + 1]?.lower ?? ''))) return p + 1;
  }
  while (k < toks.length && k - cueLast < 9 && SKIP_BARE.test(toks[k]!.lower)) k++;
  return k;
}
/**
 * Does the comma at `j` open a place's apposition set off by commas before "that" ("told reporters in the regional
 * capital, Calloway, that …", "told Reuters in Calloway, the capital, that …"): a name of one to three capitalised
 * words, or a description of up to four words with its article, a comma, then "that"?
 */
function placeApposition(toks: readonly Token[], j: number): boolean {
  let n = j + 1;
  const described = /^(?:the|a|an)$/.test(toks[n]?.lower ?? '');
  while (n < toks.length && n - j <= (described ? 4 : 3) && toks[n]!.kind === 'word' && (described || /^\p{Lu}/u.test(toks[n]!.text)) && !AUXILIARY.test(toks[n]!.lower) && !IRREGULAR_PAST.has(toks[n]!.lower)) n++;
  return n > j + 1 && toks[n]?.text === ',' && toks[n + 1]?.lower === 'that';
}
/** The comma that opens the apposition the comma at `j` closes (or `j` itself, where there is none within five words). */
function apposedFrom(toks: readonly Token[], j: number): number {
  for (let n = j - 1; n >= 0 && j - n <= 5; n--) if (toks[n]!.text === ',') return n;
  return j;
}
/**
 * Past a document and the participle that gives its words, at `k` right after a cue ("a statement saying", "a brief
 * note stating", "its own release declaring"): where the clause starts, or -1.
 */
function documentSaying(toks: readonly Token[], k: number): number {
  if (!DETERMINER_WORD.test(toks[k]?.lower ?? '')) return -1;
  for (let j = k + 1; j < toks.length && j - k <= 3; j++) {
    if (toks[j]!.kind !== 'word') return -1;
    if (DOCUMENT_SAID.test(toks[j]!.lower)) return SAYING.test(toks[j + 1]?.lower ?? '') && toks[j + 2]?.kind === 'word' ? (toks[j + 2]!.lower === 'that' ? j + 3 : j + 2) : -1;
  }
  return -1;
}
export const DOCUMENT_SAID = /^(?:statement|release|note|letter|message|post|tweet|video|memo|notice|bulletin|advisory|communiqué|communique|email|e-mail)$/;
export const SAYING = /^(?:saying|stating|declaring|announcing|noting|warning|asserting|claiming|insisting|reading|explaining|confirming|adding)$/;

// What opens the occasion of a cue before an aside or a source: "on arrival", "in Brussels", "on Monday", "late on
// Sunday", "Monday".
export const OCCASION = /^(?:on|in|at|during|after|before|upon|late|early|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|earlier|later)$/;
// What ends the search for an aside's closing comma: the sentence's or a clause's end, a quotation's mark.
const CLAUSE_END = /^[.;:!?“”"]$/;
// What may stand between a cue and its clause without "that": adverbs, days, a comma.
const SKIP_BARE = /^(?:on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|also|then|previously|repeatedly|again|publicly|privately|separately|earlier|later|,)$/;
/** Whether the cue at `cue` stands in a clause that opens the sentence ("When he said …,", "Months after she mocked him …,"), before its comma. */
export function inOpeningClause(toks: readonly Token[], from: number, cue: number): boolean {
  // ("Later, after the board asked …,": past a short opening phrase)
  const after = openingPhraseEnd(toks, from);
  return opensSubordinate(toks, from, cue) || (after > from && after < cue && opensSubordinate(toks, after, cue));
}

function opensSubordinate(toks: readonly Token[], from: number, cue: number): boolean {
  const first = toks[from]?.lower ?? '';
  const subordinate = /^(once|when|whenever|while|although|though|after|before|because|since|if|unless|until)$/.test(first) ||
    /^(minutes|hours|days|weeks|months|years|shortly|just|soon|moments)$/.test(first) && /^(after|before|since)$/.test(toks[from + 1]?.lower ?? '');
  return subordinate && !toks.slice(from, cue).some((t) => t.text === ',');
}

/** The first comma in tokens (a, end), or end. */
export function toComma(toks: readonly Token[], a: number, end: number): number {
  const comma = toks.findIndex((t, i) => i > a && i < end && t.text === ',');
  return comma > a ? comma : end;
}

/** "WASHINGTON (AP) — …", "CAMBRIDGE, Mass., Dec. 11 (UPI) — …": the index after a dateline's dash, or 0. */
export function datelineEnd(toks: readonly Token[]): number {
  const first = toks[0];
  const stamp = timestampEnd(toks);
  if (stamp > 0) return stamp;
  if (!first || first.kind !== 'word' || !/^\p{Lu}{2,}$/u.test(first.text)) return 0;
  // (a place's words and an agency in brackets, no word in lower case outside them: "GOP nominee Donald Trump — who …
  // — said" opens with a party's capitals, not a dateline)
  let depth = 0;
  for (let j = 1; j < toks.length && j < 14; j++) {
    const t = toks[j]!.text;
    if (/^(—|―|–|--)$/.test(t)) return j + 1;
    if (t === '(') depth++;
    else if (t === ')') depth--;
    else if (depth <= 0 && /^\p{Ll}/u.test(t)) return 0;
  }
  return 0;
}

/**
 * Where a live blog's time stamp ends, if the sentence opens with one: "9:42 a.m. —", "Update, 10:15 p.m. ET:",
 * "0942 GMT:" (the stamp and its dash or colon are no part of what is reported).
 */
function timestampEnd(toks: readonly Token[]): number {
  let j = 0;
  if (/^updated?$/i.test(toks[j]?.text ?? '')) j += toks[j + 1]?.text === ',' ? 2 : 1;
  if (!/^\d{1,4}$/.test(toks[j]?.text ?? '')) return 0;
  j++;
  if (toks[j]?.text === ':' && /^\d\d$/.test(toks[j + 1]?.text ?? '')) j += 2;
  const meridiem = /^(?:a\.m\.?|p\.m\.?|am|pm)$/i.test(toks[j]?.text ?? '');
  if (meridiem) j++;
  const zone = /^(?:ET|EST|EDT|CT|PT|PST|PDT|GMT|BST|UTC|CET|CEST)$/.test(toks[j]?.text ?? '');
  if (zone) j++;
  // (a bare number before a colon is no time: "2: The plan …"; nor before a dash: "20 — the share …")
  if (j < 2 && !meridiem && !zone) return 0;
  return /^(?:—|―|–|--|:)$/.test(toks[j]?.text ?? '') ? j + 1 : 0;
}

const MONTH = /^(january|february|march|april|may|june|july|august|september|october|november|december)$/;
const INTRO_MORE = /^(even|despite|like|unlike|besides|beyond|instead|just|shortly|minutes|hours|days|weeks|months|years|moments|decades|close|contrary|thanks|due|regardless|apart|aside)$/;

/**
 * Whether the words from k open with an adverbial rather than a subject: "But
 * despite the kind words, …", "Last September, when …", "A few minutes later,
 * …", "Like other owners who …, …". Such a phrase is no reported clause.
 */
export function opensWithIntro(toks: readonly Token[], k: number): boolean {
  while (k < toks.length && /^(but|and|yet|so|moreover|however|still|now|then|also|indeed|meanwhile)$/.test(toks[k]!.lower)) k++;
  const t = toks[k];
  if (!t) return false;
  // ("About 270 people have …", "More than 1.5 million voters turned out …": a count that is the clause's subject)
  // (not a time: "Less than 30 minutes later, …", "About two weeks ago, …")
  // ("At least 11 people were killed …", "At most a dozen …": "at least" and "at most" are a count's too)
  const count = /^(?:about|some|nearly|almost|roughly|approximately)$/.test(t.lower) && COUNT_WORD.test(toks[k + 1]?.lower ?? '') || /^(?:more|less|fewer)$/.test(t.lower) && toks[k + 1]?.lower === 'than' && COUNT_WORD.test(toks[k + 2]?.lower ?? '') ||
    t.lower === 'at' && /^(?:least|most)$/.test(toks[k + 1]?.lower ?? '') && COUNT_WORD.test(toks[k + 2]?.lower ?? '');
  if (count && !toks.slice(k + 1, k + 6).some((w) => /^(?:later|ago|earlier|before|after)$/.test(w.lower))) return false;
  if (introAt(toks, k) || NOT_SUBJECT_START.test(t.lower) && !demonstrativeThat(toks, k) || INTRO_MORE.test(t.lower)) return true;
  if (/^(last|next|this|that|early|late|in)$/.test(t.lower) && MONTH.test(toks[k + 1]?.lower ?? '')) return true;
  // "A few minutes later,", "Eight months later,", "Two days ago,": a time phrase before its comma
  for (let j = k; j < toks.length && j - k < 5 && toks[j]!.text !== ','; j++) if (/^(later|ago|earlier)$/.test(toks[j]!.lower) && toks[j + 1]?.text === ',') return true;
  return false;
}

// A number or a count word that a quantity opens with ("about 270", "more than half", "some two dozen").
const COUNT_WORD = /^(?:\d[\d,.]*%?|half|a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|hundreds|thousands|millions|dozen|dozens)$/;

/**
 * "That kind of relationship has helped …", "That was a mistake": "that" as the subject of its clause, or its
 * determiner; not "That he lied …" (a clause that is the subject), nor "That said, …" or "That way, …" (an opening).
 */
function demonstrativeThat(toks: readonly Token[], k: number): boolean {
  const next = toks[k + 1];
  return toks[k]!.lower === 'that' && next !== undefined && next.kind === 'word' && /^\p{Ll}/u.test(next.text) && !DETERMINER_LIKE.test(next.lower) && !/^(?:he|she|they|we|i|you|it|there)$/.test(next.lower) && toks[k + 2]?.text !== ',';
}
