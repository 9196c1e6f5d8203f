// "Clinton attacked Trump, saying he would …": the clause a participle of
// speech introduces, and its speaker.
import { findCues } from '../cues.js';
import { apposedName, namesPerson, subjectAfter, subjectBefore } from '../mentions.js';
import { NOT_SPEECH_CLAUSE, PARTICIPLES, isAct, isSpeech } from '../../lexicon/speech.js';
import type { Token } from '../../scan/tokens.js';
import { isDictionaryWord, verbByTable } from '../../nlp/compromise.js';
import type { IndirectQuote } from './rules.js';
import { AUXILIARY, DETERMINER_WORD, NOT_SUBJECT_START, hasVerbish, introAt, newClauseAt, nounMention, spanOf, tokenCue, wordsIn } from './words.js';
import { DOCUMENT_SAID, LISTENER_WORDS, SAYING, THAT, citedBeforeThat, endOfClause, listenerEnd, withoutAdjunct } from './clause.js';

// Words before a noun, never before a verb's subject-less form: "those claims", "his statement".
const NOUN_BEFORE = /^(?:the|a|an|his|her|their|its|those|these|this|my|our|your)$/;

// Participles whose content is a noun phrase: "citing a threat to public health", "calling for a ban".
const OBJECT_PARTICIPLE = /^(citing|calling|urging|praising|criticizing|accusing|blaming|referring|talking)$/;

/**
 * "Clinton attacked Trump, saying he would …", "Bolton distanced himself by
 * saying he would …": the speaker is the subject that opens the sentence.
 */
export function participles(text: string, toks: readonly Token[], si: number): IndirectQuote[] {
  const out: IndirectQuote[] = [];
  for (let i = 2; i < toks.length - 3; i++) {
    // ("…, with three in 10 saying a running mate would make no difference": a share of those asked, after "with")
    const share = toks[i]!.lower === 'saying' ? shareSaying(text, toks, i, si) : null;
    if (share) {
      out.push(share.quote);
      i = share.end;
      continue;
    }
    // ("The ministry released a statement saying …": or right after the document whose words it gives)
    if (!(PARTICIPLES.has(toks[i]!.lower) || rulingThat(toks, i)) || !/^(,|by|while|after|before|—|–)$/.test(toks[i - 1]!.lower) && !(DOCUMENT_SAID.test(toks[i - 1]!.lower) && SAYING.test(toks[i]!.lower))) continue;
    // ("…, writing that the company would …": a participle of writing reports only a "that" clause, not "writing in The
    // New York Times, noticed …")
    if (/^(?:writing|tweeting)$/.test(toks[i]!.lower) && toks[i + 1]?.lower !== 'that') continue;
    const found = sayingClauseAt(text, toks, i, si);
    if (!found) continue;
    out.push(found.quote);
    i = found.end;
  }
  return out;
}

/**
 * "…, with 22 percent saying they would not support him", "with about three in 10 saying …": the share between
 * "with" and "saying" (a number or a word of quantity in it, nothing but words and numbers) says the clause after.
 */
function shareSaying(text: string, toks: readonly Token[], i: number, si: number): { quote: IndirectQuote; end: number } | null {
  let w = i - 2;
  while (w >= 0 && i - w <= 9 && toks[w]!.lower !== 'with') {
    if (toks[w]!.kind !== 'word' && toks[w]!.text !== '%' || NOT_IN_SHARE.test(toks[w]!.lower)) return null;
    w--;
  }
  if (w < 0 || toks[w]!.lower !== 'with' || !toks.slice(w + 1, i).some((t) => QUANTITY.test(t.lower))) return null;
  let k = i + 1;
  if (toks[k]?.lower === 'that') k++;
  let e = endOfClause(toks, k);
  // (up to a relative clause in which others speak: "…, who drew 15 percent and another 12 percent who say …")
  const rel = toks.findIndex((t, j) => j > k && j < e && t.text === ',' && /^(?:who|which)$/.test(toks[j + 1]?.lower ?? ''));
  if (rel > 0 && findCues(toks, rel, e).some((c) => isSpeech(c))) e = rel;
  if (wordsIn(toks, k, e) < 3 || !hasVerbish(toks, k, e)) return null;
  const cue = tokenCue(toks, i, 'say', { gerund: true });
  return { quote: { ...spanOf(toks, k, e), rule: 'saying-clause', mention: nounMention(text, toks, w + 1, i - 1), cue, sentence: si }, end: e };
}
// Words of a share of people ("22 percent", "three in 10", "a majority of voters"), and words no such share holds.
const QUANTITY = /^(?:\d[\d,.]*%?|percent|%|majority|majorities|plurality|third|thirds|quarter|half|one|two|three|four|five|six|seven|eight|nine|ten|most|many|some|few)$/;
const NOT_IN_SHARE = /^(?:what|that|which|who|whom|while|and|but|or|him|her|them|it|me|us|you|he|she|they|we|i|is|are|was|were|be|been)$/;

