// The cues the lexicon does not hold: verbs of evidence ("a poll shows"), a
// source's phrase ("as indicated by"), a spinner's "famous" for "noted", and
// any verb that its place shows to report a clause ("Trump charged that …",
// "Graham voiced the bill would pass").
import type { Cue } from '../cues.js';
import { ACT_FORMS, EVIDENCE, IRREGULAR_PAST, NOT_SPEECH_CLAUSE, NOT_SPEECH_THAT } from '../../lexicon/speech.js';
import { PROPER_ADJECTIVES, SPEAKER_NOUNS } from '../../lexicon/people.js';
import type { Token } from '../../scan/tokens.js';
import { verbByTable } from '../../nlp/compromise.js';
import { AUXILIARY, CLAUSE_PRONOUN, DETERMINER_LIKE, NAME_WORD, RELATIVE_VERB, pastTime, progressive, spanCue, thosePolled, tokenCue } from './words.js';
import {
  AGENT_ENDING, PERSON_NOUN, appositionBeforePresent, clauseVerbAfter, closingSpeakerNoun, namedAfter, entsVerb, finiteAfterIt, inS, linkedSpeaker, listedSpeech, listenerBeforeClause, listenerBeforeThat,
  nameOpensBeforePronoun, pastAdjunct, pastMedium, pastPartyTag, placeBeforeThat, pluralOrShare, relativeBeforePronoun, roleSubject, singularSubject,
  subjectSlot, unlistedVerb,
} from './unlisted.js';
import { sourceConnector } from './sources.js';
import { AGE_NOUN } from '../mentions.js';

// Words that no title before a name holds ("Democratic strategist Hank Sheinkopf" does; "the forgiveness of Mrs. Ferrars" does not).
const TITLE_BREAK = /^(?:the|a|an|of|to|in|on|at|for|with|by|from|and|or|his|her|their|its)$/;

/**
 * Cues the lexicon does not hold: verbs of evidence ("a poll shows"), and any
 * verb right before "that" whose clause is not a belief ("Trump charged that").
 */
export function evidenceCues(toks: readonly Token[]): Cue[] {
  const out: Cue[] = [];
  // ("As indicated by the report, …": a source's phrase that opens the sentence)
  const opening = toks.length && /^(?:as|in)$/.test(toks[0]!.lower) ? sourceConnector(toks, 0) : null;
  if (opening) out.push(spanCue(toks, 0, opening.last, 'according to', { structural: true }));
  for (let i = opening ? opening.last + 1 : 1; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.kind !== 'word') continue;
    // "Mr. Obama famous that …", "…, he famous.": a spinner's "noted", after its subject, before a clause or the end
    if (t.lower === 'famous' && isSpinnerNoted(toks, i)) {
      out.push(tokenCue(toks, i, 'note'));
      continue;
    }
    // "…, as indicated by the report.", "In line with a new poll, …": a phrase no list holds that names a source as
    // "according to" does
    if (t.lower === 'as' || t.lower === 'in' || t.lower === 'upon' || t.lower === 'on') {
      const c = sourceConnector(toks, i);
      if (c) {
        out.push(spanCue(toks, c.first, c.last, 'according to', { structural: true }));
        i = c.last;
        continue;
      }
    }
    const ing = t.lower.endsWith('ing') ? ingLemma(t.lower) : undefined;
    // (an evidence verb needs words after it, unless it closes the sentence: "…, an analysis of the filings shows.")
    const closes = i === toks.length - 2 && /^[.!?]$/.test(toks[i + 1]!.text) && /^(show|find)$/.test(EVIDENCE.get(t.lower) ?? '');
    const lemma = i < toks.length - 2 || closes ? EVIDENCE.get(t.lower) ?? ACT_FORMS.get(t.lower) ?? ing : undefined;
    const ed = t.lower.endsWith('ed');
    // "…, expounded Jeffrey Trimble, a senior official.": a verb no list holds, between the comma that closes a
    // clause and a person's name that ends the sentence (or opens its apposition), is that clause's inverted "said"
    // ("…, verbalized Democratic strategist Hank Sheinkopf.": up to three words of a title before the name)
    // (the title's words no function word: not "…, procured the forgiveness of Mrs. Ferrars, by …")
    if (!lemma && toks[i - 1]!.text === ',' && (namedAfter(toks, i + 1) && !TITLE_BREAK.test(toks[i + 1]!.lower) && !TITLE_BREAK.test(toks[i + 2]?.lower ?? '') || closingSpeakerNoun(toks, i + 1)) && unlistedVerb(toks, i)) {
      out.push(tokenCue(toks, i, t.lower, { structural: true }));
      continue;
    }
    // "Clinton voices she opposes the deal": a present tense no list holds, before a subject pronoun
    // ("Mike Pence expounds too much is made of …": or before a clause with its auxiliary, read below)
    // (not a plural noun: an agent's ending, or a subject that is no name of its own, "Many lawmakers say", "Republican voters")
    // (the code of the last letter first: this runs for every word)
    // ("…, who expounds he is …": or a relative's "who"; an -ents word only where it is no noun, entsVerb)
    // (nor a noun of those who speak, which the tagger may read as a verb: "Campaign aides verbalized …")
    const present = !ed && !lemma && t.lower.length >= 5 && t.lower.charCodeAt(t.lower.length - 1) === 115 && inS(t) && (!AGENT_ENDING.test(t.lower) || /ers$/.test(t.lower) && toks[i + 1]?.kind === 'word' && verbByTable(t.lower)) && !PERSON_NOUN.test(t.lower) &&
      (!t.lower.endsWith('ents') || entsVerb(toks, i)) && (singularSubject(toks, i) || nameOpensBeforePronoun(toks, i) || relativeBeforePronoun(toks, i) || appositionBeforePresent(toks, i));
    // cheap tests first: most words are no cue of any kind
    if (!lemma && !ed && !present && toks[i + 1]?.lower !== 'that') continue;
    const cue = evidenceCueAt(toks, i, lemma, ing, ed, present, closes);
    if (cue) out.push(cue);
  }
  return out;
}

