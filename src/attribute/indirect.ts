// Stage: reported speech without quotation marks. Reads each sentence that
// holds no quotation: "X said (that) …", "…, X said.", "According to X, …",
// "X told Y (that) …", "X warned that …, adding that …". Each frame is a
// rule with an id (INDIRECT_RULES), like the frames of direct quotes.
import { cueAt, findCues, quotedAsCues, stateModifier, type Cue } from './cues.js';
import { CUES } from '../lexicon/cues.js';
import { CLAUSE_SUBJECT, CLOSE_MARK_TOKEN, OPEN_MARK_TOKEN, TIME_NOUN, TIME_SPAN, WHEN, anonymityReasonStart, carrierBefore, namesPerson, objectMention, openingPhraseEnd, relativeSubject, speakerHead, subjectAfter, subjectBefore, type Mention } from './mentions.js';
import { IRREGULAR_PAST } from '../lexicon/speech.js';
import { DETERMINERS, HONORIFICS, PARTY_STATE, PROPER_ADJECTIVES, ROLE_NOUNS, SPEAKER_NOUNS } from '../lexicon/people.js';
import {
  ACT_FORMS, ACT_LEMMAS, BELIEF_LEMMAS, EVIDENCE, EVIDENCE_LEMMAS, MULTI_SPEECH, NAMING, NOT_NAMED, NOT_SPEECH_CLAUSE, NOT_SPEECH_THAT,
  NOT_A_CUE_BEFORE, NOUN_LIKE_CUE, NOUN_OR_VERB, PARTICIPLES, PLAIN_SPEECH, SOURCE, SPEECH, isAct, isSpeech,
} from '../lexicon/speech.js';
import { isAsciiLetter, lowerCase, tokenAt, tokenize, type Token } from '../scan/tokens.js';
import { isGivenName } from './names.js';
import { isDictionaryWord, verbByTable } from '../nlp/compromise.js';
import { namesOutletIn, outletNamed } from './outlets.js';
import type { Sentence } from '../scan/sentences.js';

export const INDIRECT_RULES = {
  'subject-cue-that': { example: 'Putin said (that) Russia would …', confidence: 0.75 },
  'clause-subject-cue': { example: 'Talks will resume next week, the minister said.', confidence: 0.75 },
  'according-to-clause': { example: 'According to the police, the man was armed.', confidence: 0.7 },
  'clause-according-to': { example: 'The man was armed, according to the police.', confidence: 0.7 },
  'adding-that': { example: '…, adding that the talks would go on.', confidence: 0.7 },
  'fronted-fragment': { example: 'The museum, Obama said, would … (the words before the attribution)', confidence: 0.6 },
  'relative-cue': { example: 'an architect who said he was never paid', confidence: 0.65 },
  'relative-object': { example: 'the plan, which the mayor said would cost billions', confidence: 0.55 },
  'tell-to': { example: 'Obama told his advisers to find a way', confidence: 0.55 },
  'in-polls': { example: 'Trump has a decisive lead in the polls.', confidence: 0.5 },
  'in-source': { example: 'In a poll released Monday, 50 percent of voters chose Clinton.', confidence: 0.55 },
  'as-said': { example: 'As Smith pointed out, the gap is vast.', confidence: 0.65 },
  'saying-clause': { example: 'Clinton attacked Trump, saying he would …; by saying he was willing …', confidence: 0.6 },
  'asked-question': { example: 'Asked whether he would run, Smith said …; A reporter asked Sanders how he felt', confidence: 0.55 },
  'subject-act-object': { example: 'Clinton criticized the tax plan; Trump called for a ban', confidence: 0.55 },
  'headline-colon': { example: 'Pence: Debate Was a Win (a headline)', confidence: 0.6 },
  'headline-says': { example: 'Graham Says Deal Could Pass / Deal Could Pass, Graham Says (a headline)', confidence: 0.6 },
  // (a belief or a wish reported for someone, not words they said: its own rule, so that it can be left out)
  'belief-clause': { example: 'Some critics fear the new approach will leave …; Mr. Ruiz believes the tunnel will open; Clinton wants to …', confidence: 0.5 },
} as const;
export type IndirectRuleId = keyof typeof INDIRECT_RULES;

export interface IndirectQuote {
  start: number;
  end: number;
  rule: IndirectRuleId;
  /** Who spoke; null for a question put by an unnamed interviewer ("Asked whether …"). */
  mention: Mention | null;
  cue: Cue;
  sentence: number;
  /** The same statement as the quote before it ("The museum, he said, would …"): one group. */
  joined?: boolean;
}

// Words inside a proper name: "Friends of the Earth".
const NAME_LINK = /^(of|the|and|for|de|du|van|von)$/;
// Words after the cue that are not yet the reported clause: "said on Monday that", "told reporters that".
const SKIP_AFTER = /^(?:that|to|me|us|him|them|reporters|journalists|on|in|at|during|after|before|last|this|earlier|later|late|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|morning|afternoon|evening|night|week|month|year|january|february|march|april|june|july|august|september|october|november|december|a|an|the|statement|interview|briefing|speech|recent|news|conference|press|also|then|previously|repeatedly|again|publicly|privately|separately|,)$/;
const MIN_WORDS = 4;

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
    if (busy(s.start, s.start + 1)) found = [...saying, ...questions(text, toks, si)];
    else {
      // ("TASS quoted Lavrov as saying …": one cue, whose object speaks)
      const quoted = quotedAsCues(toks, findCues(toks));
      const cues = withoutYieldingSources(toks, [...quoted.cues.filter((c) => (isSpeech(c) || isAct(c) || EVIDENCE_LEMMAS.has(c.lemma)) && (!c.gerund || progressive(toks, c))), ...evidenceCues(toks)].sort((a, b) => a.first - b.first));
      if (!cues.length && !/^\W*(?:but |and )?in /i.test(text.slice(s.start, s.start + 8)) && !/\bin\b[^.]{0,60}\b(?:polls?|surveys?|average)\b/i.test(text.slice(s.start, s.end)) && !toks.some((t) => ASKED.has(t.lower) || PARTICIPLES.has(t.lower))) continue;
      found = [...(fromCues(text, toks, cues, si) ?? []), ...saying, ...questions(text, toks, si), ...inSource(text, toks, si, cues), ...inPolls(text, toks, si)].flatMap(asBelief);
      found = closingAttribution(text, toks, cues, si, found);
      found = reportedThroughOutlet(text, found);
      if (quoted.objects.size) found = found.map((q) => quotedBy(text, toks, q, quoted.objects));
    }
    // a clause that holds quotation marks is a mixed quote, reported through its
    // fragments; after a quotation, the sentence's cue is that quotation's attribution
    const kept: IndirectQuote[] = [];
    for (const q of found.sort((a, b) => a.start - b.start)) {
      // (after a quotation: a clause of its own, or the question put to its speaker, "“…,” she said when asked whether …")
      if (busy(q.start, q.end) || titleBusy(s.start, q.start) && q.rule !== 'saying-clause' && q.rule !== 'asked-question' && !secondVerb(toks, q) && !thatClause(toks, q) || kept.some((k) => k.start < q.end && q.start < k.end)) continue;
      kept.push(q);
    }
    for (const k of kept) out.push(k);
  }
  return out;
}

// The first word of a venue or a listener between a cue and its "that" ("expressed in a declaration that …",
// "expressed to Reuters that …"; clauseStart reads past it).
const VENUE_START = /^(?:in|on|at|during|via|through|to)$/;

// Words that go on after an inverted speaker's name ("…, said Ann Ruiz on Monday", "…, said Ruiz, who …"): no word of
// a noun phrase the name would modify.
const AFTER_INVERTED = /^(?:on|in|at|to|for|with|from|during|after|before|last|this|next|earlier|later|today|yesterday|tonight|who|whose|which|of|and|or|but|when|while|as|also|via|by|over|through|than|told|said|says|wrote|added|late|early|recently|shortly|just|then|there|here|about|under|outside|inside|near|into|upon|against|among|between|since|until|because|although|though|if|where|whom|that)$/;

/**
 * "Pike said he had not decided whether to run again, according to Reuters": an outlet that reports what a person said
 * carries the words, it did not say them. The person's clause is the quote (the outlet stage reads "according to
 * Reuters" as its outlet), not the whole sentence as the outlet's.
 */
function reportedThroughOutlet(text: string, found: IndirectQuote[]): IndirectQuote[] {
  const carried = (q: IndirectQuote) => q.rule === 'clause-according-to' && q.mention !== null && outletNamed(text, q.mention) !== null &&
    found.some((r) => r !== q && r.start >= q.start && r.end <= q.end && !r.cue.gerund && isSpeech(r.cue) && r.mention !== null && namesPerson(r.mention));
  const drop = found.filter(carried);
  return drop.length ? found.filter((q) => !drop.includes(q)) : found;
}

/** After "told", past its listener ("told a regular press briefing", "told reporters"): where the words after the cue go on. */
function pastListener(toks: readonly Token[], c: Cue): number {
  return c.lemma === 'tell' ? listenerEnd(toks, c.last, 8, /^(?:that|to|about|whether|if|how|why|what)$/) : c.last + 1;
}

/**
 * Past the listener of the cue or participle ending at `last`: the first token after it, within `max` tokens, that is
 * no word or is one `stop` matches ("told POLITICO that": the "that").
 */
function listenerEnd(toks: readonly Token[], last: number, max: number, stop: RegExp): number {
  // (a title in marks is a word of the listener's name: "told CBS’s “Face the Nation” on Sunday that")
  return walkPastTitles(toks, last + 1, (k, words) => words < max && toks[k]!.kind === 'word' && !stop.test(toks[k]!.lower)).end;
}

/**
 * From token `k` on, the tokens `accept` takes, and the titles in marks among them (pastTitle) as one word each:
 * where the walk stops, and how many more tokens than words the titles took. `accept` is asked only within the tokens,
 * with the number of words walked before `k`.
 */
