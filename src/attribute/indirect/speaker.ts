// Who speaks for a cue: the subject before it ("Graham said", "The airline
// said", "73 percent said", "Video of the crash shows"), the sentence's subject
// for a second verb ("… and said"), a relative's antecedent ("Smith, who
// said"), or the name after it ("…, said Larry Sabato").
import type { Cue } from '../cues.js';
import { PERSON_ENDING, WHEN, isCount, anonymityReasonStart, carrierBefore, openingPhraseEnd, personBeforeOf, relativeSubject, speakerHead, subjectAfter, subjectBefore, through, type Mention } from '../mentions.js';
import { IRREGULAR_PAST, NOUN_LIKE_CUE, NOUN_OR_VERB, PLAIN_SPEECH, SOURCE, isAct, isSpeech } from '../../lexicon/speech.js';
import { DETERMINERS, SPEAKER_NOUNS } from '../../lexicon/people.js';
import { tokenAt, type Token } from '../../scan/tokens.js';
import type { CueRun, CueSpeaker } from './rules.js';
import { AUXILIARY, TIME_TAIL, hasVerbish, introAt, nounMention, thosePolled } from './words.js';
import { endsAfterTime, linkedSpeaker } from './unlisted.js';
import { LISTENER_WORDS, THAT, listenerEnd } from './clause.js';

// Words that go on after an inverted speaker's name ("…, said Ann Ruiz on Monday", "…, said Ruiz, who …"): no word of
// a noun phrase the name would modify.
const AFTER_INVERTED = /^(?:on|in|at|to|for|with|from|during|after|before|last|this|next|earlier|later|today|yesterday|tonight|who|whose|which|of|and|or|but|when|while|as|also|via|by|over|through|than|told|said|says|wrote|added|late|early|recently|shortly|just|then|there|here|about|under|outside|inside|near|into|upon|against|among|between|since|until|because|although|though|if|where|whom|that)$/;

const AUX_BEFORE_CUE = /^(has|have|had|did|does)$/;
// Prepositions whose object a name may be, closing a clause: "… support in Congress, said …".
const OBJECT_PREPOSITION = /^(?:in|at|on|to|from|with|for|of|by|about|against|into|over|toward|towards)$/;

/**
 * For "stated", a spinner's "said": the subject that opens the clause, as for "said", when its first word is a noun of
 * those who speak ("Experts on North Korea and nuclear nonproliferation stated …"); not any noun phrase, as "stated"
 * is also a participle ("the figures stated in …").
 */
function speakingSubject(text: string, toks: readonly Token[], cueFirst: number, floor: number, relative = false): Mention | null {
  const s = clauseSubject(text, toks, cueFirst, floor);
  // (with `relative`, only a subject with a relative clause of its own: "A council aide who spoke on condition of
  // anonymity …", ending right before the cue)
  // (or before the reason for the anonymity: "… who requested anonymity because the investigation is ongoing conceded")
  const reason = relative ? anonymityReasonStart(toks, cueFirst - 1, floor) : -1;
  const end = toks[reason > floor ? reason - 1 : cueFirst - 1]?.end;
  if (!s || relative && (!/\s(?:who|whom)\s/.test(s.text) || end !== s.end)) return null;
  const i = toks.findIndex((t) => t.start >= s.start);
  if (i < 0) return null;
  // (its head in its first words, past a determiner and up to two modifiers: "A council aide who spoke on condition of anonymity
  // stated that …"; and past the capitalised words of a body's name, "A senior Transportation Department official who …")
  let names = 0;
  for (let k = i + 1; k < i + 6 && toks[k] !== undefined && toks[k]!.end <= s.end; k++) if (/^\p{Lu}/u.test(toks[k]!.text)) names++;
  for (let j = i; j < i + 4 + names && j < toks.length && toks[j]!.end <= s.end; j++) {
    if (SPEAKER_NOUNS.has(toks[j]!.lower) || j > i && speakerHead(toks[j]!.lower) && /^\p{Ll}/u.test(toks[j]!.text)) return s;
  }
  return null;
}