/**
 * Does the sentence open with a noun phrase of those who speak that ends at `sb`, right before the verb: "Several
 * supporters of reform", "Current and former officials", "those surveyed"? Its head is a speaker's noun, maybe before
 * a short complement of "of", "for", "at" or "in"; no verb or punctuation in it.
 */
function speakersOpening(toks: readonly Token[], sb: number): boolean {
  // ("those surveyed", "Again, those polled": the participle of those asked, opening the sentence or after its comma)
  if (thosePolled(toks, sb) && (sb === 1 || toks[sb - 2]!.text === ',')) return true;
  if (sb > 6) return false;
  let head = -1;
  for (let k = 0; k <= sb; k++) {
    const t = toks[k]!;
    if (t.kind !== 'word' || AUXILIARY.test(t.lower)) return false;
    if (head < 0 && (PERSON_NOUN.test(t.lower) || SPEAKER_NOUNS.has(t.lower) && /s$/.test(t.lower))) head = k;
    else if (head < 0 && /^(?:of|for|at|in|from)$/.test(t.lower)) return false;
  }
  return head >= 0 && (head === sb || /^(?:of|for|at|in|from)$/.test(toks[head + 1]!.lower));
}

/**
 * The cue of evidenceCues at the word `i`, which its cheap tests have let through (a lemma of the lists, an -ed
 * word, a present before a subject, or a word before "that"), or null. A function of its own, so that the rare
 * paths below do not make V8 drop and recompile the loop over every word each time one of them first runs.
 */
