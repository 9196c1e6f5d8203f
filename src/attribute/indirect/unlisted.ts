// Verbs no list holds, read by their place ("Graham voiced he would …",
// "…, expounded Jeffrey Trimble, a senior official."): the subject before such
// a verb, the clause, listener or place after it, and the names and nouns of
// speakers that close a sentence.
import { cueAt } from '../cues.js';
import { isCount, speakerHead } from '../mentions.js';
import {
  ACT_FORMS, BELIEF_LEMMAS, EVIDENCE, EVIDENCE_LEMMAS, IRREGULAR_PAST, NOT_SPEECH_CLAUSE, NOT_SPEECH_THAT, isAct, isSpeech,
} from '../../lexicon/speech.js';
import { DETERMINERS, HONORIFICS, PARTY_STATE, PROPER_ADJECTIVES, ROLE_NOUNS, SPEAKER_NOUNS } from '../../lexicon/people.js';
import type { Token } from '../../scan/tokens.js';
import { isGivenName } from '../names.js';
import { isDictionaryWord, verbByTable } from '../../nlp/compromise.js';
import { namesOutletIn } from '../outlets.js';
import { AUXILIARY, CLAUSE_PRONOUN, DETERMINER_LIKE, DETERMINER_WORD, NAME_WORD, OBJECT_OPENER, RELATIVE_VERB, TIME_TAIL, VENUE, WEEKDAY, joinsName, pastTime, pluralPresent } from './words.js';

/**
 * Does a noun of those who speak stand before a phrase of "for", "of" or "at" that ends at `k`, right after a comma:
 * "attorneys for the family", "a spokesman for the agency", "officials at the ministry"?
 */
export function linkedSpeaker(toks: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 1 && k - j <= 4; j--) {
    const w = toks[j]!;
    if (w.kind !== 'word') return false;
    // ("a source close to him", "officials familiar with the talks": the link's adjective before it)
    const knowing = /^(?:to|with)$/.test(w.lower) && /^(?:close|familiar|knowledgeable)$/.test(toks[j - 1]?.lower ?? '');
    if (!/^(?:for|of|at)$/.test(w.lower) && !knowing) continue;
    let h = knowing ? j - 2 : j - 1;
    if (!speakerHead(toks[h]!.lower)) return false;
    while (h > 0 && toks[h - 1]!.kind === 'word' && h > j - 3 && !/^\p{Lu}/u.test(toks[h - 1]!.text) || h > 0 && DETERMINERS.has(toks[h - 1]!.lower)) h--;
    return toks[h - 1]?.text === ',';
  }
  return false;
}

/**
 * The index past what may stand between a closing attribution's verb and the sentence's end or a comma: a time of up
 * to three words ("on Monday"), "then", and the occasion ("in his interview", "at a rally in Ohio"): "…, Mr. Obama
 * affirmed in his interview.", "The truth, the senator opined then, was …".
 */
export function pastAdjunct(toks: readonly Token[], k: number): number {
  let j = pastTime(toks, k, 3);
  if (toks[j]?.lower === 'then') j++;
  // ("…, Raddatz expounded in posing the question to Christie.": a participle's phrase of manner, to the sentence's end)
  if (/^(?:in|while|when|after|before)$/.test(toks[j]?.lower ?? '') && /^\p{Ll}{3,}ing$/u.test(toks[j + 1]?.text ?? '')) {
    let e = j + 2;
    while (e < toks.length && e - j <= 10 && toks[e]!.kind === 'word') e++;
    if (e >= toks.length || /^[.!?]$/.test(toks[e]!.text)) return e;
  }
  if (/^(?:in|at|during|on)$/.test(toks[j]?.lower ?? '')) {
    // ("in an interview on Monday": a time may follow the occasion)
    for (let v = j + 1; v < toks.length && v - j <= 4 && toks[v]!.kind === 'word'; v++) {
      if (!VENUE.test(toks[v]!.text)) continue;
      const end = pastTime(toks, v + 1, 3);
      if (!/^[\p{L}-]/u.test(toks[end]?.text ?? '')) return end;
    }
  }
  return j;
}

/** Does the sentence end at token `k`, or after a time of up to three words there ("… on Monday.")? */
export function endsAfterTime(toks: readonly Token[], k: number): boolean {
  const tail = pastTime(toks, k, 3);
  return tail >= toks.length || /^[.!?]$/.test(toks[tail]!.text);
}

/** Does a person's name close the sentence at `k`, or after up to three words of a title ("harbour engineer", "NYPD Commissioner")? */
export function namedAfter(toks: readonly Token[], k: number): boolean {
  for (let j = k; j < toks.length && j - k <= 3; j++) {
    if (toks[j]!.kind !== 'word' || j > k && DETERMINERS.has(toks[j]!.lower)) return false;
    if (closingName(toks, j)) return true;
  }
  return false;
}

// Words that open a sentence and are no one's name ("Today marks …", "This means …").
const SENTENCE_WORD = /^(?:today|tonight|yesterday|tomorrow|this|that|it|there|here|what|which|who|everyone|everybody|nobody|someone|somebody|anyone|each|every|such|much|more|less|now|then|still|yet|also|even|only|just)$/;

// Shares of a group that speak as a group does ("Nearly half verbalized they …", "Two in three recited they …").
const SHARE = /^(?:who|half|most|many|some|few|several|majority|minority|both|all|none|others|third|thirds|quarter|quarters|fifth|fifths|two|three|four|five|six|seven|eight|nine|ten|\d+|them|us)$/;