/** The speaker of the cue `c`, or null when the sentence names none. */
export function cueSpeaker(text: string, toks: readonly Token[], c: Cue, run: CueRun): CueSpeaker | null {
  // the speaker: before the cue ("Graham said"), or the sentence's subject for "… and said"
  let who: Mention | null = subjectBefore(text, toks, c.first, run.taken);
  // ("In his speech, Obama praised her and said …": the subject after the opening phrase)
  // ("… but on Tuesday wrote that …", "and later said": past a time between the conjunction and the cue)
  let conj = c.first - 1;
  // ("… but has said …", "and did note that": past an auxiliary of the cue; not a modal, "and would blame her")
  while (conj > run.taken && c.first - conj <= 3 && (TIME_TAIL.test(toks[conj]!.lower) || WHEN.test(toks[conj]!.lower) || /^(then|also|again|later|\p{Ll}+ly)$/u.test(toks[conj]!.lower) || AUX_BEFORE_CUE.test(toks[conj]!.lower))) conj--;
  if (!who && (/^(and|but)$/.test(toks[conj]?.lower ?? '') || toks[c.first - 1]?.lower === 'then' && toks[c.first - 2]?.text === ',')) who = run.lastSpeaker ?? subjectAfter(text, toks, isSpeech(c) && !NOUN_OR_VERB.test(toks[c.first]!.lower) ? pastConjunction(toks, openingPhraseEnd(toks, run.taken)) : openingPhraseEnd(toks, run.taken), c.first);
  // "Sanders, who endorsed Clinton, said …": the main verb after a relative clause has the antecedent for subject
  // (any verb before its "that" too: "Brandt, who confirmed the identification from Quigley’s photographs, theorized
  // that …")
  if (!who && run.lastSpeaker && run.lastRelative && (isSpeech(c) || toks[c.last + 1]?.lower === 'that') && toks[c.first - 1]?.text === "," && c.first - 1 === run.taken) who = run.lastSpeaker;
  // "an architect who said …", "Smith, who said …": the relative pronoun names the antecedent
  // "The airline said …": any noun phrase with a determiner is the subject of a verb of speech
  // ("…, a lawyer for the family propounded.": a verb no list holds that closes the sentence reads as "said")
  const closingLinked = !who && c.structural === true && !SOURCE.has(c.lemma) && c.first === c.last && endsAfterTime(toks, c.last + 1) && linkedSpeaker(toks, c.first - 1);
  // ("Forty percent expounded she did nothing wrong": a share of those polled before a verb no list holds, as before "said")
  // ("Those surveyed recited …": or those asked, by their participle)
  const share = !who && c.structural === true && c.first === c.last && (/^(?:percent|%)$/.test(toks[c.first - 1]?.lower ?? '') || thosePolled(toks, c.first - 1));
  // ("The Portuguese intermediary asseverated that …": a verb no list holds right before "that" reads as "said" too)
  // (its subject's head a noun of those who speak, or of a person by its ending: "intermediary", "litigator")
  let headAt = c.first - 1;
  while (headAt > run.taken && /^(?:further|also|then|later|\p{Ll}+ly)$/u.test(toks[headAt]!.lower)) headAt--;
  const head = toks[headAt];
  const structuralThat = !who && c.structural === true && c.first === c.last && toks[c.last + 1]?.lower === 'that' && head !== undefined && /^\p{Ll}/u.test(head.text) &&
    (speakerHead(head.lower) || PERSON_ENDING.test(head.text)) && clauseOpens(toks, c.last + 2);
  // (or after a subject of those who speak with a relative clause of its own: "A council aide who spoke on condition of
  // anonymity to discuss private talks expressed that …")
  // (and so after a verb of speech: "A department official who requested anonymity revealed that …")
  // (past a listener too: "A Nimbus executive who requested anonymity conceded to the San Lorenzo Ledger that …")
  const that = toks[c.last + 1]?.lower === 'to' ? listenerEnd(toks, c.last + 1, LISTENER_WORDS, THAT) : c.last + 1;
  const thatAfterClause = !who && !structuralThat && (c.structural === true || isAct(c) || isSpeech(c)) && c.first === c.last && toks[that]?.lower === 'that' && clauseOpens(toks, that + 1);
  // ("…, the coordinator divulged.", "…, the inspector revealed.": any verb of speech that closes the sentence after a
  // comma, its subject a determined noun of those who speak)
  const closingNoun = !who && isSpeech(c) && toks[c.first - 1]?.text !== ',' && endsAfterTime(toks, c.last + 1) && !NOUN_LIKE_CUE.test(toks[c.first]!.lower) ? determinedNounBefore(text, toks, c.first, run.taken) : null;
  if (closingNoun && headSpeaks(closingNoun)) who = closingNoun;
  if (!who && (PLAIN_SPEECH.test(c.lemma) || closingLinked || share || structuralThat) && !NOUN_LIKE_CUE.test(toks[c.first]!.lower)) {
    who = determinedNounBefore(text, toks, c.first, run.taken) ?? (c.lemma === 'say' || c.lemma === 'tell' || closingLinked || share ? clauseSubject(text, toks, c.first, run.taken) : c.lemma === 'state' ? speakingSubject(text, toks, c.first, run.taken) : null);
  }
  if (!who && thatAfterClause && !NOUN_LIKE_CUE.test(toks[c.first]!.lower)) who = speakingSubject(text, toks, c.first, run.taken, true);
  // ("The broadcaster quoted Otieno Barasa as saying …": any determined noun quotes, the one it quotes speaking)
  if (!who && c.lemma === 'quoted as saying') who = determinedNounBefore(text, toks, c.first, run.taken);
  // "Video of the incident shows …", "leaked documents from his return show …": a document reports what it shows
  // ("Polls in New Hampshire show …": the document, not the place it is of)
  if ((!who || who.kind === 'name' && documentOfPlace(toks, c.first)) && /^(show|find|indicate|suggest|reveal|conclude|estimate|say|report)$/.test(c.lemma)) who = documentSubject(text, toks, c.first, run.taken) ?? who;
  const relative: Mention | null = !who ? relativeSubject(text, toks, c.first, run.taken) : null;
  if (relative) who = relative;
  // ("One of the cooks, who asked not to be named, said that …": the subject before a relative clause set off by commas)
  if (!who && toks[c.first - 1]?.text === ',') who = subjectBeforeRelative(text, toks, c.first - 1, run.taken);
  // (not after "told", whose name is the listener: "The forward, who joined in May, told Sky Sports that …")
  // (nor after an act that is no verb of speech, whose object follows it: "…, whose daughter was among the injured,
  // voiced his frustration")
  // (nor before "that", which opens what is said: "…, said that staff had been given …")
  let inverted = !who && toks[c.first - 1]?.text === ',' && c.lemma !== 'tell' && (!isAct(c) || isSpeech(c)) && toks[c.last + 1]?.lower !== 'that' ? subjectAfter(text, toks, c.last + 1) : null;
  // (after a verb no list holds, a noun phrase whose head cannot speak is its object: "…, voiced his frustration")
  if (inverted?.kind === 'noun' && !headSpeaks(inverted)) inverted = null;
  // ("China opposes the tariffs, announces Tessalian foreign minister's visit": a headline's verb without its subject;
  // a name that lower-case words go on from is a modifier of its object, not an inverted subject)
  if (inverted?.kind === 'name') {
    const next = toks.find((t) => t.start >= inverted!.end);
    if (next && /^\p{Ll}/u.test(next.text) && !AFTER_INVERTED.test(next.lower) && !/^\p{Ll}+(?:ly|ing)$/u.test(next.lower)) inverted = null;
  }
  // "Cruz lacks support in Congress, said Larry Sabato": a name that ends a clause as the object of its
  // preposition is no subject; the name after the cue is
  if (who?.kind === 'name' && !relative && toks[c.first - 1]?.text === ',' && toks[c.first - 2]?.end === who.end) {
    const whoStart = toks.findIndex((t) => t.start >= who!.start);
    const after = OBJECT_PREPOSITION.test(tokenAt(toks, whoStart - 1)?.lower ?? '') && hasVerbish(toks, run.taken, whoStart - 1) ? subjectAfter(text, toks, c.last + 1) : null;
    // (and before a verb no list holds: "… for his clout in Boston, verbalized Democratic strategist Hank Sheinkopf.")
    if (after && after.kind !== 'pronoun' && !/^(?:her|him|them|me|us)$/.test(after.text.toLowerCase()) && (isSpeech(c) || c.structural === true) && c.lemma !== 'tell') {
      who = null;
      inverted = after;
    }
  }
  if (!who && !(inverted && inverted.kind !== 'pronoun')) return null;
  return { who, relative, inverted, speaker: (who ?? inverted)! };
}