/**
 * The clause that the participle at `i` introduces, with its speaker, and the
 * token it ends at. Apart from participles's scan, which reads every token: a
 * rarely taken path inside a hot loop makes V8 drop and recompile the loop's
 * code each time it is first taken.
 */
function sayingClauseAt(text: string, toks: readonly Token[], i: number, si: number): { quote: IndirectQuote; end: number } | null {
  let k = i + 1;
  // ("reported, citing two officials, that …": whom a report cites, before the clause of the verb before it)
  if (citedBeforeThat(toks, i) > 0) return null;
  // ("…, telling reporters only that …", "assuring investors that …", "by reminding viewers that …": past the listener,
  // to its "that")
  if (/^(?:telling|assuring|reminding|informing)$/.test(toks[i]!.lower)) {
    k = listenerEnd(toks, i, LISTENER_WORDS, THAT);
    if (toks[k]?.lower !== 'that') return null;
  }
  if (toks[k]?.lower === 'that') k++;
  // "…, promising to lift regulations": a promise is what it commits to, from "to"
  const promise = /^(promising|vowing|pledging)$/.test(toks[i]!.lower);
  if (promise && (toks[k]?.lower !== 'to' || toks[k + 1]?.kind !== 'word')) return null;
  const nounObject = OBJECT_PARTICIPLE.test(toks[i]!.lower) || promise;
  if (toks[i]!.lower === 'calling' && /^(for|on)$/.test(toks[k]?.lower ?? '') || toks[i]!.lower === 'referring' && toks[k]?.lower === 'to' || toks[i]!.lower === 'talking' && toks[k]?.lower === 'about') k++;
  if (toks[i]!.lower === 'talking' && toks[k - 1]?.lower !== 'about') return null;
  const e = nounObject ? withoutAdjunct(toks, k, endOfClause(toks, k)) : endOfClause(toks, k);
  if (wordsIn(toks, k, e) < (nounObject ? 1 : 3) || !nounObject && !hasVerbish(toks, k, e)) return null;
  // ("approved the budget, adding two bus routes to the plan": "adding" says something only before "that" or a clause
  // with its own subject and verb)
  if (toks[i]!.lower === 'adding' && k === i + 1 && !newClauseAt(toks, k) && !(/^(he|she|they|it|we|i|you|there)$/.test(toks[k]!.lower) && toks[k + 1]?.kind === 'word') &&
    !(/^(the|a|an|[\p{Lu}].*)$/u.test(toks[k]!.text) && toks.slice(k + 1, k + 6).some((t) => AUXILIARY.test(t.lower) || t.lower === 'must'))) return null;
  // ("calling off the strike", "calling up reservists": a phrasal verb, no speech)
  if (nounObject && /^(to|in|on|at|of|it|this|him|her|them|off|up|out|back)$/.test(toks[k]?.lower ?? '') && toks[i]!.lower !== 'urging' && !promise) return null;
  // the sentence's subject, after an introductory phrase
  let a = 0;
  // ("Talking to Radio Meridian on Tuesday, the mayor rejected …": a participle's phrase opens the sentence too)
  // (not a surname in -ing, "Kettering closed by saying …": a participle is a word of the dictionary)
  if (introAt(toks, 0) || NOT_SUBJECT_START.test(toks[0]!.lower) || /^\p{Lu}\p{Ll}{2,}ing$/u.test(toks[0]!.text) && isDictionaryWord(toks[0]!.lower) && toks[1]?.kind === 'word' && !/^\p{Lu}/u.test(toks[1]!.text)) {
    a = toks.findIndex((t, j) => j < i && t.text === ',') + 1;
    if (a <= 0) return null;
  }
  while (a < i && (/^(but|and|so|yet|still|meanwhile|however|instead|also|then)$/.test(toks[a]!.lower) || toks[a]!.text === ",")) a++;
  // "…,'' he said, referring to …" / "said Ed Rendell, a former governor, referring to …": the speaker of that cue
  // (or of an act that attributes the quotation: "“…,” he vowed, adding …")
  // (not an infinitive, whose subject is the verb's before it: "declined to say whether …, telling reporters that …")
  // (nor a participle after the noun of a preposition's phrase: "made the announcement in a video posted on her
  // accounts, saying …" is the announcer's)
  // (nor a noun after its determiner: "pushed back on those claims Thursday, saying …")
  const said = findCues(toks, Math.max(0, i - 14), i).filter((c) => !c.gerund && (isSpeech(c) || isAct(c)) && toks[c.first - 1]?.lower !== 'to' && !afterPrepositionNoun(toks, c.first) && !NOUN_BEFORE.test(toks[c.first - 1]?.lower ?? '')).pop();
  // ("“…,” Ruiz stipulated, adding …": or a past tense no list holds, right before the comma, after its named subject)
  // ("“…,” he recited, referring to …", "“…,” the report expounds, citing …": or a pronoun, or any subject, and a verb
  // in the present too, where the verb attributes a quotation that ends right before its subject)
  const verb = i - 2;
  const unlisted = !said && toks[i - 1]?.text === ',' && verb > a && /^\p{Ll}{4,}(?:ed|[^su]s)$/u.test(toks[verb]!.text) && !NOT_SPEECH_CLAUSE.test(toks[verb]!.lower) ? subjectBefore(text, toks, verb, a) : null;
  const attributes = unlisted !== null && /^[”"»’']$/.test(toks[toks.findIndex((t) => t.start >= unlisted.start) - 1]?.text ?? '') && verbByTable(toks[verb]!.text);
  const named = unlisted && (attributes && (unlisted.kind !== 'pronoun' || unlisted.gender === 'm' || unlisted.gender === 'f') || !nounObject && /ed$/.test(toks[verb]!.lower) && namesPerson(unlisted)) ? unlisted : null;
  // ("Minutes later, the Trump campaign issued a statement saying …": the subject of the verb that put the document out)
  const issuer = !said && DOCUMENT_SAID.test(toks[i - 1]!.lower) ? documentIssuer(text, toks, i - 1, a) : null;
  const opening = said || named || issuer ? null : subjectAfter(text, toks, a, i);
  // (the name an apposition gives the sentence's subject: "The No campaign's leader, former finance minister Edith
  // Calloway-Brunn, set out her case …, contending that …")
  const who = said ? subjectBefore(text, toks, said.first, a) ?? subjectAfter(text, toks, said.last + 1, i) : named ?? issuer ?? (opening && apposedName(text, toks, opening, i)) ?? opening;
  if (!who || who.kind === 'pronoun' && who.gender === 'n') return null;
  // (nor a subject that is itself a thing said, "Her vow to go after companies … while claiming …": no one speaks there)
  if (who === opening && who.kind === 'noun' && NOUN_BEFORE.test(toks[toks.findIndex((t) => t.start >= who.start)]?.lower ?? '') && saidNoun(toks, who.end)) return null;
  // (", ruling that …", ", finding that …": a court's, a judge's or an inquiry's only)
  if (RULING.test(toks[i]!.lower) && !RULING_BODY.test(who.text + ' ' + (who.title ?? ''))) return null;
  const cue = tokenCue(toks, i, toks[i]!.lower, { gerund: true });
  return { quote: { ...spanOf(toks, k, e), rule: 'saying-clause', mention: who, cue, sentence: si }, end: e };
}

/** Is the word ending at `end` a noun of saying ("vow", "claim", "statement")? */
function saidNoun(toks: readonly Token[], end: number): boolean {
  const j = toks.findIndex((t) => t.end === end);
  return j >= 0 && findCues(toks, j, j + 1).some((c) => c.first === j && c.last === j);
}

/**
 * The subject of the verb before the document noun at `n` and its determiner ("the Trump campaign issued a statement",
 * "McConnell released a short statement"), not before `a`; null where there is none.
 */
function documentIssuer(text: string, toks: readonly Token[], n: number, a: number) {
  let d = n - 1;
  while (d > a && toks[d]!.kind === 'word' && /^\p{Ll}/u.test(toks[d]!.text) && !DETERMINER_WORD.test(toks[d]!.lower) && n - d <= 3) d--;
  if (d - 1 <= a || !DETERMINER_WORD.test(toks[d]!.lower)) return null;
  // (past the particle of a phrasal verb: "put out a notice", "sent out a message")
  const v = /^(?:out|up)$/.test(toks[d - 1]!.lower) && d - 2 > a ? d - 2 : d - 1;
  // (or the noun phrase that opens the clause after an opening phrase's comma: "Minutes later, the port authority
  // issued …", whose noun is no speaker's by the lists)
  const comma = toks.findIndex((t, j) => j > a && j < v && t.text === ',');
  return subjectBefore(text, toks, v, a) ?? (comma > 0 ? subjectAfter(text, toks, comma + 1, v) : null);
}

// The participles of a ruling, reported before "that" after a court's or an inquiry's main clause.
const RULING = /^(?:ruling|finding)$/;
/** Is toks[i] a participle of a ruling before "that" (", ruling that …")? */
export const rulingThat = (toks: readonly Token[], i: number): boolean => RULING.test(toks[i]!.lower) && toks[i + 1]?.lower === 'that';
const RULING_BODY = /\b(?:judges?|justices?|courts?|tribunals?|panel|inquiry|jury|commission|regulator|ombudsman|report|review|investigation|audit|study|coroner|magistrates?|arbitrator)\b/i;

/** Is the word at `i` a past participle after the noun of a preposition's phrase ("in a video posted", "on a page updated")? */
function afterPrepositionNoun(toks: readonly Token[], i: number): boolean {
  return /ed$/.test(toks[i]!.lower) && DETERMINER_WORD.test(toks[i - 2]?.lower ?? '') && /^(?:in|on|at|by|with|from|through|via)$/.test(toks[i - 3]?.lower ?? '') && /^\p{Ll}+$/u.test(toks[i - 1]?.text ?? '');
}