// The endings of a noun in -s that is no present tense: a field, a state, an agent ("politics", "business", "voters",
// "donors", "activists", "historians", "immigrants", "retirees"; "-ents", "students", is read apart).
export const AGENT_ENDING = /(?:ics|ness|ers|ors|ists|ians|ants|ees)$/;
/** A word in lower case that ends in -s and not in -ss, -us or -is: a plural or a present ("candidates", "falls"). */
export const inS = (w: Token): boolean => /^\p{Ll}{3,}s$/u.test(w.text) && !/(?:ss|us|is)$/.test(w.lower);

/**
 * A subject at `k` that only a pronoun's clause after the verb shows to be one: a relative "who", a share
 * ("Nearly half", "most of them", "Two in three") or a plural noun that no adjective alone makes ("Several
 * delegate candidates"; not "Democratic").
 */
export function pluralOrShare(toks: readonly Token[], k: number): boolean {
  const w = toks[k];
  if (!w || w.kind !== 'word') return false;
  if (SHARE.test(w.lower)) return true;
  return inS(w) && !PROPER_ADJECTIVES.has(w.lower) && k > 0 && toks[k - 1]!.kind === 'word';
}

/**
 * Does the verb of a clause whose subject is "it" stand at `k` (past an adverb in -ly): a past tense, an
 * auxiliary or a present in -s ("it actively investigated", "it had", "it cannot", "it falls")?
 */