// Words of degree before a count: "nearly a third", "roughly 40", "almost half".
const DEGREE_BEFORE_COUNT = /^(?:nearly|almost|roughly|about|around|approximately|some|only|just|fully|barely|over|under)$/;

/**
 * Does a clause's subject open at toks[k] after "that" (a determiner, a pronoun, a name, a number, a count before "of"
 * or its noun; or one or two words in lower case before an auxiliary, "that federal mediators had asked …", "that additional staff would be sent"), not
 * a relative's verb ("services that thwart …")?
 */
function clauseOpens(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  if (t === undefined) return false;
  // (past a word of degree before a count: "that nearly a third of the fleet had …", "that roughly 40 staff were …")
  if (DEGREE_BEFORE_COUNT.test(t.lower) && toks[k + 1] !== undefined && (DETERMINERS.has(toks[k + 1]!.lower) || isCount(toks[k + 1]!.lower) || /^\d/.test(toks[k + 1]!.text))) return clauseOpens(toks, k + 1);
  if (DETERMINERS.has(t.lower) || /^(?:he|she|they|we|i|it|there|you|no)$/.test(t.lower) || /^[\p{Lu}\d]/u.test(t.text)) return true;
  // (a count or a share of a group: "that two of those citations had not been resolved", "that most staff would …")
  if (isCount(t.lower) && (toks[k + 1]?.lower === 'of' || toks[k + 1]?.kind === 'word' && AUXILIARY.test(toks[k + 2]?.lower ?? ''))) return true;
  // (a subject of one or two words with no determiner among them: not "services that thwart the police were named")
  for (let j = k; j < toks.length && j - k < 3 && toks[j]!.kind === 'word' && /^\p{Ll}/u.test(toks[j]!.text) && !DETERMINERS.has(toks[j]!.lower); j++) if (j > k && AUXILIARY.test(toks[j]!.lower)) return true;
  return false;
}

