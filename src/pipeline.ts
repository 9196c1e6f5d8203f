// Composes the stages for one document:
// quote spans → sentences → cues and frames → speaker resolution → outlet.
import { scanQuotes } from './scan/quotes.js';
import { NEAR_TURN, findTurns, linesBetween, type Turn } from './scan/turns.js';
import { boilerplateRanges } from './scan/boilerplate.js';
import { findIndirect, headline, INDIRECT_RULES, type IndirectQuote } from './attribute/indirect/index.js';
import { attributionAt, findCues } from './attribute/cues.js';
import { isSpace, tokenize } from './scan/tokens.js';
import { splitSentences, sentenceAt, type Sentence } from './scan/sentences.js';
import { isNotSpeech, looksLikeTitle, spokenBefore, spokenVerbAt, type Place } from './scan/titles.js';
import { RULES, frame as ruleFrame, frameAbsoluteBetween, frameAfter, frameAgent, frameBefore, frameLater, frameNaming, frameNearest, frameRelativeNaming, framePersonNarrated, framePrevious, frameSubject, quotedAs, type Frame } from './attribute/frames.js';
import { BOOK_CHARS, buildRegistry, resolveMention, learn, learnEpithets, knownWord, mayNamePerson, type DialogueTurn } from './attribute/speakers.js';
import { namesPerson, subjectAfter, type Mention } from './attribute/mentions.js';
import { describesOutlet, findOutlet, transcriptPublisher, isListedOutlet, isMediumNoun, isMediaName, outletNamed, type OutletHit } from './attribute/outlets.js';
import { notPast, outletFor, outletScope, type OutletScope } from './attribute/scope.js';
import type { ExtractOptions, Quote, QuoteSpan, QuoteType } from './types.js';
import { HONORIFICS, ORG_WORDS, ROLE_NOUNS } from './lexicon/people.js';
import { isGivenName } from './attribute/names.js';
import { isDictionaryWord } from './nlp/compromise.js';
import { SOURCE } from './lexicon/speech.js';
import { partitionPoint } from './bisect.js';
import { breaksParagraph, isHardWrapped, lineBreakBefore, paragraphEnd, paragraphPieces, paragraphStart } from './scan/paragraphs.js';
import { lazily } from './lazy.js';