function walkPastTitles(toks: readonly Token[], k: number, accept: (k: number, words: number) => boolean): { end: number; titled: number } {
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
const THAT = /^that$/;

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

/**
 * "Mbatha wants to leave Rovers this summer, his agent has claimed", "Trump thinks the vote is rigged, his critics
 * say": a verb of speech that closes the sentence after its subject and a comma reports the whole clause before it,
 * a wish or a belief inside it included. Where the cues read in order found only that inner wish or belief, the
 * closing attribution's clause replaces what it covers.
 */
function closingAttribution(text: string, toks: readonly Token[], cues: readonly Cue[], si: number, found: IndirectQuote[]): IndirectQuote[] {
  if (!found.some((q) => q.rule === 'belief-clause')) return found;
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
 * The cues without a source's phrase that no list holds (sourceConnector) where it opens the sentence and a cue
 * of the lexicon in the clause after it reports that clause: "Based on estimates by the government, advocates
 * estimate there could be …" is what the advocates estimate.
 */
function withoutYieldingSources(toks: readonly Token[], cues: Cue[]): Cue[] {
  if (cues.length < 2) return cues;
  return cues.filter((c) => {
    if (!c.structural || c.lemma !== 'according to' || c.first > 1) return true;
    // (the phrase opens the sentence: the clause after its comma, if a cue of the lexicon reports it there)
    let comma = c.last + 1;
    while (comma < toks.length && toks[comma]!.text !== ',') comma++;
    // (a person's name for source: "In accordance with Oduya, the firm has proposed a raise" is what Oduya said)
    return nameThenComma(toks, c.last + 1) || !cues.some((o) => o.first > comma && !o.gerund && !o.structural);
  });
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
  if (/^(and|but)$/.test(toks[q.cue.first - 1]?.lower ?? '') && q.mention !== null && q.mention.kind !== 'pronoun' && q.mention.start < q.cue.start) return true;
  // (a clause of its own, its subject and a verb of speech after ", but" or ", and": "Bob said there was “some
  // reporting” …, but he said he played no role …", "…,” and a former official said there have been …")
  if (q.mention === null || q.mention.end > q.cue.start || q.cue.end > q.start || !isSpeech(q.cue)) return false;
  const m = toks.findIndex((t) => t.start >= q.mention!.start);
  return m > 1 && /^(and|but)$/.test(toks[m - 1]!.lower) && (toks[m - 2]!.text === ',' || CLOSE_MARK.test(toks[m - 2]!.text) && toks[m - 3]?.text === ',') &&
    toks.slice(m, q.cue.first).every((t) => t.kind === 'word' || t.text === '.');
}

/**
 * Does `q` follow its cue and a "that" (“…,” he said, noting that …; Carson noted that …)?
 * Then it is a clause of its own even after a quotation of the sentence.
 */
function thatClause(toks: readonly Token[], q: IndirectQuote): boolean {
  if (q.cue.end > q.start) return false;
  // (past a listener of a few words: "told POLITICO that …", "told reporters on Monday that …")
  const k = listenerEnd(toks, q.cue.last, LISTENER_WORDS, THAT);
  // (or past a venue: "wrote on X that …", "said in a statement that …")
  return toks[k]?.lower === 'that' && toks[k + 1]?.start === q.start && (k === q.cue.last + 1 || /^(?:tell|inform)$/.test(q.cue.lemma) || VENUE_START.test(toks[q.cue.last + 1]!.lower));
}
/** How many words a listener between "told" and "that" may have. */
const LISTENER_WORDS = 5;

const OPEN_MARK = /^[“"«„‘]$/;
const CLOSE_MARK = /^[”"»“’]$/;

/** "is demanding", "is once again questioning": a present participle after a form of "be". */
function progressive(toks: readonly Token[], c: Cue): boolean {
  let k = c.first - 1;
  while (k > 0 && c.first - k <= 3 && /^(also|again|once|now|still|already|repeatedly|\p{Ll}+ly)$/u.test(toks[k]!.lower)) k--;
  return /^(is|are|was|were|been|am)$/.test(toks[k]?.lower ?? '');
}

const HEADLINE_WORDS = 25;
// Words of a headline's kicker that no speaker's name holds ("Stealth Over Health:", "The Latest:").
const HEADLINE_NOT_NAME = /^(over|for|in|on|at|to|with|without|after|before|is|are|was|latest|update|breaking|watch|live|analysis|opinion|explainer|exclusive|review)$/;

/** Does `word` stand in `body` as a whole word? */
function namedIn(body: string, word: string): boolean {
  const letter = /[\p{L}\p{N}]/u;
  for (let at = body.indexOf(word); at >= 0; at = body.indexOf(word, at + 1)) {
    if (!letter.test(body[at - 1] ?? ' ') && !letter.test(body[at + word.length] ?? ' ')) return true;
  }
  return false;
}

/** Tokens [a, b) of a headline in capitals as they would read in a sentence ("Anger Appeals to" → "anger appeals to"). */
const headlineCase = (toks: readonly Token[], a: number, b: number): Token[] => toks.slice(a, b).map((t) => (t.kind === 'word' ? { ...t, text: t.lower } : t));

/**
 * A headline (the document's first line, a paragraph of its own) that reports
 * speech: "Pence: Debate Was a Win", "Deal Could Pass, Graham Says", "Obama
 * Says Museum Will Tell the Story". Headline case hides the cue from the
 * lexicon's capitalisation rule, so the cue is looked up by its lower case.
 */
export function headline(text: string, sentences: readonly Sentence[]): IndirectQuote | null {
  let a = 0;
  while (a < text.length && /\s/.test(text[a]!)) a++;
  const nl = text.indexOf('\n', a);
  if (nl < 0 || !/^\s*\n/.test(text.slice(nl + 1, nl + 3)) && text[nl + 1] !== '\n') return null;
  const toks = tokenize(text, a, nl);
  const wordCount = toks.filter((t) => t.kind === 'word').length;
  if (wordCount < 4 || wordCount > HEADLINE_WORDS) return null;
  let e = toks.length;
  while (e > 0 && toks[e - 1]!.kind === 'punct' && !OPEN_MARK.test(toks[e - 1]!.text)) e--;
  // (the closing mark of a quotation the headline opened: "… Is ‘Dead in the Water’")
  if (e < toks.length && CLOSE_MARK.test(toks[e]!.text) && toks.slice(0, e).some((t) => OPEN_MARK.test(t.text))) e++;
  const si = sentences.length && sentences[0]!.start <= a ? 0 : -1;
  const capital = (t: Token | undefined) => t !== undefined && t.kind === 'word' && /^\p{Lu}/u.test(t.text);
  const cueWord = (i: number): Cue | null => {
    const t = toks[i];
    if (!t || t.kind !== 'word') return null;
    const form = CUES.get(t.lower)?.find((f) => f.words.length === 1 && !f.gerund && SPEECH.has(f.lemma) && !/^(post|report|state|note|read|tweet|write)$/.test(f.lemma));
    return form ? tokenCue(toks, i, form.lemma) : null;
  };
  const name = (from: number, to: number): Mention | null => {
    if (to <= from || to - from > 5) return null;
    for (let i = from; i < to; i++) if (!capital(toks[i]) && !/^(of|de|al)$/.test(toks[i]!.lower) || HEADLINE_NOT_NAME.test(toks[i]!.lower)) return null;
    // a speaker the story goes on to name, not a topic ("Hurricane Season: What to Know")
    if (to - from < 2 && !namedIn(text.slice(nl, nl + 3000), toks[to - 1]!.text.replace(/[’']s$/u, ''))) return null;
    return subjectBefore(text, toks, to, from);
  };
  // "Pence: …"
  const colon = toks.findIndex((t) => t.text === ':');
  // "Poll: Wealthy Voters Abandon …", "New Study: …": a document the story goes on to name speaks as a name does
  // (headline case hides the verb from hasVerbish)
  if (colon > 0 && colon <= 5 && e - colon > 3) {
    const doc = colon <= 3 && DOCUMENT.test(toks[colon - 1]!.lower) && toks.slice(0, colon).every((t) => capital(t)) && namedIn(text.slice(nl, nl + 3000), toks[colon - 1]!.lower)
      ? nounMention(text, toks, 0, colon - 1)
      : null;
    // (a verb in capitals, "Anger Appeals to …", for a person's name only: a given name, or one word the story names)
    const person = colon === 1 || toks.slice(0, colon).some((t) => isGivenName(t.text));
    // (or words in marks inside the statement: "Graham: Trump’s ‘Hateful Rhetoric’ Destroying GOP’s Chance")
    const marked = toks.slice(colon + 2, e - 1).some((t) => OPEN_MARK.test(t.text));
    const verb = hasVerbish(toks, colon + 1, e) || person && (marked || hasVerbish(headlineCase(toks, colon + 1, e), 0, e - colon - 1));
    // ("TASHA’S HEARTBREAK: …": a possessive whose head is no speaker's makes the label a topic; "Trump’s Son: …" speaks)
    const topic = toks.slice(0, colon).some((t, i) => /[’']s$/iu.test(t.text) && i + 1 < colon && !speakerHead(toks[colon - 1]!.lower));
    const who = doc ?? (verb && !topic ? name(0, colon) : null);
    if (who && (who === doc || who.kind === 'name')) {
      const cue = tokenCue(toks, colon, ':', { structural: true });
      return { ...spanOf(toks, colon + 1, e), rule: 'headline-colon', mention: who, cue, sentence: si };
    }
  }
  // "…, Graham Says"
  const last = cueWord(e - 1);
  if (last) {
    let k = e - 2;
    while (k >= 0 && capital(toks[k])) k--;
    const who = k >= 2 && toks[k]!.text === ',' && hasVerbish(toks, 0, k) ? name(k + 1, e - 1) : null;
    if (who && (who.kind === 'name' || who.kind === 'noun')) return { ...spanOf(toks, 0, k), rule: 'headline-says', mention: who, cue: last, sentence: si };
  }
  // "Obama Says …"
  for (let i = 1; i <= 4 && i < e - 3; i++) {
    const cue = cueWord(i);
    if (!cue) continue;
    const who = hasVerbish(toks, i + 1, e) ? name(0, i) : null;
    if (who && who.kind === 'name') return { ...spanOf(toks, i + 1, e), rule: 'headline-says', mention: who, cue, sentence: si };
    break;
  }
  return null;
}

// The auxiliary that gives a clause after an unlisted verb its own verb: "voiced the bill would pass".
const AUXILIARY = /^(would|will|had|has|have|was|were|is|are|could|should|might|may|can|did|does|do|wo|won’t|won't|(?:does|do|did|is|are|was|were|has|have|had|would|could|should|ca)n[’']t)$/;

/**
 * Cues the lexicon does not hold: verbs of evidence ("a poll shows"), and any
 * verb right before "that" whose clause is not a belief ("Trump charged that").
 */
function evidenceCues(toks: readonly Token[]): Cue[] {
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
    if (!lemma && toks[i - 1]!.text === ',' && (closingName(toks, i + 1) || closingSpeakerNoun(toks, i + 1)) && unlistedVerb(toks, i)) {
      out.push(tokenCue(toks, i, t.lower, { structural: true }));
      continue;
    }
    // "Clinton voices she opposes the deal": a present tense no list holds, before a subject pronoun
    // ("Mike Pence expounds too much is made of …": or before a clause with its auxiliary, read below)
    // (not a plural noun: an agent's ending, or a subject that is no name of its own, "Many lawmakers say", "Republican voters")
    // (the code of the last letter first: this runs for every word)
    // ("…, who expounds he is …": or a relative's "who"; an -ents word only where it is no noun, entsVerb)
    const present = !ed && !lemma && t.lower.length >= 5 && t.lower.charCodeAt(t.lower.length - 1) === 115 && inS(t) && !AGENT_ENDING.test(t.lower) &&
      (!t.lower.endsWith('ents') || entsVerb(toks, i)) && (singularSubject(toks, i) || nameOpensBeforePronoun(toks, i) || relativeBeforePronoun(toks, i));
    // cheap tests first: most words are no cue of any kind
    if (!lemma && !ed && !present && toks[i + 1]?.lower !== 'that') continue;
    const cue = evidenceCueAt(toks, i, lemma, ing, ed, present, closes);
    if (cue) out.push(cue);
  }
  return out;
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
  if (sb > 0 && /^(?:has|have|had)$/.test(toks[sb]!.lower) && (CLAUSE_PRONOUN.test(toks[i + 1]?.lower ?? '') || itClause)) sb = pastPartyTag(toks, sb - 1);
  // (or the comma that closes an apposition: "Richard Revesz, director of …, expounded the states were …")
  // (a name with an apostrophe, "O'Neill"; past a party tag, "Rep. Stephen Lynch (D-Mass.) verbalized")
  // ("Another 19 percent propounded they …": a share of those polled)
  // ("… and propounded he did not …": a second verb of the subject, before a pronoun)
  // ("…, the IMF expounded.": an acronym after its article)
  const subject = /^(he|she|they|we|i|percent)$/.test(toks[sb]!.lower) || NAME_WORD.test(toks[sb]!.text) || SPEAKER_NOUNS.has(toks[sb]!.lower) || roleSubject(toks, sb) ||
    /^\p{Lu}{2,6}$/u.test(toks[sb]!.text) && toks[sb - 1]?.lower === 'the' ||
    toks[sb]!.text === ',' && /^\p{Lu}/u.test(toks[0]!.text) || sb >= 2 && /^(?:and|but)$/.test(toks[sb]!.lower) && CLAUSE_PRONOUN.test(toks[i + 1]?.lower ?? '');
  // (a verb right after "that" makes it a relative pronoun: "groups that have backed …"; an unlisted word
  // before "that" after a determiner or a preposition is a noun, "the rules that could …", and so is an
  // agent noun, "few investors that the state could pressure")
  // ("articulated Monday that …": past a time before "that")
  const thatAt = toks[i + 1]?.lower === 'that' ? i + 1 : toks[pastTime(toks, i + 1, 3)]?.lower === 'that' && (ed || lemma !== undefined) ? pastTime(toks, i + 1, 3) : -1;
  // ("He comments that …": after a subject pronoun, no agent noun)
  const beforeThat = thatAt > 0 && t.lower.length > 3 && /(?:ed|es|s)$/.test(t.lower) && !NOT_SPEECH_THAT.test(t.lower) && !RELATIVE_VERB.test(toks[thatAt + 1]?.lower ?? '') && (lemma !== undefined || !DETERMINER_LIKE.test(toks[i - 1]!.lower) && (!/(?:ors|ists|ians|ants|ents|ees)$/.test(t.lower) || /^(?:he|she|it)$/.test(toks[i - 1]!.lower)));
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
  const closing = unlisted && (subject || linkedSpeaker(toks, sb)) && (after >= toks.length || /^[.!?,]$/.test(toks[after]!.text)) && toks.slice(Math.max(0, i - 8), i).some((w) => w.text === ',');
  const beforeClause = !beforeThat && unlisted && subject &&
    toks[i + 1]?.kind === 'word' && (!/^(to|in|on|at|by|for|with|from|of|into|about|over|after|before|during|up|out|off|down|back|as|and|or|but|among|between|against|across|around|through|without|within|despite|like|unlike|toward|towards|behind|ahead)$/.test(toks[i + 1]!.lower) || toks[i + 1]!.lower === 'about' && /^\d/.test(toks[i + 2]?.text ?? '')) &&
    clauseVerbAfter(toks, i) > 0;
  // "Clinton expounds in Ohio that she …", "verbalizes at a campaign stop in Toledo, Ohio, that it …": a place, then "that"
  // ("propounded on Bloomberg Television that …", "on Sunday that …": after "on", a name only, not "agreed on a plan that …")
  // (not "It dawned on Murphy that …", whose subject is no one)
  const placeThat = !beforeThat && unlisted && subject && (/^(?:in|at)$/.test(toks[i + 1]?.lower ?? '') || toks[i + 1]?.lower === 'on' && NAME_WORD.test(toks[i + 2]?.text ?? '') && !/^(?:it|this|that|there)$/.test(toks[sb]!.lower)) && placeBeforeThat(toks, i + 1);
  // "Miller notified The Washington Post that …", "briefed a meeting of Pacific Island leaders that …": whom it was said to, then "that"
  // (its subject a person or a body: not "It dawned on him that …", "It astonished her that …")
  const listenerThat = !beforeThat && unlisted && ed && subject && !/^(?:it|this|that|there|what|which|so|how)$/.test(toks[sb]!.lower) && listenerBeforeThat(toks, i);
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

// "in contrast with", "in talks with", "in common with": phrases of the form "in … with" that name no source
const IN_NOT_SOURCE = /^(?:contrast|coordination|consultation|conversation|negotiation|alliance|comparison|connection|partnership|conjunction|touch|talks|league|cooperation|collaboration|tandem|contact|concert|solidarity|sympathy|love|competition|negotiations|tune|private|common)$/;
// The heads of the noun phrase a source's phrase may name: a document, a count or a body that speaks, not any noun
// ("as required by law").
const CONNECTED_SOURCE = /^(?:article|report|reports|returns|poll|polls|survey|surveys|study|studies|data|figures|analysis|analyses|records|estimates|estimate|statement|statements|documents|document|count|tally|projections|research|census|numbers|results|review|audit|findings|filings|filing|statistics|index|tracker|average|averages|model|forecast|forecasts|models|tallies|counts|transcript|transcripts|memo|letter|release|complaint|lawsuit|indictment|affidavit|investigation|probe|inquiry|officials|official|police|authorities|investigators|prosecutors|sources|source|experts|expert|analysts|analyst|economists|economist|researchers|researcher|scientists|aides|aide|advisers|adviser|advisors|advisor|lawyers|lawyer|attorneys|attorney|database|databases|spokesman|spokeswoman|spokesperson|agency|department|ministry|office|campaign|committee|government|administration|company|group)$/;

/**
 * The first and last tokens of a phrase at `i` that names a source the way "according to" does, though no list holds it:
 * "as" with a past participle and "by" or "in" ("as indicated by", "as detailed in"), "in" with a noun and "with"
 * ("in line with"), or a past participle with "on" or "upon" ("based on"); null when there is none. The phrase
 * opens its clause (the sentence's start, or after a comma, a dash or a parenthesis) and names a source after it: a
 * noun phrase whose head is a document, a count or a body that speaks ("a new poll", "the Census Bureau's
 * figures"), which ends the clause.
 */
function sourceConnector(toks: readonly Token[], i: number): { first: number; last: number } | null {
  const w = toks[i]!.lower;
  const a = toks[i + 1];
  const b = toks[i + 2];
  let first = i;
  let last: number;
  if (w === 'on' || w === 'upon') {
    const verb = toks[i - 1];
    if (!verb || !/^\p{Ll}{3,}ed$/u.test(i === 1 ? verb.lower : verb.text) || IRREGULAR_PAST.has(verb.lower)) return null;
    first = i - 1;
    last = i;
  } else if (w === 'as') {
    // (a participle in -ed, -wn or -en: "as indicated by", "as shown in", "as written in"; not "as often in")
    if (!a || !b || !/^\p{Ll}{2,}(?:ed|wn|en)$/u.test(a.text) || /^(?:often|even|open|when|then|seven|eleven|been|seen)$/.test(a.lower) || !/^(?:by|in)$/.test(b.lower)) return null;
    last = i + 2;
  } else {
    if (!a || !b || a.kind !== 'word' || !/^\p{Ll}{3,}$/u.test(a.text) || a.lower.endsWith('ing') && a.lower !== 'keeping' || IN_NOT_SOURCE.test(a.lower) || DETERMINERS.has(a.lower) || b.lower !== 'with') return null;
    last = i + 2;
  }
  // the phrase opens its clause
  if (first > 0 && !/^[,(—–;:]$/.test(toks[first - 1]!.text)) return null;
  // a person's name that closes the sentence, maybe after their title: "…, in line with NYPD Commissioner James
  // O’Neill.", "…, based on Craig Bryan, head of …" (after "as", a participle the lexicon holds: "as indicated by",
  // not "as embodied by Marco Rubio"; before "on", "based" only: not "confirmed on Facebook Friday")
  const onName = first < i ? toks[first]!.lower === 'based' : true;
  if (first > 0 && onName && (w !== 'as' || CUES.has(a!.lower)) && namedAfter(toks, last + 1)) return { first, last };
  // ("In accordance with Oduya, the firm has proposed …": a spinner's "According to Oduya," opening the sentence, a
  // name of one to three words and its comma)
  if (first === 0 && w === 'in' && /^(?:accordance|keeping|line)$/.test(a!.lower) && nameThenComma(toks, last + 1)) return { first, last };
  // (after "as" and a participle the lexicon holds, the name of a body too: "…, as indicated by the Federal Bureau of
  // Prisons."; and after "based on" or "in line with", a spinner's "according to": "…, in line with the FBI.")
  const spun = first < i && toks[first]!.lower === 'based' || w === 'in' && /^(?:line|keeping|accordance)$/.test(a!.lower);
  if (first > 0 && (w === 'as' && CUES.has(a!.lower) || spun) && bodyNameAfter(toks, last + 1)) return { first, last };
  // the source: a noun phrase whose head is a document, a count or a body that speaks, and that ends the clause
  // (not a name: "confirmed on Facebook", "as embodied by Marco Rubio"; nor a noun after "of": "in common with the
  // rest of the company")
  for (let k = last + 1; k < toks.length && k - last <= 8; k++) {
    const t = toks[k]!;
    if (t.kind !== 'word' || /^(?:of|in|on|at|by|for|to|with|from|and|or|but|that|which|who)$/.test(t.lower)) return null;
    if (!CONNECTED_SOURCE.test(t.lower)) continue;
    const after = toks[k + 1];
    // (or where it appeared: "a new article in the Harbour Post")
    if (!after || /^[.,;!?)—–]$/.test(after.text) || /^(?:of|by|from|for|released|conducted|published|issued)$/.test(after.lower) || after.lower === 'in' && bodyNameAfter(toks, k + 2)) return { first, last };
  }
  return null;
}

/** Do capitalised words (one to three, not the sentence's last) and then a comma stand at `k`: "Oduya,", "Graham Oduya,"? */
function nameThenComma(toks: readonly Token[], k: number): boolean {
  let j = k;
  while (j < toks.length && j - k < 3 && NAME_WORD.test(toks[j]!.text)) j++;
  return j > k && toks[j]?.text === ',' && j + 1 < toks.length - 1;
}

/**
 * Does the name of a body close the sentence at `k`: "the Federal Bureau of Prisons", "the NAACP",
 * "the conservative-leaning Tax Foundation" (an article, words in lower case before the name, then capitalised words
 * joined by "of", "for", "and" or "the")?
 */
function bodyNameAfter(toks: readonly Token[], k: number): boolean {
  let j = k;
  if (toks[j]?.lower === 'the') j++;
  while (j < toks.length && j - k <= 3 && toks[j]!.kind === 'word' && /^\p{Ll}[\p{Ll}-]+$/u.test(toks[j]!.text) && toks[j + 1]?.kind === 'word') j++;
  const head = j;
  while (j < toks.length && j - head < 8 && toks[j]!.kind === 'word' && (/^\p{Lu}/u.test(toks[j]!.text) || j > head && /^(?:of|for|and|the)$/.test(toks[j]!.text) && /^\p{Lu}/u.test(toks[j + 1]?.text ?? ''))) j++;
  return j > head && /^\p{Lu}/u.test(toks[j - 1]!.text) && (j >= toks.length || /^[.!?]$/.test(toks[j]!.text));
}

/**
 * Does a noun of those who speak stand before a phrase of "for", "of" or "at" that ends at `k`, right after a comma:
 * "attorneys for the family", "a spokesman for the agency", "officials at the ministry"?
 */
function linkedSpeaker(toks: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 1 && k - j <= 4; j--) {
    const w = toks[j]!;
    if (w.kind !== 'word') return false;
    if (!/^(?:for|of|at)$/.test(w.lower)) continue;
    let h = j - 1;
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
function pastAdjunct(toks: readonly Token[], k: number): number {
  let j = pastTime(toks, k, 3);
  if (toks[j]?.lower === 'then') j++;
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
function endsAfterTime(toks: readonly Token[], k: number): boolean {
  const tail = pastTime(toks, k, 3);
  return tail >= toks.length || /^[.!?]$/.test(toks[tail]!.text);
}

/** Does a person's name close the sentence at `k`, or after up to three words of a title ("harbour engineer", "NYPD Commissioner")? */
function namedAfter(toks: readonly Token[], k: number): boolean {
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
const AGENT_ENDING = /(?:ics|ness|ers|ors|ists|ians|ants|ees)$/;
/** A word in lower case that ends in -s and not in -ss, -us or -is: a plural or a present ("candidates", "falls"). */
const inS = (w: Token): boolean => /^\p{Ll}{3,}s$/u.test(w.text) && !/(?:ss|us|is)$/.test(w.lower);

/**
 * A subject at `k` that only a pronoun's clause after the verb shows to be one: a relative "who", a share
 * ("Nearly half", "most of them", "Two in three") or a plural noun that no adjective alone makes ("Several
 * delegate candidates"; not "Democratic").
 */
function pluralOrShare(toks: readonly Token[], k: number): boolean {
  const w = toks[k];
  if (!w || w.kind !== 'word') return false;
  if (SHARE.test(w.lower)) return true;
  return inS(w) && !PROPER_ADJECTIVES.has(w.lower) && k > 0 && toks[k - 1]!.kind === 'word';
}

/**
 * Does the verb of a clause whose subject is "it" stand at `k` (past an adverb in -ly): a past tense, an
 * auxiliary or a present in -s ("it actively investigated", "it had", "it cannot", "it falls")?
 */
function finiteAfterIt(toks: readonly Token[], k: number): boolean {
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
function roleSubject(toks: readonly Token[], k: number): boolean {
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
function clauseVerbAfter(toks: readonly Token[], i: number): number {
  // ("recited Carter stopped the practice": a name of one to three words, then its past tense)
  let n = i + 1;
  while (n < toks.length && n - i <= 3 && toks[n]!.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(toks[n]!.text) && !DETERMINERS.has(toks[n]!.lower)) n++;
  const past = toks[n];
  if (n > i + 1 && past && past.kind === 'word' && (/^\p{Ll}{3,}ed$/u.test(past.text) || IRREGULAR_PAST.has(past.lower)) && !PARTICIPLE_TAIL.test(toks[n + 1]?.lower ?? '')) return n;
  // ("Opposition parties typically have …": an adverb and the verb it modifies right after the word make it the
  // subject's noun, not a verb before a clause)
  if (/^\p{Ll}{3,}ly$/u.test(toks[i + 1]?.text ?? '') && AUXILIARY.test(toks[i + 2]?.lower ?? '')) return -1;
  const determined = /^(?:the|his|her|their|its|this|these|those)$/.test(toks[i + 1]?.lower ?? '');
  // ("verbalizes some constraints on freedom are …": a quantified noun phrase, read to its auxiliary only)
  const quantified = /^(?:some|many|most|much|several|all|no)$/.test(toks[i + 1]?.lower ?? '');
  let reach = i + 6;
  for (let k = i + 1; k < toks.length && k <= reach; k++) {
    const w = toks[k]!;
    if (k >= i + 2 && AUXILIARY.test(w.lower)) return k;
    if (determined && k >= i + 3 && reach === i + 6 && /^\p{Ll}{3,}ed$/u.test(w.text) && !IRREGULAR_PAST.has(w.lower) && !PARTICIPLE_TAIL.test(toks[k + 1]?.lower ?? '')) return k;
    // ("recited the timing of the immunity news was …": the "of" of a determined noun, and the words after it; "some
    // constraints on freedom are …")
    if (/^(?:of|on|for)$/.test(w.lower) && (determined || quantified) && k >= i + 3 && reach === i + 6) {
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
    if (w.text === ',' && determined && reach === i + 6 && k >= i + 3) {
      let close = k + 1;
      while (close < toks.length && close - k <= 8 && toks[close]!.kind === 'word') close++;
      if (toks[close]?.text === ',' && close > k + 1 && AUXILIARY.test(toks[close + 1]?.lower ?? '')) return close + 1;
      return -1;
    }
    // (a question word opens a clause of its own: "unveiled the first draft of what would become …")
    if (w.kind !== 'word' || /^(in|on|at|by|for|with|from|of|to|which|who|that|when|where|and|or|but|what|how|why|whether|whose|whom)$/.test(w.lower)) return -1;
    // (past "of", a noun phrase and no more: "the body of the boy across his knee" goes on with a preposition)
    if (reach > i + 6 && /^(?:across|into|onto|upon|through|over|under|after|before|during|against|among|between|toward|towards|without|within|like|as|than|about|around|behind|beyond|near|off|out|up|down|since|until)$/.test(w.lower)) return -1;
  }
  return -1;
}

// A number, a plural quantity or a preposition: a singular noun after it modifies the next noun.
const MODIFIER_BEFORE = /^(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|several|many|few|both|these|those|across|in|on|at|of|for|with|from|by|about|into|over|under|through|between|among)$/;
/**
 * Does a singular subject stand right before the present tense at `i`: he, she
 * or it, a name of two words ("Mike Pence"), a name after its honorific ("Mr.
 * Clarke"), or a noun of SPEAKER_NOUNS ("the campaign")? Not a word that opens
 * the sentence or follows an adjective ("Many lawmakers", "Republican voters").
 */
function singularSubject(toks: readonly Token[], i: number): boolean {
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
    return i === 1 && !/(?:s|ing)$/.test(w.lower) && !PROPER_ADJECTIVES.has(w.lower) && !DETERMINERS.has(w.lower) && !SENTENCE_WORD.test(w.lower) &&
      next !== undefined && !cueAt(toks, i + 1) && !/^\p{Ll}+s$/u.test(next.text);
  }
  const before = toks[k - 1]!;
  return /^\p{Lu}/u.test(before.text) && before.kind === 'word' || before.text === '.' && /^(?:mr|mrs|ms|dr|sen|rep|gov)$/.test(toks[k - 2]?.lower ?? '');
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
function listenerBeforeThat(toks: readonly Token[], i: number): boolean {
  let j = i + 1;
  // (no preposition but "of": "dawned on Heslin that …" names no listener)
  while (j < toks.length && j - i <= 6 && toks[j]!.kind === 'word' && toks[j]!.lower !== 'that' && !LISTENER_BREAK.test(toks[j]!.lower)) j++;
  // (past the time it was said: "notified The Associated Press on Monday that …")
  const end = j;
  if (toks[j]?.lower === 'on' && WEEKDAY.test(toks[j + 1]?.lower ?? '')) j += 2;
  if (j === i + 1 || toks[j]?.lower !== 'that' || RELATIVE_VERB.test(toks[j + 1]?.lower ?? '') || toks[j + 1]?.kind !== 'word') return false;
  // (a day is when it was said, not to whom: "delivered a message Sunday that …", "notified reporters Tuesday that …")
  let h = end - 1;
  while (h > i + 1 && TIME_TAIL.test(toks[h]!.lower)) h--;
  const head = toks[h]!;
  if (TIME_TAIL.test(head.lower)) return false;
  // (a station's call sign: "KRIS-TV")
  return NAME_WORD.test(head.text) || /^\p{Lu}{2,}(?:-\p{Lu}+)?$/u.test(head.text) || LISTENER_HEAD.test(head.lower) || SPEAKER_NOUNS.has(head.lower) && /s$/.test(head.lower) || ROLE_NOUNS.has(head.lower);
}

/**
 * From the preposition at `k`, a place of up to eight words ("in Ohio", "at a campaign stop in Toledo,
 * Ohio,"), then "that" and a subject: a pronoun, a determiner or a name ("that it means …"), never a verb
 * ("in the office that had …" is a relative clause).
 */
function placeBeforeThat(toks: readonly Token[], k: number): boolean {
  let j = k + 1;
  while (j < toks.length && j - k <= 8 && toks[j]!.lower !== 'that' && (toks[j]!.kind === 'word' || toks[j]!.text === ',' && NAME_WORD.test(toks[j - 1]!.text))) j++;
  if (toks[j]?.lower !== 'that' || j === k + 1) return false;
  const next = toks[j + 1];
  return next !== undefined && (CLAUSE_PRONOUN.test(next.lower) || next.lower === 'it' || DETERMINER_WORD.test(next.lower) || NAME_WORD.test(next.text));
}

// Words that open a sentence as a name would, and are none: "Several hands I saw …", "Many times she …"
// (the lexicon's determiners, and a few more quantifiers).
const isQuantifier = (w: string): boolean => DETERMINERS.has(w) || /^(?:all|every|any|no|such|more|others|six|seven|eight|nine|ten)$/.test(w);

// A determiner that opens a clause's subject: "… expounds the ad will …", "… that his plan …".
const DETERMINER_WORD = /^(?:the|a|an|his|her|their|its)$/;

// A subject pronoun that opens a clause, or its contraction: "she", "he’d", "they're".
const CLAUSE_PRONOUN = /^(?:(?:he|she|they|we|i)(?:[’'](?:s|d|ll|re|ve|m))?|there)$/;

/** "Scott verbalizes he has …": a name opening the sentence right before the verb at `i`, and a subject pronoun after it. */
function nameOpensBeforePronoun(toks: readonly Token[], i: number): boolean {
  return subjectSlot(toks, i) === 0 && NAME_WORD.test(toks[0]!.text) && !isQuantifier(toks[0]!.lower) && CLAUSE_PRONOUN.test(toks[i + 1]?.lower ?? '');
}

// A word of a name: a capital, then a small letter, maybe past an apostrophe ("O'Neill", "D’Amato").
const NAME_WORD = /^\p{Lu}(?:[’']\p{Lu})?\p{Ll}/u;

/** The texts of toks[a, b) run together ("D-S.C."), built by a loop: an array from map would change storage once V8 optimises the caller. */
function joinedText(toks: readonly Token[], a: number, b: number): string {
  let out = '';
  for (let k = a; k < b; k++) out += toks[k]!.text;
  return out;
}

/** The token before a party tag in parentheses that ends at `k` ("Lynch (D-Mass.)"), or `k` when there is none. */
function pastPartyTag(toks: readonly Token[], k: number): number {
  if (toks[k]?.text !== ')') return k;
  for (let j = k - 1; j >= 1 && k - j <= 6; j--) if (toks[j]!.text === '(') return PARTY_STATE.test(joinedText(toks, j + 1, k)) ? j - 1 : k;
  return k;
}

/**
 * Is the -ents word at `i` a verb ("Clinton now comments she opposes the deal", "…, it comments, …"), not a noun
 * ("students", "the Berg comments she made")? After a subject pronoun; or after a subject with no determiner before
 * it, and before a pronoun's clause.
 */
function entsVerb(toks: readonly Token[], i: number): boolean {
  const k = subjectSlot(toks, i);
  return /^(?:he|she|it)$/.test(toks[k]!.lower) || CLAUSE_PRONOUN.test(toks[i + 1]?.lower ?? '') && toks[i + 2]?.kind === 'word' && !DETERMINER_LIKE.test(toks[k - 1]?.lower ?? '');
}

/** "Trump, who expounds he is honored": a relative's "who" after a comma before the present at `i`, a pronoun's clause after it. */
const relativeBeforePronoun = (toks: readonly Token[], i: number): boolean =>
  toks[i - 1]?.lower === 'who' && toks[i - 2]?.text === ',' && CLAUSE_PRONOUN.test(toks[i + 1]?.lower ?? '') && toks[i + 2]?.kind === 'word';

// An adverb between a subject and its verb: "Clinton now voices", "Obama often says".
const ADVERB_BEFORE = /^(?:now|also|often|still|again|then|later|\p{Ll}+ly)$/u;
/**
 * Is the word at `i` a verb of saying that no list holds, in the past or the present ("expounded", "recites"): a verb
 * by the tables, not a listed cue, nor one that takes a clause without reporting it ("hoped", "ensures").
 */
function unlistedVerb(toks: readonly Token[], i: number): boolean {
  const t = toks[i];
  return t !== undefined && /^\p{Ll}{5,}$/u.test(t.text) && (t.lower.endsWith('ed') || inS(t) && !AGENT_ENDING.test(t.lower) && !t.lower.endsWith('ents')) &&
    !NOT_SPEECH_THAT.test(t.lower) && !NOT_SPEECH_CLAUSE.test(t.lower) && !IRREGULAR_PAST.has(t.lower) && !EVIDENCE.has(t.lower) && !ACT_FORMS.has(t.lower) && !listedSpeech(toks, i) && verbByTable(t.text);
}

/** Is there a cue of the lexicon at `i` that the listed path reads (speech, an act, evidence)? */
function listedSpeech(toks: readonly Token[], i: number): boolean {
  const c = cueAt(toks, i);
  return c !== null && (isSpeech(c) || isAct(c) || EVIDENCE_LEMMAS.has(c.lemma) || BELIEF_LEMMAS.has(c.lemma) || c.first !== i || c.last !== i);
}

/**
 * Does a closing attribution with a verb no list holds follow the comma at `k`: "…, expounded Jeffrey Trimble, a
 * senior official.", "…, the source elucidated.", "…, Smith asseverated."? A clause before it ends at that comma.
 */
function closingUnlisted(toks: readonly Token[], k: number): boolean {
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
function pastMedium(toks: readonly Token[], k: number): number {
  let j = toks[k]?.lower === 'the' ? k + 1 : k;
  const first = j;
  while (j < toks.length && j - first < 6 && toks[j]!.kind === 'word' && /^\p{Lu}/u.test(toks[j]!.text)) j++;
  if (j === first || j < toks.length && !/^[.!?,]$/.test(toks[j]!.text)) return k;
  return namesOutletIn(toks.slice(first, j).map((w) => w.text)) ? j : k;
}

/** Do a determiner and a noun of those who speak open at `k` and close the sentence: "several observers.", "the lawyers."? */
function closingSpeakerNoun(toks: readonly Token[], k: number): boolean {
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
const PERSON_NOUN = /^(?:observers?|analysts?|officials?|sources?|experts?|aides?|advisers?|advisors?|spokesm[ae]n|spokeswom[ae]n|spokesperson|lawyers?|attorneys?|economists?|strategists?|historians?|residents?|voters?|critics?|supporters?|organizers?|witnesses?|researchers?|scientists?|investigators?|prosecutors?|police|leaders?|members?|activists?|diplomats?|insiders?|executives?)$/;

/**
 * Does a person's name open at `k` and close the sentence, or stand before its apposition's comma: "Jeffrey N.
 * Trimble, a senior official", "Mr. Barrett."? A name of two words or more whose first is a given name (or a word
 * no dictionary holds, "Tomas") or an honorific, or an honorific and one word: a lone surname is as often the
 * object of a verb in a series ("…, mocked a reporter, insulted Khan.").
 */
function closingName(toks: readonly Token[], k: number): boolean {
  const first = toks[k];
  if (!first || first.kind !== 'word') return false;
  // ("NBC’s Dante Chinni", "Harbour Radio’s Dante Chinni": an outlet's possessive before the name)
  let p = k;
  while (p < toks.length && p - k < 3 && toks[p]!.kind === 'word' && /^\p{Lu}/u.test(toks[p]!.text) && !/[’']s$/.test(toks[p]!.text)) p++;
  const owner = toks[p];
  if (owner?.kind === 'word' && /^\p{Lu}[\p{L}.]*[’']s$/u.test(owner.text) && toks[p + 1]?.kind === 'word' && /^\p{Lu}/u.test(toks[p + 1]!.text) && !/[’']s$/.test(toks[p + 1]!.text)) return closingName(toks, p + 1);
  const honorific = HONORIFICS.has(first.lower) || TITLE_ABBREVIATION.test(first.text);
  if (!honorific && !(NAME_WORD.test(first.text) && (isGivenName(first.text) || !isDictionaryWord(first.lower)))) return false;
  let j = k + 1;
  while (j < toks.length && j - k < 5 && toks[j]!.kind === 'word' && (/^\p{Lu}/u.test(toks[j]!.text) || /^(?:de|van|von|der|al|bin|la|le|da|di)$/.test(toks[j]!.text))) j++;
  if (j - k < 2) return false;
  const after = toks[j];
  return !after || /^[.!?]$/.test(after.text) && j >= toks.length - 2 || after.text === ',' && /^\p{Ll}+$/u.test(toks[j + 1]?.text ?? '') && !CLAUSE_PRONOUN.test(toks[j + 1]!.lower) && !NOT_APPOSITION.test(toks[j + 1]!.lower);
}
// Words after a name's comma that go on with the sentence, not with an apposition ("…, skirted Caen Wood, and so came …").
const NOT_APPOSITION = /^(?:and|or|but|nor|yet|so|then|before|after|while|when|where|as|with|until|till|though|although)$/;
// Abbreviated titles before a name: "Sen.", "Gov.", "Rep.", "Lt.", "Gen.".
const TITLE_ABBREVIATION = /^(?:Sen|Rep|Gov|Lt|Gen|Col|Maj|Capt|Sgt|Adm|Cmdr|Supt|Atty|Amb|Pres|Sec|Insp|Det|Fr|Rev|Hon)\.$/;

/** Where the subject of the verb at `i` ends: the token before it, or before an adverb there. */
const subjectSlot = (toks: readonly Token[], i: number): number => (i > 1 && ADVERB_BEFORE.test(toks[i - 1]!.lower) ? i - 2 : i - 1);


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
function ingLemma(word: string): string | undefined {
  const stem = word.slice(0, -3);
  for (const base of [stem, stem + 'e', stem.slice(0, -1)]) {
    const lemma = EVIDENCE.get(base) ?? ACT_FORMS.get(base);
    if (lemma === base) return lemma;
  }
  return undefined;
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
const TIME_TAIL = /^(on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|earlier|later|last|this|week|month|year|night|morning|afternoon|evening)$/;

/** The index past the time words from k ("on Tuesday", "last week"), at most `max` of them. */
function pastTime(toks: readonly Token[], k: number, max = Infinity): number {
  let j = k;
  while (j < toks.length && j - k < max && TIME_TAIL.test(toks[j]!.lower)) j++;
  return j;
}

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

const DASH_TOKEN = /^(?:-|--|—|–)$/;

// Acts of wishing ("wants to …", "hoped to …"): reported for their subject, but no statement that ends another's clause
// ("Sherry said she considered it, but she wanted to be realistic" is one clause).
const WISH = /^(?:want|hope)$/;
// the words that join another speaker's clause in endOfClause (a set: asked of every word; see ASKED)
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

function endOfClause(toks: readonly Token[], from: number): number {
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
      if (c && !subjectNoun && !c.gerund && (isSpeech(c) || isAct(c) && !ownWish(c.lemma, null)) && !stateModifier(toks, c) || withheldDetail(toks, k + 1)) {
        e = k;
        break;
      }
    }
    // "… and Democrats accused the GOP …", "…, while 22 percent said …": another speaker's statement
    if (CLAUSE_JOINERS.has(t.lower) && k > from + 2) {
      const other = findCues(toks, k + 1, Math.min(toks.length, k + 8)).find((x) => !x.gerund && (isSpeech(x) || isAct(x) && !ownWish(x.lemma, toks[k + 1]!.lower))) ?? actWordIn(toks, k + 2, Math.min(toks.length, k + 8));
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
    if (/^\p{Ll}{3,}ing$/u.test(nextWord) && !/^(including|according|regarding|concerning|following|notwithstanding|during|nothing|something|anything|everything|bring|thing|king|spring|string)$/.test(nextWord) || /^(although|though|whereas|however|while)$/.test(nextWord) ||
      k - from >= 4 && /^(?:compared|contrasted)$/.test(nextWord) && /^(?:with|to)$/.test(toks[k + 2]?.lower ?? '')) {
      e = k;
      break;
    }
    if (/^(adding|saying|noting|arguing|warning|insisting|explaining|citing|according|referring)$/.test(toks[k + 1]?.lower ?? '') || /^(when|after|if|once)$/.test(toks[k + 1]?.lower ?? '') && toks[k + 2]?.lower === 'asked') {
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

const SUBORDINATOR = /^(when|if|while|after|because|since|before|although|though)$/;
const FINITE = /^(is|are|was|were|will|would|can|could|has|have|had|does|did|also|still)$/;

// A verb right after "that" makes it a relative pronoun: "rules that could …", "groups that have …".
const RELATIVE_VERB = /^(has|have|had|is|are|was|were|will|would|can|could|should|may|might|must|\p{Ll}+ed)$/u;

/**
 * Where a closing attribution's clause starts: "China had long resisted such
 * deals, but the pollution had become so bad, Mr. Obama noted" vouches for the
 * clause after ", but" that has a subject of its own; "…, with two-thirds of
 * the money coming from men, according to the center" (with `circumstance`)
 * for the words after ", with" or a colon.
 */
function lastSegment(toks: readonly Token[], from: number, end: number, circumstance = true): number {
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

// Verbs in the present whose form no noun shares (or rarely): they show a clause, not a description.
const PRESENT_ONLY = /^(?:remains|seems|appears|stays|continues|becomes|lacks|gets|holds|keeps|expects|wants|needs|belongs|depends|exists)$/;

/** An act or evidence verb that the cue lexicon does not hold, in tokens [a, b): "… and Democrats accused the GOP". */
function actWordIn(toks: readonly Token[], a: number, b: number): Cue | undefined {
  for (let i = a; i < b; i++) {
    const lemma = ACT_FORMS.get(toks[i]!.lower) ?? EVIDENCE.get(toks[i]!.lower);
    if (lemma && ACT_LEMMAS.has(lemma) && !ownWish(lemma, toks[i - 1]!.lower) && /^\p{Ll}/u.test(toks[i]!.text) && !/^(the|a|an|his|her|their|its)$/.test(toks[i - 1]!.lower)) return tokenCue(toks, i, lemma);
  }
  return undefined;
}

/** Whether tokens from k start a clause of their own: a subordinator, or a short subject and a finite verb. */
function newClauseAt(toks: readonly Token[], k: number): boolean {
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

/**
 * "According to X, CLAUSE", "CLAUSE, according to X", "FRONT, according to
 * X, REST": the reported words around a source cue; returns the index before
 * which tokens now belong to a reported clause.
 */
function accordingTo(text: string, toks: readonly Token[], c: Cue, si: number, taken: number, out: IndirectQuote[]): number {
  let who = subjectAfter(text, toks, c.last + 1) ?? sourcePhrase(text, toks, c.last + 1);
  if (!who) return taken;
  who = evidenceOf(text, toks, who) ?? who;
  // "According to F.A.A. records, …": the source runs to the comma where the name found first stops short
  if ((c.first <= 1 || /^[(:—–;]$/.test(toks[c.first - 1]!.text)) && toks[toks.findIndex((t) => t.start >= who!.end)]?.text !== ',') who = sourcePhrase(text, toks, c.last + 1) ?? who;
  const whoEnd = toks.findIndex((t) => t.start >= who!.end);
  // the cue opens the clause: at the sentence's start, after "but", or after "(", ":" or a dash
  // ("But, according to the poll, …": the conjunction and its comma open it too)
  const conjunction = /^(but|and|so|yet)$/.test(toks[taken]?.lower ?? '');
  // ("… of violent crime — including murder and robbery — according to X": a dash that closes an aside is the
  // clause's comma, not an opening)
  const closingDash = /^[—–]$/.test(toks[c.first - 1]?.text ?? '') && toks.slice(taken, c.first - 1).some((t) => t.text === toks[c.first - 1]!.text);
  const opens = c.first === taken || /^[(:—–;]$/.test(toks[c.first - 1]!.text) && !closingDash || conjunction && (c.first - 1 === taken || c.first - 2 === taken && toks[c.first - 1]!.text === ',');
  if (opens) {
    // According to X, CLAUSE.
    if (whoEnd < 0 || toks[whoEnd]!.text !== ',') return taken;
    const e = endOfClause(toks, whoEnd + 1);
    if (wordsIn(toks, whoEnd + 1, e) < MIN_WORDS) return taken;
    // ("According to the Budget Office, the bill would cost …": the clause after the comma is no apposition of the
    // source, though it may open as one)
    if (who.title !== null && text.startsWith(who.title, toks[whoEnd + 1]!.start)) who = { ...who, title: null };
    out.push({ ...spanOf(toks, whoEnd + 1, e), rule: 'according-to-clause', mention: who, cue: c, sentence: si });
    taken = e;
  } else if ((toks[c.first - 1]!.text === ',' || closingDash) && wordsIn(toks, taken, c.first - 1) >= 1) {
    // CLAUSE, according to X.  /  FRONT, according to X, REST.
    let after = whoEnd;
    if (toks[after]?.text === ',' && toks[after + 1]?.kind === 'word' && !/^(and|but|which|who|where)$/.test(toks[after + 1]!.lower)) {
      // an appositive of the source ("Dennis Ross, a former envoy,", "Craig Bryan, head of the National Center for
      // Veterans Studies at the University of Utah,") before the clause resumes; one that runs to the sentence's
      // end leaves nothing to resume
      const w1 = toks[after + 1]!;
      const role = ROLE_NOUNS.has(w1.lower) || /^\p{Ll}+$/u.test(w1.text) && /^(?:of|at|for)$/.test(toks[after + 2]?.lower ?? '');
      const next = toks.findIndex((t, i) => i > after && i - after <= (role ? 20 : 12) && t.text === ',');
      if (next > 0 && (DETERMINERS.has(w1.lower) || /^(a|an|the|former)$/.test(w1.lower) || role)) after = next;
      else if (role && next < 0) after = toks.length;
    }
    // (not with a relative clause on the source or its apposition: "…, according to the ministry, which is run by the
    // group", "…, director of the center, which conducted the poll")
    // (nor with a comparison of the figure before it: "…19.9 percent, according to X, more than twice what it
    // projected …", "…, up from …": an apposition, not the clause resumed)
    const resumes = toks[after]?.text === ',' && after + 1 < toks.length && toks[after + 1]!.kind === 'word' && !/^(?:which|who|whom|whose|where)$/.test(toks[after + 1]!.lower) &&
      !(/^(?:more|less|fewer|twice|double|triple|up|down|compared|nearly|almost)$/.test(toks[after + 1]!.lower) && /^(?:than|from|with|to|twice|double|half|triple|the|a|\d[\d,.]*)$/.test(toks[after + 2]?.lower ?? ''));
    const end = resumes ? endOfClause(toks, after + 1) : -1;
    if (resumes && wordsIn(toks, after + 1, end) >= 2 && hasVerbish(toks, after + 1, end)) {
      let a = taken;
      while (a < c.first - 1 && /^(but|and|so|yet|still)$/.test(toks[a]!.lower)) a++;
      // (a fragment of words only: "Still, according to …" fronts nothing)
      if (wordsIn(toks, a, c.first - 1) >= 1) out.push({ ...spanOf(toks, a, c.first - 1), rule: 'fronted-fragment', mention: who, cue: c, sentence: si });
      out.push({ ...spanOf(toks, after + 1, end), rule: 'according-to-clause', mention: who, cue: c, sentence: si, joined: true });
      taken = end;
    } else if (wordsIn(toks, taken, c.first - 1) >= MIN_WORDS && !(toks[after]?.text === ',' && (OPEN_MARK.test(toks[after + 1]?.text ?? '') || toks[after + 1]?.text === "'"))) {
      // (not where a quotation resumes after the source: "Clinton was, according to an adviser, “the torchbearer” of
      // his legacy" is one statement, whose quoted words are the mixed quote)
      out.push({ ...spanOf(toks, lastSegment(toks, taken, c.first - 1), c.first - 1), rule: 'clause-according-to', mention: who, cue: c, sentence: si });
      taken = c.last + 1;
    }
  } else if (toks[c.first - 1]!.text === ',' && c.first - 1 === taken && out.length > 0 && (whoEnd < 0 || /^[.!?]$/.test(toks[whoEnd]!.text))) {
    // "HarperCollins declined to renew the offer, according to a publishing executive.": the clause that another
    // cue of the sentence reported is itself reported by the source, around it; the clause with its own cue is
    // what the source said (it comes first in the sentence, so it is kept over the inner clause)
    const open = datelineEnd(toks);
    if (wordsIn(toks, open, c.first - 1) >= MIN_WORDS && hasVerbish(toks, open, c.first - 1) && !opensWithIntro(toks, open)) {
      out.push({ ...spanOf(toks, lastSegment(toks, open, c.first - 1), c.first - 1), rule: 'clause-according-to', mention: who, cue: c, sentence: si });
      taken = c.last + 1;
    }
  } else if (toks[c.first - 1]!.kind === 'word' && !/^(is|are|was|were|be|been|not|and|or|but|that)$/.test(toks[c.first - 1]!.lower) &&
    // "paid according to how many games they start", "varies according to the season": a manner, not a source
    !/(?:ed|ies|ry|er|ers|paid|set|cut|put)$/.test(toks[c.first - 1]!.lower) && /^(a|an|the|recent|new|latest|[\p{Lu}\d].*)$/u.test(toks[c.last + 1]?.text ?? '') && wordsIn(toks, taken, c.first) >= MIN_WORDS + 1 && hasVerbish(toks, taken, c.first)) {
    // "Clinton leads by 271 delegates according to a count by The Associated Press": no comma before the cue
    const whoStop = toks[whoEnd]?.text;
    const source = whoEnd < 0 || whoStop === ',' || /^[.!?]$/.test(whoStop ?? '') ? who : sourcePhrase(text, toks, c.last + 1);
    if (source) {
      out.push({ ...spanOf(toks, taken, c.first), rule: 'clause-according-to', mention: source, cue: c, sentence: si });
      taken = c.last + 1;
    }
  }
  return taken;
}

/** The offsets of tokens [a, b), past the commas and semicolons that the clause before left at its start. */
function spanOf(toks: readonly Token[], a: number, b: number): { start: number; end: number } {
  while (a < b - 1 && /^[,;:]$/.test(toks[a]!.text)) a++;
  return { start: toks[a]!.start, end: toks[b - 1]!.end };
}
/** How many words tokens [a, b) hold. */
const wordsIn = (toks: readonly Token[], a: number, b: number): number => toks.slice(a, b).filter((t) => t.kind === 'word').length;
/** A speaker named by tokens [a, b] (inclusive) that is no one's name: "exit polls", "those surveyed". */
const nounMention = (text: string, toks: readonly Token[], a: number, b: number): Mention => ({ kind: 'noun', start: toks[a]!.start, end: toks[b]!.end, text: text.slice(toks[a]!.start, toks[b]!.end), name: null, title: null, gender: null });
/** A one-token cue that no lexicon entry found: "asked", "in", a headline's colon. */
const tokenCue = (toks: readonly Token[], i: number, lemma: string, kind: { gerund?: boolean; structural?: boolean } = {}): Cue => spanCue(toks, i, i, lemma, kind);
/** A cue no lexicon entry found over tokens [first, last]: "as indicated by", "based on". */
const spanCue = (toks: readonly Token[], first: number, last: number, lemma: string, kind: { gerund?: boolean; structural?: boolean } = {}): Cue =>
  ({ first, last, start: toks[first]!.start, end: toks[last]!.end, lemma, gerund: kind.gerund ?? false, structural: kind.structural ?? false });

/** What fromCues carries from one cue of a sentence to the next. */
interface CueRun {
  out: IndirectQuote[];
  /** Tokens before this index already belong to a reported clause (or to a dateline). */
  taken: number;
  /** The subject of the sentence's last statement, for "… and warned". */
  lastSpeaker: Mention | null;
  /** That statement stood in a relative clause ("Sanders, who said …, added …"). */
  lastRelative: boolean;
}

/** A cue's speaker as fromCues finds it: before the cue, in a relative clause, or after it (inverted). */
interface CueSpeaker {
  who: Mention | null;
  relative: Mention | null;
  inverted: Mention | null;
  speaker: Mention;
}

/**
 * The statements of a sentence reported through its cues, in order. The work
 * is done in small steps (notACueHere, cueSpeaker, reportCue, reportSpecial,
 * reportAct): V8 optimises a small function early and compiles it quickly,
 * while these steps as one function of 235 lines were optimised only near the
 * end of a 3.9 MB run, and their compile held up the process's exit.
 */
function fromCues(text: string, toks: readonly Token[], cues: Cue[], si: number): IndirectQuote[] | null {
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

/** Is the word at `i` the head of a phrase after a preposition and its determiner ("in an Instagram post", "on his podcast")? */
function nounAfterPreposition(toks: readonly Token[], i: number): boolean {
  for (let d = i - 1; d >= 1 && i - d <= 3; d--) {
    if (toks[d]!.kind !== 'word') return false;
    if (/^(?:a|an|the|his|her|its|their|our|my)$/.test(toks[d]!.lower)) return /^(?:in|on|during|via|through)$/.test(toks[d - 1]!.lower);
  }
  return false;
}

/** Is the cue at `c` a passive, an infinitive or a noun here, reporting nothing? */
function notACueHere(toks: readonly Token[], c: Cue, cues: readonly Cue[], taken: number): boolean {
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
  if (c.first === c.last && !c.gerund && toks[c.last + 1]?.lower === 'by' && /ed$/.test(toks[c.first]!.lower) && /^\p{Ll}+$/u.test(toks[c.first - 1]?.text ?? '') && !AUXILIARY.test(toks[c.first - 1]!.lower) && !/^(?:he|she|it|they|we|i|who|which|that|and|also|had|has|have)$/.test(toks[c.first - 1]!.lower)) return true;
  // "All told, the group …": a sum, not a telling
  if (c.lemma === 'tell' && toks[c.first - 1]?.lower === 'all' && toks[c.last + 1]?.text === ',') return true;
  // "finds its way to the city": an idiom of going, not a finding
  if (c.lemma === 'find' && /^(?:its|their|his|her|our|my|your|a)$/.test(toks[c.last + 1]?.lower ?? '') && toks[c.last + 2]?.lower === 'way') return true;
  // "maintains a lead": keeping, not saying, unless a clause follows
  // (but it says when it closes the sentence, "…, Ruiz maintained.", or stands before its speaker, "…, maintained
  // Ruiz", or before a clause's subject and verb, "maintained the harbour would close")
  if (c.lemma === 'maintain' && toks[c.last + 1]?.lower !== 'that' && !(toks[c.last + 1] === undefined || /^[.!?,]$/.test(toks[c.last + 1]!.text) || toks[c.first - 1]?.text === ',' || clauseVerbAfter(toks, c.last) > 0)) return true;
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
const NOT_TITLE_WORD = /^(?:and|but|or|nor|yet|then|so|also|still|even|later|now|when|where|whether|as|while|whereas|though|although|because|unless|if|who|which|that|to|than|there|this|these|those|it|he|she|they|we|i|you|not|the|a|an|how|many|much|some|most|all|few|after|before|since|until|with|for|from|in|on|at|by|about|into|over|under|like|among|amid|during|without|despite|regardless)$/;
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


const AUX_BEFORE_CUE = /^(has|have|had|did|does)$/;
// Prepositions whose object a name may be, closing a clause: "… support in Congress, said …".
const OBJECT_PREPOSITION = /^(?:in|at|on|to|from|with|for|of|by|about|against|into|over|toward|towards)$/;

/**
 * For "stated", a spinner's "said": the subject that opens the clause, as for "said", when its first word is a noun of
 * those who speak ("Experts on North Korea and nuclear nonproliferation stated …"); not any noun phrase, as "stated"
 * is also a participle ("the figures stated in …").
 */
function speakingSubject(text: string, toks: readonly Token[], cueFirst: number, floor: number): Mention | null {
  const s = clauseSubject(text, toks, cueFirst, floor);
  const first = s ? toks.find((t) => t.start >= s.start) : undefined;
  return first && SPEAKER_NOUNS.has(first.lower) ? s : null;
}

/** The speaker of the cue `c`, or null when the sentence names none. */
function cueSpeaker(text: string, toks: readonly Token[], c: Cue, run: CueRun): CueSpeaker | null {
  // the speaker: before the cue ("Graham said"), or the sentence's subject for "… and said"
  let who: Mention | null = subjectBefore(text, toks, c.first, run.taken);
  // ("In his speech, Obama praised her and said …": the subject after the opening phrase)
  // ("… but on Tuesday wrote that …", "and later said": past a time between the conjunction and the cue)
  let conj = c.first - 1;
  // ("… but has said …", "and did note that": past an auxiliary of the cue; not a modal, "and would blame her")
  while (conj > run.taken && c.first - conj <= 3 && (TIME_TAIL.test(toks[conj]!.lower) || WHEN.test(toks[conj]!.lower) || /^(then|also|again|later|\p{Ll}+ly)$/u.test(toks[conj]!.lower) || AUX_BEFORE_CUE.test(toks[conj]!.lower))) conj--;
  if (!who && (/^(and|but)$/.test(toks[conj]?.lower ?? '') || toks[c.first - 1]?.lower === 'then' && toks[c.first - 2]?.text === ',')) who = run.lastSpeaker ?? subjectAfter(text, toks, isSpeech(c) && !NOUN_OR_VERB.test(toks[c.first]!.lower) ? pastConjunction(toks, openingPhraseEnd(toks, run.taken)) : openingPhraseEnd(toks, run.taken), c.first);
  // "Sanders, who endorsed Clinton, said …": the main verb after a relative clause has the antecedent for subject
  if (!who && run.lastSpeaker && run.lastRelative && isSpeech(c) && toks[c.first - 1]?.text === "," && c.first - 1 === run.taken) who = run.lastSpeaker;
  // "an architect who said …", "Smith, who said …": the relative pronoun names the antecedent
  // "The airline said …": any noun phrase with a determiner is the subject of a verb of speech
  // ("…, a lawyer for the family propounded.": a verb no list holds that closes the sentence reads as "said")
  const closingLinked = !who && c.structural === true && !SOURCE.has(c.lemma) && c.first === c.last && endsAfterTime(toks, c.last + 1) && linkedSpeaker(toks, c.first - 1);
  if (!who && (PLAIN_SPEECH.test(c.lemma) || closingLinked) && !NOUN_LIKE_CUE.test(toks[c.first]!.lower)) {
    who = determinedNounBefore(text, toks, c.first, run.taken) ?? (c.lemma === 'say' || c.lemma === 'tell' || closingLinked ? clauseSubject(text, toks, c.first, run.taken) : c.lemma === 'state' ? speakingSubject(text, toks, c.first, run.taken) : null);
  }
  // "Video of the incident shows …", "leaked documents from his return show …": a document reports what it shows
  // ("Polls in New Hampshire show …": the document, not the place it is of)
  if ((!who || who.kind === 'name' && documentOfPlace(toks, c.first)) && /^(show|find|indicate|suggest|reveal|conclude|estimate|say|report)$/.test(c.lemma)) who = documentSubject(text, toks, c.first, run.taken) ?? who;
  const relative: Mention | null = !who ? relativeSubject(text, toks, c.first, run.taken) : null;
  if (relative) who = relative;
  // (not after "told", whose name is the listener: "The forward, who joined in May, told Sky Sports that …")
  let inverted = !who && toks[c.first - 1]?.text === ',' && c.lemma !== 'tell' ? subjectAfter(text, toks, c.last + 1) : null;
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
    if (after && after.kind !== 'pronoun' && !/^(?:her|him|them|me|us)$/.test(after.text.toLowerCase()) && isSpeech(c) && c.lemma !== 'tell') {
      who = null;
      inverted = after;
    }
  }
  if (!who && !(inverted && inverted.kind !== 'pronoun')) return null;
  return { who, relative, inverted, speaker: (who ?? inverted)! };
}

/** Past the conjunctions that open a sentence ("But Sen. Mike Lee, R-Utah, said … and predicted …"): where its subject starts. */
function pastConjunction(toks: readonly Token[], k: number): number {
  while (k < toks.length && /^(?:but|and|yet|so)$/.test(toks[k]!.lower)) k++;
  return k;
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

/** What the cue `c` reports, pushed onto run.out. */
function reportCue(toks: readonly Token[], c: Cue, s: CueSpeaker, si: number, run: CueRun): void {
  const { who, relative, inverted, speaker } = s;
  const whoStart: number = who && !relative ? toks.findIndex((t) => t.start >= who!.start) : c.first;
  if (reportSpecial(toks, c, s, whoStart, si, run)) return;
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
  const act = isAct(c) && !isSpeech(c) && !closingEvidence && !bare && !(c.lemma === 'express' && VENUE_START.test(toks[c.last + 1]?.lower ?? '') && toks[clauseStart(toks, c.last + 1, c.last) - 1]?.lower === 'that');
  // speech verbs that also take a noun phrase: "suggested a new route", "announced a plan"
  const objectOk = isAct(c);
  // what follows the cue: "said (on Monday) (that) CLAUSE"
  let k = inverted ? toks.findIndex((t) => t.start >= inverted.end) : c.last + 1;
  if (k < 0) k = toks.length;
  if (!inverted && (c.lemma === 'tell' || c.lemma === 'inform')) {
    // told reporters / told the committee on Monday (that): the listener is a
    // short noun phrase; a determiner or a pronoun after it opens the clause
    // "was told to leave" is no statement; "told reporters whether" is a question
    if (/^(was|were|be|been|being|is|are)$/.test(toks[c.first - 1]?.lower ?? '')) return;
    if (toks[k] && (DETERMINERS.has(toks[k]!.lower) || /[’']s$/.test(toks[k]!.text))) k++;
    const head = k;
    // (and past a title in marks: "told CBS’s “Face the Nation” that")
    k = walkPastTitles(toks, k, (j, words) => words < 5 && toks[j]!.lower !== 'that' && toks[j]!.kind === 'word' && (j === head || !DETERMINERS.has(toks[j]!.lower)) && !/^(he|she|they|it|we|i|how|why|what|there|whether|if|to|about)$/.test(toks[j]!.lower) && !(j > head && /^(on|in|at|during|after|before|last|this)$/.test(toks[j]!.lower))).end;
  }
  // "told his advisers to find a way": the listener and what they were told to do
  if (!inverted && (c.lemma === 'tell' || c.lemma === 'inform') && toks[k]?.lower === 'to' && k > c.last + 1 && toks[k + 1]?.kind === 'word') {
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
  const conditionOrSubject = toks[k] && (c.lemma === 'say' && toks[k]!.lower === 'if' || /^(much|little)$/.test(toks[k]!.lower) && toks[k + 1]?.lower === 'of' ||
    toks[k]!.lower === 'about' && /^(?:half|a|one|two|three|four|five|six|seven|eight|nine|ten|\d[\d,.]*)$/.test(toks[k + 1]?.lower ?? '') && /^(?:third|quarter|fifth|percent|%|in|of|out)$/.test(toks[k + 2]?.lower ?? '') ||
    toks[k]!.lower === 'about' && /^(?:two|three|four|five|six|seven|eight|nine|ten|dozen|\d[\d,.]*)$/.test(toks[k + 1]?.lower ?? '') && approximateSubject(toks, k + 2));
  const questionOrInfinitive = toks[k] && !conditionOrSubject && (/^(to|whether|if|so|of|about|for|with|nothing|little|much|something|anything|goodbye|hello)$/.test(toks[k]!.lower) || /^(yes|no)$/.test(toks[k]!.lower) && toks[k + 1]?.kind !== 'word');
  const k0 = k;
  k = clauseStart(toks, k, c.last);
  // "A report published Wednesday said …": this cue was a participle of the subject; the verb after it reports
  if (!inverted && /^(said|says|reported|reports|told|tells|found|finds|showed|shows)$/.test(toks[k]?.lower ?? '')) return;
  // "suggested to me that …": the words before "that" were no infinitive
  const viaThat = k > k0 && toks[k - 1]?.lower === 'that';
  // "say that, in addition to Scott, he would …": the clause opens after the comma
  while (toks[k]?.text === ',' && k + 1 < toks.length) k++;
  let e = endOfClause(toks, k);
  // "Once he has said his piece, he is ready …", "While his advisers have suggested …, Mr. Obama …": a cue
  // inside an opening subordinate clause reports only up to that clause's comma
  if (inOpeningClause(toks, run.taken, c.first)) e = toComma(toks, k, e);
  // "Judge Moreno, who said the evidence was thin, dismissed the case": the relative clause ends at its comma
  if (relative && toks[relativeStart(toks, c.first)]?.text === ',') e = toComma(toks, k, e);
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
  if (who && who.kind === 'name' && who.title && toks[beforeEnd]?.kind === 'word') beforeEnd = titleWordsBefore(toks, beforeEnd, run.taken);
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
  const pronounClause = /^(he|she|they|we|i|it)$/.test(toks[k]?.lower ?? '') || /^(he|she|they|we|i|it)[’'](s|d|ll|re|ve|m)$/.test(toks[k]?.lower ?? '');
  // "introduced it had reached its goal" (a spinner's "announced"), but "introduced a bill": these
  // take a clause only, with "that" or a verb in its first words
  const clauseOnly = /^(introduce|define)$/.test(c.lemma) && (!viaThat && !hasVerbish(toks, k, Math.min(e, k + 4)) || !toks[c.first]!.lower.endsWith('ed'));
  // "promised a veto and attempted …", "suggested a new route": an act's indefinite object is no clause
  const indefiniteObject = isAct(c) && !viaThat && /^(a|an)$/.test(toks[k]?.lower ?? '');
  // ("…, a Cairo airport official notified The New York Times.": a medium it was said to, and nothing after it, is no clause)
  const medium = pastMedium(toks, k);
  const mediumOnly = medium > k && medium >= e;
  const afterOk = !inverted && !clauseOnly && !indefiniteObject && !mediumOnly && (!questionOrInfinitive || viaThat) && !act && wordsIn(toks, k, e) >= (parenthetical ? 2 : pronounClause || viaThat || c.lemma === 'say' ? 3 : MIN_WORDS) && (hasVerbish(toks, k, rel > 0 ? rel : e) || verbAfterRelative);
  // "In addition, the campaign plans …, a spokesman announced": the introductory phrase is not said
  // ("In all, though, the justices …": one opening after another)
  for (let n = 0; n < 3 && !relative && beforeEnd > run.taken && opensWithIntro(toks, run.taken); n++) {
    // "Even as the race moves to New York, the race will be tight, said …": the main clause after the opening
    const comma = toks.findIndex((t, i) => i > run.taken && i < beforeEnd && t.text === ',');
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
  const described = !invertedName && /^(a|an|the)$/.test(toks[run.taken]?.lower ?? '') && !toks.slice(run.taken, beforeEnd).some((w, j) => AUXILIARY.test(w.lower) || IRREGULAR_PAST.has(w.lower) || /n[’']t$/.test(w.lower) || j > 1 && /^\p{Ll}{2,}ed$/u.test(w.text) ||
    j > 1 && inS(w) && /^(?:his|her|its|their|our|my|your|the|a|an)$/.test(toks[run.taken + j + 1]?.lower ?? '') || j > 1 && presentBeforeInfinitive(toks, run.taken + j) ||
    // ("The cause of the fire remains under investigation": a present that is never a noun's plural)
    j > 1 && PRESENT_ONLY.test(w.lower));
  // "After the department asked …, Hackett said that …": a clause after the cue is what it reports;
  // the words before the speaker open the sentence ("CLAUSE, X said, CLAUSE" keeps both)
  const clauseAfter = afterOk && !parenthetical && toks[c.last + 1]?.text !== ',';
  // ("…at first; their president, Karl Dent, told me …": too few words after a semicolon are the speaker's own phrase)
  let semicolon = beforeEnd - 1;
  while (semicolon > run.taken && toks[semicolon]!.text !== ';') semicolon--;
  const afterSemicolon = semicolon > run.taken ? semicolon + 1 : run.taken;
  const beforeOk = !relative && !act && !relativeWho && !described && !clauseAfter && beforeEnd > run.taken && toks[beforeEnd]?.text === ',' && wordsIn(toks, afterSemicolon, beforeEnd) >= MIN_WORDS && hasVerbish(toks, run.taken, beforeEnd) && !opensWithIntro(toks, run.taken) && (!/^\p{Lu}\p{Ll}+(?:ed|ing)$/u.test(toks[run.taken]!.text) || gerundSubject(toks, run.taken, beforeEnd));
  if (beforeOk) {
    run.out.push({ ...spanOf(toks, lastSegment(toks, run.taken, beforeEnd, false), beforeEnd), rule: 'clause-subject-cue', mention: speaker, cue: c, sentence: si });
    run.taken = c.last + 1;
  } else if (parenthetical && beforeEnd > run.taken && wordsIn(toks, run.taken, beforeEnd) >= 1 && afterOk && !/^(and|but|or|so|yet)$/.test(toks[beforeEnd - 1]!.lower)) {
    // "The museum, Mr. Obama said, would …": the words before the attribution open the statement
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
  }
}

// Acts whose bare use reports no clause: "…, she refused.", "…, the two talked.", "…, Graham called."
const BARE_NOT_SPEECH = /^(?:decline|refuse|speak|talk|call|show|find|attack|defend|express|offered|discuss|respond|reply|describe)$/;

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
  const summons = NAMING.test(c.lemma) && (toks.slice(from + 1, Math.min(end, from + 5)).some((t) => /^(to|off|in|out|back|up|for)$/.test(t.lower)) || toks.slice(from, Math.min(end, from + 3)).some((t) => NOT_NAMED.test(t.lower)) || end - from < 2 || c.lemma === 'call' && (speaker.kind === 'noun' && /^(a|an)\s/i.test(speaker.text) || toks.slice(from, end).every((t) => t.kind !== 'word' || /^\p{Lu}/u.test(t.text) || NAME_LINK.test(t.lower))));
  if (first && first.kind === 'word' && end > from && wordsIn(toks, from, end) <= 60 && !summons && (refusal || !/^(to|in|on|at|by|as|of|with|from|after|before|during|up|off|out|back|into|it|this)$/.test(first.lower)) && !(first.lower === 'that' && !act)) {
    run.out.push({ ...spanOf(toks, from, end), rule: 'subject-act-object', mention: speaker, cue: c, sentence: si });
    run.taken = end;
    run.lastSpeaker = speaker;
    run.lastRelative = relative !== null;
  }
}

const VENUE = /^(speech|interview|statement|letter|tweet|post|rally|event|hearing|debate|briefing|meeting|conference|news|press|town|forum|video|op-ed|appearance|radio|television|ruling|decision|filing|opinion|report|address|remarks|column|book|memo|email|broadcast|show|program|programme|session|testimony|state-of-the-state|op-ed|tweets|diatribe|posts|videos|remarks|comments|speeches|interviews|ads|statements)$/;

/**
 * The object of a speech act without the time and place of the act:
 * "attacked the budget on Tuesday" → "the budget".
 */
function withoutAdjunct(toks: readonly Token[], from: number, end: number): number {
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
function clauseStart(toks: readonly Token[], k: number, cueLast: number): number {
  let j = k;
  while (j < toks.length && j - cueLast < 9 && SKIP_AFTER.test(toks[j]!.lower) && toks[j]!.lower !== 'that') j++;
  if (toks[j]?.lower === 'that') return j + 1;
  // ("warned a year ago that …", "said two weeks ago that …": a time ago, then "that")
  if (/^(?:a|an|one|two|three|four|five|six|several|few|many|some)$/.test(toks[k]?.lower ?? '') && TIME_SPAN.test(toks[k + 1]?.lower ?? '') && toks[k + 2]?.lower === 'ago' && toks[k + 3]?.lower === 'that') return k + 4;
  // "announced on her Facebook page that …", "said in a letter to donors that …": a place or a medium, then "that"
  // ("said Thursday during a taping of a town hall meeting in Buffalo, New York, that …": after a day, and over the
  // commas of a place's name, up to fifteen words, with no verb or relative word of a clause between)
  let m = k;
  while (m < toks.length && m - k < 2 && /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|earlier|later|also)$/.test(toks[m]!.lower)) m++;
  if (/^(on|in|at|to|during|via|through)$/.test(toks[m]?.lower ?? '')) {
    let p = m + 1;
    // (a comma between a place's capitalised words only, "Buffalo, New York, that"; not before a participle's phrase,
    // "a message from Wendy Sherman, reporting that …")
    // (a programme's title in marks counts as one word: "said on NBC’s “Meet the Press” that")
    const walk = walkPastTitles(toks, p, (j, words) => words < 15 && (toks[j]!.kind === 'word' && !(toks[j - 1]!.text === ',' && /^\p{Ll}+ing$/u.test(toks[j]!.text)) || toks[j]!.text === ',' && /^\p{Lu}/u.test(toks[j - 1]!.text) && /^(?:\p{Lu}|that$)/u.test(toks[j + 1]?.text ?? '')) && toks[j]!.lower !== 'that' && !AUXILIARY.test(toks[j]!.lower) && !IRREGULAR_PAST.has(toks[j]!.lower) && !/^(?:which|who|whom|whose|when|where|while|because|if|as|and|but)$/.test(toks[j]!.lower));
    p = walk.end;
    const titled = walk.titled;
    // (past the first eight words, a day or a comma, a "that" with a verb right after it is a relative pronoun: "in
    // ways that might give …")
    const near = m === k && p - m - titled < 8 && toks.slice(m, p).every((t) => t.kind === 'word' || OPEN_MARK_TOKEN.test(t.text) || CLOSE_MARK_TOKEN.test(t.text) || titled > 0 && t.text === ',');
    if (toks[p]?.lower === 'that' && p > m + 1 && (near || !RELATIVE_VERB.test(toks[p + 1]?.lower ?? ''))) return p + 1;
  }
  while (k < toks.length && k - cueLast < 9 && SKIP_BARE.test(toks[k]!.lower)) k++;
  return k;
}
// What may stand between a cue and its clause without "that": adverbs, days, a comma.
const SKIP_BARE = /^(?:on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|also|then|previously|repeatedly|again|publicly|privately|separately|earlier|later|,)$/;

const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
// The nouns of evidence a body publishes: "data from …", "a survey by …", "figures released by …".
const EVIDENCE_NOUN = /^(?:data|figures|numbers|statistics|estimates|records|documents|survey|poll|report|study|analysis|review|audit|count|tally|results|returns|projections)$/;

/**
 * "according to data from tanker-tracking firm Kestrel Maritime Analytics": the body that published the evidence
 * speaks, its mention the whole phrase ("data from … Analytics", as annotators mark it). The body's name follows "from"
 * or "by" (after "released", "published", "compiled" or a day) and up to three words saying what it is, within ten words
 * of the noun. Null when `who` is no such noun or no name follows.
 */
function evidenceOf(text: string, toks: readonly Token[], who: Mention): Mention | null {
  if (who.kind !== 'noun') return null;
  let k = toks.findIndex((t) => t.start >= who.end);
  if (k < 1 || !EVIDENCE_NOUN.test(toks[k - 1]!.lower)) return null;
  const limit = Math.min(toks.length, k + 10);
  while (k < limit && toks[k]!.kind === 'word' && !/^(?:from|by)$/.test(toks[k]!.lower) && (/^\p{Ll}/u.test(toks[k]!.text) || WEEKDAY.test(toks[k]!.lower))) k++;
  // (not the outlet that got hold of it: "court documents obtained by TMZ", "emails seen by Reuters")
  if (k >= limit || !/^(?:from|by)$/.test(toks[k]!.lower) || toks[k]!.lower === 'by' && /^(?:obtained|seen|reviewed|viewed|acquired|leaked|shared)$/.test(toks[k - 1]?.lower ?? '')) return null;
  let a = k + 1;
  while (a < limit && a - k <= 4 && toks[a]!.kind === 'word' && /^\p{Ll}/u.test(toks[a]!.text) && !/^(?:of|and|which|who|that)$/.test(toks[a]!.lower)) a++;
  if (!/^\p{Lu}/u.test(toks[a]?.text ?? '') || toks[a]!.kind !== 'word') return null;
  let b = a;
  while (b + 1 < toks.length && (/^\p{Lu}/u.test(toks[b + 1]!.text) && toks[b + 1]!.kind === 'word' || /^(?:of|the|and|for|&)$/.test(toks[b + 1]!.lower) && /^\p{Lu}/u.test(toks[b + 2]?.text ?? '') && toks[b + 1]!.start === toks[b]!.end + 1)) b++;
  const name = text.slice(toks[a]!.start, toks[b]!.end);
  return { kind: 'name', start: who.start, end: toks[b]!.end, text: text.slice(who.start, toks[b]!.end), name, title: null, gender: null };
}

/** "according to exit polls, …": the words up to the comma name the source. */
function sourcePhrase(text: string, toks: readonly Token[], from: number): Mention | null {
  let e = from;
  while (e < toks.length && e - from < 25 && (toks[e]!.kind === 'word' || /^[/&-]$/.test(toks[e]!.text))) e++;
  if (e === from || toks[e]?.text !== ',' && e < toks.length - 1) return null;
  // "according to plan", "according to tradition": a lone common noun names no source
  const only = toks[from]!;
  if (e - from === 1 && /^\p{Ll}/u.test(only.text) && !/s$/.test(only.lower) && !/\.[a-z]{2,}$/.test(only.lower)) return null;
  if (/^(plan|schedule|tradition|custom|law|rule|rules|protocol|script)$/.test(toks[e - 1]!.lower)) return null;
  return nounMention(text, toks, from, e - 1);
}

/** The token before "who" of a relative cue ("Smith, who said": the comma). */
function relativeStart(toks: readonly Token[], cueFirst: number): number {
  let i = cueFirst - 1;
  while (i > 0 && toks[i]!.lower !== 'who') i--;
  return i - 1;
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
  if (!head || i < floor || head.kind !== 'word' || !/^\p{Ll}+$/u.test(head.text) || DETERMINERS.has(head.lower) || /^(it|this|that|which|who|and|or|but|to|of|he|she|they|we|i|you|one)$/.test(head.lower)) return null;
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
  if (last < floor || toks[last]!.kind !== 'word' || /^(it|this|that|which|who|what|and|or|but|to|of|he|she|they|we|i|you|there)$/.test(toks[last]!.lower)) return null;
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
  return nounMention(text, toks, a, last);
}

// Words that open an introductory phrase, not a reported clause: "During the rally Monday, X said …".
const INTRO = /^(in|at|on|during|after|before|when|while|since|as|asked|speaking|in|with|without|for|from|by|under|over|earlier|later|meanwhile|however|though|although|yesterday|today)$/;
/** Whether the cue at `cue` stands in a clause that opens the sentence ("When he said …,", "Months after she mocked him …,"), before its comma. */
function inOpeningClause(toks: readonly Token[], from: number, cue: number): boolean {
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
function toComma(toks: readonly Token[], a: number, end: number): number {
  const comma = toks.findIndex((t, i) => i > a && i < end && t.text === ',');
  return comma > a ? comma : end;
}

/** "WASHINGTON (AP) — …", "CAMBRIDGE, Mass., Dec. 11 (UPI) — …": the index after a dateline's dash, or 0. */
function datelineEnd(toks: readonly Token[]): number {
  const first = toks[0];
  const stamp = timestampEnd(toks);
  if (stamp > 0) return stamp;
  if (!first || first.kind !== 'word' || !/^\p{Lu}{2,}$/u.test(first.text)) return 0;
  for (let j = 1; j < toks.length && j < 14; j++) if (/^(—|―|–|--)$/.test(toks[j]!.text)) return j + 1;
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
function opensWithIntro(toks: readonly Token[], k: number): boolean {
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

/** "During the rally Monday, …", "Last week, …": an introductory phrase, not a reported clause. */
const introAt = (toks: readonly Token[], k: number) => INTRO.test(toks[k]!.lower) || (/^(this|last|next|that)$/.test(toks[k]!.lower) && TIME_NOUN.test(toks[k + 1]?.lower ?? ''));

// Participles whose content is a noun phrase: "citing a threat to public health", "calling for a ban".
const OBJECT_PARTICIPLE = /^(citing|calling|urging|praising|criticizing|accusing|blaming|referring|talking)$/;

/**
 * "Clinton attacked Trump, saying he would …", "Bolton distanced himself by
 * saying he would …": the speaker is the subject that opens the sentence.
 */
function participles(text: string, toks: readonly Token[], si: number): IndirectQuote[] {
  const out: IndirectQuote[] = [];
  for (let i = 2; i < toks.length - 3; i++) {
    if (!PARTICIPLES.has(toks[i]!.lower) || !/^(,|by|while|after|before|—|–)$/.test(toks[i - 1]!.lower)) continue;
    const found = sayingClauseAt(text, toks, i, si);
    if (!found) continue;
    out.push(found.quote);
    i = found.end;
  }
  return out;
}

/**
 * The clause that the participle at `i` introduces, with its speaker, and the
 * token it ends at. Apart from participles's scan, which reads every token: a
 * rarely taken path inside a hot loop makes V8 drop and recompile the loop's
 * code each time it is first taken.
 */
function sayingClauseAt(text: string, toks: readonly Token[], i: number, si: number): { quote: IndirectQuote; end: number } | null {
  let k = i + 1;
  // ("…, telling reporters only that …", "assuring investors that …": past the listener, to its "that")
  if (/^(?:telling|assuring)$/.test(toks[i]!.lower)) {
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
  if (nounObject && /^(to|in|on|at|of|it|this|him|her|them)$/.test(toks[k]?.lower ?? '') && toks[i]!.lower !== 'urging' && !promise) return null;
  // the sentence's subject, after an introductory phrase
  let a = 0;
  if (introAt(toks, 0) || NOT_SUBJECT_START.test(toks[0]!.lower)) {
    a = toks.findIndex((t, j) => j < i && t.text === ',') + 1;
    if (a <= 0) return null;
  }
  while (a < i && (/^(but|and|so|yet|still|meanwhile|however|instead|also|then)$/.test(toks[a]!.lower) || toks[a]!.text === ",")) a++;
  // "…,'' he said, referring to …" / "said Ed Rendell, a former governor, referring to …": the speaker of that cue
  // (or of an act that attributes the quotation: "“…,” he vowed, adding …")
  // (not an infinitive, whose subject is the verb's before it: "declined to say whether …, telling reporters that …")
  const said = findCues(toks, Math.max(0, i - 14), i).filter((c) => !c.gerund && (isSpeech(c) || isAct(c)) && toks[c.first - 1]?.lower !== 'to').pop();
  // ("“…,” Ruiz stipulated, adding …": or a past tense no list holds, right before the comma, after its named subject)
  // ("“…,” he recited, referring to …", "“…,” the report expounds, citing …": or a pronoun, or any subject, and a verb
  // in the present too, where the verb attributes a quotation that ends right before its subject)
  const verb = i - 2;
  const unlisted = !said && toks[i - 1]?.text === ',' && verb > a && /^\p{Ll}{4,}(?:ed|[^su]s)$/u.test(toks[verb]!.text) && !NOT_SPEECH_CLAUSE.test(toks[verb]!.lower) ? subjectBefore(text, toks, verb, a) : null;
  const attributes = unlisted !== null && /^[”"»’']$/.test(toks[toks.findIndex((t) => t.start >= unlisted.start) - 1]?.text ?? '') && verbByTable(toks[verb]!.text);
  const named = unlisted && (attributes && (unlisted.kind !== 'pronoun' || unlisted.gender === 'm' || unlisted.gender === 'f') || !nounObject && /ed$/.test(toks[verb]!.lower) && namesPerson(unlisted)) ? unlisted : null;
  const who = said ? subjectBefore(text, toks, said.first, a) ?? subjectAfter(text, toks, said.last + 1, i) : named ?? subjectAfter(text, toks, a, i);
  if (!who || who.kind === 'pronoun' && who.gender === 'n') return null;
  const cue = tokenCue(toks, i, toks[i]!.lower, { gerund: true });
  return { quote: { ...spanOf(toks, k, e), rule: 'saying-clause', mention: who, cue, sentence: si }, end: e };
}

// Documents, records and footage that can be the subject of a verb of evidence.
const DOCUMENT = /^(polls?|polling|surveys?|study|studies|reports?|analysis|analyses|memos?|filings?|rulings?|emails|documents|records|data|figures|numbers|statistics|video|videos|footage|transcripts?|research|audit|review|census|tally|count|results|estimates|projections|models?)$/;

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
function documentOfPlace(toks: readonly Token[], at: number): boolean {
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

// The documents and polls that a sentence opening "In a … poll," reports from.
const SOURCE_DOC = /^(poll|polls|survey|surveys|study|studies|report|reports|analysis|interview|statement|letter|memo|filing|speech|op-ed|column|book|ruling|opinion|complaint|lawsuit|email|emails|tweet|tweets|post|video|ad|editorial|testimony|remarks|memoir|transcript|documents|indictment|affidavit|briefing)$/;

// The sources of SOURCE_DOC that carry a person's own words.
const SPOKEN_DOC = /^(interview|statement|letter|memo|speech|op-ed|column|book|email|emails|tweet|tweets|post|video|testimony|remarks|memoir|briefing)$/;

/**
 * "In an NBC News poll released Monday, 50 percent chose Clinton", "In a
 * statement, the company blamed …": what the poll or document says.
 */
function inSource(text: string, toks: readonly Token[], si: number, cues: readonly Cue[]): IndirectQuote[] {
  let i = 0;
  if (/^(but|and)$/.test(toks[0]?.lower ?? '')) i++;
  if (toks[i]?.lower !== 'in' || !DETERMINERS.has(toks[i + 1]?.lower ?? '') && !/[’']s$/.test(toks[i + 1]?.text ?? '')) return [];
  const comma = toks.findIndex((t, j) => j > i && j - i <= 16 && t.text === ',');
  if (comma < 0 || !toks.slice(i + 1, comma).some((t) => SOURCE_DOC.test(t.lower))) return [];
  // "In an interview, Smith said …": the cue after the comma reports it (and so does a verb no list holds, "In a
  // statement, the authority verbalized it …")
  if (findCues(toks, comma + 1, Math.min(toks.length, comma + 8)).some((c) => !c.gerund)) return [];
  const e = endOfClause(toks, comma + 1);
  // (past a longer subject with its appositions, "In a blog post, its president, Nick Clegg, and chief legal officer
  // Jennifer Newstead wrote …": a cue with no finite verb between the comma and it)
  // (a compound adjective in -ed is no finite verb: "Miriam Castellane, the exchange’s court-appointed administrator, wrote")
  if (findCues(toks, comma + 8, Math.min(toks.length, comma + LONG_SUBJECT)).some((c) => !c.gerund && !toks.slice(comma + 1, c.first).some((t) => finiteVerb(t) && !t.lower.includes('-')))) return [];
  if (cues.some((c) => c.structural && c.first > comma && c.first < comma + 8 && !c.gerund)) return [];
  if (wordsIn(toks, comma + 1, e) < MIN_WORDS || !hasVerbish(toks, comma + 1, e)) return [];
  // "In her remarks, Okafor thanked …", "In an interview, he said …": a person's own words, which
  // the venue only carries, are that person's ("In a poll, 50 percent chose …" are the poll's)
  const subject = toks.slice(i + 1, comma).some((t) => SPOKEN_DOC.test(t.lower)) ? subjectAfter(text, toks, comma + 1, e) : null;
  const person = subject && namesPerson(subject) ? subject : null;
  const source = person ?? nounMention(text, toks, i + 1, comma - 1);
  const cue = tokenCue(toks, i, 'in', { structural: true });
  return [{ ...spanOf(toks, comma + 1, e), rule: 'in-source', mention: source, cue, sentence: si }];
}

// Participles of how a source spoke, not of what it said: "asking not to be identified", "speaking on condition of
// anonymity", "declining to be named".
const MANNER_PARTICIPLE = /^(?:asking|speaking|requesting|declining|refusing)$/;

/** How many tokens a subject with its appositions may run to after "In a statement,". */
const LONG_SUBJECT = 24;

const POLL = new Set(['poll', 'polls', 'survey', 'surveys', 'average', 'averages', 'polling']);

/**
 * "Trump has a decisive lead in the polls", "Cruz came in second in January
 * polls": what the polls report, their finding before "in … polls".
 */
function inPolls(text: string, toks: readonly Token[], si: number): IndirectQuote[] {
  for (let j = 3; j < toks.length - 1; j++) {
    if (toks[j]!.lower !== 'in') continue;
    let p = j + 1;
    while (p < toks.length && p - j <= 7 && toks[p]!.kind === 'word' && !POLL.has(toks[p]!.lower)) p++;
    if (!POLL.has(toks[p]?.lower ?? '')) continue;
    // the poll ends the clause: "… in the polls." / "… in the polls, …" / "… in polls ahead of …"
    if (toks[p + 1] && toks[p + 1]!.kind === 'word' && !/^(of|by|released|conducted|ahead|in|this|last|since|taken)$/.test(toks[p + 1]!.lower)) continue;
    return standingInPolls(text, toks, j, p, si);
  }
  return [];
}

/**
 * The standing that "in" the polls at `j` (the poll word at `p`) reports, as
 * inPolls's one quote, or none. Apart from inPolls's scan of every "in": see
 * sayingClauseAt.
 */
function standingInPolls(text: string, toks: readonly Token[], j: number, p: number, si: number): IndirectQuote[] {
  let a = 0;
  const comma = toks.findIndex((t, i) => i < j && t.text === ',');
  if (comma > 0 && (introAt(toks, 0) || NOT_SUBJECT_START.test(toks[0]!.lower))) a = comma + 1;
  while (a < j && /^(but|and|so|yet|still|now|while)$/.test(toks[a]!.lower)) a++;
  if (NOT_SUBJECT_START.test(toks[a]?.lower ?? '') || introAt(toks, a)) return [];
  const words = wordsIn(toks, a, j);
  // "…, where he has had a big lead": the clause of the relative
  const where = toks.findIndex((t, i) => i >= a && i < j && /^(where|when)$/.test(t.lower));
  if (where >= 0) a = where + 1;
  // a standing in the race, which is what polls report
  if (words < 3 || words > 30 || !toks.slice(a, j).some((t) => /^(lead|leads|led|leading|trails|trailed|trailing|ahead|behind|second|third|fourth|fifth|points?|percent|edge|margin|advantage|deficit|tied|dead|heat|frontrunner|front-runner)$/.test(t.lower))) return [];
  const source = nounMention(text, toks, j + 1, p);
  const cue = tokenCue(toks, j, 'in', { structural: true });
  return [{ ...spanOf(toks, a, j), rule: 'in-polls', mention: source, cue, sentence: si }];
}

// The words that open the question after "asked": "whether", "if", a wh-word.
const QUESTION_WORD = /^(?:whether|if|what|who|whom|how|why|when|where|which)$/;
/**
 * "Asked whether he would run, Smith said …", "When asked about the deal, …":
 * the question put to the speaker; "A reporter asked Sanders how he felt": the
 * question and whom it was put to.
 */
function questions(text: string, toks: readonly Token[], si: number): IndirectQuote[] {
  const out: IndirectQuote[] = [];
  for (let i = 0; i < toks.length - 3; i++) {
    if (!ASKED.has(toks[i]!.lower)) continue;
    // (or a passive: "Sanders was asked by host John Dickerson whether …" puts the question to its subject)
    // ("Okonkwo, asked whether the vote would be challenged, was brief": so does a participle set off by commas)
    const opening = i === 0 || /^(when|if|after|once|being|was|were|is|are|been|be)$/.test(toks[i - 1]!.lower) || toks[i - 1]!.text === ',' && i >= 2 && toks[i - 2]!.kind === 'word' && QUESTION_WORD.test(toks[i + 1]?.lower ?? '');
    let k = i + 1;
    let asker: Mention | null = null;
    if (opening) {
      // "Asked by Stephanopoulos", "Asked on Fox News"
      if (/^(by|on|in|during)$/.test(toks[k]!.lower)) {
        const by = toks[k]!.lower === 'by';
        let j = k + 1;
        // ("asked by host John Dickerson": a role before the name)
        while (j < toks.length && j - k <= 5 && toks[j]!.kind === 'word' && (/^\p{Lu}/u.test(toks[j]!.text) || by && ROLE_NOUNS.has(toks[j]!.lower) && /^\p{Lu}/u.test(toks[j + 1]?.text ?? ''))) j++;
        // ("asked by a reporter whether …": a noun with its article)
        if (by && j === k + 1 && DETERMINERS.has(toks[j]?.lower ?? '')) {
          let d = j + 1;
          while (d < toks.length && d - j <= 2 && toks[d]!.kind === 'word' && /^\p{Ll}/u.test(toks[d]!.text) && !QUESTION_WORD.test(toks[d]!.lower)) d++;
          if (d > j + 1 && QUESTION_WORD.test(toks[d]?.lower ?? '')) j = d;
        }
        if (by && j > k + 1) asker = subjectAfter(text, toks, k + 1, j);
        k = j;
      }
      // ("Asked about the stadium, …" opening a sentence names a topic, not a question: the answer after it is the statement)
      if (!QUESTION_WORD.test(toks[k]?.lower ?? '') && !/^(?:to|about)$/.test(toks[k]?.lower ?? '') || toks[k]!.lower === 'about' && i <= 1) continue;
      let e = k + 1;
      while (e < toks.length && toks[e]!.text !== ',' && !/^[.;:?]$/.test(toks[e]!.text)) e++;
      // "Asked about the stadium, …" at the sentence's start; "…, when asked whether …." at its end
      if (i <= 1 ? toks[e]?.text !== ',' : e < toks.length - 2 && toks[e]?.text !== ',') continue;
      if (e - k < 2) continue;
      const cue = tokenCue(toks, i, 'ask');
      out.push({ ...spanOf(toks, k, e), rule: 'asked-question', mention: asker, cue, sentence: si });
      i = e;
      continue;
    }
    // "X asked Y whether …", "X asked Y to …"
    // ("He shook hands and asked workers if …": the subject of the sentence, for a second verb)
    const before = subjectBefore(text, toks, i, 0);
    const second = !before && toks[i - 1]?.lower === 'and';
    const who = before ?? (second ? subjectAfter(text, toks, openingPhraseEnd(toks, 0), i) : null);
    if (!who || who.kind === 'pronoun' && who.gender === 'n') continue;
    let j = k;
    if (toks[j] && DETERMINERS.has(toks[j]!.lower)) j++;
    while (j < toks.length && j - k < 4 && toks[j]!.kind === 'word' && !/^(whether|if|what|which|who|how|why|to|that|for|about)$/.test(toks[j]!.lower)) j++;
    // ("We asked our followers which candidate won …", "… who their favorite speaker was")
    // (a second verb of the subject puts a question only: "… and asked workers if …", not "… and asked the crowd to …")
    if (!/^(whether|if|how|why|what|which|who|to|about)$/.test(toks[j]?.lower ?? '') || toks[j]!.lower === 'about' && j === k || second && !QUESTION_WORD.test(toks[j]!.lower)) continue;
    // ("After the board asked the staff to …, Ortega said …": the question ends with its opening clause)
    let e = endOfClause(toks, j + 1);
    if (inOpeningClause(toks, 0, i)) e = toComma(toks, j, e);
    if (e - k < 3) continue;
    const cue = tokenCue(toks, i, 'ask');
    // (the question without the one it was put to: "asked her what comes next"; a request keeps its listener, "asked
    // workers to leave", as the PolNeAR annotators mostly mark it)
    out.push({ ...spanOf(toks, QUESTION_WORD.test(toks[j]!.lower) ? j : k, e), rule: 'asked-question', mention: who, cue, sentence: si });
    i = e;
  }
  return out;
}

// "asked", and the spinner's "requested" for it ("requested whether the deal …").
// (sets, not /^(…)$/ tests: these are asked of every word of a sentence, and a set answers in a third of the time)
const ASKED = new Set(['asked', 'requested']);

/** "…, adding that CLAUSE": a second statement of the same speaker. */
function adding(toks: readonly Token[], from: number, who: Mention, si: number, out: IndirectQuote[]): void {
  if (toks[from]?.text !== ',') return;
  const c = cueAt(toks, from + 1);
  if (!c || !c.gerund) return;
  let k = c.last + 1;
  if (toks[k]?.lower === 'that') k++;
  const e = endOfClause(toks, k);
  if (e - k >= MIN_WORDS) out.push({ ...spanOf(toks, k, e), rule: 'adding-that', mention: who, cue: c, sentence: si });
}

// Words that open a phrase, not a subject: "Despite heightened efforts", "Less than 30 minutes later".
const NOT_SUBJECT_START = /^(in|at|on|during|after|before|when|while|since|as|with|without|for|from|by|under|over|despite|given|among|amid|then|soon|moments|less|more|once|until|unless|if|even|because|which|where|who|that|though|although|to|into|through|about)$/;
const DETERMINER_LIKE = /^(the|a|an|this|that|these|those|his|her|its|their|our|my|your|of|in|on|at|for|to|from|by|with|and|or|new|more|most|some|many|all|any|no|other|such)$/;

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

// hasVerbish's words, asked of every word of a clause (sets: see ASKED)
const VERBISH_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'should', 'must', 'has', 'have', 'had', 'does', 'did', 'do', 'may', 'might', 'shall']);
const VERBISH_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);

/** A word that is surely a finite verb or an auxiliary: "was", "has", "won't", "blamed", "said" (not "affairs"). */
function finiteVerb(t: Token): boolean {
  const w = t.lower;
  return VERBISH_AUXILIARIES.has(w) || /ed$/.test(w) && !/eed$/.test(w) || /n[’']t$/.test(w) || IRREGULAR_PAST.has(w);
}

/** A lower-case word in "s" but not "ss": a plural noun or a verb's third person ("protests", "demands", "worries"). */
const pluralForm = (t: Token | undefined): boolean => t !== undefined && /^\p{Ll}+[^s]s$/u.test(t.text);

// Words before a plural subject: "all staffers", "the voters", "his friends".
const PLURAL_DETERMINER = new Set(['the', 'these', 'those', 'his', 'her', 'their', 'our', 'its', 'my', 'your', 'all', 'many', 'most', 'some', 'several', 'both', 'few', 'other', 'more']);

/** A clause has a finite verb, roughly: some word that is not a name, a number or a function word. */
function hasVerbish(toks: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const w = toks[k]!.lower;
    // (a present tense in -es too: "Syria remains")
    if (finiteVerb(toks[k]!) || /es$/.test(w) && !/ees$/.test(w)) return true;
    // "she’ll", "they’re", "we’ve": a pronoun with its auxiliary
    if (/^(he|she|it|they|we|i|you|there|that)[’'](ll|d|re|ve|s|m)$/.test(w)) return true;
    // "the committee appears", "Syria remains": a present-tense verb after its subject
    if (k > a && k - a <= 5 && !NOT_SUBJECT_START.test(toks[a]!.lower) && /^\p{L}/u.test(toks[k - 1]!.text) && /^\p{Ll}/u.test(toks[k]!.text) && /^\p{Ll}{2,}[^su]s$/u.test(w) && !/^(this|thus|plus|perhaps|towards|afterwards|always|sometimes|news|series|means)$/.test(w) && toks[k - 1]!.kind === 'word' && !DETERMINER_LIKE.test(toks[k - 1]!.lower)) return true;
    // "she plans to …": a pronoun subject and the word after it
    if (VERBISH_PRONOUNS.has(w) && toks[k + 1]?.kind === 'word' && /^\p{Ll}/u.test(toks[k + 1]!.text)) return true;
    // "people misunderstand Trump", "voters want change": a plural noun opening the clause and a verb in the present
    // ("said all staffers sign NDAs", "his friends feel the same way": and after a determiner or a quantifier)
    const subject = k === a + 1 ? a : k === a + 2 && PLURAL_DETERMINER.has(toks[a]!.lower) ? a + 1 : -1;
    if (subject >= 0 && /^\p{Ll}/u.test(toks[subject]!.text) && (/^\p{Ll}{3,}[^su]s$/u.test(toks[subject]!.lower) || /^(?:people|men|women|children|police)$/.test(toks[subject]!.lower)) && /^\p{Ll}{3,}$/u.test(toks[k]!.text) && !/(?:s|ed|ing|ly)$/.test(w) && toks[k + 1]?.kind === 'word' && verbByTable(w)) return true;
  }
  return false;
}