/** Past the conjunctions that open a sentence ("But Sen. Mike Lee, R-Utah, said … and predicted …"): where its subject starts. */
function pastConjunction(toks: readonly Token[], k: number): number {
  while (k < toks.length && /^(?:but|and|yet|so)$/.test(toks[k]!.lower)) k++;
  return k;
}

/** Can the head of the noun phrase `m` speak ("the coordinator", "a lawyer"): a noun of those who speak, or of a person by its ending? */
function headSpeaks(m: Mention): boolean {
  const head = m.text.slice(m.text.lastIndexOf(' ') + 1).toLowerCase();
  return speakerHead(head) || PERSON_ENDING.test(head.replace(/s$/, ''));
}

/** "The airline said", "the report says": a noun phrase opened by a determiner, right before the cue. */
function determinedNounBefore(text: string, toks: readonly Token[], cueFirst: number, floor: number): Mention | null {
  let i = cueFirst - 1;
  for (;;) {
    while (i > floor && /^(also|has|have|had|later|then|previously|repeatedly|long|always|since|still|first|earlier|recently|already|again|once|just|further|\p{Ll}+ly)$/u.test(toks[i]!.lower) && !/^(only|early|likely|family|ally|rally|july|italy)$/.test(toks[i]!.lower)) i--;
    // "continued to say", "was quick to point out"
    const carrier = carrierBefore(toks, i, floor + 1);
    if (carrier < 0) break;
    i = carrier - 1;
    if (i > floor && /^(?:was|were|is|are)$/.test(toks[i]!.lower)) i--;
  }
  const head = toks[i];
  // ("The 58-year-old added …": an age stands for the person)
  if (!head || i < floor || head.kind !== 'word' || !/^(?:\p{Ll}+|\d{1,3}-year-old)$/u.test(head.text) || DETERMINERS.has(head.lower) || /^(it|this|that|which|who|and|or|but|to|of|he|she|they|we|i|you|one)$/.test(head.lower)) return null;
  for (let a = i - 1; a >= Math.max(floor, i - 4); a--) {
    const t = toks[a]!;
    // (no verb between them: "because the discussions were private said" is no noun phrase)
    if (t.kind !== 'word' || /^(?:is|are|was|were|be|been|has|have|had|will|would)$/.test(t.lower)) return null;
    if (/^(the|a|an|this|that|its|his|her|their|our)$/.test(t.lower)) {
      // the phrase opens its clause: nothing but punctuation or a conjunction before it
      const before = toks[a - 1];
      if (before && before.kind === 'word' && !/^(and|but|so|yet|while|because|although|though|as|when|since)$/.test(before.lower)) return null;
      return nounMention(text, toks, a, i);
    }
    if (/^\p{Lu}/u.test(t.text) && a < i - 1) return null;
  }
  return null;
}