// "… claimed that “", "… said on Tuesday that “": a quotation that completes a clause of "that".
const THAT_BEFORE = /(?<![\p{L}])that\s*$/u;
// A clause of its own right after a cue: a determiner, a pronoun or a name, then a word ("said the two cases were …").
const OWN_CLAUSE_AFTER = /^\s+(?:that\s+)?(?:the|a|an|his|her|their|its|this|these|those|he|she|they|it|we|\p{Lu}[\p{Ll}’'.-]+)\s+\p{L}/u;

/** How far (UTF-16 units) before and after a quotation its outlet is looked for. */
const OUTLET_REACH = 400;

interface Work {
  span: QuoteSpan;
  sentence: number;
  frame: Frame | null;
  type: QuoteType;
  quote: Quote | null;
  /** Reported speech that continues the indirect quote before it (one statement, one group). */
  joined?: boolean;
  /** Reported speech on either side of a mixed quote's fragment in one statement ("said A and that “…”"). */
  fragment?: 'before' | 'after';
}

export function extract(text: string, options: ExtractOptions = {}): Quote[] {
  const boiler = boilerplateRanges(text);
  // is the text hard-wrapped (a line break inside a paragraph a space)? decided once, read by every stage
  const wrapped = isHardWrapped(text);
  const spans = withoutBoilerplate(withTurns(scanQuotes(text, wrapped), findTurns(text)), boiler);
  const sentences = splitSentences(text, spans, attributionAt, wrapped);
  // (a transcript turn's words are its speaker's as a quotation's are: "… the bottom of Calloway Bayou" takes up no "he")
  const said = spans.filter((s) => s.marked || isTurn(s));
  const registry = buildRegistry(text, (at) => overlapsAny(said, at, at + 1));
  // (is a word part of a name this document uses? one test for every frame reader below)
  const isName = (word: string) => knownWord(registry, word);
  const works: Work[] = [];
  /** The subject of a verb of naming before the fragment, within `near` units of it ("she called the plan “…”"). */
  const namingFrame = (w: Work, near = Infinity): Frame | null => {
    const from = sentenceStart(w, sentences);
    const verb = spokenVerbAt(text.slice(from, w.span.open));
    return verb !== null && w.span.open - (from + verb) <= near ? frameNaming(text, w.span, from, from + verb) : null;
  };
  // does the article quote with double marks? then a paragraph of a few words in single marks is a subhead
  const doubleStyle = spans.filter((s) => isSingleMark(text[s.open])).length * 2 < spans.length;
  // a headline's attribution ("Rao: Harbour Plan Is “Dead in the Water”"): its speaker's, the quotations inside it
  const title = headline(text, sentences);
  const titleFrame: Frame | null = title ? indirectFrame(title) : null;
  let qa: QandA | null | undefined;
  // the broadcast or interview a transcript comes from, named in its introduction (a story may give two transcripts)
  let transcriptOutlet: OutletHit | null | undefined;
  let lastTurnEnd = -1;
  const transcriptOutlets = new Map<QuoteSpan, OutletHit | null>();
  // the quotations left out as titles of works or names ("“The Long Night”")
  const titles = new Set<QuoteSpan>();
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k]!;
    const si = sentenceAt(sentences, span.start);
    const sent: Sentence = si >= 0 ? sentences[si]! : { start: span.open, end: span.close };
    const prev = spans[k - 1];
    // (a nickname inside the name of the attribution is no quotation that ends it: “…!” state Del. Marcia “Cia” Price
    // shouted; nor is a title inside its apposition: “…,” Anna Ruiz, host of “Harbour Talk,” said)
    let n = k + 1;
    while (spans[n] && (nicknameInName(text, spans[n]!) || n === k + 1 && titleInAttribution(text, span, spans[n]!))) n++;
    const next = spans[n];
    // (a title left out above is no quotation that bounds the attribution: "Lund, the author of “The Long Night,”
    // said", "during a “Leaders Forum” sponsored by CBC and said she …: “…”"; a cue before the title is, below)
    let fence = prev;
    for (let j = k - 2; fence && titles.has(fence); j--) fence = spans[j];
    const from = fence && fence.close > sent.start && fence.close <= span.open ? fence.close : sent.start;
    const bound = prev && prev.close > sent.start && prev.close <= span.open ? prev.close : sent.start;
    const to = next && next.open < sent.end && next.open >= span.close ? next.open : Math.max(sent.end, span.close);
    if (isTurn(span)) {
      if (qa === undefined) qa = questionAndAnswer(text, span.labelStart);
      // (not an outlet of an earlier occasion: "She told the BBC in 2019 that …" before a magazine's own Q&A; where the
      // introduction says who spoke to whom, only that sentence names the outlet: "… spoke to the BBC's Ana Costa")
      // (or the body the introduction says released the transcript: "The Kremlin released a transcript of the call")
      // (of an outlet and a body that released the transcript, the one named nearer the turns: "… told AFP. ⏎ The
      // Presidency released a transcript …")
      // (a body that released a transcript between this turn and the last, after other paragraphs, introduces a new one)
      if (transcriptOutlet !== undefined && !qa && linesBetween(text, lastTurnEnd, span.start) > NEAR_TURN) transcriptOutlet = transcriptPublisher(text, Math.max(lastTurnEnd, span.labelStart - 800), span.labelStart) ?? transcriptOutlet;
      lastTurnEnd = span.end;
      // (or, where that sentence names none, the programme the introduction says the transcript is an episode of: "This is
      // an edited transcript of an episode of Deep Field, a weekly science podcast. Host Ottilie Brennagh spoke with …")
      if (transcriptOutlet === undefined) transcriptOutlet = qa?.outlet ?? notPast(text, qa?.at ? findOutlet(text, qa.at[0], qa.at[1], [], null) ?? episodeOf(text, span.labelStart) : nearer(findOutlet(text, Math.max(0, span.labelStart - 800), span.labelStart, [], null), transcriptPublisher(text, Math.max(0, span.labelStart - 800), span.labelStart)));
      transcriptOutlets.set(span, transcriptOutlet ?? null);
      works.push({ span, sentence: si, frame: turnFrame(text, span, qa), type: 'direct', quote: null });
      continue;
    }
    // (a headline in single marks quotes as one statement, "Graham: Trump’s ‘Hateful Rhetoric’ Destroying …": its
    // marks are no quotations of their own unless one holds the whole statement, "Trump: ‘I’m the Worst …’")
    const inTitle = title !== null && span.open >= title.start && span.close <= title.end;
    if (inTitle && isSingleMark(text[span.open]) && (span.open > title.start || span.close < title.end - 1)) continue;
    let after = frameAfter(text, span, to) ?? frameAgent(text, span, from, to);
    // (the cue of an attribution read past a title comes after it: "… to Urge Voters to ‘Turn Away’ from ‘Cheats’"
    // has none)
    let before = after ? null : frameBefore(text, span, from);
    // A cue after the quotation that yields it to the cue before it:
    // ("Moreau said the enclosures were “decades out of date”, according to Reuters": the medium that carried the words
    // is no speaker of them where a cue before the quotation names one, not a noun; it stays the outlet)
    const medium = after?.cue && SOURCE.has(after.cue.lemma) && after.mention && (outletNamed(text, after.mention) !== null || isMediaName(after.mention.text.replace(/^the\s+/i, '')));
    // ("But even as Trump claimed that “…,” one of the prosecutors said the two cases were quite different": a quotation
    // that completes "claimed that" is its clause's; the cue after it has a clause of its own)
    // (the speaker named before its cue: after "said Sylke Tempel" the name is the speaker, no clause)
    const completes = after?.cue && !after.cue.gerund && after.mention && after.mention.end <= after.cue.start && THAT_BEFORE.test(text.slice(Math.max(from, span.open - 12), span.open)) && OWN_CLAUSE_AFTER.test(text.slice(after.cue.end, after.cue.end + 24));
    if (medium || completes) {
      const said = frameBefore(text, span, from);
      if (said?.cue && !said.cue.gerund && said.mention && (completes || said.mention.kind !== 'noun')) {
        after = null;
        before = said;
      }
    }
    if (before?.cue && before.cue.start < bound) before = frameBefore(text, span, bound);
    const later = after || before ? null : frameLater(text, span, to);
    const headed = inTitle ? titleFrame : null;
    const frame = quotedAs(text, after ?? before ?? later ?? dashLine(text, span, wrapped) ?? (text.length < BOOK_CHARS ? takenUpNext(text, span, wrapped) : null) ?? headed);
    const adjacent = Boolean(after) || Boolean(before && (before.rule === 'subject-cue-colon' || before.rule === 'according-to' || before.rule === 'subject-cue'));
    const lead = text.slice(from, span.open);
    const content = text.slice(span.start, span.end);
    // “Miss Piggy” and “Miss Housekeeping”: a quotation coordinated with a kept one is kept too
    const coordinated = prev !== undefined && works[works.length - 1]?.span === prev && COORDINATION.test(text.slice(prev.close, span.open));
    // ("starred in “Harbour Lights” and “Keepers of the Flame,”": and a title coordinated with a title left out is one too)
    if (prev !== undefined && titles.has(prev) && TITLE_LIST.test(text.slice(prev.close, span.open)) && !/\n\s*\n/.test(text.slice(prev.close, span.open)) && looksLikeTitle(content)) {
      titles.add(span);
      continue;
    }
    // (a headline's words are all in capitals, so its quotation reads as a title: the headline's colon decides)
    // ("Rao: ‘We Will Not Back Down’": marks that hold a headline's whole statement quote it, in capitals as it is)
    // (the statement may end before a closing straight mark it took for an apostrophe: "Rao: 'We Will Not Back Down'")
    const wholeStatement = title !== null && span.open >= title.start && span.open <= title.start + 1 && span.close <= title.end + 1 && span.close + 1 >= title.end;
    if (!coordinated && !wholeStatement && (headed === null || frame !== headed) && isNotSpeech(content, lead, text.slice(span.close, Math.min(span.close + 40, to)), adjacent, placeOf(text, span.open))) {
      if (looksLikeTitle(content)) titles.add(span);
      continue;
    }
    if (doubleStyle && isSubhead(text, span)) continue;
    works.push({ span, sentence: si, frame, type: quoteType(text, span, from, frame), quote: null });
  }

  // reported speech in the sentences around: clauses that no quotation overlaps
  if (!options.types || options.types.includes('indirect')) {
    const inBoiler = (a: number, b: number) => boiler.some(([x, y]) => x < b && a < y);
    const overlaps = (a: number, b: number) => overlapsAny(spans, a, b) || inBoiler(a, b);
    // (a headline's statement holds the quotations in single marks that were no quotes of their own, above)
    const titleBusy = (a: number, b: number) => works.some((w) => w.span.open < b && a < w.span.close) || inBoiler(a, b);
    for (const iq of findIndirect(text, sentences, overlaps, titleBusy, title)) {
      const span: QuoteSpan = { open: iq.start, close: iq.end, start: iq.start, end: iq.end, marked: false, group: null, continued: false };
      works.push({ span, sentence: iq.sentence, frame: indirectFrame(iq), type: 'indirect', quote: null, joined: iq.joined === true, fragment: iq.afterFragment ? 'after' : iq.beforeFragment ? 'before' : undefined });
    }
    works.sort((a, b) => a.span.start - b.span.start);
  }
  if (!works.length) return [];
  // in a book, whom its epithets stand for, read from its dialogue before any speaker is resolved
  if (text.length >= BOOK_CHARS) learnEpithets(registry, dialogueTurns(text, works, wrapped));

  let group = spans.reduce((g, s) => Math.max(g, s.group ?? 0), 0);
  const scope = outletScope(text, (name, at) => resolveMention(registry, { kind: 'name', start: at, end: at, text: name, name, title: null, gender: null }, at).speaker ?? name, (name) => mayNamePerson(registry, name));
  const doc: Doc = { text, registry, sentences, works, options, scope, transcriptOutlets, resolved: new Map() };
  const out: Quote[] = [];
  let prev: Work | undefined;
  let lastIndirect: Quote | undefined;
  // the people an attribution has named as speakers so far (the ones a line of dialogue may address)
  const spoken = new Set<string>();
  for (let k = 0; k < works.length; k++) {
    const w = works[k]!;
    if (w.type === 'indirect') {
      const q = toQuote(doc, w, w.frame, null, null, k);
      const lead = w.joined ? lastIndirect : undefined;
      if (lead) q.group = lead.group ??= ++group;
      w.quote = q;
      out.push(q);
      lastIndirect = q;
      continue;
    }
    let frame = w.frame;
    // "what former employees have called a “fraudulent scheme” took a turn when the candidate said …": a verb of
    // naming right before the fragment has its own subject, which a cue later in the sentence does not override
    if (frame?.rule === 'sentence-cue-after' && w.type === 'mixed') frame = namingFrame(w, NAMING_NEAR) ?? frame;
    // ("The union rejected what management called its “…”": a relative clause of naming has a subject of its own)
    if (w.type === 'mixed') frame = frameRelativeNaming(text, w.span, sentenceStart(w, sentences), frame) ?? frame;
    let groupId = w.span.group;
    let inherited: 'same-sentence' | 'continuation' | null = null;
    if (prev && prev.quote) {
      const sameSentence = prev.sentence === w.sentence && w.sentence >= 0;
      // “A,” she said, “B.”: one quotation interrupted by its attribution
      const interrupted = sameSentence && prev.frame?.after && prev.frame.cue && (!frame || (!frame.after && frame.cue?.start === prev.frame.cue.start));
      if (interrupted) {
        frame = prev.frame;
        inherited = 'same-sentence';
        groupId = prev.quote.group ?? ++group;
        prev.quote.group = groupId;
        if (prev.type === 'direct') w.type = 'direct';
      } else if (!frame && sameSentence && prev.frame) {
        // (in news, not past a second absolute phrase with its own person: "… with Ashford accusing him of “…” and
        // Renner casting her as a senator who has “…”")
        const absolute = w.type === 'mixed' && text.length < BOOK_CHARS && prev.frame.rule === 'sentence-subject' ? frameAbsoluteBetween(text, prev.span.close, w.span.open) : null;
        if (absolute) frame = absolute;
        else {
          frame = prev.frame;
          inherited = 'same-sentence';
        }
      } else if (!frame && w.type === 'direct' && (frame = laterInParagraph(text, works, k, wrapped))) {
        // “…” ⏎ “… here he hesitated. “…,” he added.: one paragraph, one speaker, named after its first quotation
        inherited = 'continuation';
      } else if (!frame && w.type === 'direct' && w.sentence > 0 && colonAbove(text, prev.span, w.span, wrapped) && (frame = previousSentenceFrame(text, w, sentences, prev, isName, wrapped))) {
        // “…,” said she. ⏎ Lady Catherine began in the following manner:-- ⏎ “…”: the person of the paragraph that
        // introduces the line, before any turn of an exchange
      } else if (!frame && w.type === 'direct' && prev.frame && (frame = addressedTurn(doc, k, prev, w, wrapped, spoken))) {
        // “…, Fanny?” said Edmund. ⏎ “…” ⏎: the one addressed answers
      } else if (!frame && w.type === 'direct' && prev.frame && (frame = addresseeTurn(doc, k, prev, w, wrapped, spoken))) {
        // “…,” said Mrs. Bennet to Miss Lucas. ⏎ “…”: the one it was said to answers
      } else if (!frame && w.type === 'direct' && prev.frame && (frame = otherTurn(text, works, k, prev, w, wrapped))) {
        // “…,” said Henry. ⏎ “…,” said Catherine. ⏎ “…” ⏎: an exchange of two, so Henry again
        inherited = 'continuation';
      } else if (!frame && w.type === 'direct' && prev.frame && continues(text, prev.span, w.span, wrapped)) {
        // the person of the narration that opens the paragraph first ("Alice felt …, so she tried another question.
        // “…”"; in an article only a person it names, "Ana Ruiz shrugged. “…”"), or a cue that closes the paragraph
        // before, after the quotation in it ("“…,” said Jane. As they went down together, Charlotte said,⏎“…”";
        // previousSentenceFrame passes over the sentence that holds the quotation). The two never meet: one needs
        // words before the quotation in its paragraph, the other none.
        if (w.sentence > 0 && narratedBefore(text, prev.span, w.span, wrapped)) {
          const narrated = previousSentenceFrame(text, w, sentences, prev, isName, wrapped);
          frame = narrated && (text.length >= BOOK_CHARS || narrated.mention?.kind === 'name') ? narrated : null;
        } else if (w.sentence > 0 && introducedAbove(text, prev.span, w.span, wrapped)) frame = previousSentenceFrame(text, w, sentences, prev, isName, wrapped);
        if (!frame) {
          frame = prev.frame;
          inherited = 'continuation';
        }
      } else if (groupId !== null && prev.span.group === groupId && prev.frame && !frame) {
        frame = prev.frame;
        inherited = 'continuation';
      }
    }
    // (in a book, a line that addresses its inherited speaker by name is the other party's: "“…, my dear Fanny, …”")
    if (frame && inherited === 'continuation' && w.type === 'direct' && text.length >= BOOK_CHARS) frame = notTheAddressed(doc, k, w, frame) ?? frame;
    if (!frame && w.type === 'direct' && w.sentence > 0) frame = previousSentenceFrame(text, w, sentences, prev, isName, wrapped);
    if (!frame && w.type === 'mixed') frame = frameSubject(text, w.span, sentenceStart(w, sentences), isName);
    // "Rao rated the timetable “poor”": the subject of the naming verb
    if (!frame && w.type === 'mixed') frame = namingFrame(w);
    // a few words in marks that nobody is said to have said: a term or a scare quote ("super PACs")
    // (unless the words before say someone coined or used them: dubbed “…”, the phrase “…”)
    const term = !frame && w.type === 'mixed' && groupId === null && wordCount(text, w.span) <= SCARE_QUOTE_WORDS && !sentenceHasCue(text, sentences, w);
    const before = term ? text.slice(Math.max(sentenceStart(w, sentences), w.span.open - SPOKEN_REACH), w.span.open) : '';
    if (term && !spokenBefore(before)) continue;
    // (kept by a word of coining alone, "nicknamed", "the slogan", not by a verb of calling: "Calls men names, like “pigs”")
    const coinedOnly = term && spokenVerbAt(before) === null;
    // a fragment kept with nobody named yet: the subject of its clause, as a guess
    if (!frame && w.type === 'mixed') {
      frame = frameNearest(text, w.span, sentenceStart(w, sentences), isName);
      // (a term kept only because the words before coin it, with no one to have coined it, quotes no one: "Nicknamed
      // “the Bullet Train” in Japan, …", "runs under the slogan “…”")
      if (coinedOnly && !frame) continue;
      // "“It's an enormous moment,” said Steve Schmidt, …. Unless rivals quit the race, “it's very difficult to see
      // how he is stopped.”": words in marks that no person in their sentence says, after a line of the same
      // paragraph whose speaker is known, go on with that line (a few words only, a term or a scare quote, do not)
      if (!(frame?.mention && namesPerson(frame.mention)) && prev?.frame && prev.quote?.speaker && isLine(prev) && wordCount(text, w.span) >= CONTINUED_WORDS && paragraphStart(text, prev.span.open, wrapped) === paragraphStart(text, w.span.open, wrapped)) {
        frame = prev.frame;
        inherited = 'continuation';
      }
    }
    w.frame = frame;
    const q = toQuote(doc, w, frame, inherited, groupId, k);
    w.quote = q;
    out.push(q);
    prev = w;
    if (!inherited && q.speaker && frame?.mention?.kind === 'name') spoken.add(q.speaker);
  }
  // "carry “a great deal of weight” and bring the “grass-roots firepower” they need, Neil Sroka said.": the
  // attribution that closes the sentence was read past the later fragment only; the earlier ones take its frame
  let later: Work | undefined;
  let index: Map<Quote, number> | undefined;
  for (let k = works.length - 1; k >= 0; k--) {
    const w = works[k]!;
    if (!w.quote) continue;
    // (over a guess from the clause's subject too: "the deal will carry “real weight” …, Baptiste said.")
    const guess = !w.frame || w.frame.rule === 'sentence-subject' || w.frame.rule === 'nearest-subject';
    // (and the attribution right after a later fragment coordinated with this one: "Guns are “…” and “…,” Dean said")
    const joined = later?.frame?.after === true && /^quote-(?:subject-cue|cue-subject|subject-verb)$/.test(later.frame.rule) && COORDINATION.test(text.slice(w.span.close, later.span.open));
    if (guess && w.type === 'mixed' && w.sentence >= 0 && later?.sentence === w.sentence && (later.frame?.rule === 'sentence-cue-after' || joined)) {
      w.frame = later.frame;
      const q = toQuote(doc, w, w.frame, 'same-sentence', w.quote.group, k);
      index ??= new Map(out.map((o, i) => [o, i]));
      out[index.get(w.quote)!] = q;
      w.quote = q;
    }
    later = w;
  }
  group = groupWithFragments(works, group);
  fillGroups(out);
  const types = options.types;
  return types ? out.filter((q) => types.includes(q.type)) : out;
}

