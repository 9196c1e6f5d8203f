// Stage: reported speech without quotation marks. Reads each sentence that
// holds no quotation: "X said (that) …", "…, X said.", "According to X, …",
// "X told Y (that) …", "X warned that …, adding that …". Each frame is a
// rule with an id (INDIRECT_RULES), like the frames of direct quotes.
//
// This module runs the passes over each sentence and keeps what they find; the
// passes are the modules beside it, each importing only those below it:
//   headline.ts     the document's first line ("Pence: …", "…, Graham Says")
//   report.ts       the cues of a sentence, in order, and what each reports
//   speaker.ts      who speaks for a cue: before it, in a relative, or after it
//   evidence.ts     cues no list holds ("a poll shows", "Graham voiced …")
//   sources.ts      "according to X", "as indicated by X", "In a poll, …", "in the polls"
//   participles.ts  "…, saying …"
//   questions.ts    "Asked whether …", "X asked Y how …"
//   clause.ts       where a reported clause starts and ends
//   unlisted.ts     a verb no list holds, read by its place; names that close a sentence
//   words.ts        small token predicates, word lists and span helpers
//   rules.ts        INDIRECT_RULES, IndirectQuote and the shapes passed between these
import { findCues, quotedAsCues, thatPastAside, type Cue } from '../cues.js';
import { CUES } from '../../lexicon/cues.js';
import { CLAUSE_SUBJECT, namesPerson, objectMention, openingPhraseEnd } from '../mentions.js';
import { ACT_FORMS, ACT_LEMMAS, BELIEF_LEMMAS, EVIDENCE, EVIDENCE_LEMMAS, MULTI_SPEECH, PARTICIPLES, SPEECH, TELLING, isAct, isSpeech } from '../../lexicon/speech.js';
import { isAsciiLetter, lowerCase, tokenize, type Token } from '../../scan/tokens.js';
import { outletNamed, speakingMedium } from '../outlets.js';
import type { Sentence } from '../../scan/sentences.js';
import type { IndirectQuote } from './rules.js';
import { CLOSE_MARK, DETERMINER_WORD, MIN_WORDS, TIME_TAIL, progressive } from './words.js';
import { endsAfterTime } from './unlisted.js';
import { LISTENER_WORDS, THAT, VENUE_START, WISH, listenerEnd, pastListener } from './clause.js';
import { inPolls, inSource, withoutYieldingSources } from './sources.js';
import { evidenceCues, ingLemma } from './evidence.js';
import { fromCues } from './report.js';
import { participles, rulingThat } from './participles.js';
import { ASKED, questions } from './questions.js';
import { headline } from './headline.js';

export { INDIRECT_RULES, type IndirectQuote, type IndirectRuleId } from './rules.js';
export { headline } from './headline.js';
export { pastTitle } from './clause.js';