export function finiteAfterIt(toks: readonly Token[], k: number): boolean {
  let j = k;
  if (/^\p{Ll}{3,}ly$/u.test(toks[j]?.text ?? '')) j++;
  const w = toks[j];
  if (!w || w.kind !== 'word') return false;
  return AUXILIARY.test(w.lower) || /^(?:cannot|can't|can’t|must|might|may)$/.test(w.lower) || /^\p{Ll}{3,}ed$/u.test(w.text) && !/^(?:to|by)$/.test(toks[j + 1]?.lower ?? '') || IRREGULAR_PAST.has(w.lower) || inS(w);
}

// Roles that are as often adjectives or parts of another noun ("a major shift", "the chief reason", "the head count").
const ROLE_ADJECTIVES = /^(?:general|major|chief|principal|associate|assistant|deputy|executive|head|fellow|star|chair|member|partner|runner|player|host|father|minister|counsel|recorder|advocate|speaker|leader|critic|supporter)$/;

/**
 * A role as the subject at `k`, after a determiner or a capitalised word: "The mayor also verbalized there
 * had been …", "the city's mayor", "Obama adviser".
 */
export function roleSubject(toks: readonly Token[], k: number): boolean {
  const w = toks[k]!;
  if (!ROLE_NOUNS.has(w.lower) || ROLE_ADJECTIVES.test(w.lower) || k === 0) return false;
  const before = toks[k - 1]!;
  return DETERMINERS.has(before.lower) || /[’']s$/.test(before.text) || /^\p{Lu}/u.test(before.text) && before.kind === 'word';
}

// What follows a participle rather than a past tense ("a bill designed to …", "a plan passed by …").
const PARTICIPLE_TAIL = /^(?:to|by|in|for|with|as|on|at)$/;

/**
 * The verb of a clause right after the verb at `i` ("Graham voiced the bill
 * would pass"): its auxiliary within five words, or its past tense after a
 * definite noun phrase ("It recites the campaign violated …"), with no
 * preposition or conjunction before it; -1 when there is none. (Not a
 * participle after an indefinite noun or before "to" or "by": "approved a
 * bill designed to …", "a plan passed by …".)
 */
export function clauseVerbAfter(toks: readonly Token[], i: number): number {
  // ("recited Carter stopped the practice": a name of one to three words, then its past tense)
  let n = i + 1;
  while (n < toks.length && n - i <= 3 && toks[n]!.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(toks[n]!.text) && !DETERMINERS.has(toks[n]!.lower)) n++;
  const past = toks[n];
  // (not a participle before its agent, its place or its purpose: "recited Medicare funded by …", "thanked Tom Berg
  // invited to …"; a name's own past before "for" is its verb: "stipulated Sharpton asked for the meeting")
  if (n > i + 1 && past && past.kind === 'word' && (/^\p{Ll}{3,}ed$/u.test(past.text) || IRREGULAR_PAST.has(past.lower)) && !(PARTICIPLE_TAIL.test(toks[n + 1]?.lower ?? '') && !(toks[n + 1]!.lower === 'for' && /^\p{Ll}{3,}ed$/u.test(past.text)))) return n;
  // ("imparts Trump represents the same rigged system": or its present in -s, before its object's determiner)
  if (n > i + 1 && past && past.kind === 'word' && inS(past) && !AGENT_ENDING.test(past.lower) && !PERSON_NOUN.test(past.lower) && objectStart(toks[n + 1]?.lower ?? '') && verbByTable(past.lower)) return n;
  // ("stipulated professors or supervisors would sometimes dismiss …", "stipulated praise from Russian President
  // Vladimir Putin would not affect …": a modal within ten words, after a noun, with no clause's word between)
  const modal = modalAhead(toks, i);
  if (modal > 0) return modal;
  // ("Opposition parties typically have …": an adverb and the verb it modifies right after the word make it the
  // subject's noun, not a verb before a clause)
  if (/^\p{Ll}{3,}ly$/u.test(toks[i + 1]?.text ?? '') && AUXILIARY.test(toks[i + 2]?.lower ?? '')) return -1;
  const determined = /^(?:the|his|her|their|its|this|these|those)$/.test(toks[i + 1]?.lower ?? '');
  // ("verbalizes some constraints on freedom are …": a quantified noun phrase, read to its auxiliary only)
  // ("verbalizes 31,000 to 160,000 of them could be lost": or a number)
  // ("verbalized about 20 people have indicated …": an approximate number is one too)
  const q = /^(?:about|nearly|roughly|almost|approximately|around)$/.test(toks[i + 1]?.lower ?? '') && /^\d/.test(toks[i + 2]?.text ?? '') ? i + 2 : i + 1;
  const quantified = /^(?:some|many|most|much|several|all|no|none|each|either|neither|any|both|\d[\d,.]*)$/.test(toks[q]?.lower ?? '');
  let reach = i + 6;
  // (a range of numbers is one quantity: "31,000 to 160,000 of them"; the hyphen of a compound, "reader-chosen", adds
  // its two tokens to the reach)
  const range = quantified && /^\d/.test(toks[q]!.text) && toks[q + 1]?.lower === 'to' && /^\d/.test(toks[q + 2]?.text ?? '');
  let shift = 0;
  for (let k = range ? q + 2 : q; k < toks.length && k <= reach + shift; k++) {
    const w = toks[k]!;
    // (not the auxiliary of a relative clause without "that": "approved all the alterations he had been making")
    if (k >= i + 2 && AUXILIARY.test(w.lower)) return k - 1 > i + 1 && /^(?:he|she|they|we|i|you)$/.test(toks[k - 1]!.lower) ? -1 : k;
    // (a past of intention before "to" is a verb, not a participle: "recited the campaign planned to bus in supporters")
    // (nor a passive participle after "being": "induced his being conveyed thither")
    if (determined && k >= i + 3 && reach === i + 6 && /^\p{Ll}{3,}ed$/u.test(w.text) && !IRREGULAR_PAST.has(w.lower) && !/^(?:being|been)$/.test(toks[k - 1]!.lower) && (!PARTICIPLE_TAIL.test(toks[k + 1]?.lower ?? '') || toks[k + 1]!.lower === 'to' && INTENTION_PAST.test(w.lower))) return k;
    // ("expounded his friends feel the same way", "some voters want …": a plural noun and a present that agrees with it)
    // ("propounded her suite of proposals addresses people's unrest", "the increase in polarization also makes his …": a
    // present in -s, not right after a determiner, before its object's determiner or pronoun)
    // (nor after a pronoun, whose relative clause it is: "the amount of time it takes an acre …")
    if ((determined || quantified) && k >= i + 3 && inS(w) && !AGENT_ENDING.test(w.lower) && !PERSON_NOUN.test(w.lower) && !DETERMINERS.has(toks[k - 1]!.lower) && !/^(?:it|he|she|they|we|i|you|who|which|that)$/.test(toks[k - 1]!.lower) &&
      (objectStart(toks[k + 1]?.lower ?? '') || /[’']s$/.test(toks[k + 1]?.text ?? '')) && verbByTable(w.lower)) return k;
    // (not a preposition or an adverb the tagger also reads as a verb: "gripped the unseen elbows near the ground",
    // "rolled his eyes hither and thither")
    if ((determined || quantified) && k >= i + 3 && reach === i + 6 && inS(toks[k - 1]!) && pluralPresent(w) && !NOT_PRESENT.test(w.lower) &&
      toks[k + 1]?.kind === 'word' && !/^(?:and|or|nor|but)$/.test(toks[k + 1]!.lower) && verbByTable(w.lower)) return k;
    // ("recited the timing of the immunity news was …": the "of" of a determined noun, and the words after it; "some
    // constraints on freedom are …")
    // ("recites his private meeting with Pope Francis is …", "propounded the three delegates from his district are …":
    // and the other prepositions of a noun's complement)
    // ("none of the attempts will …": a quantifier's own "of" right after it)
    if (/^(?:of|on|for|with|from|in|at|about|among)$/.test(w.lower) && (determined || quantified) && (k >= i + 3 || quantified && k === i + 2 && w.lower === 'of') && reach === i + 6) {
      reach = i + 9;
      continue;
    }
    // ("stipulated the lack of strong support for either candidate is …": and one more such phrase)
    if (/^(?:of|on|for|in|with)$/.test(w.lower) && reach === i + 9 && k >= i + 5 && toks[k - 1]!.kind === 'word') {
      reach = i + 12;
      continue;
    }
    // ("stipulated the victims, two men and a woman, were taken …": a determined subject's apposition between commas,
    // then its auxiliary)
    // (not a list of the subject's own verbs: "quitted the field, had given Louisa up, had ceased …")
    if (w.text === ',' && determined && reach === i + 6 && k >= i + 3) {
      if (AUXILIARY.test(toks[k + 1]?.lower ?? '')) return -1;
      let close = k + 1;
      while (close < toks.length && close - k <= 8 && toks[close]!.kind === 'word') close++;
      if (toks[close]?.text === ',' && close > k + 1 && AUXILIARY.test(toks[close + 1]?.lower ?? '')) return close + 1;
      return -1;
    }
    // ("verbalized the reader-chosen cookie poll winner has …": the hyphen of a compound modifier, which adds a word to reach)
    if (w.text === '-' && determined && toks[k - 1]?.kind === 'word' && toks[k + 1]?.kind === 'word' && toks[k + 1]!.start === w.end && w.start === toks[k - 1]!.end) {
      shift += 2;
      k++;
      continue;
    }
    // (a question word opens a clause of its own: "unveiled the first draft of what would become …")
    // (nor does a subordinate clause after the clause's first word: "faced ridicule online since it was released")
    if (w.kind !== 'word' || /^(in|on|at|by|for|with|from|of|to|which|who|that|when|where|and|or|but|what|how|why|whether|whose|whom)$/.test(w.lower) ||
      k > i + 1 && /^(?:since|because|while|although|though|if|unless|until|after|before|as|once|whenever)$/.test(w.lower)) return -1;
    // (past "of", a noun phrase and no more: "the body of the boy across his knee" goes on with a preposition)
    // (nor with a subordinate clause: "rubbed his eyes with the inside of his wrists while this commiseration was …")
    if (reach > i + 6 && /^(?:across|into|onto|upon|through|over|under|after|before|during|against|among|between|toward|towards|without|within|like|as|than|about|around|behind|beyond|near|off|out|up|down|since|until|while|because|although|though|if|unless|whereas|whenever|wherever|once)$/.test(w.lower)) return -1;
  }
  return -1;
}

/**
 * The modal of a clause's verb within ten words after the verb at `i` ("would", "could", "will", …), where only a noun
 * phrase stands between: words, "and" or "or", the prepositions of a noun's complement; no clause's or relative's
 * word, no comma, and no pronoun right before the modal (the subject of a relative clause without "that": "ate the
 * food he would …"); -1 where there is none.
 */
function modalAhead(toks: readonly Token[], i: number): number {
  const first = toks[i + 1];
  if (!first || first.kind !== 'word' || MODAL_STOP.test(first.lower) || /^(?:to|that|in|on|at|by|for|with|from|of|about|as|into|over|after|before|during)$/.test(first.lower)) return -1;
  for (let k = i + 2; k < toks.length && k <= i + 10; k++) {
    const w = toks[k]!;
    if (w.kind !== 'word') return -1;
    if (MODAL.test(w.lower)) return /^(?:he|she|they|we|i|you|it)$/.test(toks[k - 1]!.lower) || toks[k + 1]?.kind !== 'word' ? -1 : k;
    // (nor a verb of the subject's own, a participle's phrase or an agent: "thanked the volunteers … and said the
    // council would", "calmed the fans by saying the team would")
    if (MODAL_STOP.test(w.lower) || AUXILIARY.test(w.lower) || IRREGULAR_PAST.has(w.lower) || /^\p{Ll}{3,}(?:ed|ing)$/u.test(w.text) || w.lower === 'by') return -1;
  }
  return -1;
}
const MODAL = /^(?:would|will|could|should|can|may|might|must)$/;
// Words that open a clause or a phrase of their own before the modal, or stand for a verb: then the modal is not the
// clause's after the verb.
// (nor an object pronoun, "whisked her away … before cops could": the verb's own object)
const MODAL_STOP = /^(?:that|which|who|whom|whose|when|where|what|how|why|whether|if|because|while|although|though|since|unless|until|lest|before|after|once|so|to|as|than|but|not|never|he|she|they|we|i|you|it|this|there|her|him|them|me|us|away|up|down|out|off|back)$/;

// What opens a verb's object after a present in -s (OBJECT_OPENER), but a demonstrative: "this" opens a time, "voting
// patterns this term", and "that" a relative clause, "her strong limbs that ached".
const objectStart = (w: string): boolean => OBJECT_OPENER.has(w) && !/^(?:this|these|those|that)$/.test(w);

// Pasts of intention and their like, whose "to" opens an infinitive, not a participle's phrase of direction.
const INTENTION_PAST = /^(?:planned|tended|wanted|decided|agreed|tried|refused|promised|continued|failed|hoped|managed|vowed|threatened|pledged|seemed|appeared|needed|intended|expected|declined|sought|offered|attempted|struggled|started|began|proceeded|moved|voted)$/;

// Words after a plural noun that are no present tense, though the tagger may read them as one.
const NOT_PRESENT = /^(?:near|behind|above|below|beneath|inside|outside|round|around|past|hither|thither|down|up|back|off|out|over|across|along|together|apart|aside|away|home|here|there|now|then|too|very|still|only|even|just|almost|again|alone|enough|longer|later|earlier|more|less|better|worse|further|farther|ago|before|after|since)$/;

// A number, a plural quantity or a preposition: a singular noun after it modifies the next noun.
const MODIFIER_BEFORE = /^(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|several|many|few|both|these|those|across|in|on|at|of|for|with|from|by|about|into|over|under|through|between|among)$/;
/**
 * Does a singular subject stand right before the present tense at `i`: he, she
 * or it, a name of two words ("Mike Pence"), a name after its honorific ("Mr.
 * Clarke"), or a noun of SPEAKER_NOUNS ("the campaign")? Not a word that opens
 * the sentence or follows an adjective ("Many lawmakers", "Republican voters").
 */
export function singularSubject(toks: readonly Token[], i: number): boolean {
  const k = subjectSlot(toks, i);
  const w = toks[k];
  if (!w || w.kind !== 'word') return false;
  if (/^(?:he|she|it)$/.test(w.lower)) return true;
  // ("the email says …"; not a noun that modifies a plural after a number or a preposition: "across seven email chains")
  if (SPEAKER_NOUNS.has(w.lower) && !/s$/.test(w.lower)) return !MODIFIER_BEFORE.test(toks[k - 1]?.lower ?? '');
  if (!/^\p{Lu}\p{Ll}/u.test(w.text)) return false;
  // ("Clinton expounds the emails were …": a surname that opens the sentence; not a plural, "Officials", nor an
  // adjective, "Democratic")
  // (the -s word right after it, before no verb of the lexicon and no plural: "Protest groups say …", "Immigrant
  // rights advocates have …" are nouns)
  if (k === 0) {
    const next = toks[i + 1];
    // (a surname in -s that no dictionary holds is a name still: "Reynolds recites …", "Jones verbalizes …")
    return i === 1 && !(/s$/.test(w.lower) && isDictionaryWord(w.lower) || /ing$/.test(w.lower)) && !PROPER_ADJECTIVES.has(w.lower) && !DETERMINERS.has(w.lower) && !SENTENCE_WORD.test(w.lower) &&
      next !== undefined && !cueAt(toks, i + 1) && !/^\p{Ll}+s$/u.test(next.text);
  }
  const before = toks[k - 1]!;
  // (not a name after a determiner, which modifies the -s noun after it: "the ITV Racing cameras once …")
  return /^\p{Lu}/u.test(before.text) && before.kind === 'word' && !DETERMINERS.has(toks[k - 2]?.lower ?? '') || before.text === '.' && /^(?:mr|mrs|ms|dr|sen|rep|gov)$/.test(toks[k - 2]?.lower ?? '');
}

// Words a listener does not hold: a preposition (but "of") or a conjunction.
const LISTENER_BREAK = /^(?:on|to|in|at|with|for|from|by|about|upon|into|over|after|before|as|and|or|but)$/;
// The last word of whom something was said to: "the crowd", "reporters", "a meeting of leaders", "The Post".
const LISTENER_HEAD = /^(?:crowd|audience|reporters|journalists|meeting|gathering|panel|jury|viewers|listeners|readers|newspaper|magazine|network|broadcaster|station|channel|committee|council|board|staff|employees|workers|supporters|donors|investors|lawmakers|senators|delegates|members)$/;

/**
 * After the verb at `i`, a listener of up to six words ("The Washington Post", "a meeting of Pacific Island
 * leaders"), then "that" and a clause: the listener ends in a capitalised word, a person or a group, never a
 * noun that takes a clause of its own ("ignored the fact that …") or a pronoun.
 */
export function listenerBeforeThat(toks: readonly Token[], i: number): boolean {
  let j = i + 1;
  // (no preposition but "of": "dawned on Heslin that …" names no listener)
  while (j < toks.length && j - i <= 6 && toks[j]!.kind === 'word' && toks[j]!.lower !== 'that' && !LISTENER_BREAK.test(toks[j]!.lower)) j++;
  // (past the time it was said: "notified The Associated Press on Monday that …")
  const end = j;
  if (toks[j]?.lower === 'on' && WEEKDAY.test(toks[j + 1]?.lower ?? '')) j += 2;
  // (past where it was said: "expounded to reporters at a rally in Holmsted that …")
  else if (j > i + 1 && /^(?:at|during)$/.test(toks[j]?.lower ?? '')) {
    let v = j + 1;
    while (v < toks.length && v - j <= 6 && toks[v]!.kind === 'word' && toks[v]!.lower !== 'that' && !/^(?:to|with|for|by|about|as|and|or|but|who|which)$/.test(toks[v]!.lower)) v++;
    if (toks[v]?.lower === 'that') j = v;
  }
  if (j === i + 1 || toks[j]?.lower !== 'that' || RELATIVE_VERB.test(toks[j + 1]?.lower ?? '') || toks[j + 1]?.kind !== 'word') return false;
  // (a day is when it was said, not to whom: "delivered a message Sunday that …", "notified reporters Tuesday that …")
  let h = end - 1;
  while (h > i + 1 && TIME_TAIL.test(toks[h]!.lower)) h--;
  const head = toks[h]!;
  if (TIME_TAIL.test(head.lower)) return false;
  // (a station's call sign: "KRIS-TV"; a role's plural, "the podcast’s hosts")
  return NAME_WORD.test(head.text) || /^\p{Lu}{2,}(?:-\p{Lu}+)?$/u.test(head.text) || LISTENER_HEAD.test(head.lower) || SPEAKER_NOUNS.has(head.lower) && /s$/.test(head.lower) || ROLE_NOUNS.has(head.lower) ||
    head.lower.endsWith('s') && ROLE_NOUNS.has(head.lower.slice(0, -1));
}

// Those one speaks to, by a noun of many, beyond LISTENER_HEAD's: "voters", "residents", "shareholders".
const LISTENER_GROUP = /^(?:voters|residents|customers|parents|fans|shareholders|students|patients|passengers|colleagues|allies|officials)$/;

/**
 * A listener at `k` after a verb that takes one before its clause ("warned Reuters the plant would close", "assured
 * him that …", "advised shareholders the offer was fair"): an object pronoun, a name of up to four capitalised words
 * (after "the" maybe: "The Washington Post"), or a noun of those spoken to; then "that", or a clause's subject (a
 * pronoun, a determiner, a name) with an auxiliary or a past within four words. The index where "that" or the clause
 * starts; -1 where no listener stands there ("warned Congress would block it": the name is the clause's subject).
 */
export function listenerBeforeClause(toks: readonly Token[], k: number): number {
  let j = k;
  const w = toks[j];
  if (!w || w.kind !== 'word') return -1;
  let named = false;
  if (/^(?:him|them|us|me|you|her)$/.test(w.lower)) j++;
  else {
    if (w.lower === 'the') j++;
    const head = j;
    // ("Mr. Weiner": an honorific's full stop may be a token of its own)
    // ("Plate & Palate": an ampersand between two of the name's words)
    while (j < toks.length && j - head < 5 && (toks[j]!.kind === 'word' && (NAME_WORD.test(toks[j]!.text) || /^\p{Lu}{2,}$/u.test(toks[j]!.text)) || toks[j]!.text === '.' && j > head && HONORIFICS.has(toks[j - 1]!.lower) || j > head && joinsName(toks, j))) j++;
    // ("advised shareholders", "warned the committee"): a noun of those spoken to
    if (j === head && (LISTENER_HEAD.test(toks[j]?.lower ?? '') || LISTENER_GROUP.test(toks[j]?.lower ?? ''))) j++;
    if (j === head) return -1;
    named = !LISTENER_HEAD.test(toks[j - 1]!.lower) && !LISTENER_GROUP.test(toks[j - 1]!.lower);
  }
  const next = toks[j];
  if (!next) return -1;
  if (next.lower === 'that') return RELATIVE_VERB.test(toks[j + 1]?.lower ?? '') ? -1 : j;
  // ("assured her party would win": "her" before a noun is its owner, the whole a clause's subject)
  if (w.lower === 'her') return -1;
  if (!(CLAUSE_PRONOUN.test(next.lower) || next.lower === 'it' || DETERMINER_WORD.test(next.lower) || NAME_WORD.test(next.text) && !named)) return -1;
  // (the subject's own verb: not one of a relative clause, "handed Reuters the documents it had obtained")
  for (let v = j + 1; v < toks.length && v <= j + 4 && toks[v]!.kind === 'word' && !CLAUSE_PRONOUN.test(toks[v]!.lower) && !/^(?:it|that|which|who|whom)$/.test(toks[v]!.lower); v++) {
    if (AUXILIARY.test(toks[v]!.lower) || IRREGULAR_PAST.has(toks[v]!.lower) || /^\p{Ll}{3,}ed$/u.test(toks[v]!.text)) return j;
  }
  return -1;
}

/**
 * From the preposition at `k`, a place of up to eight words ("in Ohio", "at a campaign stop in Toledo,
 * Ohio,"), then "that" and a subject: a pronoun, a determiner or a name ("that it means …"), never a verb
 * ("in the office that had …" is a relative clause).
 */
export function placeBeforeThat(toks: readonly Token[], k: number): boolean {
  let j = k + 1;
  while (j < toks.length && j - k <= 8 && toks[j]!.lower !== 'that' && (toks[j]!.kind === 'word' || toks[j]!.text === ',' && NAME_WORD.test(toks[j - 1]!.text))) j++;
  if (toks[j]?.lower !== 'that' || j === k + 1) return false;
  const next = toks[j + 1];
  // (or a count of a group: "at a Thursday briefing that six of the patients had …")
  return next !== undefined && (CLAUSE_PRONOUN.test(next.lower) || next.lower === 'it' || DETERMINER_WORD.test(next.lower) || NAME_WORD.test(next.text) ||
    isCount(next.lower) && toks[j + 2]?.lower === 'of');
}

// Words that open a sentence as a name would, and are none: "Several hands I saw …", "Many times she …"
// (the lexicon's determiners, and a few more quantifiers).
const isQuantifier = (w: string): boolean => DETERMINERS.has(w) || /^(?:all|every|any|no|such|more|others|six|seven|eight|nine|ten)$/.test(w);

/** "Scott verbalizes he has …": a name opening the sentence right before the verb at `i`, and a subject pronoun after it. */
export function nameOpensBeforePronoun(toks: readonly Token[], i: number): boolean {
  return subjectSlot(toks, i) === 0 && NAME_WORD.test(toks[0]!.text) && !isQuantifier(toks[0]!.lower) && CLAUSE_PRONOUN.test(toks[i + 1]?.lower ?? '');
}

/**
 * Does a name open the sentence and its apposition close right before the present at `i`, a clause's subject or
 * determiner after it: "Bloomberg's pollster, Douglas Schoen, recites his man has …", "Mark Cuban, the billionaire
 * owner of the Dallas Mavericks, expounds he's open …"?
 */
export function appositionBeforePresent(toks: readonly Token[], i: number): boolean {
  if (toks[i - 1]?.text !== ',' || !NAME_WORD.test(toks[0]!.text) || isQuantifier(toks[0]!.lower)) return false;
  let first = 1;
  while (first < i - 1 && toks[first]!.text !== ',') first++;
  // ("…, verbalizes Libya is the biggest trouble spot": or a name and its verb)
  return first < i - 1 && first <= 4 && (CLAUSE_PRONOUN.test(toks[i + 1]?.lower ?? '') || DETERMINER_WORD.test(toks[i + 1]?.lower ?? '') ||
    NAME_WORD.test(toks[i + 1]?.text ?? '') && (AUXILIARY.test(toks[i + 2]?.lower ?? '') || /^\p{Ll}{3,}ed$/u.test(toks[i + 2]?.text ?? '')));
}

/** The texts of toks[a, b) run together ("D-S.C."), built by a loop: an array from map would change storage once V8 optimises the caller. */
function joinedText(toks: readonly Token[], a: number, b: number): string {
  let out = '';
  for (let k = a; k < b; k++) out += toks[k]!.text;
  return out;
}

/** The token before a party tag in parentheses that ends at `k` ("Lynch (D-Mass.)"), or `k` when there is none. */
export function pastPartyTag(toks: readonly Token[], k: number): number {
  if (toks[k]?.text !== ')') return k;
  for (let j = k - 1; j >= 1 && k - j <= 6; j--) if (toks[j]!.text === '(') return PARTY_STATE.test(joinedText(toks, j + 1, k)) ? j - 1 : k;
  return k;
}

/**
 * Is the -ents word at `i` a verb ("Clinton now comments she opposes the deal", "…, it comments, …"), not a noun
 * ("students", "the Berg comments she made")? After a subject pronoun; or after a subject with no determiner before
 * it, and before a pronoun's clause.
 */
export function entsVerb(toks: readonly Token[], i: number): boolean {
  const k = subjectSlot(toks, i);
  return /^(?:he|she|it)$/.test(toks[k]!.lower) || CLAUSE_PRONOUN.test(toks[i + 1]?.lower ?? '') && toks[i + 2]?.kind === 'word' && !DETERMINER_LIKE.test(toks[k - 1]?.lower ?? '');
}

/** "Trump, who expounds he is honored": a relative's "who" after a comma before the present at `i`, a pronoun's clause after it. */
export const relativeBeforePronoun = (toks: readonly Token[], i: number): boolean =>
  toks[i - 1]?.lower === 'who' && toks[i - 2]?.text === ',' && CLAUSE_PRONOUN.test(toks[i + 1]?.lower ?? '') && toks[i + 2]?.kind === 'word';

// An adverb between a subject and its verb: "Clinton now voices", "Obama often says".
const ADVERB_BEFORE = /^(?:now|also|often|still|again|then|later|\p{Ll}+ly)$/u;
/**
 * Is the word at `i` a verb of saying that no list holds, in the past or the present ("expounded", "recites"): a verb
 * by the tables, not a listed cue, nor one that takes a clause without reporting it ("hoped", "ensures").
 */
export function unlistedVerb(toks: readonly Token[], i: number): boolean {
  const t = toks[i];
  return t !== undefined && /^\p{Ll}{5,}$/u.test(t.text) && (t.lower.endsWith('ed') || inS(t) && !AGENT_ENDING.test(t.lower) && !t.lower.endsWith('ents')) &&
    !NOT_SPEECH_THAT.test(t.lower) && !NOT_SPEECH_CLAUSE.test(t.lower) && !IRREGULAR_PAST.has(t.lower) && !EVIDENCE.has(t.lower) && !ACT_FORMS.has(t.lower) && !listedSpeech(toks, i) && verbByTable(t.text);
}

/** Is there a cue of the lexicon at `i` that the listed path reads (speech, an act, evidence)? */
export function listedSpeech(toks: readonly Token[], i: number): boolean {
  const c = cueAt(toks, i);
  return c !== null && (isSpeech(c) || isAct(c) || EVIDENCE_LEMMAS.has(c.lemma) || BELIEF_LEMMAS.has(c.lemma) || c.first !== i || c.last !== i);
}

/**
 * Does a closing attribution with a verb no list holds follow the comma at `k`: "…, expounded Jeffrey Trimble, a
 * senior official.", "…, the source elucidated.", "…, Smith asseverated."? A clause before it ends at that comma.
 */
export function closingUnlisted(toks: readonly Token[], k: number): boolean {
  if (unlistedVerb(toks, k + 1) && (closingName(toks, k + 2) || closingSpeakerNoun(toks, k + 2))) return true;
  let v = toks.length - 1;
  while (v > k && toks[v]!.kind === 'punct' && /^[.!?”"’]$/.test(toks[v]!.text)) v--;
  // ("…, a school spokesman briefed The Wall Street Journal.": past a medium it was said to)
  for (let j = Math.max(k + 2, v - 5); j <= v; j++) {
    if (pastMedium(toks, j) === v + 1) {
      v = j - 1;
      break;
    }
  }
  if (v - k < 2 || v - k > 5 || v === toks.length - 1 || !unlistedVerb(toks, v)) return false;
  const words = toks.slice(k + 1, v);
  if (words.some((w) => w.kind !== 'word')) return false;
  if (words.length === 1 && /^(?:he|she|they)$/.test(words[0]!.lower)) return true;
  if (words.every((w) => /^\p{Lu}/u.test(w.text)) && NAME_WORD.test(words[0]!.text) && !PROPER_ADJECTIVES.has(words[0]!.lower)) return true;
  return DETERMINERS.has(words[0]!.lower) && SPEAKER_NOUNS.has(words[words.length - 1]!.lower);
}

/** Past a medium named in capitals at `k` that ends the sentence or its clause ("The Wall Street Journal."), or `k`. */
export function pastMedium(toks: readonly Token[], k: number): number {
  let j = toks[k]?.lower === 'the' ? k + 1 : k;
  const first = j;
  while (j < toks.length && j - first < 6 && toks[j]!.kind === 'word' && /^\p{Lu}/u.test(toks[j]!.text)) j++;
  if (j === first || j < toks.length && !/^[.!?,]$/.test(toks[j]!.text)) return k;
  return namesOutletIn(toks.slice(first, j).map((w) => w.text)) ? j : k;
}

/** Do a determiner and a noun of those who speak open at `k` and close the sentence: "several observers.", "the lawyers."? */
export function closingSpeakerNoun(toks: readonly Token[], k: number): boolean {
  let j = k;
  // (an article or a count, not a possessive: "fixed her eyes upon her son." is an object)
  if (!/^(?:a|an|the|several|many|some|two|three|other)$/.test(toks[j]?.lower ?? '')) return false;
  j++;
  // (adjectives only between them: no preposition, no determiner)
  while (j < toks.length && j - k <= 3 && toks[j]!.kind === 'word' && /^\p{Ll}/u.test(toks[j]!.text) && !PERSON_NOUN.test(toks[j]!.lower) && !LISTENER_BREAK.test(toks[j]!.lower) && !DETERMINERS.has(toks[j]!.lower)) j++;
  // a person or those who speak for a body, not a thing ("touched the spot.", "commenced his story.")
  return PERSON_NOUN.test(toks[j]?.lower ?? '') && (j + 1 >= toks.length || /^[.!?]$/.test(toks[j + 1]!.text));
}
// The nouns of people who speak, closing an inverted attribution: "…, verbalized several observers."
export const PERSON_NOUN = /^(?:observers?|analysts?|officials?|sources?|experts?|aides?|advisers?|advisors?|spokesm[ae]n|spokeswom[ae]n|spokesperson|lawyers?|attorneys?|economists?|strategists?|historians?|residents?|voters?|critics?|supporters?|organizers?|witnesses?|researchers?|scientists?|investigators?|prosecutors?|police|leaders?|members?|activists?|diplomats?|insiders?|executives?)$/;

/**
 * Does a person's name open at `k` and close the sentence, or stand before its apposition's comma: "Jeffrey N.
 * Trimble, a senior official", "Mr. Barrett."? A name of two words or more whose first is a given name (or a word
 * no dictionary holds, "Tomas") or an honorific, or an honorific and one word: a lone surname is as often the
 * object of a verb in a series ("…, mocked a reporter, insulted Khan.").
 */
export function closingName(toks: readonly Token[], k: number): boolean {
  const first = toks[k];
  if (!first || first.kind !== 'word') return false;
  // ("NBC’s Dante Chinni", "Harbour Radio’s Dante Chinni": an outlet's possessive before the name)
  const p = ownerAt(toks, k, 3);
  if (p >= 0 && /^\p{Lu}[\p{L}.]*[’']s$/u.test(toks[p]!.text) && toks[p + 1]?.kind === 'word' && /^\p{Lu}/u.test(toks[p + 1]!.text) && !/[’']s$/.test(toks[p + 1]!.text)) return closingName(toks, p + 1);
  const honorific = HONORIFICS.has(first.lower) || TITLE_ABBREVIATION.test(first.text);
  if (!honorific && !(NAME_WORD.test(first.text) && (isGivenName(first.text) || !isDictionaryWord(first.lower)))) return false;
  let j = k + 1;
  while (j < toks.length && j - k < 5 && toks[j]!.kind === 'word' && (/^\p{Lu}/u.test(toks[j]!.text) || /^(?:de|van|von|der|al|bin|la|le|da|di)$/.test(toks[j]!.text))) j++;
  if (j - k < 2) return false;
  const after = toks[j];
  if (!after || /^[.!?]$/.test(after.text) && j >= toks.length - 2) return true;
  if (after.text !== ',') return false;
  if (/^\p{Ll}+$/u.test(toks[j + 1]?.text ?? '')) return !CLAUSE_PRONOUN.test(toks[j + 1]!.lower) && !NOT_APPOSITION.test(toks[j + 1]!.lower);
  // (or an owner's role: "…, verbalized Angie Drobnic Holan, Politifact's editor.")
  const owner = ownerAt(toks, j + 1, 2);
  return owner >= 0 && /^\p{Ll}+$/u.test(toks[owner + 1]?.text ?? '');
}
/**
 * Where an owner's possessive stands among the capitalised words at `k`, after at most `max` of them that are none:
 * "NBC’s", "Harbour Radio’s" (its index), or -1.
 */
function ownerAt(toks: readonly Token[], k: number, max: number): number {
  let p = k;
  while (p < toks.length && p - k < max && toks[p]!.kind === 'word' && /^\p{Lu}/u.test(toks[p]!.text) && !/[’']s$/.test(toks[p]!.text)) p++;
  const owner = toks[p];
  return owner?.kind === 'word' && /^\p{Lu}/u.test(owner.text) && /[’']s$/.test(owner.text) ? p : -1;
}
// Words after a name's comma that go on with the sentence, not with an apposition ("…, skirted Caen Wood, and so came …").
const NOT_APPOSITION = /^(?:and|or|but|nor|yet|so|then|before|after|while|when|where|as|with|until|till|though|although)$/;
// Abbreviated titles before a name: "Sen.", "Gov.", "Rep.", "Lt.", "Gen.".
const TITLE_ABBREVIATION = /^(?:Sen|Rep|Gov|Lt|Gen|Col|Maj|Capt|Sgt|Adm|Cmdr|Supt|Atty|Amb|Pres|Sec|Insp|Det|Fr|Rev|Hon)\.$/;

/** Where the subject of the verb at `i` ends: the token before it, or before an adverb there. */
export const subjectSlot = (toks: readonly Token[], i: number): number => (i > 1 && ADVERB_BEFORE.test(toks[i - 1]!.lower) ? i - 2 : i - 1);