/**
 * "said the tactics had been “stuck in 2014” and that the federation should have acted": the reported clause after (or
 * before) a mixed quote's fragment in one statement shares the fragment's group, where the two have one speaker.
 * Returns the last group id used.
 */
function groupWithFragments(works: readonly Work[], group: number): number {
  for (let k = 0; k < works.length; k++) {
    const w = works[k]!;
    if (!w.fragment || !w.quote) continue;
    const step = w.fragment === 'after' ? -1 : 1;
    for (let j = k + step; j >= 0 && j < works.length && works[j]!.sentence === w.sentence; j += step) {
      const f = works[j]!;
      if (f.type !== 'mixed' || !f.quote) continue;
      if (f.quote.speaker === w.quote.speaker) w.quote.group = f.quote.group ??= ++group;
      break;
    }
  }
  return group;
}

/**
 * The pieces of one multi-paragraph quotation share its speaker: the
 * attribution usually stands with the last piece (“…⏎“…,” Pryce said.), so
 * earlier pieces take it from there.
 */
function fillGroups(quotes: Quote[]): void {
  const byGroup = new Map<number, Quote>();
  for (const q of quotes) if (q.group !== null && q.speaker !== null && !byGroup.has(q.group)) byGroup.set(q.group, q);
  for (const q of quotes) {
    if (q.group === null || q.speakerMention !== null) continue;
    const src = byGroup.get(q.group);
    if (!src) continue;
    q.speaker = src.speaker;
    q.speakerMention = src.speakerMention;
    q.speakerTitle = src.speakerTitle;
    q.cue = src.cue;
    q.rule = `group:${src.rule}`;
    q.confidence = Math.min(src.confidence, 0.8);
    if (q.outlet === null || q.outletMention === null) {
      q.outlet = src.outlet ?? q.outlet;
      q.outletMention = src.outletMention;
    }
  }
}

/** How much of the sentence before a fragment spokenBefore is given (it reads the last 160 characters). */
const SPOKEN_REACH = 200;

/** How many words a quoted fragment needs to go on with the speaker of the line before it in its paragraph. */
const CONTINUED_WORDS = 4;

/** How far back (UTF-16 units) a reply's other speaker is looked for in a book's dialogue. */
const DIALOGUE_REACH = 1500;

/**
 * A line of dialogue: a direct quotation, or one that narration opens in its
 * sentence when its attribution follows it ("After an interval of silence,
 * “I think they might have staid for me,” said he.").
 */
const isLine = (w: Work): boolean => w.type === 'direct' || w.frame?.after === true;

/**
 * In a book, may the quotation `c` (the work `k`) answer the line `prev`: a
 * paragraph that opens with the quotation and holds no other, right after the
 * paragraph of that line (at most a short attribution left in it), whose
 * speaker is known?
 */
function answersLine(text: string, works: readonly Work[], k: number, prev: Work, c: Work, wrapped: boolean): boolean {
  if (text.length < BOOK_CHARS || !isLine(prev) || !prev.quote?.speaker || !c.span.marked) return false;
  if (!opensParagraph(text, c.span.open, wrapped) || !nextParagraph(text, prev.span.close, c.span.open, wrapped)) return false;
  // (narration may follow the quotation in its paragraph, "“Why? Because you were not free …” She put her free hand up
  // to his shoulder": no attribution was read there, so the line is still the answer; another quotation may not)
  const end = paragraphEnd(text, c.span.close, wrapped);
  for (let j = k + 1; j < works.length && works[j]!.span.open < end; j++) if (works[j]!.span.marked) return false;
  return true;
}

/**
 * In a book, the attribution after a later quotation of the paragraph that
 * the quotation `k` opens ("“To have resisted such attractions! …” here he
 * hesitated. “Mrs. Smith had been informed …,” he added"): a novel gives one
 * paragraph to one speaker (an article may not: "“Call the roll,” came shouts
 * from the crowd. (“…,” said one party activist.)"). Null when the quotation
 * does not open its paragraph, or no later one there has an attribution after it.
 */
function laterInParagraph(text: string, works: readonly Work[], k: number, wrapped: boolean): Frame | null {
  const w = works[k]!;
  if (text.length < BOOK_CHARS || !opensParagraph(text, w.span.open, wrapped)) return null;
  const end = paragraphEnd(text, w.span.close, wrapped);
  for (let j = k + 1; j < works.length && works[j]!.span.open < end; j++) {
    const o = works[j]!;
    if (o.type === 'direct' && o.frame?.after && o.frame.mention) return o.frame;
  }
  return null;
}

// A name said to the person it names, in a line of dialogue: “Fanny, …”, “…, Fanny, …”, “…, my dear Fanny?”
// (the title a book addresses people by may come first: “…, Mr. Darcy.”)
const VOCATIVE = /(?:^|[,;!?]\s+|\b(?:[Oo]h?|[Mm]y\s+dear|[Dd]ear)\s+)((?:(?:Mr|Mrs|Miss|Ms|Dr|Sir|Lady|Lord)\.?\s+)?\p{Lu}\p{Ll}+)(?=\s*(?:[,!?.;]|$))/gu;

/**
 * In a book, a paragraph that opens with a quotation (and holds no other)
 * right after a line that addresses someone by name answers it: that person
 * speaks ("“And am I never to live here again, Fanny?” said her aunt. ⏎
 * “…”"). The name must be one an attribution has named as a speaker before
 * (not "Mother", "Harry" or an exclamation), and not the speaker of that
 * line; a line that is nothing but the name echoes it ("“Mr. Darcy!” repeated
 * Elizabeth"). Null otherwise.
 */
function addressedTurn(doc: Doc, k: number, prev: Work, c: Work, wrapped: boolean, spoken: ReadonlySet<string>): Frame | null {
  const { text, works } = doc;
  if (!answersLine(text, works, k, prev, c, wrapped)) return null;
  const speaker = prev.quote!.speaker!;
  // the line's pieces, the last name said wins
  let found: Frame | null = null;
  for (const o of linePieces(doc, k, prev, wrapped)) {
    if (found) break;
    const content = text.slice(o.span.start, o.span.end);
    for (const m of content.matchAll(VOCATIVE)) {
      // (the line is the name alone: an echo, not an address)
      if (!/\p{L}/u.test(content.replace(m[1]!, ''))) break;
      const v = vocative(doc, o.span.start, m);
      if (v && v.speaker !== speaker && spoken.has(v.speaker)) found = ruleFrame('addressed-reply', v.mention, null, false);
    }
  }
  return found;
}

/**
 * The pieces of the line `prev` (before the work `k`): prev and the quotations before it in its paragraph that have
 * its speaker, last first.
 */
function linePieces(doc: Doc, k: number, prev: Work, wrapped: boolean): Work[] {
  const start = paragraphStart(doc.text, prev.span.open, wrapped);
  const speaker = prev.quote!.speaker;
  const out: Work[] = [];
  for (let j = k - 1; j >= 0 && doc.works[j]!.span.open >= start; j--) {
    const o = doc.works[j]!;
    if (isLine(o) && o.quote?.speaker === speaker) out.push(o);
  }
  return out;
}

/**
 * The name a VOCATIVE match `m` says, in a line whose words start at `from`, read as any name is ("Mr. Darcy" a man
 * named Darcy), with the person the registry resolves it to; null when it is no name of a person it knows.
 */
function vocative(doc: Doc, from: number, m: RegExpMatchArray): { mention: Mention; speaker: string } | null {
  const name = m[1]!;
  const at = from + m.index! + m[0].length - name.length;
  const mention = subjectAfter(doc.text, tokenize(doc.text, at, at + name.length), 0);
  const speaker = mention?.kind === 'name' ? resolveMention(doc.registry, mention, at).speaker : null;
  return mention && speaker ? { mention, speaker } : null;
}

// The cues of a reply in an exchange ("she countered", "he shot back").
const REPLY_CUE = /^(?:countered|replied|responded|retorted|answered|snapped|interjected|(?:shot|fired|hit)\s+back)$/i;

/**
 * The one person of `gender` that the line just before work `k` (`w`), in the same exchange and by someone else,
 * addresses by name; null when it addresses none or several.
 */
function addressedByLineBefore(doc: Doc, k: number, w: Work, gender: 'm' | 'f'): string | null {
  const o = lineBefore(doc, k, w);
  const said = o?.quote?.speaker;
  if (!o || !said) return null;
  const named = [...addressedIn(doc, o)].filter((n) => n !== said && (doc.registry.entities.get(n)?.gender ?? gender) === gender);
  return named.length === 1 ? named[0]! : null;
}

/** The last line with a speaker before work `k` (`w`) in the same exchange; null when there is none. */
function lineBefore(doc: Doc, k: number, w: Work): Work | null {
  for (let j = k - 1; j >= 0; j--) {
    const o = doc.works[j]!;
    if (w.span.open - o.span.close > DIALOGUE_REACH) return null;
    if (isLine(o) && o.quote?.speaker) return o;
  }
  return null;
}

/** The people a line addresses by name (“Fanny, …”, “…, my dear Fanny?”), as the registry resolves them. */
function addressedIn(doc: Doc, w: Work): Set<string> {
  const out = new Set<string>();
  for (const m of doc.text.slice(w.span.start, w.span.end).matchAll(VOCATIVE)) {
    const v = vocative(doc, w.span.start, m);
    if (v) out.add(v.speaker);
  }
  return out;
}

/**
 * The last line before the work `k` (`w`) in the same exchange by someone other than `current` whom `w` does not
 * address, that `fits` accepts; null when there is none.
 */
function otherParty(doc: Doc, k: number, w: Work, current: string, addressed: ReadonlySet<string>, fits: (o: Work, speaker: string) => boolean): Work | null {
  for (let j = k - 1; j >= 0; j--) {
    const o = doc.works[j]!;
    if (w.span.open - o.span.close > DIALOGUE_REACH) break;
    const speaker = o.quote?.speaker;
    if (isLine(o) && speaker && speaker !== current && !addressed.has(speaker) && fits(o, speaker)) return o;
  }
  return null;
}