/** Reported clauses in sentences that hold no quotation marks. */
export function findIndirect(text: string, sentences: readonly Sentence[], busy: (start: number, end: number) => boolean, titleBusy: (start: number, end: number) => boolean = busy, title: IndirectQuote | null = headline(text, sentences)): IndirectQuote[] {
  const out: IndirectQuote[] = [];
  if (title && !titleBusy(title.start, title.end)) out.push(title);
  for (let si = 0; si < sentences.length; si++) {
    if (title && sentences[si]!.start < title.end) continue;
    const s = sentences[si]!;
    if (s.end - s.start > 1500 || !mayReport(text, s.start, s.end)) continue;
    const toks = tokenize(text, s.start, s.end);
    if (toks.length < MIN_WORDS + 2) continue;
    const saying = participles(text, toks, si);
    // A sentence that opens inside a quotation (or page furniture): every clause found
    // in it starts at or after that opening, so only a 'saying-clause' (participles) or the
    // question put to the quotation's speaker ("“…,” she said when asked whether …") can be
    // kept below; nothing else need be read.
    let found: IndirectQuote[];
    if (busy(s.start, s.start + 1)) {
      found = [...saying, ...questions(text, toks, si)];
      // ("“…,” said Colm Doyle, regional secretary of the union, who told reporters that the union would …": a relative
      // clause on the speaker, after the quotation, reports the clause after its cue)
      const relative = text.slice(s.start, s.end).includes(', who ') ? findCues(toks).filter((c) => isSpeech(c) && !c.gerund && toks[c.first - 1]?.lower === 'who' && toks[c.first - 2]?.text === ',' && !busy(toks[c.first]!.start, toks[c.first]!.end)) : [];
      if (relative.length) found.push(...(fromCues(text, toks, relative, si) ?? []).filter((q) => q.rule === 'relative-cue'));
    }
    else {
      // ("TASS quoted Lavrov as saying …": one cue, whose object speaks)
      const quoted = quotedAsCues(toks, findCues(toks));
      const cues = withoutYieldingSources(toks, [...quoted.cues.filter((c) => (isSpeech(c) || isAct(c) || EVIDENCE_LEMMAS.has(c.lemma)) && (!c.gerund || progressive(toks, c))), ...evidenceCues(toks)].sort((a, b) => a.first - b.first));
      if (!cues.length && !/^\W*(?:but |and )?in /i.test(text.slice(s.start, s.start + 8)) && !/\bin\b[^.]{0,60}\b(?:polls?|surveys?|average)\b/i.test(text.slice(s.start, s.end)) && !toks.some((t, j) => ASKED.has(t.lower) || PARTICIPLES.has(t.lower) || rulingThat(toks, j))) continue;
      found = [...(fromCues(text, toks, cues, si) ?? []), ...saying, ...questions(text, toks, si), ...inSource(text, toks, si, cues), ...inPolls(text, toks, si)].flatMap(asBelief);
      found = closingAttribution(text, toks, cues, si, found);
      found = reportedThroughOutlet(text, found);
      if (quoted.objects.size) found = found.map((q) => quotedBy(text, toks, q, quoted.objects));
    }
    // a clause that holds quotation marks is a mixed quote, reported through its
    // fragments; after a quotation, the sentence's cue is that quotation's attribution
    const kept: IndirectQuote[] = [];
    for (const q of found.sort((a, b) => a.start - b.start)) {
      // (after a quotation: a clause of its own, or the question put to its speaker, "“…,” she said when asked whether …",
      // or what the speaker added, "… were “about as low as they ever get,” adding that no rain was expected …")
      if (busy(q.start, q.end) || titleBusy(s.start, q.start) && !q.afterFragment && q.rule !== 'saying-clause' && q.rule !== 'asked-question' && !(q.rule === 'adding-that' && (q.mention?.kind === 'name' || q.mention?.kind === 'pronoun')) && !secondVerb(toks, q) && !thatClause(toks, q) || kept.some((k) => k.start < q.end && q.start < k.end)) continue;
      kept.push(q);
    }
    for (const k of kept) out.push(k);
  }
  return out;
}

/**
 * "Pike said he had not decided whether to run again, according to Reuters": an outlet that reports what a person said
 * carries the words, it did not say them. The person's clause is the quote (the outlet stage reads "according to
 * Reuters" as its outlet), not the whole sentence as the outlet's; the clause of a participle of speech too ("Anwar
 * defended the budget, saying it would …, according to Bernama").
 */
function reportedThroughOutlet(text: string, found: IndirectQuote[]): IndirectQuote[] {
  // (a medium by its noun too, "…, according to the agency" after "Interfax reported")
  const carried = (q: IndirectQuote) => q.rule === 'clause-according-to' && q.mention !== null && (outletNamed(text, q.mention) !== null || speakingMedium(text, q.mention.start, q.mention.text) !== null) &&
    found.some((r) => r !== q && r.start >= q.start && r.end <= q.end && (r.rule === 'saying-clause' || !r.cue.gerund && isSpeech(r.cue)) && r.mention !== null && namesPerson(r.mention));
  const drop = found.filter(carried);
  return drop.length ? found.filter((q) => !drop.includes(q)) : found;
}

/**
 * "Mbatha wants to leave Rovers this summer, his agent has claimed", "Trump thinks the vote is rigged, his critics
 * say": a verb of speech that closes the sentence after its subject and a comma reports the whole clause before it,
 * a wish, a belief or an act inside it included ("Union leaders will recommend approval, she added"). Where the cues
 * read in order found only that inner wish, belief or act, the closing attribution's clause replaces what it covers.
 */