/**
 * "Political observers in Virginia and around the country say …", "73 percent
 * said …", "one slide says …": the words from the clause's start to a plain
 * verb of speech, when they hold no verb of their own.
 */
function clauseSubject(text: string, toks: readonly Token[], cueFirst: number, floor: number): Mention | null {
  let i = cueFirst - 1;
  while (i > floor && /^(also|has|have|had|later|then|previously|repeatedly)$/.test(toks[i]!.lower)) i--;
  // ("Two negotiators who asked not to be named because the talks were private said": the subject before the reason)
  const reason = anonymityReasonStart(toks, i, floor);
  if (reason > floor) i = reason - 1;
  // "Democratic economists, like their Republican counterparts, say", "a third of independents, 33%, say":
  // the subject stands before a comparison or a figure set off by commas
  if (toks[i]?.text === ',') {
    let j = i - 1;
    while (j > floor && i - j <= 8 && toks[j]!.text !== ',') j--;
    const opener = toks[j + 1];
    if (j > floor && toks[j]!.text === ',' && opener && (/^(like|unlike|including|especially|such|both|along|among)$/.test(opener.lower) || /^\d/.test(opener.text) && i - j <= 4)) i = j - 1;
    else return null;
  }
  const last = i;
  // (nor an adverb before an imperative: "Now tell us this isn't …", "Please tell them …")
  if (last < floor || toks[last]!.kind !== 'word' || /^(it|this|that|which|who|what|and|or|but|to|of|he|she|they|we|i|you|there|so|now|then|please|just|yet|still|also)$/.test(toks[last]!.lower)) return null;
  let a = last;
  while (a - 1 >= floor && last - a < 18 && (toks[a - 1]!.kind === 'word' || toks[a - 1]!.text === '%')) a--;
  if (a - 1 >= floor && !/^[,;:—–(]$/.test(toks[a - 1]!.text)) return null;
  while (a < last && /^(but|and|so|yet|still|now|while)$/.test(toks[a]!.lower)) a++;
  // "…, where restructuring experts say …": the relative adverb is no part of the subject
  if (a < last && /^(where|when)$/.test(toks[a]!.lower)) a++;
  // "progressive groups that have endorsed him say …", "supporters who came to protest say …", "officials
  // whose laws have been struck down say …": a subject with a relative clause of its own, whose verb follows
  // "who" or "that" at once, or the noun after "whose"
  let checkTo = last;
  const rel = toks.findIndex((t, k) => k > a && k < last && /^(who|that|whose)$/.test(t.lower));
  const relVerb = rel > a ? rel + (toks[rel]!.lower === 'whose' ? 2 : 1) : -1;
  const verb = relVerb > 0 && relVerb < last ? toks[relVerb]!.lower : '';
  if (verb && (/^(has|have|had|is|are|was|were|\p{Ll}+ed)$/u.test(verb) || IRREGULAR_PAST.has(verb))) checkTo = rel - 1;
  // a subject of more than ten words is one with such a relative clause
  if (last - a >= 11 && checkTo === last) return null;
  for (let k = a; k <= checkTo; k++) {
    const w = toks[k]!.lower;
    if (/^(is|are|was|were|will|would|can|could|should|must|does|did|do|may|might|which|what|who|that|if|when|because|as|than|everything|nothing|something|anything|it|this)$/.test(w) || IRREGULAR_PAST.has(w) || /ed$/.test(w) && k > a && !/^(those|people|voters|respondents|adults|americans|residents)$/.test(toks[k - 1]!.lower)) return null;
  }
  if (introAt(toks, a)) return null;
  // ("Detective Sergeant Lachlan Moberly of South Wessex Police’s economic crime unit said": a person's name that opens
  // the subject before "of" is who speaks, the rest where they work)
  const of = toks.findIndex((t, k) => k > a && k < last && t.lower === 'of');
  const person = of > a + 1 ? personBeforeOf(text, toks, of, a) : null;
  if (person) return through(text, person, toks[last]!.end);
  return nounMention(text, toks, a, last);
}

// Documents, records and footage that can be the subject of a verb of evidence.
export const DOCUMENT = /^(polls?|polling|surveys?|study|studies|reports?|analysis|analyses|memos?|filings?|rulings?|emails|documents|records|data|figures|numbers|statistics|video|videos|footage|transcripts?|research|audit|review|census|tally|count|results|estimates|projections|models?)$/;

/**
 * "Video of the incident shows …", "Leaked documents from his 1995 return show
 * …", "Polls show …", "A poll conducted by the board in May showed …": a subject
 * of up to twelve words, from its clause's start (a punctuation mark or a
 * subordinator), that holds a document noun in its first four words or after
 * its sponsors' names, and no verb but a participle right after the document.
 */
function documentSubject(text: string, toks: readonly Token[], cueFirst: number, floor: number): Mention | null {
  let a = cueFirst - 1;
  // (a slash joins the names of a poll's sponsors: "A New York Times/CBS News poll")
  // (a subordinator opens the subject's clause too: "… as a new poll showed …")
  while (a > floor && cueFirst - a < 12 && (toks[a - 1]!.kind === 'word' && !DOCUMENT_CLAUSE_OPENER.test(toks[a - 1]!.lower) || /^[’'–\-/]$/.test(toks[a - 1]!.text))) a--;
  if (a < floor || toks[a]!.kind !== 'word' || a > floor && !/^[,;:—–(]$/.test(toks[a - 1]!.text) && !DOCUMENT_CLAUSE_OPENER.test(toks[a - 1]!.lower)) return null;
  while (a < cueFirst - 1 && /^(but|and|so|yet|still|now|meanwhile|however)$/.test(toks[a]!.lower)) a++;
  // the document noun in the subject's first four words, or after its sponsors' names in capitals ("A CNN/ORC poll")
  let doc = -1;
  let sponsors = true;
  for (let k = a; k < cueFirst && (k < a + 4 || sponsors); k++) {
    if (DOCUMENT.test(toks[k]!.lower)) doc = k;
    sponsors &&= k === a || toks[k]!.text === '/' || /^\p{Lu}/u.test(toks[k]!.text);
  }
  if (doc < 0 && DOCUMENT.test(toks[cueFirst - 1]!.lower)) doc = cueFirst - 1;
  if (doc < 0) return null;
  for (let k = a; k < cueFirst; k++) {
    const w = toks[k]!.lower;
    if (/^(is|are|was|were|will|would|can|could|should|has|have|had|do|does|did|that|which|who|it|this|he|she|they|we|i)$/.test(w) || IRREGULAR_PAST.has(w)) return null;
    // ("records filed with the state" and "newly filed reports" are participles; "the poll found" is a verb; so is
    // "a poll conducted by …", "the survey released last week", right after the document before its phrase)
    const participle = k === doc + 1 && PARTICIPLE_PHRASE.test(toks[k + 1]?.lower ?? '');
    if (k > a + 1 && /ed$/.test(w) && !/^(of|the|a|an|\p{Ll}+ly)$/u.test(toks[k - 1]!.lower) && !participle) return null;
  }
  return nounMention(text, toks, a, cueFirst - 1);
}
/**
 * Does a document and the place or body it is of stand right before `at`: "Polls in New Hampshire show …", "Records
 * from the F.A.A. show …"? The name in capitals before the verb is then the document's, not a noun the verb modifies.
 */
export function documentOfPlace(toks: readonly Token[], at: number): boolean {
  for (let j = at - 2; j >= 0 && at - j <= 6; j--) {
    if (!/^(?:in|of|from|across|for)$/.test(toks[j]!.lower)) continue;
    return j > 0 && DOCUMENT.test(toks[j - 1]!.lower) && toks.slice(j + 1, at).every((t) => /^\p{Lu}/u.test(t.text) || /^(?:the|\.)$/.test(t.lower));
  }
  return false;
}

// Subordinators that open the clause of a document's subject: "… as a new poll showed …", "… while records show …".
const DOCUMENT_CLAUSE_OPENER = /^(?:as|while|after|when|because|since|though|although|once|until|before|whereas)$/;
// What opens the phrase of a participle after its document: "conducted by", "released last week", "published in".
const PARTICIPLE_PHRASE = /^(?:by|in|on|at|for|from|among|between|during|over|last|this|earlier|late|early|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)$/;

/**
 * The subject before a relative clause set off by commas that ends at the comma `close` ("One of the cooks, who asked
 * not to be named, said"): a noun of those who speak or a person's name, up to twenty tokens back; null otherwise.
 */
function subjectBeforeRelative(text: string, toks: readonly Token[], close: number, floor: number): Mention | null {
  let j = close - 1;
  while (j > floor && close - j <= 20 && toks[j]!.text !== ',' && !/^[.;:!?“”"]$/.test(toks[j]!.text)) j--;
  if (toks[j]?.text !== ',' || !/^(?:who|whose)$/.test(toks[j + 1]?.lower ?? '')) return null;
  // ("who" says the subject is a person: a name, a noun phrase with its determiner, or "one of" a group's)
  const start = toks.findIndex((t, k) => k >= floor && k < j && t.kind === 'word');
  // ("A wildlife investigator familiar with the inquiry, who asked not to be named, said …": a noun phrase from the
  // clause's start to the comma, with what its speaker knows, not the last noun of it)
  const whole = start >= 0 && DETERMINERS.has(toks[start]!.lower) ? subjectAfter(text, toks, start, j) : null;
  if (whole && whole.kind === 'noun' && whole.end === toks[j - 1]!.end && whole.text.toLowerCase().split(/\s+/).some((w) => speakerHead(w) || PERSON_ENDING.test(w))) return whole;
  const s = subjectBefore(text, toks, j, floor) ?? determinedNounBefore(text, toks, j, floor);
  if (s) return s.kind === 'pronoun' ? null : s;
  return start >= 0 && j - start <= 6 && toks[start]!.lower === 'one' && toks[start + 1]?.lower === 'of' ? nounMention(text, toks, start, j - 1) : null;
}