/**
 * In a book, whom a he or she that the registry read as a person the line addresses by name stands for instead: the
 * last speaker before it in the same exchange of that gender whom the line does not address. Null when the line
 * addresses nobody of that name, or no such speaker is found.
 */
function pronounNotAddressed(doc: Doc, k: number, w: Work, speaker: string, gender: 'm' | 'f'): string | null {
  const addressed = addressedIn(doc, w);
  if (!addressed.has(speaker)) return null;
  return otherParty(doc, k, w, speaker, addressed, (_, other) => doc.registry.entities.get(other)?.gender === gender)?.quote!.speaker ?? null;
}

/**
 * In a book, the frame of the other party for a line whose inherited speaker it addresses by name ("“As to your
 * foolishness, my dear Fanny, …”" is not Fanny's): the last line before it, in the same exchange, by someone it does
 * not address. Null when the line addresses nobody it was given to, or nobody else spoke.
 */
function notTheAddressed(doc: Doc, k: number, w: Work, frame: Frame): Frame | null {
  let current: string | null | undefined;
  for (let j = k - 1; j >= 0 && current === undefined; j--) if (doc.works[j]!.frame === frame) current = doc.works[j]!.quote?.speaker;
  if (!current) return null;
  const addressed = addressedIn(doc, w);
  if (!addressed.has(current)) return null;
  return otherParty(doc, k, w, current, addressed, (o) => o.frame !== null)?.frame ?? null;
}

/**
 * In a book, a paragraph that opens with a quotation (and holds no other)
 * right after a line of dialogue answers it: the frame of the last other
 * person who spoke just before, in the same exchange ("“…,” said Catherine. ⏎
 * … “…,” said Henry, smiling. ⏎ “…”"), or null when nobody else spoke (the
 * last speaker goes on).
 */
function otherTurn(text: string, works: readonly Work[], k: number, prev: Work, c: Work, w: boolean): Frame | null {
  if (!answersLine(text, works, k, prev, c, w)) return null;
  const last = prev.quote!.speaker!;
  // (the works before `c`, back from the one before `prev`; prev is near: only dropped scare quotes lie between)
  let p = k - 1;
  while (p >= 0 && works[p] !== prev) p--;
  for (let j = p - 1; j >= 0; j--) {
    const o = works[j]!;
    if (prev.span.open - o.span.close > DIALOGUE_REACH) break;
    if (!isLine(o) || !o.quote || !o.frame) continue;
    if (o.quote.speaker && o.quote.speaker !== last) return o.frame;
  }
  return null;
}

/**
 * In a book, a paragraph that opens with a quotation (and holds no other)
 * right after a line of dialogue whose attribution says to whom it was said:
 * that person answers ("“…,” said Mrs. Bennet with civil self-command to Miss
 * Lucas. ⏎ “…”"; "“…,” said he, turning to Elizabeth"). Only a name an
 * attribution has named as a speaker before counts, not the speaker's own;
 * null when there is none.
 */