function evidenceCueAt(toks: readonly Token[], i: number, lemma: string | undefined, ing: string | undefined, ed: boolean, present: boolean, closes: boolean): Cue | null {
  const t = toks[i]!;
  if (/^\p{Lu}/u.test(t.text)) return null;
  // (the end of the sentence: a past or a present after its subject, "…, one slide recites.")
  if (i >= toks.length - 2 && !ed && !closes && !present) return null;
  // the lexicon's own cue, found already (one it lists but reads as no speech, "commented", "opined", goes on as a
  // verb no list holds: "…, Ruiz commented.")
  if (listedSpeech(toks, i)) return null;
  // (past an adverb: "Clinton now voices she …")
  let sb = pastPartyTag(toks, subjectSlot(toks, i));
  // ("Police have propounded they …": past the auxiliary of a perfect, before a pronoun's clause)
  // ("Twitter verbalized it actively investigated …": "it" and the verb of its clause open the clause as a pronoun
  // does; not after a comma, where the verb is one of a list: "… obfuscated facts, admitted it withheld emails")
  // ("Bush verbalizes it’s even more important …": or its contraction)
  const itClause = toks[i + 1]?.lower === 'it' && finiteAfterIt(toks, i + 2) || /^it[’'](?:s|d|ll)$/.test(toks[i + 1]?.lower ?? '') && toks[i + 2]?.kind === 'word';
  // ("McAuliffe has verbalized about 20 people have …": and before any clause its verb shows, clauseVerbAfter)
  if (sb > 0 && /^(?:has|have|had)$/.test(toks[sb]!.lower) && (CLAUSE_PRONOUN.test(toks[i + 1]?.lower ?? '') || itClause || ed && clauseVerbAfter(toks, i) > 0)) sb = pastPartyTag(toks, sb - 1);
  // (or the comma that closes an apposition: "Richard Revesz, director of …, expounded the states were …")
  // (a name with an apostrophe, "O'Neill"; past a party tag, "Rep. Stephen Lynch (D-Mass.) verbalized")
  // ("Another 19 percent propounded they …": a share of those polled)
  // ("… and propounded he did not …": a second verb of the subject, before a pronoun)
  // ("…, the IMF expounded.": an acronym after its article)
  // (a determiner that opens the sentence is no name: "Those surveyed recited …")
  // ("The 39-year-old imparted to …": an age after its article)
  const subject = /^(he|she|they|we|i|percent)$/.test(toks[sb]!.lower) || NAME_WORD.test(toks[sb]!.text) && !/^(?:those|these|this|that|the|there|here)$/.test(toks[sb]!.lower) || SPEAKER_NOUNS.has(toks[sb]!.lower) || roleSubject(toks, sb) ||
    AGE_NOUN.test(toks[sb]!.lower) && toks[sb - 1]?.lower === 'the' ||
    /^\p{Lu}{2,6}$/u.test(toks[sb]!.text) && toks[sb - 1]?.lower === 'the' ||
    toks[sb]!.text === ',' && /^\p{Lu}/u.test(toks[0]!.text) || sb >= 2 && /^(?:and|but)$/.test(toks[sb]!.lower) && CLAUSE_PRONOUN.test(toks[i + 1]?.lower ?? '') ||
    speakersOpening(toks, sb);
  // (a verb right after "that" makes it a relative pronoun: "groups that have backed …"; an unlisted word
  // before "that" after a determiner or a preposition is a noun, "the rules that could …", and so is an
  // agent noun, "few investors that the state could pressure")
  // ("articulated Monday that …": past a time before "that")
  const thatAt = toks[i + 1]?.lower === 'that' ? i + 1 : toks[pastTime(toks, i + 1, 3)]?.lower === 'that' && (ed || lemma !== undefined) ? pastTime(toks, i + 1, 3) : -1;
  // ("He comments that …": after a subject pronoun, no agent noun)
  const beforeThat = thatAt > 0 && t.lower.length > 3 && /(?:ed|es|s)$/.test(t.lower) && !NOT_SPEECH_THAT.test(t.lower) && !RELATIVE_VERB.test(toks[thatAt + 1]?.lower ?? '') && (lemma !== undefined || ed && /^(?:and|but)$/.test(toks[i - 1]!.lower) && sb > 0 && !NOT_SPEECH_CLAUSE.test(t.lower) || !DETERMINER_LIKE.test(toks[i - 1]!.lower) && (!/(?:ors|ists|ians|ants|ents|ees)$/.test(t.lower) || /^(?:he|she|it)$/.test(toks[i - 1]!.lower)));
  // a verb no list holds, between a named or pronoun subject and a clause: "Graham voiced he would …"
  // (nor a listed act whose bare use reports nothing: "…, she refused.")
  const unlisted = (ed || present) && t.lower.length > 4 && !NOT_SPEECH_THAT.test(t.lower) && !NOT_SPEECH_CLAUSE.test(t.lower) && !IRREGULAR_PAST.has(t.lower) && !BARE_NOT_SPEECH.test(ACT_FORMS.get(t.lower) ?? EVIDENCE.get(t.lower) ?? '');
  // "Stein professed she plans to join …": a subject pronoun right after the verb opens its clause
  // ("Rendell recited he’d battled …": or its contraction)
  // ("Barkley, who propounded he typically votes …": a relative's subject; "Nearly half verbalized they …",
  // "Several delegate candidates propounded they …": a share or a plural noun, before a pronoun's clause only)
  // ("Trump, who expounds he is honored": a relative's "who")
  // ("Lumenfield stipulated on Wednesday it had raised …": past a time after the verb)
  const dated = pastTime(toks, i + 1, 3);
  const ni = dated > i + 1 && !/^(?:on|this|last|next|early|late)$/.test(toks[dated - 1]!.lower) ? dated : i + 1;
  const pronounClause = unlisted && (subject || CLAUSE_PRONOUN.test(toks[ni]?.lower ?? '') && (pluralOrShare(toks, sb) || relativeBeforePronoun(toks, i))) && (CLAUSE_PRONOUN.test(toks[ni]?.lower ?? '') && toks[ni + 1]?.kind === 'word' || (ni === i + 1 ? itClause : toks[ni]?.lower === 'it' && finiteAfterIt(toks, ni + 1)) && toks[sb]!.text !== ',');
  // "…, Graham voiced." closing a sentence: the attribution slot of a clause before it
  // (or past a medium it was said to: "…, a school spokesman briefed The Wall Street Journal.")
  const after = ed ? pastAdjunct(toks, pastMedium(toks, i + 1)) : pastAdjunct(toks, i + 1);
  // ("…, attorneys for the family propounded.": a noun of those who speak and its phrase of "for" or "of")
  // ("…, donors expounded.": or a plural of those who do something, right after the comma or its article)
  const agents = AGENT_ENDING.test(toks[sb]!.lower) && inS(toks[sb]!) && (toks[sb - 1]?.text === ',' || /^(?:the|many|some|several|other)$/.test(toks[sb - 1]?.lower ?? '') && toks[sb - 2]?.text === ',');
  const closing = unlisted && (subject || linkedSpeaker(toks, sb) || agents) && (after >= toks.length || /^[.!?,]$/.test(toks[after]!.text)) && toks.slice(Math.max(0, i - 8), i).some((w) => w.text === ',');
  const beforeClause = !beforeThat && unlisted && subject &&
    toks[i + 1]?.kind === 'word' && (!/^(to|in|on|at|by|for|with|from|of|into|about|over|after|before|during|up|out|off|down|back|as|and|or|but|among|between|against|across|around|through|without|within|despite|like|unlike|toward|towards|behind|ahead)$/.test(toks[i + 1]!.lower) || toks[i + 1]!.lower === 'about' && /^\d/.test(toks[i + 2]?.text ?? '')) &&
    clauseVerbAfter(toks, i) > 0;
  // "Clinton expounds in Ohio that she …", "verbalizes at a campaign stop in Toledo, Ohio, that it …": a place, then "that"
  // ("propounded on Bloomberg Television that …", "on Sunday that …": after "on", a name only, not "agreed on a plan that …")
  // (not "It dawned on Murphy that …", whose subject is no one)
  const placeThat = !beforeThat && unlisted && subject && (/^(?:in|at)$/.test(toks[i + 1]?.lower ?? '') || toks[i + 1]?.lower === 'on' && (NAME_WORD.test(toks[i + 2]?.text ?? '') || ownMedium(toks, i + 2)) && !/^(?:it|this|that|there)$/.test(toks[sb]!.lower)) && placeBeforeThat(toks, i + 1);
  // "Miller notified The Washington Post that …", "briefed a meeting of Pacific Island leaders that …": whom it was said to, then "that"
  // (its subject a person or a body: not "It dawned on him that …", "It astonished her that …")
  // ("Mook notified Reuters the talks had stalled": or a listener, then the clause's subject and its verb)
  // ("Holm imparted to the Aldeburg Post that …": or "to" and the listener)
  const listenerThat = !beforeThat && unlisted && ed && subject && !/^(?:it|this|that|there|what|which|so|how)$/.test(toks[sb]!.lower) && (listenerBeforeThat(toks, i) || listenerBeforeClause(toks, i + 1) > i + 1 || toks[i + 1]?.lower === 'to' && listenerBeforeThat(toks, i + 1));
  // "the changes, which officials expounded will go into effect …": the subject of a relative's verb, and the gap of
  // its object right after the verb (an auxiliary or a past)
  // (a relative set off by a comma: "the respect which they naturally inspired might have been …" and "below what
  // Congress mandated is sure to …" are an object and a subject of the main clause)
  const relativeGap = unlisted && (subject || pluralOrShare(toks, sb)) && toks[sb - 1]?.lower === 'which' && toks[sb - 2]?.text === ',' && (AUXILIARY.test(toks[i + 1]?.lower ?? '') || IRREGULAR_PAST.has(toks[i + 1]?.lower ?? ''));
  if (!lemma && !beforeThat && !beforeClause && !closing && !pronounClause && !listenerThat && !placeThat && !relativeGap) return null;
  // (a verb no list holds must read as one, "charities" not, and its subject is no adjective: "Democratic registered voters")
  if (!lemma && (!verbByTable(t.text) || PROPER_ADJECTIVES.has(toks[sb]!.lower))) return null;
  // (read as "told": its listener is passed over as that of "told" is)
  const cue = tokenCue(toks, i, lemma ?? (listenerThat ? 'tell' : t.lower), { structural: !lemma, gerund: lemma !== undefined && lemma === ing });
  // "Trump is defending his tweets": only the progressive; "defending champion" is no act
  if (cue.gerund && !progressive(toks, cue)) return null;
  return cue;
}

/** Does an owner's medium stand at `k`: "its website", "his blog", "their Facebook page" ("imparts on its website that …")? */
function ownMedium(toks: readonly Token[], k: number): boolean {
  if (!/^(?:its|his|her|their)$/.test(toks[k]?.lower ?? '')) return false;
  let j = k + 1;
  if (NAME_WORD.test(toks[j]?.text ?? '')) j++;
  return /^(?:website|site|blog|page|account|feed|channel|podcast|newsletter)$/.test(toks[j]?.lower ?? '');
}

/**
 * "famous" where a spinner put it for "noted": right after a subject (a pronoun,
 * a name, or a noun such as "the website") and before "that", a clause or the
 * sentence's end; never "is famous", "the famous actor", "famous for".
 */
function isSpinnerNoted(toks: readonly Token[], i: number): boolean {
  const prev = toks[i - 1]!;
  const next = toks[i + 1];
  if (prev.kind !== 'word' || /^(is|was|are|were|be|been|being|become|became|becomes|most|more|so|very|too|a|an|the|world|once|internationally|nationally|locally|as|and|or|also|how|of|its|his|her|their)$/.test(prev.lower)) return false;
  if (/ly$/.test(prev.lower) && !/^(only|early)$/.test(prev.lower)) return false;
  const subject = /^(he|she|they|we|i|it)$/.test(prev.lower) || /^\p{Lu}/u.test(prev.text) || SPEAKER_NOUNS.has(prev.lower) || /^(website|site|report|campaign|court|submission|study|poll|analysis|letter|filing|ruling)$/.test(prev.lower);
  if (!subject) return false;
  return !next || next.kind === 'punct' && /^[.,;!?]$/.test(next.text) || next.lower === 'that' || /^(the|a|an|his|her|their|its|he|she|they|it|we|i|there)$/.test(next.lower) || /^\p{Lu}/u.test(next.text) || /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|on|in|last|this)$/.test(next.lower);
}

/** The base of a present participle of a listed act or evidence verb: "questioning" → "question", "praising" → "praise". */
export function ingLemma(word: string): string | undefined {
  const stem = word.slice(0, -3);
  for (const base of [stem, stem + 'e', stem.slice(0, -1)]) {
    const lemma = EVIDENCE.get(base) ?? ACT_FORMS.get(base);
    if (lemma === base) return lemma;
  }
  return undefined;
}

// Acts whose bare use reports no clause: "…, she refused.", "…, the two talked.", "…, Graham called."
export const BARE_NOT_SPEECH = /^(?:decline|refuse|speak|talk|call|show|find|attack|defend|offered|discuss|respond|reply|describe)$/;