function closingAttribution(text: string, toks: readonly Token[], cues: readonly Cue[], si: number, found: IndirectQuote[]): IndirectQuote[] {
  if (!found.some((q) => q.rule === 'belief-clause' || q.rule === 'subject-act-object')) return found;
  const last = cues[cues.length - 1];
  if (!last || last.gerund || last.structural || !isSpeech(last) || !endsAfterTime(toks, pastListener(toks, last))) return found;
  if (found.some((q) => q.cue === last)) return found;
  const outer = (fromCues(text, toks, [last], si) ?? []).find((q) => q.rule === 'clause-subject-cue');
  if (!outer) return found;
  return [outer, ...found.filter((q) => q.end <= outer.start || q.start >= outer.end)];
}

/**
 * The reported clause of "TASS quoted Lavrov as saying …": its speaker the one quoted, and its cue "as saying" (the
 * words after the speaker's name, as in "Lavrov was quoted as saying").
 */
function quotedBy(text: string, toks: readonly Token[], q: IndirectQuote, objects: ReadonlyMap<Cue, [number, number]>): IndirectQuote {
  const range = objects.get(q.cue);
  const m = range ? objectMention(text, toks, range[0], range[1]) : null;
  return m && range ? { ...q, mention: m, cue: { ...q.cue, first: range[1], start: toks[range[1]]!.start } } : q;
}

/**
 * A clause reported by a verb of belief, or a wish ("wants to …"), goes under its own rule ('belief-clause'),
 * whatever frame found it, and only for a third person: "many Democrats believe …", "she hopes …",
 * not "I think …" or "who do you think will win" (an unnamed believer).
 */
function asBelief(q: IndirectQuote): IndirectQuote[] {
  if (!BELIEF_LEMMAS.has(q.cue.lemma) && !WISH.test(q.cue.lemma)) return [q];
  return q.mention !== null && !/^(?:i|we|you)$/i.test(q.mention.text) ? [{ ...q, rule: 'belief-clause' }] : [];
}

/**
 * Is `q` reported by a second verb of its subject, after "and" or "but", or by a verb of speech with a subject of its
 * own after ", and" or ", but"? It then reports what it says even after a quotation in the sentence: "Graham called
 * both “crazy” and said the party would lose", "… “some reporting” …, but he said he played no role".
 */
function secondVerb(toks: readonly Token[], q: IndirectQuote): boolean {
  // (a pronoun too where it opens the sentence, maybe after an opening phrase: "She blamed the violence on a “disturbed
  // person,” …, and said it was …", "Outside the courthouse, she told reporters the sentence was “…” and said …")
  if (/^(and|but)$/.test(toks[q.cue.first - 1]?.lower ?? '') && q.mention !== null && (q.mention.kind !== 'pronoun' || q.mention.start === toks[0]!.start || q.mention.start === toks[openingPhraseEnd(toks, 0)]?.start) && q.mention.start < q.cue.start) return true;
  // (a clause of its own, its subject and a verb of speech after ", but" or ", and": "Bob said there was “some
  // reporting” …, but he said he played no role …", "…,” and a former official said there have been …")
  if (q.mention === null || q.mention.end > q.cue.start || q.cue.end > q.start || !isSpeech(q.cue)) return false;
  const m = toks.findIndex((t) => t.start >= q.mention!.start);
  return m > 1 && /^(and|but)$/.test(toks[m - 1]!.lower) && (toks[m - 2]!.text === ',' || CLOSE_MARK.test(toks[m - 2]!.text) && toks[m - 3]?.text === ',') &&
    toks.slice(m, q.cue.first).every((t) => t.kind === 'word' || t.text === '.');
}

/** Words of a venue between a cue and its "that" ("at a Saturday rally in Texas"). */
const VENUE_WORDS = 8;

/**
 * Does `q` follow its cue and a "that" (“…,” he said, noting that …; Carson noted that …)?
 * Then it is a clause of its own even after a quotation of the sentence.
 */