function addresseeTurn(doc: Doc, k: number, prev: Work, c: Work, wrapped: boolean, spoken: ReadonlySet<string>): Frame | null {
  const { text, works } = doc;
  if (!answersLine(text, works, k, prev, c, wrapped)) return null;
  // (a paragraph of narration between the two is previousSentenceFrame's to read)
  const end = paragraphEnd(text, prev.span.close, wrapped);
  if (/\p{L}/u.test(text.slice(end, c.span.open))) return null;
  const last = prev.quote!.speaker!;
  let found: Frame | null = null;
  // each piece of the line's attribution after it, to the end of its clause ("“…,” said she, in a low voice, to Edmund.
  // “…”"); the last name wins
  for (const o of linePieces(doc, k, prev, wrapped)) {
    if (found) break;
    const from = o.span.close;
    const clause = ATTRIBUTION_CLAUSE.exec(text.slice(from, Math.min(end, from + 100)))![0];
    for (const m of clause.matchAll(SAID_TO)) {
      const at = from + m.index! + m[0].length;
      // (a possessive is no addressee: "with a look which, to Fanny's eye, …")
      if (POSSESSIVE_AT().test(text.slice(at, at + 40))) continue;
      const mention = subjectAfter(text, tokenize(text, at, from + clause.length), 0);
      if (mention?.kind !== 'name') continue;
      const speaker = resolveMention(doc.registry, mention, at).speaker;
      if (speaker && speaker !== last && spoken.has(speaker)) found = ruleFrame('addressee-reply', mention, null, false);
    }
  }
  return found;
}
// The words of an attribution before the one a line is said to: "said she to Elinor", "turning to Jane", "addressing Mr. Darcy"
const SAID_TO = /\b(?:to|addressing|towards)\s+(?=\p{Lu})/gu;
const POSSESSIVE_AT = lazily(() => /^(?:\p{Lu}[\p{L}.]*\s+)*\p{Lu}[\p{L}.]*[’']s?\s/u);
// (up to the end of its clause or the next quotation)
const ATTRIBUTION_CLAUSE = /^[^.;:!?“”"]*/;

/**
 * Is `title` a short title of a few words ("Harbour Talk", "Ted Cruz") inside the words right after the quotation
 * `span`, before its attribution's verb: after a comma and a capitalised name, within a clause of no full stop
 * ("“…,” Anna Ruiz, host of “Harbour Talk,” said", "“…,” Bill Eastland, wearing “Ted Cruz” campaign pins, said")?
 */
function titleInAttribution(text: string, span: QuoteSpan, title: QuoteSpan): boolean {
  if (!title.marked || title.end - title.start > 40 || title.open - span.close > 100) return false;
  const words = text.slice(title.start, title.end).split(' ');
  if (words.length > 5 || !words.every((w) => /^\p{Lu}/u.test(w))) return false;
  return /^[,.!?]?[”"’]?\s+\p{Lu}[^,.!?“”"\n]{0,60},\s[^.!?“”"\n]*$/u.test(text.slice(span.close, title.open));
}

/**
 * Is `span` a nickname written inside a name ("Marcia “Cia” Price", "Dwayne "The Rock" Johnson"):
 * a marked span of one to three capitalised words, between a capitalised word and another?
 */
function nicknameInName(text: string, span: QuoteSpan): boolean {
  if (!span.marked || span.end - span.start > 30) return false;
  const words = text.slice(span.start, span.end).split(' ');
  if (words.length > 3 || !words.every((w) => /^\p{Lu}[\p{L}.’'-]*$/u.test(w))) return false;
  return /\p{Lu}[\p{L}.’'-]* $/u.test(text.slice(Math.max(0, span.open - 20), span.open)) && /^ \p{Lu}\p{Ll}/u.test(text.slice(span.close, span.close + 3));
}

// A paragraph of nothing but a dash and a name, signing the quotation of the paragraph before ("- Bernie Sanders."),
// maybe with a comma and a few words in lower case about the occasion ("-President Obama, tweeting after the speech.").
const DASH_LINE = lazily(() => /^[-–—]\s*\p{Lu}[\p{L}.’'-]*(?:[ \u00a0]\p{Lu}[\p{L}.’'-]*){0,3}(?:,[ \u00a0]\p{Ll}[^\n“”"]{0,60}?)?\.?\s*$/u);

/**
 * Where the next paragraph starts after a quotation in marks that is its whole paragraph (nothing but marks and
 * punctuation after it); -1 where the quotation shares its paragraph with other words.
 */
function paragraphAfterQuotation(text: string, span: QuoteSpan, wrapped: boolean): number {
  if (!span.marked || !opensParagraph(text, span.open, wrapped)) return -1;
  const end = paragraphEnd(text, span.close, wrapped);
  if (/[\p{L}\p{N}]/u.test(text.slice(span.close, end))) return -1;
  let a = end;
  while (a < text.length && isSpace(text.charCodeAt(a))) a++;
  return a;
}

/**
 * The name on the line after a quotation that is its paragraph, when that
 * line is only a dash and the name ("“[Americans are] worried about the
 * future of their kids …” ⏎ - Bernie Sanders."): a fact-check's or a
 * collection's way to sign a quotation.
 */
function dashLine(text: string, span: QuoteSpan, wrapped: boolean): Frame | null {
  // (the quotation is its paragraph: a fragment's paragraph signed "- Reuters." is a wire story's credit)
  const a = paragraphAfterQuotation(text, span, wrapped);
  if (a < 0) return null;
  const b = paragraphEnd(text, a, wrapped);
  if (a >= text.length || b - a > 120 || !DASH_LINE().test(text.slice(a, b))) return null;
  const toks = tokenize(text, a, b);
  const s = subjectAfter(text, toks, 1);
  return s?.kind === 'name' ? ruleFrame('quote-dash-subject', s, null, true) : null;
}

/**
 * A quotation that is its paragraph, taken up at the start of the next by "That is how", "That was the verdict of",
 * "Those were the words of" and the person named after it: “…” ⏎ "That is how brave milkman Lyndon Tregarthen, 29,
 * described the moment …" (a tabloid's opening). Null otherwise.
 */
function takenUpNext(text: string, span: QuoteSpan, wrapped: boolean): Frame | null {
  const a = paragraphAfterQuotation(text, span, wrapped);
  if (a < 0) return null;
  const m = TAKEN_UP.exec(text.slice(a, a + 60));
  if (!m) return null;
  // the first person's name in the rest of its sentence ("brave milkman Lyndon Tregarthen", "… – scaffolder Kyle
  // Brannigan-Rudd, 27,")
  const b = Math.min(paragraphEnd(text, a, wrapped), a + 400);
  const stop = /[.!?](?:\s|$)/.exec(text.slice(a + m[0].length, b));
  const toks = tokenize(text, a + m[0].length, stop ? a + m[0].length + stop.index : b);
  for (let k = 0; k < toks.length; k++) {
    if (toks[k]!.kind !== 'word' || !/^\p{Lu}/u.test(toks[k]!.text)) continue;
    const s = subjectAfter(text, toks, k);
    if (s?.kind === 'name' && s.name !== null && personLike(s.name)) return ruleFrame('quote-taken-up', s, null, true);
  }
  return null;
}
// "That is how", "That's what", "That was the modest verdict …", "Those were the words of": the next paragraph's opening
// that takes up the quotation before it.
const TAKEN_UP = /^(?:That|This|Those|These)(?:[’']s|\s+(?:is|was|were|are))\s+(?:how|what|the\s+(?:[\p{Ll}-]+\s+){0,3}(?:verdict|view|words?|message|reaction|response|assessment|warning|plea|promise|account|description|advice)(?![\p{L}]))/u;

/** The lines of a book's dialogue: each paragraph's first quotation that has an attribution of its own. */
function dialogueTurns(text: string, works: readonly Work[], wrapped: boolean): DialogueTurn[] {
  const turns: DialogueTurn[] = [];
  let paragraph = -1;
  for (const w of works) {
    if (w.type === 'indirect' || !w.frame?.mention) continue;
    const start = paragraphStart(text, w.span.open, wrapped);
    if (start === paragraph) continue;
    paragraph = start;
    turns.push({ at: w.frame.mention.start, mention: w.frame.mention });
  }
  return turns;
}

/**
 * Does narration open the quotation's paragraph, after the paragraph of `prev` ("Alice felt that this could not be
 * denied, so she tried another question. “…”")? Its person speaks, not the last speaker: previousSentenceFrame
 * decides.
 */
function narratedBefore(text: string, prev: QuoteSpan, span: QuoteSpan, wrapped: boolean): boolean {
  const start = paragraphStart(text, span.open, wrapped);
  if (start < prev.close) return false;
  const lead = text.slice(start, span.open);
  return /[.!?:]\s*$/.test(lead) && lead.split(/\s+/).filter((t) => /\p{L}/u.test(t)).length >= 3;
}

/**
 * Does the paragraph before the quotation `span` end in a comma, a colon or a dash (an introduction: "Charlotte
 * said,"), with words between it and the quotation `prev`?
 */
function introducedAbove(text: string, prev: QuoteSpan, span: QuoteSpan, wrapped: boolean): boolean {
  if (!opensParagraph(text, span.open, wrapped)) return false;
  const lead = text.slice(prev.close, span.open).trimEnd();
  return /(?:\p{L},|:|--|[—–])$/u.test(lead) && /\p{L}/u.test(lead);
}

/**
 * Does a paragraph of narration between the paragraph of `prev` and the quotation `span`, which opens its own, end in
 * a colon ("Lady Catherine began in the following manner:--", an old book's colon and dash)?
 */
function colonAbove(text: string, prev: QuoteSpan, span: QuoteSpan, wrapped: boolean): boolean {
  if (!opensParagraph(text, span.open, wrapped)) return false;
  const between = text.slice(paragraphEnd(text, prev.close, wrapped), span.open);
  return COLON_END.test(between) && /\p{L}/u.test(between);
}
// A colon closing its text, or an old book's colon and dash ("in the following manner:--").
const COLON_END = /:(?:--|—)?\s*$/;

/** Does `at` open a paragraph (only space between it and a paragraph break or the start)? */
function opensParagraph(text: string, at: number, wrapped: boolean): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const ch = text.charCodeAt(i);
    if (ch === 10) return breaksParagraph(text, i, wrapped);
    if (ch !== 32 && ch !== 9 && ch !== 13) return false;
  }
  return true;
}

/**
 * Is `next` in the paragraph right after the one that holds `from`, with at
 * most a short attribution (20 words) left in the first ("…,” said Henry.),
 * or after one short paragraph of narration between them?
 */
function nextParagraph(text: string, from: number, next: number, wrapped: boolean): boolean {
  const end = paragraphEnd(text, from, wrapped);
  if (end >= next) return false;
  let reach = NEXT_LINE_REACH;
  if (/\p{L}/u.test(text.slice(end, next))) {
    // (one short paragraph of narration between keeps the exchange: "“…,” said Catherine. ⏎ Henry smiled. ⏎ “…”")
    let a = end;
    while (a < next && isSpace(text.charCodeAt(a))) a++;
    const b = paragraphEnd(text, a, wrapped);
    const narration = text.slice(a, b);
    if (/\p{L}/u.test(text.slice(b, next)) || /["“”]/.test(narration) || narration.split(/\s+/).length > NARRATION_WORDS) return false;
    reach += NARRATION_REACH;
  }
  if (next - from > reach) return false;
  return text.slice(from, end).split(/\s+/).filter((t) => /\p{L}/u.test(t)).length <= 20;
}
/** How far (UTF-16 units) the next line of an exchange may open after the quotation before it … */
const NEXT_LINE_REACH = 600;
/** … and how much further, with how many words at most, a paragraph of narration between them may take. */
const NARRATION_REACH = 240;
const NARRATION_WORDS = 30;

/** What stands between two coordinated quotations: “A” and “B”, “A,” or “B”. */
const COORDINATION = /^,?\s*(?:and|or)\s+$/;
// Between two titles of a list: "“A,” “B” and “C”".
const TITLE_LIST = /^(?:,\s*(?:(?:and|or|&)\s+)?|,?\s*(?:and|or|&)\s+)$/;

/** Is the mark at `open` in the headline (the first line), or after another sentence of its paragraph? */
function placeOf(text: string, open: number): Place {
  const lineStart = lineBreakBefore(text, open) + 1;
  return { headline: lineStart === 0, afterSentence: /[.!?]["'”’)\]]*\s+$/.test(text.slice(Math.max(lineStart, open - 8), open)) };
}

const isSingleMark = (ch: string | undefined): boolean => ch === "'" || ch === '‘' || ch === '’';

/**
 * A subhead in an article that quotes with double marks: a paragraph that is
 * nothing but a few words in single marks ('A change warrior.'), a pull-quote
 * heading the next section rather than a quotation in the story.
 */
function isSubhead(text: string, span: QuoteSpan): boolean {
  if (span.continued || !isSingleMark(text[span.open]) || wordCount(text, span) > 8) return false;
  let a = span.open;
  while (a > 0 && text[a - 1] !== '\n') if (!/\s/.test(text[--a]!)) return false;
  let b = span.close;
  while (b < text.length && text[b] !== '\n') if (!/[\s.!?'’]/.test(text[b++]!)) return false;
  return true;
}

/** Quotation marks on the page furniture of scraped text never make quotes. */
function withoutBoilerplate(spans: QuoteSpan[], ranges: [number, number][]): QuoteSpan[] {
  if (!ranges.length) return spans;
  let r = 0;
  return spans.filter((s) => {
    while (r < ranges.length && ranges[r]![1] <= s.open) r++;
    const range = ranges[r];
    return !(range && s.open >= range[0] && s.open < range[1]);
  });
}

/** Transcript turns replace the quotation marks of their paragraphs. */
function withTurns(spans: QuoteSpan[], turns: Turn[]): QuoteSpan[] {
  if (!turns.length) return spans;
  const out: QuoteSpan[] = [];
  let t = 0;
  for (const s of spans) {
    while (t < turns.length && turns[t]!.end <= s.open) out.push(turns[t++]!);
    const turn = turns[t];
    if (turn && s.open < turn.end && s.close > turn.labelStart - 2) continue;
    out.push(s);
  }
  while (t < turns.length) out.push(turns[t++]!);
  return out;
}

const isTurn = (s: QuoteSpan): s is Turn => (s as Turn).labelStart !== undefined;

// "Reporter Sarah Klein spoke to the novelist Ivo Brandt": who asks (Q) and who answers (A).
const NAME = String.raw`((?:\p{Lu}[\p{L}’'.-]*[ \u00a0]){0,3}\p{Lu}[\p{L}’'-]+)`;
// ("The finance minister, Ana Costa, spoke to The Harbor Times": after an apposition's comma too; one who speaks to
// an outlet answers its questions)
// (and past a relative clause: "Oyelaran, whose first monograph, “Rooms”, is published next month, spoke to …")
const INTERVIEW = lazily(() => new RegExp(`${NAME}(?:,\\s+(?:who|whose)\\s[^.!?\\n]{0,160}?)?,?\\s+(?:spoke|talked|sat\\s+down)\\s+(?:to|with)\\s+(?!(?:her|him|them|me|us)\\s)(?:[\\p{Ll}-]+\\s+){0,3}${NAME}|${NAME}\\s+interviewed\\s+(?:[\\p{Ll}-]+\\s+){0,3}${NAME}`, 'u'));

const INTERVIEW_VERBS = ['spoke', 'talked', 'sat', 'interviewed'];
// How far before the first turn an interview's pair is read when a pronoun stands for one of them (a standfirst, several
// paragraphs of the reporter's above the turns).
const INTRO_REACH = 2500;
// "Callum Strachan-Vey spoke to her for The Guardian", "… interviewed him": the interviewer and a pronoun.
const INTERVIEW_PRONOUN = lazily(() => new RegExp(`${NAME},?\\s+(?:(?:spoke|talked)\\s+(?:to|with)|sat\\s+down\\s+with|interviewed)\\s+(?:her|him|them)(?![\\p{L}])`, 'u'));
// "… where he spoke with POLITICO senior writer Michael Grunwald": a pronoun, the verb, and the interviewer's name (past a
// medium's name and lower-case words of a role).
const PRONOUN_INTERVIEWED = lazily(() => new RegExp(`(?<![\\p{L}])(?:he|she)\\s+(?:spoke|talked|sat\\s+down)\\s+(?:to|with)\\s+(?:\\p{Lu}[\\p{L}’'.-]*\\s+)?(?:[\\p{Ll}-]+\\s+){1,3}${NAME}`, 'u'));

// A headline that announces an interview: "Interview: Maren Oyelaran on timber …", "Q&A: Ivo Brandt".
const INTERVIEW_HEADLINE = lazily(() => new RegExp(`^(?:Interview|Q\\s?&\\s?A|In\\s+conversation)\\s*[:|—–-]\\s*${NAME}`, 'u'));

/** Who asks and who answers the Q: and A: turns, and where the introduction said so (the outlet is named there). */
interface QandA {
  /** Who asks the Q: turns; null where the introduction names no one. */
  q: string | null;
  /** Who answers the A: turns; empty where only the turns' own labels name who answers (a briefing's exchange). */
  a: string;
  /** Where the introduction names the pair, whose sentence names the interview's outlet; null where it names neither. */
  at: [number, number] | null;
  /** The outlet the introduction says the interview was for ("… spoke to her for The Guardian", "For this issue of …"). */
  outlet?: OutletHit | null;
}

/** The interviewer and interviewee an introduction names, for Q: and A: turns; or the interviewee of the headline. */
function questionAndAnswer(text: string, firstTurn: number): QandA | null {
  const from = Math.max(0, firstTurn - 800);
  const intro = text.slice(from, firstTurn);
  // the pattern, tried at every capital, needs one of its verbs: look for them first
  const m = INTERVIEW_VERBS.some((v) => intro.includes(v)) ? INTERVIEW().exec(intro) : null;
  // ("Callum Strachan-Vey spoke to her for The Guardian": a pronoun for the one interviewed, the person the introduction
  // named first)
  // (in a standfirst, often further back than a name's introduction: "… Callum Strachan-Vey spoke to her for The
  // Guardian" above several paragraphs of the reporter's before the first turn)
  const wideFrom = Math.max(0, firstTurn - INTRO_REACH);
  const wide = m ? '' : text.slice(wideFrom, firstTurn);
  const p = m ? null : INTERVIEW_PRONOUN().exec(wide);
  // ("… where he spoke with POLITICO senior writer Michael Grunwald": the pronoun is the one interviewed, the name the
  // interviewer)
  const r = m || p ? null : PRONOUN_INTERVIEWED().exec(wide);
  if (r) {
    const named = firstPersonNamed(wide.slice(0, r.index), null);
    if (named) return { q: stripTitleWords(r[1]!), a: named, at: [wideFrom + r.index, wideFrom + r.index + r[0].length] };
  }
  if (p) {
    const named = firstPersonNamed(wide.slice(0, p.index), p[1]!);
    // (the name's pattern may open in the sentence before: "… anywhere on Earth. Callum Strachan-Vey spoke to her")
    const q = stripTitleWords(p[1]!.replace(/^.*\p{Ll}{2}\.\s+(?=\p{Lu})/u, ''));
    // ("… for The Guardian": the outlet the interview was for)
    const outlet = interviewFor(text, wideFrom + p.index + p[0].length);
    if (named) return { q, a: named, at: [wideFrom + p.index, wideFrom + p.index + p[0].length], outlet };
  }
  // ("For this issue of Brindlewood Review, contributing editor Casimir Ndlovu-Farrow visited her …": a writer of the
  // publication named by role before the turns asks; the person the introduction named first answers)
  const e = m ? null : INTERVIEWER_ROLE().exec(wide);
  // (in a sentence that tells of the meeting, not any writer the introduction names: "… visited her", "sent … to")
  const meeting = e ? wide.slice(wide.lastIndexOf('.', e.index) + 1, (wide.indexOf('.', e.index + e[0].length) + 1 || wide.length + 1) - 1) : '';
  if (e && MEETING.test(meeting)) {
    const named = firstPersonNamed(wide.slice(0, e.index), e[1]!) ?? firstPersonNamed(wide.slice(e.index + e[0].length), e[1]!);
    if (named) return { q: e[1]!, a: named, at: null, outlet: issueOf(text, wideFrom, firstTurn) };
  }
  // ("Drubeck kept pressing. A portion of their exchange follows:", "Later in the briefing, Fiona Larkspur-Odum of
  // Politico pressed the press secretary on …": the one pressing or asking in the paragraph before the turns asks; who
  // answers, the turns' own labels say)
  const para = m ? '' : text.slice(Math.max(0, text.lastIndexOf('\n\n', text.slice(0, firstTurn).trimEnd().length - 1)), firstTurn);
  const pressing = m ? null : PRESSING().exec(para) ?? QUESTIONED_BY().exec(para);
  if (pressing && !isMediaName(pressing[1]!) && !isListedOutlet(pressing[1]!)) return { q: stripTitleWords(pressing[1]!), a: '', at: null };
  if (!m) {
    const firstLine = text.indexOf('\n');
    const h = INTERVIEW_HEADLINE().exec(firstLine < 0 ? text : text.slice(0, firstLine));
    return h ? { q: null, a: stripTitleWords(h[1]!), at: null } : null;
  }
  let q = m[1] ?? m[3];
  let a = m[2] ?? m[4];
  // ("Ana Costa spoke to The Harbor Times": the outlet asks; so does its journalist, "… spoke to Plinth’s Jonah Weatherby")
  if (m[1] && m[2] && (isMediaName(m[2]) || /^\p{Lu}[\p{L}.-]*[’']s\s/u.test(m[2]) || outletNamed(intro, { text: m[2], start: m.index + m[0].length - m[2].length }) !== null)) [q, a] = [m[2], m[1]];
  // ("Ahead of the premiere, Feeley-Marsh spoke to Ruaridh Penhallow for The Irish Times": "spoke to" runs both ways;
  // the one the text named more often before the turns is the one interviewed, the other the interviewer)
  else if (m[1] && m[2] && q && a && timesNamed(text, firstTurn, q) > timesNamed(text, firstTurn, a)) [q, a] = [a, q];
  // ("… the 54-year-old glaciologist … She spoke with The Meridian Ledger by satellite phone": a pronoun for the one
  // interviewed, the person the introduction named first)
  if (a && /^(?:She|He)$/.test(a)) a = firstPersonNamed(text.slice(wideFrom, from + m.index), q ?? null) ?? a;
  const end = from + m.index + m[0].length;
  return q && a ? { q: stripTitleWords(q), a: stripTitleWords(a), at: [from + m.index, end], outlet: interviewFor(text, end) } : null;
}

// A writer of a publication by role, then a name and a lower-case word: "contributing editor Casimir Ndlovu-Farrow
// visited her", "sent senior writer Ada Brenk to …".
const INTERVIEWER_ROLE = lazily(() => new RegExp(`(?<![\\p{L}])(?:editor|writer|reporter|correspondent|critic|journalist|interviewer|columnist)\\s+${NAME}(?=\\s+\\p{Ll})`, 'u'));
// A name, maybe with the medium it is of, then a verb of pressing or asking: "Fiona Larkspur-Odum of Politico pressed".
const PRESSING = lazily(() => new RegExp(`${NAME}(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}’'.-]*(?:\\s+\\p{Lu}[\\p{L}’'.-]*){0,3})?(?:,\\s+(?:prosecuting|defending),)?\\s+(?:kept\\s+pressing|pressed|asked|questioned|pushed|challenged|quizzed|grilled|cross-examined|began\\s+(?:her|his|their|the)\\s+cross-examination)(?![\\p{L}])`, 'u'));
// Or the name after the words of being questioned, maybe past a role: "Under questioning from Holloway-Perdue, she
// described …", "Cross-examined by defence counsel Ana Ruiz, he said …".
const QUESTIONED_BY = lazily(() => new RegExp(`(?<![\\p{L}])(?:[Uu]nder\\s+(?:questioning|cross-examination|examination|re-examination)\\s+(?:from|by)|[Qq]uestioned\\s+by|[Cc]ross-examined\\s+by)\\s+(?:(?:the\\s+)?(?:prosecutor|prosecuting|defence|defense|lawyer|counsel|attorney|barrister|judge|senator|chair|chairman|chairwoman|committee|lead)\\s+){0,2}${NAME}`, 'u'));
const MEETING = /(?<![\p{L}])(?:visited|met|spoke|talked|sat\s+down|interviewed|caught\s+up|sent|joined|travell?ed)(?![\p{L}])/u;
// The publication an issue or an edition is of: "For this issue of Brindlewood Review", "For its winter issue, Meridian
// Review sent …".
const ISSUE_OF = lazily(() => new RegExp(`(?:issue|edition)\\s+of\\s+${NAME}|[Ff]or\\s+(?:its|their)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:issue|edition),\\s+${NAME}`, 'u'));

/** The publication the introduction in [from, to) says an interview's issue is of, or null. */
function issueOf(text: string, from: number, to: number): OutletHit | null {
  const i = ISSUE_OF().exec(text.slice(from, to));
  const name = i?.[1] ?? i?.[2];
  if (!i || !name) return null;
  const start = from + i.index + i[0].length - name.length;
  return { name: name.replace(/^the\s+/i, ''), mention: { text: name, start, end: start + name.length }, how: 'interview' };
}

/** The first person's name in `intro` (without its title words), not one that ends `other` (the interviewer's). */
function firstPersonNamed(intro: string, other: string | null): string | undefined {
  return [...intro.matchAll(CAPITAL_RUN())].map((c) => stripTitleWords(c[0])).find((n) => personLike(n) && !(other !== null && other.endsWith(n)));
}

/** The outlet an interview was for, named right after its sentence's pair: "… spoke to Ruaridh Penhallow for The Irish Times". */
function interviewFor(text: string, at: number): OutletHit | null {
  const f = INTERVIEW_FOR.exec(text.slice(at, at + 80));
  return f ? outletNamed(text, { text: f[1]!, start: at + f[0].length - f[1]!.length }) : null;
}
const INTERVIEW_FOR = /^\s+for\s+((?:[Tt]he\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})/u;

/** A name of two to four words that reads as a person's: a given name first, or no word of a body's or a medium's. */
function personLike(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 4 || isMediaName(name) || isListedOutlet(name)) return false;
  return isGivenName(words[0]!) || !words.some((w) => ORG_WORDS.has(w.toLowerCase()));
}

/** How often the surname of `name` (its last word) stands in text[0, to) as a word. */
function timesNamed(text: string, to: number, name: string): number {
  const surname = name.trim().split(/\s+/).pop()!;
  let n = 0;
  for (let i = text.indexOf(surname); i >= 0 && i < to; i = text.indexOf(surname, i + surname.length)) {
    if (!/[\p{L}\p{N}]/u.test(text[i - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[i + surname.length] ?? ' ')) n++;
  }
  return n;
}

function stripTitleWords(name: string): string {
  // ("Plinth’s Jonah Weatherby": the outlet whose interviewer he is)
  name = name.replace(/^(?:\p{Lu}[\p{L}.-]*\s)*\p{Lu}[\p{L}.-]*[’']s\s+(?=\p{Lu})/u, '');
  const words = name.split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && (ROLE_NOUNS.has(words[i]!.toLowerCase()) || HONORIFICS.has(words[i]!.toLowerCase()))) i++;
  return words.slice(i).join(' ');
}

/**
 * The words `words` before a name, then a comma maybe and a space: what a turn's label's name follows (capitalised as a
 * title too: "Host Ottilie Brennagh spoke with …").
 */
const namedAfter = (words: string): RegExp => new RegExp(String.raw`\b(?:${words})\b,?[ \u00a0]+`, 'giu');
// "moderated by", "the moderator," or "debate moderator" before the moderator's name, maybe after an outlet and a role
// ("moderated by CBS News anchor Warren Pettibone", "the moderator, CNN anchor Janet Kowalczyk,").
const MODERATOR_WORDS = String.raw`moderat(?:ed\s+by|or)`;
const MODERATED = lazily(() => namedAfter(MODERATOR_WORDS));
// ("hosted by", "the host," "programme host" too, for a "HOST:" turn)
const HOSTED = lazily(() => namedAfter(String.raw`${MODERATOR_WORDS}|host(?:ed\s+by)?`));
// A capitalised run of two to four words, a middle initial allowed: a person's name or an outlet's.
const CAPITAL_RUN = lazily(() => /\p{Lu}[\p{L}’'-]+(?:[ \u00a0]+(?:\p{Lu}\.[ \u00a0]+)?\p{Lu}[\p{L}’'-]+){1,3}/gu);

/**
 * The person the text names as the debate's moderator before `at`, for a "MODERATOR:" turn: the first name after the
 * last "moderated by" / "moderator", past an outlet, its possessive and a role ("the network’s chief political anchor,
 * Janet Orloff"); null where none is named, or two are ("moderated by Ann Lee and Tom Cole"). `named` is the pattern of
 * the words before the name (MODERATED, or HOSTED for a host).
 */
function moderatorNamed(text: string, at: number, named: RegExp): string | null {
  const from = Math.max(0, at - 20000);
  const window = text.slice(from, at);
  let last: RegExpExecArray | null = null;
  named.lastIndex = 0;
  for (let m = named.exec(window); m; m = named.exec(window)) last = m;
  if (!last) return null;
  const after = window.slice(last.index + last[0].length, last.index + last[0].length + 100);
  const stop = /[.;:!?\n]/.exec(after);
  const clause = stop ? after.slice(0, stop.index) : after;
  const capitalRun = CAPITAL_RUN();
  capitalRun.lastIndex = 0;
  for (let r = capitalRun.exec(clause); r; r = capitalRun.exec(clause)) {
    const rest = clause.slice(r.index + r[0].length);
    // (an outlet, or its possessive, or a name a role follows, "CBS News anchor", owns the title before the name)
    if (/^[’']s?\b/u.test(rest) || isListedOutlet(r[0]) || isMediaName(r[0]) || ROLE_NOUNS.has(/^[ \u00a0]+(\p{Ll}+)/u.exec(rest)?.[1] ?? '')) continue;
    return /^[ \u00a0]+and[ \u00a0]+\p{Lu}/u.test(rest) ? null : r[0];
  }
  return null;
}

// The name of a "Q:" or "A:" turn whose parties no introduction names (no name the registry can hold: it has a space
// at each end).
const UNNAMED_TURN = ' ? ';
// The name of an "A:" turn whose introduction names only the one who asks: the last speaker before the turns answers.
const ANSWERER_TURN = ' ! ';

/** The person the text quoted last before the turns (`last`), where the one who asks (`asker`, by their family name) is someone else; else null. */
function lastAnswerer(last: string | null, asker: string | null): string | null {
  return last !== null && asker !== null && !last.endsWith(asker.split(/\s+/).pop()!) ? last : null;
}

/**
 * The name a question's turn opens with, where the one who asks gives it before the question: "Priya Castellanos-Webb,
 * KVRN News. How …?", "Marcus Threlkeld-Amari again. Should …?" (a name of two or three capitalised words, one of them a
 * given name or no dictionary's word: not "Good Morning, Chief."); null otherwise.
 */
function selfIntroduced(text: string, t: Turn): Mention | null {
  const head = text.slice(t.start, Math.min(t.end, t.start + 160));
  const m = SELF_INTRO.exec(head);
  if (!m || !head.includes('?')) return null;
  const words = m[1]!.split(/[ \u00a0]/);
  if (!isGivenName(words[0]!) && words.every((w) => isDictionaryWord(w.toLowerCase()))) return null;
  return { kind: 'name', start: t.start, end: t.start + m[1]!.length, text: m[1]!, name: m[1]!, title: null, gender: null };
}
// A name, then maybe the asker's outlet after a comma, "again", or "with"/"from" and the outlet, and the full stop before
// the question.
const SELF_INTRO = /^(\p{Lu}[\p{L}’'-]+(?:[ \u00a0]\p{Lu}[\p{L}’'-]+){1,2})(?:,[ \u00a0][^.?!\n]{1,60}|[ \u00a0]again|[ \u00a0](?:with|from)[ \u00a0][^.?!\n]{1,60})?\.[ \u00a0]+\p{Lu}/u;

function turnFrame(text: string, t: Turn, qa: QandA | null | undefined): Frame {
  const label = text.slice(t.labelStart, t.labelEnd);
  // ("MODERATOR: …": the moderator the report named; "HOST: …", a programme's host, the one it named as host or as
  // moderator, "In a tense exchange with guest moderator Wendeline Osgood-Parr, … ⏎ HOST: …")
  const moderator = /^(?:moderator|host)$/i.test(label) ? moderatorNamed(text, t.labelStart, /^host$/i.test(label) ? HOSTED() : MODERATED()) : null;
  if (moderator) return { rule: 'transcript-turn', mention: { kind: 'name', start: t.labelStart, end: t.labelEnd, text: label, name: moderator, title: null, gender: null }, cue: null, confidence: 0.9, after: false };
  // "SEN. MARGARET COLE": the title is not part of the name
  const words = label.split(/\s+/);
  let first = 0;
  while (first < words.length - 1 && (ROLE_NOUNS.has(words[first]!.toLowerCase()) || HONORIFICS.has(words[first]!.toLowerCase()))) first++;
  const qaName = qa && (label === 'Q' || label === 'A') ? (label === 'Q' ? qa.q : qa.a) : null;
  // ("Q: …" / "A: …" where the introduction names neither: the letters are the words that stand for the speaker, but
  // no one's name; toQuote gives the turn no speaker)
  // ("Ms Ndiaye-Hartigan, prosecuting, began her cross-examination … ⏎ Q. … ⏎ A. …": where the introduction names only
  // the one who asks, the answers are the last speaker's before the turns, someone else: ANSWERER_TURN, the one who
  // asks kept as the mention's title, for lastAnswerer)
  // ("Q: Priya Castellanos-Webb, KVRN News. How much money was taken?": a reporter at a briefing who gives their name, maybe
  // with their outlet or "again", before asking, is the one who asks)
  const introduced = label === 'Q' ? selfIntroduced(text, t) : null;
  if (introduced) return { rule: 'transcript-turn', mention: introduced, cue: null, confidence: 0.9, after: false };
  if (!qaName && (label === 'Q' || label === 'A')) {
    const asker = label === 'A' && qa?.q ? qa.q : null;
    return { rule: 'transcript-turn', mention: { kind: 'name', start: t.labelStart, end: t.labelEnd, text: label, name: asker ? ANSWERER_TURN : UNNAMED_TURN, title: asker, gender: null }, cue: null, confidence: 0.5, after: false };
  }
  const name = qaName ?? words.slice(first).join(' ').toLowerCase().replace(/(^|[\s'’-])\p{L}/gu, (c) => c.toUpperCase());
  const title = first > 0 ? words.slice(0, first).join(' ') : null;
  const mention = { kind: 'name' as const, start: t.labelStart, end: t.labelEnd, text: label, name, title, gender: null };
  return { rule: 'transcript-turn', mention, cue: null, confidence: 0.9, after: false };
}

/**
 * A direct quotation with no attribution of its own, right after a sentence
 * that reports someone's speech or introduces it: "He said:" or "Gov. Burke
 * released the following statement:" closing the previous paragraph, "…,
 * Schiff said." or a person's action in the same paragraph; or, as a guess,
 * the person of a paragraph of narration before a paragraph of nothing but
 * the quotation.
 */
function previousSentenceFrame(text: string, w: Work, sentences: readonly Sentence[], prev: Work | undefined, isName: (word: string) => boolean, wrapped: boolean): Frame | null {
  const cur = sentences[w.sentence]!;
  const before = sentences[w.sentence - 1]!;
  if (w.span.open - cur.start > 2) return null; // the quotation must open its sentence
  if (prev && prev.span.close > before.start) return null; // that sentence held a quotation: continuation decides
  const gap = text.slice(before.end, cur.start);
  const paragraphBreak = paragraphPieces(gap, wrapped).length > 1;
  // (or a comma or a dash after a cue closing the paragraph before: "He heard her, and then said,⏎“…”")
  // (an old book's colon and dash, "Lady Catherine began in the following manner:--", is a colon)
  const colon = COLON_END.test(text.slice(before.start, before.end)) || paragraphBreak && /(?:\p{L},|--|[—–])\s*$/u.test(text.slice(before.start, before.end)) && cueClosing(text, before);
  if (colon) return framePrevious(text, before.start, before.end, 'previous-colon', isName);
  if (!paragraphBreak) return framePrevious(text, before.start, before.end, 'previous-sentence', isName);
  // a paragraph of nothing but the quotation, after a paragraph of narration about a person
  // ("Valastro praised Christie’s leadership …⏎“We need someone who …”"): that person, as a guess
  if (prev && prev.span.close > paragraphStart(text, before.start, wrapped)) return null;
  if (/\p{L}/u.test(text.slice(w.span.close, paragraphEnd(text, w.span.close, wrapped)))) return null;
  // (or, in an article, the person named at the start of a sentence of narration that opens its paragraph: "Castell, in
  // a later message to ticket-holders, struck a hopeful note.⏎“…”")
  // (a cue read there that names no one, "struck a hopeful note", gives way to that person)
  const cued = framePrevious(text, before.start, before.end, 'previous-sentence', isName);
  const f = (cued?.mention && namesPerson(cued.mention) ? cued : null) ??
    (text.length < BOOK_CHARS && before.start <= paragraphStart(text, before.start, wrapped) + 1 ? framePersonNarrated(text, before.start, before.end, isName) : null);
  // (in a book, "He rose up, and walked across the room.⏎“Had I known …”": he or she as well)
  const person = f?.mention && namesPerson(f.mention) && (f.mention.kind === 'name' || f.mention.kind === 'pronoun' || text.length >= BOOK_CHARS);
  return f && person ? { ...f, rule: 'previous-paragraph', confidence: RULES['previous-paragraph'].confidence } : null;
}

/** Is there a cue among the last words of the sentence ("… and then said,", "replied, as if in cool deliberation--", "by saying,")? */
function cueClosing(text: string, s: Sentence): boolean {
  const toks = tokenize(text, Math.max(s.start, s.end - 60), s.end);
  // ("… by turning very red and saying in an angry manner to Margaret,": a participle too)
  return findCues(toks).some((c) => toks.length - c.last <= 8);
}

/** Does any span (sorted by start, not overlapping one another) overlap [a, b)? Binary search. */
function overlapsAny(spans: readonly QuoteSpan[], a: number, b: number): boolean {
  const i = partitionPoint(spans, (s) => s.close <= a);
  return i < spans.length && spans[i]!.open < b;
}

function sentenceStart(w: Work, sentences: readonly Sentence[]): number {
  return w.sentence >= 0 ? sentences[w.sentence]!.start : w.span.open;
}

const SCARE_QUOTE_WORDS = 4;
/** How near (UTF-16 units) before a fragment a verb of naming governs it over a cue later in the sentence. */
const NAMING_NEAR = 30;

/** Does the quote's sentence, or the one before it, hold any reporting word? */
function sentenceHasCue(text: string, sentences: readonly Sentence[], w: Work): boolean {
  if (w.sentence < 0) return false;
  // (asked for every short fragment: a sentence is read once, however many fragments it holds)
  let known = cuesOfSentence.get(sentences);
  if (!known) cuesOfSentence.set(sentences, (known = new Map()));
  const seen = known.get(w.sentence);
  if (seen !== undefined) return seen;
  const from = sentences[Math.max(0, w.sentence - 1)]!.start;
  const to = sentences[w.sentence]!.end;
  const has = findCues(tokenize(text, from, to)).length > 0;
  known.set(w.sentence, has);
  return has;
}
const cuesOfSentence = new WeakMap<readonly Sentence[], Map<number, boolean>>();
const wordCount = (text: string, s: QuoteSpan) => text.slice(s.start, s.end).split(/\s+/).filter(Boolean).length;

// A list's bullet or number before a quotation: "• “…”", "2) “…”".
const LIST_MARK = /^(?:[•·▪●◦‣⁃*–—-]|\d{1,2}[.)])$/u;

/** Direct: the quotation stands as the utterance; mixed: a fragment inside a clause. */
function quoteType(text: string, span: QuoteSpan, from: number, frame: Frame | null): QuoteType {
  // (a list's bullet or number before it is no lead: "• “Emergency departments will remain open.”")
  const lead = text.slice(from, span.open).trim().replace(LIST_MARK, '');
  const content = text.slice(span.start, span.end).trim();
  // (past the marks of emphasis that open it: "_Never_ is a black word", "*You* did this")
  const startsSentence = /^[_*]{0,2}[\p{Lu}\p{N}"“‘'¿¡…(\[]/u.test(content);
  if (!lead) return startsSentence || span.continued ? 'direct' : 'mixed';
  if (/[:]$/.test(lead)) return 'direct';
  if (/,$/.test(lead) && startsSentence && frame && !frame.after) return 'direct';
  if (frame?.after && startsSentence && /[,.!?]$/.test(content) && lead.length < 2) return 'direct';
  return 'mixed';
}

/** Does quotation b continue the speaker of quotation a (next paragraph or sentence, nothing between but attribution)? */
function continues(text: string, a: QuoteSpan, b: QuoteSpan, wrapped: boolean): boolean {
  const between = text.slice(a.close, b.open);
  if (between.length > 400) return false;
  // the rest of a's paragraph (its attribution) may hold words; a paragraph of its own between them breaks the turn
  const lines = paragraphPieces(between, wrapped);
  const inner = lines.slice(1, -1).some((l) => l.trim());
  const outer = [lines[0]!, lines.length > 1 ? lines[lines.length - 1]! : ''].filter((l) => l.trim()).length;
  return !inner && outer <= 1;
}

/** What the stages share about one document while its quotes are built. */
interface Doc {
  text: string;
  registry: ReturnType<typeof buildRegistry>;
  sentences: readonly Sentence[];
  works: readonly Work[];
  options: ExtractOptions;
  /** What the article said of outlets so far. */
  scope: OutletScope;
  /** The broadcast a transcript's turns come from ("a partial transcript of “Fox News Sunday”"). */
  transcriptOutlets: ReadonlyMap<QuoteSpan, OutletHit | null>;
  /** Each attribution's mention as first resolved: the quotations that inherit it name the same person. */
  resolved: Map<Mention, ReturnType<typeof resolveMention>>;
  /** The person quoted last before the first transcript turn, who answers a cross-examination (lastAnswerer). */
  beforeTurns?: string | null;
}

/** Sentence `i` with its quotations, which the outlet look-back does not read. */
function sentenceBefore(doc: Doc, i: number, k: number): { start: number; end: number; skip: [number, number][] } | null {
  const s = doc.sentences[i]!;
  // its end only, as for the quote's own sentence: a sentence of any length costs the same
  const start = Math.max(s.start, s.end - OUTLET_REACH);
  const skip: [number, number][] = [];
  // works are in text order: only those back to that start are looked at, and at most
  // BEFORE_WORKS of them (a run of thousands of quotations is no sentence to look back to)
  let steps = 0;
  for (let j = k - 1; j >= 0 && doc.works[j]!.span.end > start; j--) {
    if (++steps > BEFORE_WORKS) return null;
    if (doc.works[j]!.sentence === i) skip.push([doc.works[j]!.span.start, doc.works[j]!.span.end]);
  }
  return { start, end: s.end, skip };
}
const BEFORE_WORKS = 64;

/** The frame of a reported clause (or of a headline's statement): its rule, speaker and cue, at the rule's confidence. */
const indirectFrame = (iq: IndirectQuote): Frame => ({ rule: iq.rule, mention: iq.mention, cue: iq.cue, confidence: INDIRECT_RULES[iq.rule].confidence, after: false });

/** A name with each run of white space one space. */
const oneLine = (name: string): string => (/\s\s|[^\S ]/.test(name) ? name.replace(/\s+/g, ' ') : name);

function toQuote(doc: Doc, w: Work, frame: Frame | null, inherited: 'same-sentence' | 'continuation' | null, group: number | null, k: number): Quote {
  const { text, registry, sentences, works, options } = doc;
  const span = w.span;
  let speaker: string | null = null;
  let title: string | null = null;
  const m = frame?.mention ?? null;
  // a guess (nearest-subject) names a speaker, but teaches the registry and the outlet scope nothing
  const guess = frame?.rule === 'nearest-subject';
  // (a cue of reply: "she countered", "Albright responded")
  const reply = frame?.cue ? REPLY_CUE.test(text.slice(frame.cue.start, frame.cue.end)) : false;
  if (frame?.rule === 'transcript-turn' && doc.beforeTurns === undefined) doc.beforeTurns = registry.lastSpeaker?.entity.name ?? null;
  if (m && m.kind === 'name' && m.name === UNNAMED_TURN) {
    // (an unnamed "Q:" or "A:" turn: its label is its mention, no one is its speaker)
  } else if (m && m.kind === 'name' && m.name === ANSWERER_TURN) {
    // (the one the text quoted last before the exchange, where they are not the one who asks)
    speaker = lastAnswerer(doc.beforeTurns ?? null, m.title);
  } else if (m) {
    // (resolved once: what the first quotation taught the registry must not move its own mention, as "the
    // 31-year-old midfielder" would, to someone named in the clause it said)
    let r = inherited ? doc.resolved.get(m) : undefined;
    if (!r) doc.resolved.set(m, (r = resolveMention(registry, m, m.start)));
    // (a name read across a line break of wrapped text is one name: "Thomas\nMarvel" is "Thomas Marvel")
    speaker = r.speaker === null ? null : oneLine(r.speaker);
    // (in a book, "“…, my dear Fanny,” she said" is not Fanny's: the other woman of the exchange)
    if (speaker && m.kind === 'pronoun' && text.length >= BOOK_CHARS && (m.gender === 'm' || m.gender === 'f')) {
      const other = pronounNotAddressed(doc, k, w, speaker, m.gender);
      // (remembered for the lines that inherit this attribution: they are the other party's too)
      if (other) {
        speaker = other;
        if (!inherited) doc.resolved.set(m, { ...r, speaker: other });
      }
    }
    // (in news, "“With respect, Evelyn, you voted for them,” he shot back. ⏎ “And I apologized,” she countered": a
    // reply's pronoun is the one the line it answers addressed by name, where that one is of its gender)
    if (speaker && m.kind === 'pronoun' && text.length < BOOK_CHARS && (m.gender === 'm' || m.gender === 'f') && reply) {
      const other = addressedByLineBefore(doc, k, w, m.gender);
      if (other && other !== speaker) {
        speaker = other;
        if (!inherited) doc.resolved.set(m, { ...r, speaker: other });
      }
    }
    title = r.title === null ? null : oneLine(r.title);
    // (a reported clause after its speaker is theirs: the names in it are no new subject for a "he" after it)
    if (!inherited && !guess) learn(registry, speaker, m, w.type === 'indirect' && span.start > m.end ? span.end : undefined);
  }
  let confidence = frame ? frame.confidence : 0.3;
  if (m?.kind === 'pronoun') confidence -= 0.05;
  if (m && !speaker) confidence -= 0.2;
  if (inherited) confidence = Math.min(confidence, frame ? (inherited === 'continuation' ? 0.6 : 0.85) : 0.3);

  // outlet: what the attribution names, else what the article said before (see attribute/scope.ts)
  const sent = w.sentence >= 0 ? sentences[w.sentence]! : { start: span.open, end: span.close };
  // ("“…” ⏎ That is how … Lyndon Tregarthen … described the moment …, speaking exclusively to the Mirror": the sentence
  // that takes the quotation up is its attribution, and names its outlet)
  const takenUp = frame?.rule === 'quote-taken-up' && m ? sentences[sentenceAt(sentences, m.start)] : undefined;
  // Linear time: the outlet is looked for within OUTLET_REACH of the quote, and only the
  // quotations near it are skipped, so a sentence of thousands of quotations stays linear.
  const lo = Math.max(sent.start, span.open - OUTLET_REACH);
  const hi = takenUp ? Math.min(takenUp.end, span.close + OUTLET_REACH) : Math.min(Math.max(sent.end, span.close), span.close + OUTLET_REACH);
  const skip: [number, number][] = [];
  for (let j = k - 1; j >= 0 && works[j]!.span.end > lo; j--) if (works[j]!.sentence === w.sentence) skip.push([works[j]!.span.start, works[j]!.span.end]);
  for (let j = k; j < works.length && works[j]!.span.start < hi; j++) if (works[j]!.sentence === w.sentence) skip.push([works[j]!.span.start, works[j]!.span.end]);
  const prevSent = w.sentence > 0 && !text.slice(sentences[w.sentence - 1]!.end, sent.start).includes('\n') ? sentences[w.sentence - 1]! : null;
  let { outlet, outletMention } = outletFor(doc.scope, {
    start: span.start,
    end: span.end,
    sentence: { start: lo, end: hi },
    previous: prevSent,
    skip,
    speaker: guess ? null : speaker,
    cue: frame?.cue && !frame.cue.structural ? text.slice(frame.cue.start, frame.cue.end) : null,
    unlistedCue: frame?.cue?.structural ? text.slice(frame.cue.start, frame.cue.end) : null,
    inherited: inherited !== null,
    question: frame?.rule === 'asked-question' && !speaker,
    transcript: isTurn(span) ? doc.transcriptOutlets.get(span) ?? null : null,
    mention: m && !guess ? { text: m.text, start: m.start, pronoun: m.kind === 'pronoun' } : null,
    before: w.sentence > 0 ? () => sentenceBefore(doc, w.sentence - 1, k) : null,
  });
  // (in news, "“Isn’t one in the morning a little late?” she asked. ⏎ “It’s never too late,” Albright responded": a
  // reply to a question put on an outlet, by the one asked, is on it too)
  if (!outlet && speaker && text.length < BOOK_CHARS && reply) {
    const asked = lineBefore(doc, k, w)?.quote;
    if (asked?.outlet && asked.speaker !== speaker && /\?\s*$/.test(asked.quote)) ({ outlet, outletMention } = asked);
  }
  if (!outlet && options.outlet) outlet = options.outlet;
  // the speaker is the outlet the attribution names ("The Blaze reported"): its name as the outlet is known, not the
  // registry's shorter reading ("Blaze", "Hill")
  // (the outlet named inside the speaker's own words)
  const within = m && outlet && outletMention && outletMention.start >= m.start && outletMention.end <= m.end ? { m, outlet, at: outletMention } : null;
  if (within && speaker && within.outlet.endsWith(speaker) && within.outlet !== speaker) speaker = within.outlet;
  // (and a description of the outlet around its name: "The official Xinhua news agency said", "Iran’s semi-official
  // Tasnim news agency reported" are the outlet's words)
  else if (within && speaker === within.m.text && within.m.kind === 'noun' && describesOutlet(within.m.text.slice(0, within.at.start - within.m.start), within.m.text.slice(within.at.end - within.m.start))) speaker = within.outlet;
  // (and a medium's noun that takes up the outlet named before it: "The newspaper added that …" after "the Global Times
  // said in an editorial")
  else if (within && speaker === within.m.text && within.at.start === within.m.start && within.at.end === within.m.end && isMediumNoun(speaker)) speaker = within.outlet;

  return {
    quote: text.slice(span.start, span.end),
    start: span.start,
    end: span.end,
    type: w.type,
    speaker,
    speakerMention: m ? { text: m.text, start: m.start, end: m.end } : null,
    speakerTitle: title,
    cue: frame?.cue ? { text: text.slice(frame.cue.start, frame.cue.end), start: frame.cue.start, end: frame.cue.end } : null,
    outlet,
    outletMention,
    confidence: Math.round(Math.max(0.05, Math.min(0.99, confidence)) * 100) / 100,
    rule: frame ? (inherited ? `${inherited}:${frame.rule}` : frame.rule) : null,
    group,
  };
}

/** The programme named after "episode of" (or "edition of", "broadcast of") in the introduction before the turn at `at`. */
function episodeOf(text: string, at: number): OutletHit | null {
  const hit = findOutlet(text, Math.max(0, at - 800), at, [], null);
  return hit?.how === 'trigger:episode' || hit?.how === 'trigger:edition' || hit?.how === 'trigger:broadcast' ? hit : null;
}

/** Of two outlets found before a place, the one whose words stand nearer it (the first where either has no words). */
function nearer(a: OutletHit | null, b: OutletHit | null): OutletHit | null {
  if (!a || !b) return a ?? b;
  return a.mention && b.mention && b.mention.start > a.mention.start ? b : a;
}