function thatClause(toks: readonly Token[], q: IndirectQuote): boolean {
  if (q.cue.end > q.start) return false;
  // (past an adverb set off by commas: "She warned, however, that …")
  const aside = thatPastAside(toks, q.cue.last + 1);
  if (aside >= 0 && toks[aside + 1]?.start === q.start) return true;
  // (past a listener of a few words: "told POLITICO that …", "told reporters on Monday that …")
  // (or past a venue: "wrote on X that …", "said in a statement that …", "said at a Saturday rally in Texas that …")
  const venue = VENUE_START.test(toks[q.cue.last + 1]?.lower ?? '');
  const k = listenerEnd(toks, q.cue.last, venue ? VENUE_WORDS : LISTENER_WORDS, THAT);
  return toks[k]?.lower === 'that' && toks[k + 1]?.start === q.start && (k === q.cue.last + 1 || TELLING.test(q.cue.lemma) || venue);
}

/** The first words of every cue this stage accepts, and "that". */
const FIRST_WORDS: ReadonlySet<string> = new Set([
  'that',
  ...EVIDENCE.keys(),
  ...ACT_FORMS.keys(),
  'asked',
  'requested',
  'famous',
  'per',
  ...PARTICIPLES,
  ...[...CUES.values()].flat().filter((f) => SPEECH.has(f.lemma) || MULTI_SPEECH.has(f.lemma) || ACT_LEMMAS.has(f.lemma)).map((f) => f.words[0]!),
]);

/** A quick look before tokenizing: does the sentence hold a word that can start a reporting cue? */
function mayReport(text: string, from: number, to: number): boolean {
  let edWord = false;
  let sWord = false;
  let edTail = false;
  let edGap = 0;
  let sinceVerb = 99;
  // the words are the runs of ASCII letters that start before `to` (/[A-Za-z]+/g, read by hand:
  // no match object per word, and no new string for a word in lower case)
  for (let i = from; ; ) {
    while (i < to && !isAsciiLetter(text.charCodeAt(i))) i++;
    if (i >= to) break;
    let j = i + 1;
    while (j < text.length && isAsciiLetter(text.charCodeAt(j))) j++;
    const w = lowerCase(text.slice(i, j));
    const capital = text.charCodeAt(i) <= 90;
    i = j;
    if (FIRST_WORDS.has(w) || w.endsWith('ing') && ingLemma(w)) return true;
    // "… verbalizes Hillary Clinton is …", "… verbalized Clinton doesn't …": a verb right before a name
    if (capital && (sWord || edWord && edGap === 0)) return true;
    // "… voiced he would …": an -ed verb right before a pronoun subject
    if (edWord && /^(would|will|had|has|have|was|were|is|are|could|should|might|may|can)$/.test(w)) return true;
    if (edWord && (CLAUSE_SUBJECT.test(w) || w === 'it' || DETERMINER_WORD.test(w))) return true;
    // "… voices she …": a present tense before a subject pronoun ("… expounds the ad will …": or a determiner; "it")
    if (sWord && (CLAUSE_SUBJECT.test(w) || w === 'it' || DETERMINER_WORD.test(w))) return true;
    // ("… verbalizes some constraints on freedom are …": or a clause's auxiliary a few words on)
    if (sinceVerb < 7 && FINITE_WORD.test(w)) return true;
    sWord = w.length > 4 && w.endsWith('s');
    sinceVerb = sWord || w.length > 4 && w.endsWith('ed') ? 0 : sinceVerb + 1;
    if (!(edWord && edGap < 5)) edWord = w.length > 4 && w.endsWith('ed');
    edGap = edWord && !w.endsWith('ed') ? edGap + 1 : 0;
    edTail = edWord || (edTail && TIME_TAIL.test(w));
  }
  // "…, Graham voiced (on Tuesday).": a sentence that closes on an -ed verb
  return edTail && text.slice(from, to).includes(',');
}

// A clause's finite auxiliary ("are", "would", "has"), which a verb of saying a few words before it may introduce.
const FINITE_WORD = /^(?:is|are|was|were|will|would|has|have|had|can|could|should|might|may|must)$/;
